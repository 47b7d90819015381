// Generated from DescribeTransactionsResponse.json by SluiceCodegen. Do not edit.
// DescribeTransactions response (API key 65): v0, all flexible.

import NIOCore

public struct DescribeTransactionsResponse: KafkaResponse {
    public static let apiKey: ApiKey = .describeTransactions
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    public var throttleTimeMs: Int32 = 0
    public var transactionStates: [TransactionState] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DescribeTransactionsResponse", version: version)
        }
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "DescribeTransactionsResponse.ThrottleTimeMs")
        self.transactionStates = try buffer.readKafkaArray(of: TransactionState.self, version: version, compact: true, minimumElementSize: 28, "DescribeTransactionsResponse.TransactionStates")
        self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeTransactionsResponse tagged fields")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DescribeTransactionsResponse", version: version)
        }
        buffer.writeInteger(self.throttleTimeMs, endianness: .big)
        try buffer.writeKafkaArray(self.transactionStates, version: version, compact: true)
        buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
    }

    public struct TransactionState: Sendable, Equatable, KafkaStructCodable {
        public var errorCode: Int16 = 0
        public var transactionalId: String = ""
        public var transactionState: String = ""
        public var transactionTimeoutMs: Int32 = 0
        public var transactionStartTimeMs: Int64 = 0
        public var producerId: Int64 = 0
        public var producerEpoch: Int16 = 0
        public var topics: [TopicData] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "DescribeTransactionsResponse.TransactionState.ErrorCode")
            self.transactionalId = try buffer.readKafkaString(compact: true, "DescribeTransactionsResponse.TransactionState.TransactionalId")
            self.transactionState = try buffer.readKafkaString(compact: true, "DescribeTransactionsResponse.TransactionState.TransactionState")
            self.transactionTimeoutMs = try buffer.readKafkaInteger(as: Int32.self, "DescribeTransactionsResponse.TransactionState.TransactionTimeoutMs")
            self.transactionStartTimeMs = try buffer.readKafkaInteger(as: Int64.self, "DescribeTransactionsResponse.TransactionState.TransactionStartTimeMs")
            self.producerId = try buffer.readKafkaInteger(as: Int64.self, "DescribeTransactionsResponse.TransactionState.ProducerId")
            self.producerEpoch = try buffer.readKafkaInteger(as: Int16.self, "DescribeTransactionsResponse.TransactionState.ProducerEpoch")
            self.topics = try buffer.readKafkaArray(of: TopicData.self, version: version, compact: true, minimumElementSize: 3, "DescribeTransactionsResponse.TransactionState.Topics")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeTransactionsResponse.TransactionState tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeInteger(self.errorCode, endianness: .big)
            try buffer.writeKafkaString(self.transactionalId, compact: true)
            try buffer.writeKafkaString(self.transactionState, compact: true)
            buffer.writeInteger(self.transactionTimeoutMs, endianness: .big)
            buffer.writeInteger(self.transactionStartTimeMs, endianness: .big)
            buffer.writeInteger(self.producerId, endianness: .big)
            buffer.writeInteger(self.producerEpoch, endianness: .big)
            try buffer.writeKafkaArray(self.topics, version: version, compact: true)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct TopicData: Sendable, Equatable, KafkaStructCodable {
        public var topic: String = ""
        public var partitions: [Int32] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.topic = try buffer.readKafkaString(compact: true, "DescribeTransactionsResponse.TopicData.Topic")
            self.partitions = try buffer.readKafkaArray(of: Int32.self, version: version, compact: true, minimumElementSize: 4, "DescribeTransactionsResponse.TopicData.Partitions")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeTransactionsResponse.TopicData tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            try buffer.writeKafkaString(self.topic, compact: true)
            try buffer.writeKafkaArray(self.partitions, version: version, compact: true)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
