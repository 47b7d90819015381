// Generated from ShareGroupDescribeResponse.json by SluiceCodegen. Do not edit.
// ShareGroupDescribe response (API key 77): v0, all flexible.

import NIOCore

public struct ShareGroupDescribeResponse: KafkaResponse {
    public static let apiKey: ApiKey = .shareGroupDescribe
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    public var throttleTimeMs: Int32 = 0
    public var groups: [DescribedGroup] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ShareGroupDescribeResponse", version: version)
        }
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "ShareGroupDescribeResponse.ThrottleTimeMs")
        self.groups = try buffer.readKafkaArray(of: DescribedGroup.self, version: version, compact: true, minimumElementSize: 20, "ShareGroupDescribeResponse.Groups")
        self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ShareGroupDescribeResponse tagged fields")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ShareGroupDescribeResponse", version: version)
        }
        buffer.writeInteger(self.throttleTimeMs, endianness: .big)
        try buffer.writeKafkaArray(self.groups, version: version, compact: true)
        buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
    }

    public struct DescribedGroup: Sendable, Equatable, KafkaStructCodable {
        public var errorCode: Int16 = 0
        public var errorMessage: String? = nil
        public var groupId: String = ""
        public var groupState: String = ""
        public var groupEpoch: Int32 = 0
        public var assignmentEpoch: Int32 = 0
        public var assignorName: String = ""
        public var members: [Member] = []
        public var authorizedOperations: Int32 = -2147483648
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "ShareGroupDescribeResponse.DescribedGroup.ErrorCode")
            self.errorMessage = try buffer.readKafkaNullableString(compact: true, "ShareGroupDescribeResponse.DescribedGroup.ErrorMessage")
            self.groupId = try buffer.readKafkaString(compact: true, "ShareGroupDescribeResponse.DescribedGroup.GroupId")
            self.groupState = try buffer.readKafkaString(compact: true, "ShareGroupDescribeResponse.DescribedGroup.GroupState")
            self.groupEpoch = try buffer.readKafkaInteger(as: Int32.self, "ShareGroupDescribeResponse.DescribedGroup.GroupEpoch")
            self.assignmentEpoch = try buffer.readKafkaInteger(as: Int32.self, "ShareGroupDescribeResponse.DescribedGroup.AssignmentEpoch")
            self.assignorName = try buffer.readKafkaString(compact: true, "ShareGroupDescribeResponse.DescribedGroup.AssignorName")
            self.members = try buffer.readKafkaArray(of: Member.self, version: version, compact: true, minimumElementSize: 12, "ShareGroupDescribeResponse.DescribedGroup.Members")
            self.authorizedOperations = try buffer.readKafkaInteger(as: Int32.self, "ShareGroupDescribeResponse.DescribedGroup.AuthorizedOperations")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ShareGroupDescribeResponse.DescribedGroup tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeInteger(self.errorCode, endianness: .big)
            try buffer.writeKafkaString(self.errorMessage, compact: true)
            try buffer.writeKafkaString(self.groupId, compact: true)
            try buffer.writeKafkaString(self.groupState, compact: true)
            buffer.writeInteger(self.groupEpoch, endianness: .big)
            buffer.writeInteger(self.assignmentEpoch, endianness: .big)
            try buffer.writeKafkaString(self.assignorName, compact: true)
            try buffer.writeKafkaArray(self.members, version: version, compact: true)
            buffer.writeInteger(self.authorizedOperations, endianness: .big)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct Member: Sendable, Equatable, KafkaStructCodable {
        public var memberId: String = ""
        public var rackId: String? = nil
        public var memberEpoch: Int32 = 0
        public var clientId: String = ""
        public var clientHost: String = ""
        public var subscribedTopicNames: [String] = []
        public var assignment: Assignment = Assignment()
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.memberId = try buffer.readKafkaString(compact: true, "ShareGroupDescribeResponse.Member.MemberId")
            self.rackId = try buffer.readKafkaNullableString(compact: true, "ShareGroupDescribeResponse.Member.RackId")
            self.memberEpoch = try buffer.readKafkaInteger(as: Int32.self, "ShareGroupDescribeResponse.Member.MemberEpoch")
            self.clientId = try buffer.readKafkaString(compact: true, "ShareGroupDescribeResponse.Member.ClientId")
            self.clientHost = try buffer.readKafkaString(compact: true, "ShareGroupDescribeResponse.Member.ClientHost")
            self.subscribedTopicNames = try buffer.readKafkaArray(of: String.self, version: version, compact: true, minimumElementSize: 1, "ShareGroupDescribeResponse.Member.SubscribedTopicNames")
            self.assignment = try Assignment(from: &buffer, version: version)
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ShareGroupDescribeResponse.Member tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            try buffer.writeKafkaString(self.memberId, compact: true)
            try buffer.writeKafkaString(self.rackId, compact: true)
            buffer.writeInteger(self.memberEpoch, endianness: .big)
            try buffer.writeKafkaString(self.clientId, compact: true)
            try buffer.writeKafkaString(self.clientHost, compact: true)
            try buffer.writeKafkaArray(self.subscribedTopicNames, version: version, compact: true)
            try self.assignment.encode(into: &buffer, version: version)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct TopicPartitions: Sendable, Equatable, KafkaStructCodable {
        public var topicId: KafkaUUID = KafkaUUID.zero
        public var topicName: String = ""
        public var partitions: [Int32] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.topicId = try buffer.readKafkaUUID("ShareGroupDescribeResponse.TopicPartitions.TopicId")
            self.topicName = try buffer.readKafkaString(compact: true, "ShareGroupDescribeResponse.TopicPartitions.TopicName")
            self.partitions = try buffer.readKafkaArray(of: Int32.self, version: version, compact: true, minimumElementSize: 4, "ShareGroupDescribeResponse.TopicPartitions.Partitions")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ShareGroupDescribeResponse.TopicPartitions tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeKafkaUUID(self.topicId)
            try buffer.writeKafkaString(self.topicName, compact: true)
            try buffer.writeKafkaArray(self.partitions, version: version, compact: true)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct Assignment: Sendable, Equatable, KafkaStructCodable {
        public var topicPartitions: [TopicPartitions] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.topicPartitions = try buffer.readKafkaArray(of: TopicPartitions.self, version: version, compact: true, minimumElementSize: 19, "ShareGroupDescribeResponse.Assignment.TopicPartitions")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ShareGroupDescribeResponse.Assignment tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            try buffer.writeKafkaArray(self.topicPartitions, version: version, compact: true)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
