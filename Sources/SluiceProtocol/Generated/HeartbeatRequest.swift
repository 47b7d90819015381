// Generated from HeartbeatRequest.json by SluiceCodegen. Do not edit.
// Heartbeat request (API key 12): v0-4, flexible v4+.

import NIOCore

public struct HeartbeatRequest: KafkaRequest {
    public typealias Response = HeartbeatResponse
    public static let apiKey: ApiKey = .heartbeat
    public static let validVersions: ClosedRange<Int16> = 0...4
    public static let firstFlexibleVersion: Int16? = 4

    public var groupId: String = ""
    public var generationId: Int32 = 0
    public var memberId: String = ""
    public var groupInstanceId: String? = nil
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("HeartbeatRequest", version: version)
        }
        let flexible: Bool = version >= 4
        self.groupId = try buffer.readKafkaString(compact: flexible, "HeartbeatRequest.GroupId")
        self.generationId = try buffer.readKafkaInteger(as: Int32.self, "HeartbeatRequest.GenerationId")
        self.memberId = try buffer.readKafkaString(compact: flexible, "HeartbeatRequest.MemberId")
        if version >= 3 {
            self.groupInstanceId = try buffer.readKafkaNullableString(compact: flexible, "HeartbeatRequest.GroupInstanceId")
        }
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("HeartbeatRequest tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("HeartbeatRequest", version: version)
        }
        let flexible: Bool = version >= 4
        try buffer.writeKafkaString(self.groupId, compact: flexible)
        buffer.writeInteger(self.generationId, endianness: .big)
        try buffer.writeKafkaString(self.memberId, compact: flexible)
        if version >= 3 {
            try buffer.writeKafkaString(self.groupInstanceId, compact: flexible)
        } else if self.groupInstanceId != nil {
            throw ProtocolError.fieldNotSupported(field: "HeartbeatRequest.GroupInstanceId", version: version)
        }
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
