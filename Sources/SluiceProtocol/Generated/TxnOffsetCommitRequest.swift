// Generated from TxnOffsetCommitRequest.json by SluiceCodegen. Do not edit.
// TxnOffsetCommit request (API key 28): v0-4, flexible v3+.

import NIOCore

public struct TxnOffsetCommitRequest: KafkaRequest {
    public typealias Response = TxnOffsetCommitResponse
    public static let apiKey: ApiKey = .txnOffsetCommit
    public static let validVersions: ClosedRange<Int16> = 0...4
    public static let firstFlexibleVersion: Int16? = 3

    public var transactionalId: String = ""
    public var groupId: String = ""
    public var producerId: Int64 = 0
    public var producerEpoch: Int16 = 0
    public var generationId: Int32 = -1
    public var memberId: String = ""
    public var groupInstanceId: String? = nil
    public var topics: [TxnOffsetCommitRequestTopic] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("TxnOffsetCommitRequest", version: version)
        }
        let flexible: Bool = version >= 3
        self.transactionalId = try buffer.readKafkaString(compact: flexible, "TxnOffsetCommitRequest.TransactionalId")
        self.groupId = try buffer.readKafkaString(compact: flexible, "TxnOffsetCommitRequest.GroupId")
        self.producerId = try buffer.readKafkaInteger(as: Int64.self, "TxnOffsetCommitRequest.ProducerId")
        self.producerEpoch = try buffer.readKafkaInteger(as: Int16.self, "TxnOffsetCommitRequest.ProducerEpoch")
        if version >= 3 {
            self.generationId = try buffer.readKafkaInteger(as: Int32.self, "TxnOffsetCommitRequest.GenerationId")
            self.memberId = try buffer.readKafkaString(compact: true, "TxnOffsetCommitRequest.MemberId")
            self.groupInstanceId = try buffer.readKafkaNullableString(compact: true, "TxnOffsetCommitRequest.GroupInstanceId")
        }
        self.topics = try buffer.readKafkaArray(of: TxnOffsetCommitRequestTopic.self, version: version, compact: flexible, minimumElementSize: 3, "TxnOffsetCommitRequest.Topics")
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("TxnOffsetCommitRequest tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("TxnOffsetCommitRequest", version: version)
        }
        let flexible: Bool = version >= 3
        try buffer.writeKafkaString(self.transactionalId, compact: flexible)
        try buffer.writeKafkaString(self.groupId, compact: flexible)
        buffer.writeInteger(self.producerId, endianness: .big)
        buffer.writeInteger(self.producerEpoch, endianness: .big)
        if version >= 3 {
            buffer.writeInteger(self.generationId, endianness: .big)
        } else if self.generationId != -1 {
            throw ProtocolError.fieldNotSupported(field: "TxnOffsetCommitRequest.GenerationId", version: version)
        }
        if version >= 3 {
            try buffer.writeKafkaString(self.memberId, compact: true)
        } else if !self.memberId.isEmpty {
            throw ProtocolError.fieldNotSupported(field: "TxnOffsetCommitRequest.MemberId", version: version)
        }
        if version >= 3 {
            try buffer.writeKafkaString(self.groupInstanceId, compact: true)
        } else if self.groupInstanceId != nil {
            throw ProtocolError.fieldNotSupported(field: "TxnOffsetCommitRequest.GroupInstanceId", version: version)
        }
        try buffer.writeKafkaArray(self.topics, version: version, compact: flexible)
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct TxnOffsetCommitRequestTopic: Sendable, Equatable, KafkaStructCodable {
        public var name: String = ""
        public var partitions: [TxnOffsetCommitRequestPartition] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 3
            self.name = try buffer.readKafkaString(compact: flexible, "TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic.Name")
            self.partitions = try buffer.readKafkaArray(of: TxnOffsetCommitRequestPartition.self, version: version, compact: flexible, minimumElementSize: 14, "TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic.Partitions")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic tagged fields")
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

    public struct TxnOffsetCommitRequestPartition: Sendable, Equatable, KafkaStructCodable {
        public var partitionIndex: Int32 = 0
        public var committedOffset: Int64 = 0
        public var committedLeaderEpoch: Int32 = -1
        public var committedMetadata: String? = ""
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 3
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "TxnOffsetCommitRequest.TxnOffsetCommitRequestPartition.PartitionIndex")
            self.committedOffset = try buffer.readKafkaInteger(as: Int64.self, "TxnOffsetCommitRequest.TxnOffsetCommitRequestPartition.CommittedOffset")
            if version >= 2 {
                self.committedLeaderEpoch = try buffer.readKafkaInteger(as: Int32.self, "TxnOffsetCommitRequest.TxnOffsetCommitRequestPartition.CommittedLeaderEpoch")
            }
            self.committedMetadata = try buffer.readKafkaNullableString(compact: flexible, "TxnOffsetCommitRequest.TxnOffsetCommitRequestPartition.CommittedMetadata")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("TxnOffsetCommitRequest.TxnOffsetCommitRequestPartition tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 3
            buffer.writeInteger(self.partitionIndex, endianness: .big)
            buffer.writeInteger(self.committedOffset, endianness: .big)
            if version >= 2 {
                buffer.writeInteger(self.committedLeaderEpoch, endianness: .big)
            }
            try buffer.writeKafkaString(self.committedMetadata, compact: flexible)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }
}
