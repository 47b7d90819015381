// Generated from JoinGroupResponse.json by SluiceCodegen. Do not edit.
// JoinGroup response (API key 11): v0-9, flexible v6+.

import NIOCore

public struct JoinGroupResponse: KafkaResponse {
    public static let apiKey: ApiKey = .joinGroup
    public static let validVersions: ClosedRange<Int16> = 0...9
    public static let firstFlexibleVersion: Int16? = 6

    public var throttleTimeMs: Int32 = 0
    public var errorCode: Int16 = 0
    public var generationId: Int32 = -1
    public var protocolType: String? = nil
    public var protocolName: String? = ""
    public var leader: String = ""
    public var skipAssignment: Bool = false
    public var memberId: String = ""
    public var members: [JoinGroupResponseMember] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("JoinGroupResponse", version: version)
        }
        let flexible: Bool = version >= 6
        if version >= 2 {
            self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "JoinGroupResponse.ThrottleTimeMs")
        }
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "JoinGroupResponse.ErrorCode")
        self.generationId = try buffer.readKafkaInteger(as: Int32.self, "JoinGroupResponse.GenerationId")
        if version >= 7 {
            self.protocolType = try buffer.readKafkaNullableString(compact: true, "JoinGroupResponse.ProtocolType")
        }
        if version >= 7 {
            self.protocolName = try buffer.readKafkaNullableString(compact: flexible, "JoinGroupResponse.ProtocolName")
        } else {
            self.protocolName = try buffer.readKafkaString(compact: flexible, "JoinGroupResponse.ProtocolName")
        }
        self.leader = try buffer.readKafkaString(compact: flexible, "JoinGroupResponse.Leader")
        if version >= 9 {
            self.skipAssignment = try buffer.readKafkaBool("JoinGroupResponse.SkipAssignment")
        }
        self.memberId = try buffer.readKafkaString(compact: flexible, "JoinGroupResponse.MemberId")
        self.members = try buffer.readKafkaArray(of: JoinGroupResponseMember.self, version: version, compact: flexible, minimumElementSize: 4, "JoinGroupResponse.Members")
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("JoinGroupResponse tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("JoinGroupResponse", version: version)
        }
        let flexible: Bool = version >= 6
        if version >= 2 {
            buffer.writeInteger(self.throttleTimeMs, endianness: .big)
        }
        buffer.writeInteger(self.errorCode, endianness: .big)
        buffer.writeInteger(self.generationId, endianness: .big)
        if version >= 7 {
            try buffer.writeKafkaString(self.protocolType, compact: true)
        }
        if self.protocolName == nil && version <= 6 { throw ProtocolError.nullNotAllowed(field: "JoinGroupResponse.ProtocolName", version: version) }
        try buffer.writeKafkaString(self.protocolName, compact: flexible)
        try buffer.writeKafkaString(self.leader, compact: flexible)
        if version >= 9 {
            buffer.writeKafkaBool(self.skipAssignment)
        } else if self.skipAssignment != false {
            throw ProtocolError.fieldNotSupported(field: "JoinGroupResponse.SkipAssignment", version: version)
        }
        try buffer.writeKafkaString(self.memberId, compact: flexible)
        try buffer.writeKafkaArray(self.members, version: version, compact: flexible)
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct JoinGroupResponseMember: Sendable, Equatable, KafkaStructCodable {
        public var memberId: String = ""
        public var groupInstanceId: String? = nil
        public var metadata: [UInt8] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 6
            self.memberId = try buffer.readKafkaString(compact: flexible, "JoinGroupResponse.JoinGroupResponseMember.MemberId")
            if version >= 5 {
                self.groupInstanceId = try buffer.readKafkaNullableString(compact: flexible, "JoinGroupResponse.JoinGroupResponseMember.GroupInstanceId")
            }
            self.metadata = try buffer.readKafkaBytes(compact: flexible, "JoinGroupResponse.JoinGroupResponseMember.Metadata")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("JoinGroupResponse.JoinGroupResponseMember tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 6
            try buffer.writeKafkaString(self.memberId, compact: flexible)
            if version >= 5 {
                try buffer.writeKafkaString(self.groupInstanceId, compact: flexible)
            }
            buffer.writeKafkaBytes(self.metadata, compact: flexible)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }
}
