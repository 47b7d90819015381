// Generated from LeaveGroupRequest.json by SluiceCodegen. Do not edit.
// LeaveGroup request (API key 13): v0-5, flexible v4+.

import NIOCore

public struct LeaveGroupRequest: KafkaRequest {
    public typealias Response = LeaveGroupResponse
    public static let apiKey: ApiKey = .leaveGroup
    public static let validVersions: ClosedRange<Int16> = 0...5
    public static let firstFlexibleVersion: Int16? = 4

    public var groupId: String = ""
    public var memberId: String = ""
    public var members: [MemberIdentity] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("LeaveGroupRequest", version: version)
        }
        let flexible: Bool = version >= 4
        self.groupId = try buffer.readKafkaString(compact: flexible, "LeaveGroupRequest.GroupId")
        if version <= 2 {
            self.memberId = try buffer.readKafkaString(compact: false, "LeaveGroupRequest.MemberId")
        }
        if version >= 3 {
            self.members = try buffer.readKafkaArray(of: MemberIdentity.self, version: version, compact: flexible, minimumElementSize: 3, "LeaveGroupRequest.Members")
        }
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("LeaveGroupRequest tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("LeaveGroupRequest", version: version)
        }
        let flexible: Bool = version >= 4
        try buffer.writeKafkaString(self.groupId, compact: flexible)
        if version <= 2 {
            try buffer.writeKafkaString(self.memberId, compact: false)
        } else if !self.memberId.isEmpty {
            throw ProtocolError.fieldNotSupported(field: "LeaveGroupRequest.MemberId", version: version)
        }
        if version >= 3 {
            try buffer.writeKafkaArray(self.members, version: version, compact: flexible)
        } else if !self.members.isEmpty {
            throw ProtocolError.fieldNotSupported(field: "LeaveGroupRequest.Members", version: version)
        }
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct MemberIdentity: Sendable, Equatable, KafkaStructCodable {
        public var memberId: String = ""
        public var groupInstanceId: String? = nil
        public var reason: String? = nil
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 4
            self.memberId = try buffer.readKafkaString(compact: flexible, "LeaveGroupRequest.MemberIdentity.MemberId")
            self.groupInstanceId = try buffer.readKafkaNullableString(compact: flexible, "LeaveGroupRequest.MemberIdentity.GroupInstanceId")
            if version >= 5 {
                self.reason = try buffer.readKafkaNullableString(compact: true, "LeaveGroupRequest.MemberIdentity.Reason")
            }
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("LeaveGroupRequest.MemberIdentity tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 4
            try buffer.writeKafkaString(self.memberId, compact: flexible)
            try buffer.writeKafkaString(self.groupInstanceId, compact: flexible)
            if version >= 5 {
                try buffer.writeKafkaString(self.reason, compact: true)
            }
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }
}
