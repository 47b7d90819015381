// Generated from PushTelemetryResponse.json by SluiceCodegen. Do not edit.
// PushTelemetry response (API key 72): v0, all flexible.

import NIOCore

public struct PushTelemetryResponse: KafkaResponse {
    public static let apiKey: ApiKey = .pushTelemetry
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    public var throttleTimeMs: Int32 = 0
    public var errorCode: Int16 = 0
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("PushTelemetryResponse", version: version)
        }
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "PushTelemetryResponse.ThrottleTimeMs")
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "PushTelemetryResponse.ErrorCode")
        self.unknownTaggedFields = try buffer.readUnknownTaggedFields("PushTelemetryResponse tagged fields")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("PushTelemetryResponse", version: version)
        }
        buffer.writeInteger(self.throttleTimeMs, endianness: .big)
        buffer.writeInteger(self.errorCode, endianness: .big)
        buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
    }
}
