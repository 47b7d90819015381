// Generated from GetTelemetrySubscriptionsRequest.json by SluiceCodegen. Do not edit.
// GetTelemetrySubscriptions request (API key 71): v0, all flexible.

import NIOCore

public struct GetTelemetrySubscriptionsRequest: KafkaRequest {
    public typealias Response = GetTelemetrySubscriptionsResponse
    public static let apiKey: ApiKey = .getTelemetrySubscriptions
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    public var clientInstanceId: KafkaUUID = KafkaUUID.zero
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("GetTelemetrySubscriptionsRequest", version: version)
        }
        self.clientInstanceId = try buffer.readKafkaUUID("GetTelemetrySubscriptionsRequest.ClientInstanceId")
        self.unknownTaggedFields = try buffer.readUnknownTaggedFields("GetTelemetrySubscriptionsRequest tagged fields")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("GetTelemetrySubscriptionsRequest", version: version)
        }
        buffer.writeKafkaUUID(self.clientInstanceId)
        buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
    }
}
