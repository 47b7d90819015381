// Generated from DescribeProducersRequest.json by SluiceCodegen. Do not edit.
// DescribeProducers request (API key 61): v0, all flexible.

import NIOCore

public struct DescribeProducersRequest: KafkaRequest {
    public typealias Response = DescribeProducersResponse
    public static let apiKey: ApiKey = .describeProducers
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    public var topics: [TopicRequest] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DescribeProducersRequest", version: version)
        }
        self.topics = try buffer.readKafkaArray(of: TopicRequest.self, version: version, compact: true, minimumElementSize: 3, "DescribeProducersRequest.Topics")
        self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeProducersRequest tagged fields")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DescribeProducersRequest", version: version)
        }
        try buffer.writeKafkaArray(self.topics, version: version, compact: true)
        buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
    }

    public struct TopicRequest: Sendable, Equatable, KafkaStructCodable {
        public var name: String = ""
        public var partitionIndexes: [Int32] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.name = try buffer.readKafkaString(compact: true, "DescribeProducersRequest.TopicRequest.Name")
            self.partitionIndexes = try buffer.readKafkaArray(of: Int32.self, version: version, compact: true, minimumElementSize: 4, "DescribeProducersRequest.TopicRequest.PartitionIndexes")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeProducersRequest.TopicRequest tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            try buffer.writeKafkaString(self.name, compact: true)
            try buffer.writeKafkaArray(self.partitionIndexes, version: version, compact: true)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
