// Generated from LeaveGroupResponse.json by SluiceCodegen. Do not edit.
// LeaveGroup response (API key 13): v0-5, flexible v4+.

import NIOCore

public struct LeaveGroupResponse: KafkaResponse {
    public static let apiKey: ApiKey = .leaveGroup
    public static let validVersions: ClosedRange<Int16> = 0...5
    public static let firstFlexibleVersion: Int16? = 4

    public var throttleTimeMs: Int32 = 0
    public var errorCode: Int16 = 0
    public var members: [MemberResponse] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("LeaveGroupResponse", version: version)
        }
        let flexible: Bool = version >= 4
        if version >= 1 {
            self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "LeaveGroupResponse.ThrottleTimeMs")
        }
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "LeaveGroupResponse.ErrorCode")
        if version >= 3 {
            self.members = try buffer.readKafkaArray(of: MemberResponse.self, version: version, compact: flexible, minimumElementSize: 5, "LeaveGroupResponse.Members")
        }
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("LeaveGroupResponse tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("LeaveGroupResponse", version: version)
        }
        let flexible: Bool = version >= 4
        if version >= 1 {
            buffer.writeInteger(self.throttleTimeMs, endianness: .big)
        }
        buffer.writeInteger(self.errorCode, endianness: .big)
        if version >= 3 {
            try buffer.writeKafkaArray(self.members, version: version, compact: flexible)
        } else if !self.members.isEmpty {
            throw ProtocolError.fieldNotSupported(field: "LeaveGroupResponse.Members", version: version)
        }
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct MemberResponse: Sendable, Equatable, KafkaStructCodable {
        public var memberId: String = ""
        public var groupInstanceId: String? = ""
        public var errorCode: Int16 = 0
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 4
            self.memberId = try buffer.readKafkaString(compact: flexible, "LeaveGroupResponse.MemberResponse.MemberId")
            self.groupInstanceId = try buffer.readKafkaNullableString(compact: flexible, "LeaveGroupResponse.MemberResponse.GroupInstanceId")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "LeaveGroupResponse.MemberResponse.ErrorCode")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("LeaveGroupResponse.MemberResponse tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 4
            try buffer.writeKafkaString(self.memberId, compact: flexible)
            try buffer.writeKafkaString(self.groupInstanceId, compact: flexible)
            buffer.writeInteger(self.errorCode, endianness: .big)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }
}
