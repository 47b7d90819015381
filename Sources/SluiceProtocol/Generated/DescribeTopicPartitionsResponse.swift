// Generated from DescribeTopicPartitionsResponse.json by SluiceCodegen. Do not edit.
// DescribeTopicPartitions response (API key 75): v0, all flexible.

import NIOCore

public struct DescribeTopicPartitionsResponse: KafkaResponse {
    public static let apiKey: ApiKey = .describeTopicPartitions
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    public var throttleTimeMs: Int32 = 0
    public var topics: [DescribeTopicPartitionsResponseTopic] = []
    public var nextCursor: Cursor? = nil
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DescribeTopicPartitionsResponse", version: version)
        }
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "DescribeTopicPartitionsResponse.ThrottleTimeMs")
        self.topics = try buffer.readKafkaArray(of: DescribeTopicPartitionsResponseTopic.self, version: version, compact: true, minimumElementSize: 26, "DescribeTopicPartitionsResponse.Topics")
        self.nextCursor = try buffer.readKafkaNullableStruct(of: Cursor.self, version: version, "DescribeTopicPartitionsResponse.NextCursor")
        self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeTopicPartitionsResponse tagged fields")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DescribeTopicPartitionsResponse", version: version)
        }
        buffer.writeInteger(self.throttleTimeMs, endianness: .big)
        try buffer.writeKafkaArray(self.topics, version: version, compact: true)
        try buffer.writeKafkaNullableStruct(self.nextCursor, version: version)
        buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
    }

    public struct DescribeTopicPartitionsResponseTopic: Sendable, Equatable, KafkaStructCodable {
        public var errorCode: Int16 = 0
        public var name: String? = ""
        public var topicId: KafkaUUID = KafkaUUID.zero
        public var isInternal: Bool = false
        public var partitions: [DescribeTopicPartitionsResponsePartition] = []
        public var topicAuthorizedOperations: Int32 = -2147483648
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic.ErrorCode")
            self.name = try buffer.readKafkaNullableString(compact: true, "DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic.Name")
            self.topicId = try buffer.readKafkaUUID("DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic.TopicId")
            self.isInternal = try buffer.readKafkaBool("DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic.IsInternal")
            self.partitions = try buffer.readKafkaArray(of: DescribeTopicPartitionsResponsePartition.self, version: version, compact: true, minimumElementSize: 20, "DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic.Partitions")
            self.topicAuthorizedOperations = try buffer.readKafkaInteger(as: Int32.self, "DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic.TopicAuthorizedOperations")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeInteger(self.errorCode, endianness: .big)
            try buffer.writeKafkaString(self.name, compact: true)
            buffer.writeKafkaUUID(self.topicId)
            buffer.writeKafkaBool(self.isInternal)
            try buffer.writeKafkaArray(self.partitions, version: version, compact: true)
            buffer.writeInteger(self.topicAuthorizedOperations, endianness: .big)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct DescribeTopicPartitionsResponsePartition: Sendable, Equatable, KafkaStructCodable {
        public var errorCode: Int16 = 0
        public var partitionIndex: Int32 = 0
        public var leaderId: Int32 = 0
        public var leaderEpoch: Int32 = -1
        public var replicaNodes: [Int32] = []
        public var isrNodes: [Int32] = []
        public var eligibleLeaderReplicas: [Int32]? = nil
        public var lastKnownElr: [Int32]? = nil
        public var offlineReplicas: [Int32] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition.ErrorCode")
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition.PartitionIndex")
            self.leaderId = try buffer.readKafkaInteger(as: Int32.self, "DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition.LeaderId")
            self.leaderEpoch = try buffer.readKafkaInteger(as: Int32.self, "DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition.LeaderEpoch")
            self.replicaNodes = try buffer.readKafkaArray(of: Int32.self, version: version, compact: true, minimumElementSize: 4, "DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition.ReplicaNodes")
            self.isrNodes = try buffer.readKafkaArray(of: Int32.self, version: version, compact: true, minimumElementSize: 4, "DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition.IsrNodes")
            self.eligibleLeaderReplicas = try buffer.readKafkaNullableArray(of: Int32.self, version: version, compact: true, minimumElementSize: 4, "DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition.EligibleLeaderReplicas")
            self.lastKnownElr = try buffer.readKafkaNullableArray(of: Int32.self, version: version, compact: true, minimumElementSize: 4, "DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition.LastKnownElr")
            self.offlineReplicas = try buffer.readKafkaArray(of: Int32.self, version: version, compact: true, minimumElementSize: 4, "DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition.OfflineReplicas")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeInteger(self.errorCode, endianness: .big)
            buffer.writeInteger(self.partitionIndex, endianness: .big)
            buffer.writeInteger(self.leaderId, endianness: .big)
            buffer.writeInteger(self.leaderEpoch, endianness: .big)
            try buffer.writeKafkaArray(self.replicaNodes, version: version, compact: true)
            try buffer.writeKafkaArray(self.isrNodes, version: version, compact: true)
            try buffer.writeKafkaArray(self.eligibleLeaderReplicas, version: version, compact: true)
            try buffer.writeKafkaArray(self.lastKnownElr, version: version, compact: true)
            try buffer.writeKafkaArray(self.offlineReplicas, version: version, compact: true)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct Cursor: Sendable, Equatable, KafkaStructCodable {
        public var topicName: String = ""
        public var partitionIndex: Int32 = 0
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.topicName = try buffer.readKafkaString(compact: true, "DescribeTopicPartitionsResponse.Cursor.TopicName")
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "DescribeTopicPartitionsResponse.Cursor.PartitionIndex")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeTopicPartitionsResponse.Cursor tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            try buffer.writeKafkaString(self.topicName, compact: true)
            buffer.writeInteger(self.partitionIndex, endianness: .big)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
