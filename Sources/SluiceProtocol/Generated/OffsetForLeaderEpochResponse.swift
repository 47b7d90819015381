// Generated from OffsetForLeaderEpochResponse.json by SluiceCodegen. Do not edit.
// OffsetForLeaderEpoch response (API key 23): v0-4, flexible v4+.

import NIOCore

public struct OffsetForLeaderEpochResponse: KafkaResponse {
    public static let apiKey: ApiKey = .offsetForLeaderEpoch
    public static let validVersions: ClosedRange<Int16> = 0...4
    public static let firstFlexibleVersion: Int16? = 4

    public var throttleTimeMs: Int32 = 0
    public var topics: [OffsetForLeaderTopicResult] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("OffsetForLeaderEpochResponse", version: version)
        }
        let flexible: Bool = version >= 4
        if version >= 2 {
            self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "OffsetForLeaderEpochResponse.ThrottleTimeMs")
        }
        self.topics = try buffer.readKafkaArray(of: OffsetForLeaderTopicResult.self, version: version, compact: flexible, minimumElementSize: 3, "OffsetForLeaderEpochResponse.Topics")
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("OffsetForLeaderEpochResponse tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("OffsetForLeaderEpochResponse", version: version)
        }
        let flexible: Bool = version >= 4
        if version >= 2 {
            buffer.writeInteger(self.throttleTimeMs, endianness: .big)
        }
        try buffer.writeKafkaArray(self.topics, version: version, compact: flexible)
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct OffsetForLeaderTopicResult: Sendable, Equatable, KafkaStructCodable {
        public var topic: String = ""
        public var partitions: [EpochEndOffset] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 4
            self.topic = try buffer.readKafkaString(compact: flexible, "OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult.Topic")
            self.partitions = try buffer.readKafkaArray(of: EpochEndOffset.self, version: version, compact: flexible, minimumElementSize: 14, "OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult.Partitions")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 4
            try buffer.writeKafkaString(self.topic, compact: flexible)
            try buffer.writeKafkaArray(self.partitions, version: version, compact: flexible)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }

    public struct EpochEndOffset: Sendable, Equatable, KafkaStructCodable {
        public var errorCode: Int16 = 0
        public var partition: Int32 = 0
        public var leaderEpoch: Int32 = -1
        public var endOffset: Int64 = -1
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 4
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "OffsetForLeaderEpochResponse.EpochEndOffset.ErrorCode")
            self.partition = try buffer.readKafkaInteger(as: Int32.self, "OffsetForLeaderEpochResponse.EpochEndOffset.Partition")
            if version >= 1 {
                self.leaderEpoch = try buffer.readKafkaInteger(as: Int32.self, "OffsetForLeaderEpochResponse.EpochEndOffset.LeaderEpoch")
            }
            self.endOffset = try buffer.readKafkaInteger(as: Int64.self, "OffsetForLeaderEpochResponse.EpochEndOffset.EndOffset")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("OffsetForLeaderEpochResponse.EpochEndOffset tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 4
            buffer.writeInteger(self.errorCode, endianness: .big)
            buffer.writeInteger(self.partition, endianness: .big)
            if version >= 1 {
                buffer.writeInteger(self.leaderEpoch, endianness: .big)
            }
            buffer.writeInteger(self.endOffset, endianness: .big)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }
}
