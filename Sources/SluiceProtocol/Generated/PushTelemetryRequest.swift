// Generated from PushTelemetryRequest.json by SluiceCodegen. Do not edit.
// PushTelemetry request (API key 72): v0, all flexible.

import NIOCore

public struct PushTelemetryRequest: KafkaRequest {
    public typealias Response = PushTelemetryResponse
    public static let apiKey: ApiKey = .pushTelemetry
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    public var clientInstanceId: KafkaUUID = KafkaUUID.zero
    public var subscriptionId: Int32 = 0
    public var terminating: Bool = false
    public var compressionType: Int8 = 0
    public var metrics: [UInt8] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("PushTelemetryRequest", version: version)
        }
        self.clientInstanceId = try buffer.readKafkaUUID("PushTelemetryRequest.ClientInstanceId")
        self.subscriptionId = try buffer.readKafkaInteger(as: Int32.self, "PushTelemetryRequest.SubscriptionId")
        self.terminating = try buffer.readKafkaBool("PushTelemetryRequest.Terminating")
        self.compressionType = try buffer.readKafkaInteger(as: Int8.self, "PushTelemetryRequest.CompressionType")
        self.metrics = try buffer.readKafkaBytes(compact: true, "PushTelemetryRequest.Metrics")
        self.unknownTaggedFields = try buffer.readUnknownTaggedFields("PushTelemetryRequest tagged fields")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("PushTelemetryRequest", version: version)
        }
        buffer.writeKafkaUUID(self.clientInstanceId)
        buffer.writeInteger(self.subscriptionId, endianness: .big)
        buffer.writeKafkaBool(self.terminating)
        buffer.writeInteger(self.compressionType, endianness: .big)
        buffer.writeKafkaBytes(self.metrics, compact: true)
        buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
    }
}
