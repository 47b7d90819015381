// Generated from TxnOffsetCommitResponse.json by SluiceCodegen. Do not edit.
// TxnOffsetCommit response (API key 28): v0-4, flexible v3+.

import NIOCore

public struct TxnOffsetCommitResponse: KafkaResponse {
    public static let apiKey: ApiKey = .txnOffsetCommit
    public static let validVersions: ClosedRange<Int16> = 0...4
    public static let firstFlexibleVersion: Int16? = 3

    public var throttleTimeMs: Int32 = 0
    public var topics: [TxnOffsetCommitResponseTopic] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("TxnOffsetCommitResponse", version: version)
        }
        let flexible: Bool = version >= 3
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "TxnOffsetCommitResponse.ThrottleTimeMs")
        self.topics = try buffer.readKafkaArray(of: TxnOffsetCommitResponseTopic.self, version: version, compact: flexible, minimumElementSize: 3, "TxnOffsetCommitResponse.Topics")
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("TxnOffsetCommitResponse tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("TxnOffsetCommitResponse", version: version)
        }
        let flexible: Bool = version >= 3
        buffer.writeInteger(self.throttleTimeMs, endianness: .big)
        try buffer.writeKafkaArray(self.topics, version: version, compact: flexible)
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct TxnOffsetCommitResponseTopic: Sendable, Equatable, KafkaStructCodable {
        public var name: String = ""
        public var partitions: [TxnOffsetCommitResponsePartition] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 3
            self.name = try buffer.readKafkaString(compact: flexible, "TxnOffsetCommitResponse.TxnOffsetCommitResponseTopic.Name")
            self.partitions = try buffer.readKafkaArray(of: TxnOffsetCommitResponsePartition.self, version: version, compact: flexible, minimumElementSize: 6, "TxnOffsetCommitResponse.TxnOffsetCommitResponseTopic.Partitions")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("TxnOffsetCommitResponse.TxnOffsetCommitResponseTopic tagged fields")
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

    public struct TxnOffsetCommitResponsePartition: Sendable, Equatable, KafkaStructCodable {
        public var partitionIndex: Int32 = 0
        public var errorCode: Int16 = 0
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 3
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "TxnOffsetCommitResponse.TxnOffsetCommitResponsePartition.PartitionIndex")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "TxnOffsetCommitResponse.TxnOffsetCommitResponsePartition.ErrorCode")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("TxnOffsetCommitResponse.TxnOffsetCommitResponsePartition tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 3
            buffer.writeInteger(self.partitionIndex, endianness: .big)
            buffer.writeInteger(self.errorCode, endianness: .big)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }
}
