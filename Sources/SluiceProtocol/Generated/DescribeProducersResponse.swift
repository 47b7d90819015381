// Generated from DescribeProducersResponse.json by SluiceCodegen. Do not edit.
// DescribeProducers response (API key 61): v0, all flexible.

import NIOCore

public struct DescribeProducersResponse: KafkaResponse {
    public static let apiKey: ApiKey = .describeProducers
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    public var throttleTimeMs: Int32 = 0
    public var topics: [TopicResponse] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DescribeProducersResponse", version: version)
        }
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "DescribeProducersResponse.ThrottleTimeMs")
        self.topics = try buffer.readKafkaArray(of: TopicResponse.self, version: version, compact: true, minimumElementSize: 3, "DescribeProducersResponse.Topics")
        self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeProducersResponse tagged fields")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DescribeProducersResponse", version: version)
        }
        buffer.writeInteger(self.throttleTimeMs, endianness: .big)
        try buffer.writeKafkaArray(self.topics, version: version, compact: true)
        buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
    }

    public struct TopicResponse: Sendable, Equatable, KafkaStructCodable {
        public var name: String = ""
        public var partitions: [PartitionResponse] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.name = try buffer.readKafkaString(compact: true, "DescribeProducersResponse.TopicResponse.Name")
            self.partitions = try buffer.readKafkaArray(of: PartitionResponse.self, version: version, compact: true, minimumElementSize: 9, "DescribeProducersResponse.TopicResponse.Partitions")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeProducersResponse.TopicResponse tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            try buffer.writeKafkaString(self.name, compact: true)
            try buffer.writeKafkaArray(self.partitions, version: version, compact: true)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct PartitionResponse: Sendable, Equatable, KafkaStructCodable {
        public var partitionIndex: Int32 = 0
        public var errorCode: Int16 = 0
        public var errorMessage: String? = nil
        public var activeProducers: [ProducerState] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "DescribeProducersResponse.PartitionResponse.PartitionIndex")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "DescribeProducersResponse.PartitionResponse.ErrorCode")
            self.errorMessage = try buffer.readKafkaNullableString(compact: true, "DescribeProducersResponse.PartitionResponse.ErrorMessage")
            self.activeProducers = try buffer.readKafkaArray(of: ProducerState.self, version: version, compact: true, minimumElementSize: 37, "DescribeProducersResponse.PartitionResponse.ActiveProducers")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeProducersResponse.PartitionResponse tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeInteger(self.partitionIndex, endianness: .big)
            buffer.writeInteger(self.errorCode, endianness: .big)
            try buffer.writeKafkaString(self.errorMessage, compact: true)
            try buffer.writeKafkaArray(self.activeProducers, version: version, compact: true)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct ProducerState: Sendable, Equatable, KafkaStructCodable {
        public var producerId: Int64 = 0
        public var producerEpoch: Int32 = 0
        public var lastSequence: Int32 = -1
        public var lastTimestamp: Int64 = -1
        public var coordinatorEpoch: Int32 = 0
        public var currentTxnStartOffset: Int64 = -1
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.producerId = try buffer.readKafkaInteger(as: Int64.self, "DescribeProducersResponse.ProducerState.ProducerId")
            self.producerEpoch = try buffer.readKafkaInteger(as: Int32.self, "DescribeProducersResponse.ProducerState.ProducerEpoch")
            self.lastSequence = try buffer.readKafkaInteger(as: Int32.self, "DescribeProducersResponse.ProducerState.LastSequence")
            self.lastTimestamp = try buffer.readKafkaInteger(as: Int64.self, "DescribeProducersResponse.ProducerState.LastTimestamp")
            self.coordinatorEpoch = try buffer.readKafkaInteger(as: Int32.self, "DescribeProducersResponse.ProducerState.CoordinatorEpoch")
            self.currentTxnStartOffset = try buffer.readKafkaInteger(as: Int64.self, "DescribeProducersResponse.ProducerState.CurrentTxnStartOffset")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeProducersResponse.ProducerState tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeInteger(self.producerId, endianness: .big)
            buffer.writeInteger(self.producerEpoch, endianness: .big)
            buffer.writeInteger(self.lastSequence, endianness: .big)
            buffer.writeInteger(self.lastTimestamp, endianness: .big)
            buffer.writeInteger(self.coordinatorEpoch, endianness: .big)
            buffer.writeInteger(self.currentTxnStartOffset, endianness: .big)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
