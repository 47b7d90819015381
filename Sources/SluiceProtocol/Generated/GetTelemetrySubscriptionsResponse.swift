// Generated from GetTelemetrySubscriptionsResponse.json by SluiceCodegen. Do not edit.
// GetTelemetrySubscriptions response (API key 71): v0, all flexible.

import NIOCore

public struct GetTelemetrySubscriptionsResponse: KafkaResponse {
    public static let apiKey: ApiKey = .getTelemetrySubscriptions
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    public var throttleTimeMs: Int32 = 0
    public var errorCode: Int16 = 0
    public var clientInstanceId: KafkaUUID = KafkaUUID.zero
    public var subscriptionId: Int32 = 0
    public var acceptedCompressionTypes: [Int8] = []
    public var pushIntervalMs: Int32 = 0
    public var telemetryMaxBytes: Int32 = 0
    public var deltaTemporality: Bool = false
    public var requestedMetrics: [String] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("GetTelemetrySubscriptionsResponse", version: version)
        }
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "GetTelemetrySubscriptionsResponse.ThrottleTimeMs")
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "GetTelemetrySubscriptionsResponse.ErrorCode")
        self.clientInstanceId = try buffer.readKafkaUUID("GetTelemetrySubscriptionsResponse.ClientInstanceId")
        self.subscriptionId = try buffer.readKafkaInteger(as: Int32.self, "GetTelemetrySubscriptionsResponse.SubscriptionId")
        self.acceptedCompressionTypes = try buffer.readKafkaArray(of: Int8.self, version: version, compact: true, minimumElementSize: 1, "GetTelemetrySubscriptionsResponse.AcceptedCompressionTypes")
        self.pushIntervalMs = try buffer.readKafkaInteger(as: Int32.self, "GetTelemetrySubscriptionsResponse.PushIntervalMs")
        self.telemetryMaxBytes = try buffer.readKafkaInteger(as: Int32.self, "GetTelemetrySubscriptionsResponse.TelemetryMaxBytes")
        self.deltaTemporality = try buffer.readKafkaBool("GetTelemetrySubscriptionsResponse.DeltaTemporality")
        self.requestedMetrics = try buffer.readKafkaArray(of: String.self, version: version, compact: true, minimumElementSize: 1, "GetTelemetrySubscriptionsResponse.RequestedMetrics")
        self.unknownTaggedFields = try buffer.readUnknownTaggedFields("GetTelemetrySubscriptionsResponse tagged fields")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("GetTelemetrySubscriptionsResponse", version: version)
        }
        buffer.writeInteger(self.throttleTimeMs, endianness: .big)
        buffer.writeInteger(self.errorCode, endianness: .big)
        buffer.writeKafkaUUID(self.clientInstanceId)
        buffer.writeInteger(self.subscriptionId, endianness: .big)
        try buffer.writeKafkaArray(self.acceptedCompressionTypes, version: version, compact: true)
        buffer.writeInteger(self.pushIntervalMs, endianness: .big)
        buffer.writeInteger(self.telemetryMaxBytes, endianness: .big)
        buffer.writeKafkaBool(self.deltaTemporality)
        try buffer.writeKafkaArray(self.requestedMetrics, version: version, compact: true)
        buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
    }
}
