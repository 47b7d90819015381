// Generated from DescribeTopicPartitionsRequest.json by SluiceCodegen. Do not edit.
// DescribeTopicPartitions request (API key 75): v0, all flexible.

import NIOCore

public struct DescribeTopicPartitionsRequest: KafkaRequest {
    public typealias Response = DescribeTopicPartitionsResponse
    public static let apiKey: ApiKey = .describeTopicPartitions
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    public var topics: [TopicRequest] = []
    public var responsePartitionLimit: Int32 = 2000
    public var cursor: Cursor? = nil
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DescribeTopicPartitionsRequest", version: version)
        }
        self.topics = try buffer.readKafkaArray(of: TopicRequest.self, version: version, compact: true, minimumElementSize: 2, "DescribeTopicPartitionsRequest.Topics")
        self.responsePartitionLimit = try buffer.readKafkaInteger(as: Int32.self, "DescribeTopicPartitionsRequest.ResponsePartitionLimit")
        self.cursor = try buffer.readKafkaNullableStruct(of: Cursor.self, version: version, "DescribeTopicPartitionsRequest.Cursor")
        self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeTopicPartitionsRequest tagged fields")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DescribeTopicPartitionsRequest", version: version)
        }
        try buffer.writeKafkaArray(self.topics, version: version, compact: true)
        buffer.writeInteger(self.responsePartitionLimit, endianness: .big)
        try buffer.writeKafkaNullableStruct(self.cursor, version: version)
        buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
    }

    public struct TopicRequest: Sendable, Equatable, KafkaStructCodable {
        public var name: String = ""
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.name = try buffer.readKafkaString(compact: true, "DescribeTopicPartitionsRequest.TopicRequest.Name")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeTopicPartitionsRequest.TopicRequest tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            try buffer.writeKafkaString(self.name, compact: true)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct Cursor: Sendable, Equatable, KafkaStructCodable {
        public var topicName: String = ""
        public var partitionIndex: Int32 = 0
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.topicName = try buffer.readKafkaString(compact: true, "DescribeTopicPartitionsRequest.Cursor.TopicName")
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "DescribeTopicPartitionsRequest.Cursor.PartitionIndex")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeTopicPartitionsRequest.Cursor tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            try buffer.writeKafkaString(self.topicName, compact: true)
            buffer.writeInteger(self.partitionIndex, endianness: .big)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
