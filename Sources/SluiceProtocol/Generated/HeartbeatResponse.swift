// Generated from HeartbeatResponse.json by SluiceCodegen. Do not edit.
// Heartbeat response (API key 12): v0-4, flexible v4+.

import NIOCore

public struct HeartbeatResponse: KafkaResponse {
    public static let apiKey: ApiKey = .heartbeat
    public static let validVersions: ClosedRange<Int16> = 0...4
    public static let firstFlexibleVersion: Int16? = 4

    public var throttleTimeMs: Int32 = 0
    public var errorCode: Int16 = 0
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("HeartbeatResponse", version: version)
        }
        let flexible: Bool = version >= 4
        if version >= 1 {
            self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "HeartbeatResponse.ThrottleTimeMs")
        }
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "HeartbeatResponse.ErrorCode")
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("HeartbeatResponse tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("HeartbeatResponse", version: version)
        }
        let flexible: Bool = version >= 4
        if version >= 1 {
            buffer.writeInteger(self.throttleTimeMs, endianness: .big)
        }
        buffer.writeInteger(self.errorCode, endianness: .big)
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
