// Generated from DescribeGroupsResponse.json by SluiceCodegen. Do not edit.
// DescribeGroups response (API key 15): v0-5, flexible v5+.

import NIOCore

public struct DescribeGroupsResponse: KafkaResponse {
    public static let apiKey: ApiKey = .describeGroups
    public static let validVersions: ClosedRange<Int16> = 0...5
    public static let firstFlexibleVersion: Int16? = 5

    public var throttleTimeMs: Int32 = 0
    public var groups: [DescribedGroup] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DescribeGroupsResponse", version: version)
        }
        let flexible: Bool = version >= 5
        if version >= 1 {
            self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "DescribeGroupsResponse.ThrottleTimeMs")
        }
        self.groups = try buffer.readKafkaArray(of: DescribedGroup.self, version: version, compact: flexible, minimumElementSize: 12, "DescribeGroupsResponse.Groups")
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeGroupsResponse tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DescribeGroupsResponse", version: version)
        }
        let flexible: Bool = version >= 5
        if version >= 1 {
            buffer.writeInteger(self.throttleTimeMs, endianness: .big)
        }
        try buffer.writeKafkaArray(self.groups, version: version, compact: flexible)
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct DescribedGroup: Sendable, Equatable, KafkaStructCodable {
        public var errorCode: Int16 = 0
        public var groupId: String = ""
        public var groupState: String = ""
        public var protocolType: String = ""
        public var protocolData: String = ""
        public var members: [DescribedGroupMember] = []
        public var authorizedOperations: Int32 = -2147483648
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 5
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "DescribeGroupsResponse.DescribedGroup.ErrorCode")
            self.groupId = try buffer.readKafkaString(compact: flexible, "DescribeGroupsResponse.DescribedGroup.GroupId")
            self.groupState = try buffer.readKafkaString(compact: flexible, "DescribeGroupsResponse.DescribedGroup.GroupState")
            self.protocolType = try buffer.readKafkaString(compact: flexible, "DescribeGroupsResponse.DescribedGroup.ProtocolType")
            self.protocolData = try buffer.readKafkaString(compact: flexible, "DescribeGroupsResponse.DescribedGroup.ProtocolData")
            self.members = try buffer.readKafkaArray(of: DescribedGroupMember.self, version: version, compact: flexible, minimumElementSize: 7, "DescribeGroupsResponse.DescribedGroup.Members")
            if version >= 3 {
                self.authorizedOperations = try buffer.readKafkaInteger(as: Int32.self, "DescribeGroupsResponse.DescribedGroup.AuthorizedOperations")
            }
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeGroupsResponse.DescribedGroup tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 5
            buffer.writeInteger(self.errorCode, endianness: .big)
            try buffer.writeKafkaString(self.groupId, compact: flexible)
            try buffer.writeKafkaString(self.groupState, compact: flexible)
            try buffer.writeKafkaString(self.protocolType, compact: flexible)
            try buffer.writeKafkaString(self.protocolData, compact: flexible)
            try buffer.writeKafkaArray(self.members, version: version, compact: flexible)
            if version >= 3 {
                buffer.writeInteger(self.authorizedOperations, endianness: .big)
            } else if self.authorizedOperations != -2147483648 {
                throw ProtocolError.fieldNotSupported(field: "DescribeGroupsResponse.DescribedGroup.AuthorizedOperations", version: version)
            }
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }

    public struct DescribedGroupMember: Sendable, Equatable, KafkaStructCodable {
        public var memberId: String = ""
        public var groupInstanceId: String? = nil
        public var clientId: String = ""
        public var clientHost: String = ""
        public var memberMetadata: [UInt8] = []
        public var memberAssignment: [UInt8] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 5
            self.memberId = try buffer.readKafkaString(compact: flexible, "DescribeGroupsResponse.DescribedGroupMember.MemberId")
            if version >= 4 {
                self.groupInstanceId = try buffer.readKafkaNullableString(compact: flexible, "DescribeGroupsResponse.DescribedGroupMember.GroupInstanceId")
            }
            self.clientId = try buffer.readKafkaString(compact: flexible, "DescribeGroupsResponse.DescribedGroupMember.ClientId")
            self.clientHost = try buffer.readKafkaString(compact: flexible, "DescribeGroupsResponse.DescribedGroupMember.ClientHost")
            self.memberMetadata = try buffer.readKafkaBytes(compact: flexible, "DescribeGroupsResponse.DescribedGroupMember.MemberMetadata")
            self.memberAssignment = try buffer.readKafkaBytes(compact: flexible, "DescribeGroupsResponse.DescribedGroupMember.MemberAssignment")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeGroupsResponse.DescribedGroupMember tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 5
            try buffer.writeKafkaString(self.memberId, compact: flexible)
            if version >= 4 {
                try buffer.writeKafkaString(self.groupInstanceId, compact: flexible)
            }
            try buffer.writeKafkaString(self.clientId, compact: flexible)
            try buffer.writeKafkaString(self.clientHost, compact: flexible)
            buffer.writeKafkaBytes(self.memberMetadata, compact: flexible)
            buffer.writeKafkaBytes(self.memberAssignment, compact: flexible)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }
}
