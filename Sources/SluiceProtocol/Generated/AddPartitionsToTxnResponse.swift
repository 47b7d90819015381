// Generated from AddPartitionsToTxnResponse.json by SluiceCodegen. Do not edit.
// AddPartitionsToTxn response (API key 24): v0-5, flexible v3+.

import NIOCore

public struct AddPartitionsToTxnResponse: KafkaResponse {
    public static let apiKey: ApiKey = .addPartitionsToTxn
    public static let validVersions: ClosedRange<Int16> = 0...5
    public static let firstFlexibleVersion: Int16? = 3

    public var throttleTimeMs: Int32 = 0
    public var errorCode: Int16 = 0
    public var resultsByTransaction: [AddPartitionsToTxnResult] = []
    public var resultsByTopicV3AndBelow: [AddPartitionsToTxnTopicResult] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("AddPartitionsToTxnResponse", version: version)
        }
        let flexible: Bool = version >= 3
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "AddPartitionsToTxnResponse.ThrottleTimeMs")
        if version >= 4 {
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "AddPartitionsToTxnResponse.ErrorCode")
            self.resultsByTransaction = try buffer.readKafkaArray(of: AddPartitionsToTxnResult.self, version: version, compact: true, minimumElementSize: 3, "AddPartitionsToTxnResponse.ResultsByTransaction")
        }
        if version <= 3 {
            self.resultsByTopicV3AndBelow = try buffer.readKafkaArray(of: AddPartitionsToTxnTopicResult.self, version: version, compact: flexible, minimumElementSize: 3, "AddPartitionsToTxnResponse.ResultsByTopicV3AndBelow")
        }
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("AddPartitionsToTxnResponse tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("AddPartitionsToTxnResponse", version: version)
        }
        let flexible: Bool = version >= 3
        buffer.writeInteger(self.throttleTimeMs, endianness: .big)
        if version >= 4 {
            buffer.writeInteger(self.errorCode, endianness: .big)
        }
        if version >= 4 {
            try buffer.writeKafkaArray(self.resultsByTransaction, version: version, compact: true)
        } else if !self.resultsByTransaction.isEmpty {
            throw ProtocolError.fieldNotSupported(field: "AddPartitionsToTxnResponse.ResultsByTransaction", version: version)
        }
        if version <= 3 {
            try buffer.writeKafkaArray(self.resultsByTopicV3AndBelow, version: version, compact: flexible)
        } else if !self.resultsByTopicV3AndBelow.isEmpty {
            throw ProtocolError.fieldNotSupported(field: "AddPartitionsToTxnResponse.ResultsByTopicV3AndBelow", version: version)
        }
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct AddPartitionsToTxnResult: Sendable, Equatable, KafkaStructCodable {
        public var transactionalId: String = ""
        public var topicResults: [AddPartitionsToTxnTopicResult] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.transactionalId = try buffer.readKafkaString(compact: true, "AddPartitionsToTxnResponse.AddPartitionsToTxnResult.TransactionalId")
            self.topicResults = try buffer.readKafkaArray(of: AddPartitionsToTxnTopicResult.self, version: version, compact: true, minimumElementSize: 3, "AddPartitionsToTxnResponse.AddPartitionsToTxnResult.TopicResults")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("AddPartitionsToTxnResponse.AddPartitionsToTxnResult tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            try buffer.writeKafkaString(self.transactionalId, compact: true)
            try buffer.writeKafkaArray(self.topicResults, version: version, compact: true)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct AddPartitionsToTxnTopicResult: Sendable, Equatable, KafkaStructCodable {
        public var name: String = ""
        public var resultsByPartition: [AddPartitionsToTxnPartitionResult] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 3
            self.name = try buffer.readKafkaString(compact: flexible, "AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult.Name")
            self.resultsByPartition = try buffer.readKafkaArray(of: AddPartitionsToTxnPartitionResult.self, version: version, compact: flexible, minimumElementSize: 6, "AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult.ResultsByPartition")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 3
            try buffer.writeKafkaString(self.name, compact: flexible)
            try buffer.writeKafkaArray(self.resultsByPartition, version: version, compact: flexible)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }

    public struct AddPartitionsToTxnPartitionResult: Sendable, Equatable, KafkaStructCodable {
        public var partitionIndex: Int32 = 0
        public var partitionErrorCode: Int16 = 0
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 3
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "AddPartitionsToTxnResponse.AddPartitionsToTxnPartitionResult.PartitionIndex")
            self.partitionErrorCode = try buffer.readKafkaInteger(as: Int16.self, "AddPartitionsToTxnResponse.AddPartitionsToTxnPartitionResult.PartitionErrorCode")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("AddPartitionsToTxnResponse.AddPartitionsToTxnPartitionResult tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 3
            buffer.writeInteger(self.partitionIndex, endianness: .big)
            buffer.writeInteger(self.partitionErrorCode, endianness: .big)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }
}
