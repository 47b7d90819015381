// Generated from AddPartitionsToTxnRequest.json by SluiceCodegen. Do not edit.
// AddPartitionsToTxn request (API key 24): v0-5, flexible v3+.

import NIOCore

public struct AddPartitionsToTxnRequest: KafkaRequest {
    public typealias Response = AddPartitionsToTxnResponse
    public static let apiKey: ApiKey = .addPartitionsToTxn
    public static let validVersions: ClosedRange<Int16> = 0...5
    public static let firstFlexibleVersion: Int16? = 3

    public var transactions: [AddPartitionsToTxnTransaction] = []
    public var v3AndBelowTransactionalId: String = ""
    public var v3AndBelowProducerId: Int64 = 0
    public var v3AndBelowProducerEpoch: Int16 = 0
    public var v3AndBelowTopics: [AddPartitionsToTxnTopic] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("AddPartitionsToTxnRequest", version: version)
        }
        let flexible: Bool = version >= 3
        if version >= 4 {
            self.transactions = try buffer.readKafkaArray(of: AddPartitionsToTxnTransaction.self, version: version, compact: true, minimumElementSize: 14, "AddPartitionsToTxnRequest.Transactions")
        }
        if version <= 3 {
            self.v3AndBelowTransactionalId = try buffer.readKafkaString(compact: flexible, "AddPartitionsToTxnRequest.V3AndBelowTransactionalId")
            self.v3AndBelowProducerId = try buffer.readKafkaInteger(as: Int64.self, "AddPartitionsToTxnRequest.V3AndBelowProducerId")
            self.v3AndBelowProducerEpoch = try buffer.readKafkaInteger(as: Int16.self, "AddPartitionsToTxnRequest.V3AndBelowProducerEpoch")
            self.v3AndBelowTopics = try buffer.readKafkaArray(of: AddPartitionsToTxnTopic.self, version: version, compact: flexible, minimumElementSize: 3, "AddPartitionsToTxnRequest.V3AndBelowTopics")
        }
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("AddPartitionsToTxnRequest tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("AddPartitionsToTxnRequest", version: version)
        }
        let flexible: Bool = version >= 3
        if version >= 4 {
            try buffer.writeKafkaArray(self.transactions, version: version, compact: true)
        } else if !self.transactions.isEmpty {
            throw ProtocolError.fieldNotSupported(field: "AddPartitionsToTxnRequest.Transactions", version: version)
        }
        if version <= 3 {
            try buffer.writeKafkaString(self.v3AndBelowTransactionalId, compact: flexible)
        } else if !self.v3AndBelowTransactionalId.isEmpty {
            throw ProtocolError.fieldNotSupported(field: "AddPartitionsToTxnRequest.V3AndBelowTransactionalId", version: version)
        }
        if version <= 3 {
            buffer.writeInteger(self.v3AndBelowProducerId, endianness: .big)
        } else if self.v3AndBelowProducerId != 0 {
            throw ProtocolError.fieldNotSupported(field: "AddPartitionsToTxnRequest.V3AndBelowProducerId", version: version)
        }
        if version <= 3 {
            buffer.writeInteger(self.v3AndBelowProducerEpoch, endianness: .big)
        } else if self.v3AndBelowProducerEpoch != 0 {
            throw ProtocolError.fieldNotSupported(field: "AddPartitionsToTxnRequest.V3AndBelowProducerEpoch", version: version)
        }
        if version <= 3 {
            try buffer.writeKafkaArray(self.v3AndBelowTopics, version: version, compact: flexible)
        } else if !self.v3AndBelowTopics.isEmpty {
            throw ProtocolError.fieldNotSupported(field: "AddPartitionsToTxnRequest.V3AndBelowTopics", version: version)
        }
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct AddPartitionsToTxnTransaction: Sendable, Equatable, KafkaStructCodable {
        public var transactionalId: String = ""
        public var producerId: Int64 = 0
        public var producerEpoch: Int16 = 0
        public var verifyOnly: Bool = false
        public var topics: [AddPartitionsToTxnTopic] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.transactionalId = try buffer.readKafkaString(compact: true, "AddPartitionsToTxnRequest.AddPartitionsToTxnTransaction.TransactionalId")
            self.producerId = try buffer.readKafkaInteger(as: Int64.self, "AddPartitionsToTxnRequest.AddPartitionsToTxnTransaction.ProducerId")
            self.producerEpoch = try buffer.readKafkaInteger(as: Int16.self, "AddPartitionsToTxnRequest.AddPartitionsToTxnTransaction.ProducerEpoch")
            self.verifyOnly = try buffer.readKafkaBool("AddPartitionsToTxnRequest.AddPartitionsToTxnTransaction.VerifyOnly")
            self.topics = try buffer.readKafkaArray(of: AddPartitionsToTxnTopic.self, version: version, compact: true, minimumElementSize: 3, "AddPartitionsToTxnRequest.AddPartitionsToTxnTransaction.Topics")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("AddPartitionsToTxnRequest.AddPartitionsToTxnTransaction tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            try buffer.writeKafkaString(self.transactionalId, compact: true)
            buffer.writeInteger(self.producerId, endianness: .big)
            buffer.writeInteger(self.producerEpoch, endianness: .big)
            buffer.writeKafkaBool(self.verifyOnly)
            try buffer.writeKafkaArray(self.topics, version: version, compact: true)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct AddPartitionsToTxnTopic: Sendable, Equatable, KafkaStructCodable {
        public var name: String = ""
        public var partitions: [Int32] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 3
            self.name = try buffer.readKafkaString(compact: flexible, "AddPartitionsToTxnRequest.AddPartitionsToTxnTopic.Name")
            self.partitions = try buffer.readKafkaArray(of: Int32.self, version: version, compact: flexible, minimumElementSize: 4, "AddPartitionsToTxnRequest.AddPartitionsToTxnTopic.Partitions")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("AddPartitionsToTxnRequest.AddPartitionsToTxnTopic tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 3
            try buffer.writeKafkaString(self.name, compact: flexible)
            try buffer.writeKafkaArray(self.partitions, version: version, compact: flexible)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }
}
