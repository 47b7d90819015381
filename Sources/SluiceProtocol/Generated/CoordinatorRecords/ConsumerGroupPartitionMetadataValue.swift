// Generated from ConsumerGroupPartitionMetadataValue.json by SluiceCodegen. Do not edit.
// ConsumerGroupPartitionMetadataValue (embedded data, not a request): v0, all flexible.

import NIOCore

public struct ConsumerGroupPartitionMetadataValue: Sendable, Equatable {
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    public var topics: [TopicMetadata] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ConsumerGroupPartitionMetadataValue", version: version)
        }
        self.topics = try buffer.readKafkaArray(of: TopicMetadata.self, version: version, compact: true, minimumElementSize: 23, "ConsumerGroupPartitionMetadataValue.Topics")
        self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ConsumerGroupPartitionMetadataValue tagged fields")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ConsumerGroupPartitionMetadataValue", version: version)
        }
        try buffer.writeKafkaArray(self.topics, version: version, compact: true)
        buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
    }

    public struct TopicMetadata: Sendable, Equatable, KafkaStructCodable {
        public var topicId: KafkaUUID = KafkaUUID.zero
        public var topicName: String = ""
        public var numPartitions: Int32 = 0
        public var partitionMetadata: [PartitionMetadata] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.topicId = try buffer.readKafkaUUID("ConsumerGroupPartitionMetadataValue.TopicMetadata.TopicId")
            self.topicName = try buffer.readKafkaString(compact: true, "ConsumerGroupPartitionMetadataValue.TopicMetadata.TopicName")
            self.numPartitions = try buffer.readKafkaInteger(as: Int32.self, "ConsumerGroupPartitionMetadataValue.TopicMetadata.NumPartitions")
            self.partitionMetadata = try buffer.readKafkaArray(of: PartitionMetadata.self, version: version, compact: true, minimumElementSize: 6, "ConsumerGroupPartitionMetadataValue.TopicMetadata.PartitionMetadata")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ConsumerGroupPartitionMetadataValue.TopicMetadata tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeKafkaUUID(self.topicId)
            try buffer.writeKafkaString(self.topicName, compact: true)
            buffer.writeInteger(self.numPartitions, endianness: .big)
            try buffer.writeKafkaArray(self.partitionMetadata, version: version, compact: true)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct PartitionMetadata: Sendable, Equatable, KafkaStructCodable {
        public var partition: Int32 = 0
        public var racks: [String] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.partition = try buffer.readKafkaInteger(as: Int32.self, "ConsumerGroupPartitionMetadataValue.PartitionMetadata.Partition")
            self.racks = try buffer.readKafkaArray(of: String.self, version: version, compact: true, minimumElementSize: 1, "ConsumerGroupPartitionMetadataValue.PartitionMetadata.Racks")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ConsumerGroupPartitionMetadataValue.PartitionMetadata tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeInteger(self.partition, endianness: .big)
            try buffer.writeKafkaArray(self.racks, version: version, compact: true)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
