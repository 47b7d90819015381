// Generated from SyncGroupResponse.json by SluiceCodegen. Do not edit.
// SyncGroup response (API key 14): v0-5, flexible v4+.

import NIOCore

public struct SyncGroupResponse: KafkaResponse {
    public static let apiKey: ApiKey = .syncGroup
    public static let validVersions: ClosedRange<Int16> = 0...5
    public static let firstFlexibleVersion: Int16? = 4

    public var throttleTimeMs: Int32 = 0
    public var errorCode: Int16 = 0
    public var protocolType: String? = nil
    public var protocolName: String? = nil
    public var assignment: [UInt8] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("SyncGroupResponse", version: version)
        }
        let flexible: Bool = version >= 4
        if version >= 1 {
            self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "SyncGroupResponse.ThrottleTimeMs")
        }
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "SyncGroupResponse.ErrorCode")
        if version >= 5 {
            self.protocolType = try buffer.readKafkaNullableString(compact: true, "SyncGroupResponse.ProtocolType")
            self.protocolName = try buffer.readKafkaNullableString(compact: true, "SyncGroupResponse.ProtocolName")
        }
        self.assignment = try buffer.readKafkaBytes(compact: flexible, "SyncGroupResponse.Assignment")
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("SyncGroupResponse tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("SyncGroupResponse", version: version)
        }
        let flexible: Bool = version >= 4
        if version >= 1 {
            buffer.writeInteger(self.throttleTimeMs, endianness: .big)
        }
        buffer.writeInteger(self.errorCode, endianness: .big)
        if version >= 5 {
            try buffer.writeKafkaString(self.protocolType, compact: true)
            try buffer.writeKafkaString(self.protocolName, compact: true)
        }
        buffer.writeKafkaBytes(self.assignment, compact: flexible)
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
