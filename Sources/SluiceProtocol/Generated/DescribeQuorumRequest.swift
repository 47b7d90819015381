// Generated from DescribeQuorumRequest.json by SluiceCodegen. Do not edit.
// DescribeQuorum request (API key 55): v0-2, all flexible.

import NIOCore

public struct DescribeQuorumRequest: KafkaRequest {
    public typealias Response = DescribeQuorumResponse
    public static let apiKey: ApiKey = .describeQuorum
    public static let validVersions: ClosedRange<Int16> = 0...2
    public static let firstFlexibleVersion: Int16? = 0

    public var topics: [TopicData] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DescribeQuorumRequest", version: version)
        }
        self.topics = try buffer.readKafkaArray(of: TopicData.self, version: version, compact: true, minimumElementSize: 3, "DescribeQuorumRequest.Topics")
        self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeQuorumRequest tagged fields")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DescribeQuorumRequest", version: version)
        }
        try buffer.writeKafkaArray(self.topics, version: version, compact: true)
        buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
    }

    public struct TopicData: Sendable, Equatable, KafkaStructCodable {
        public var topicName: String = ""
        public var partitions: [PartitionData] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.topicName = try buffer.readKafkaString(compact: true, "DescribeQuorumRequest.TopicData.TopicName")
            self.partitions = try buffer.readKafkaArray(of: PartitionData.self, version: version, compact: true, minimumElementSize: 5, "DescribeQuorumRequest.TopicData.Partitions")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeQuorumRequest.TopicData tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            try buffer.writeKafkaString(self.topicName, compact: true)
            try buffer.writeKafkaArray(self.partitions, version: version, compact: true)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct PartitionData: Sendable, Equatable, KafkaStructCodable {
        public var partitionIndex: Int32 = 0
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "DescribeQuorumRequest.PartitionData.PartitionIndex")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeQuorumRequest.PartitionData tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeInteger(self.partitionIndex, endianness: .big)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
