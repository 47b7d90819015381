// Generated from OffsetForLeaderEpochRequest.json by SluiceCodegen. Do not edit.
// OffsetForLeaderEpoch request (API key 23): v0-4, flexible v4+, deprecated v0-1.

import NIOCore

public struct OffsetForLeaderEpochRequest: KafkaRequest {
    public typealias Response = OffsetForLeaderEpochResponse
    public static let apiKey: ApiKey = .offsetForLeaderEpoch
    public static let validVersions: ClosedRange<Int16> = 0...4
    public static let firstFlexibleVersion: Int16? = 4

    public var replicaId: Int32 = -2
    public var topics: [OffsetForLeaderTopic] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("OffsetForLeaderEpochRequest", version: version)
        }
        let flexible: Bool = version >= 4
        if version >= 3 {
            self.replicaId = try buffer.readKafkaInteger(as: Int32.self, "OffsetForLeaderEpochRequest.ReplicaId")
        }
        self.topics = try buffer.readKafkaArray(of: OffsetForLeaderTopic.self, version: version, compact: flexible, minimumElementSize: 3, "OffsetForLeaderEpochRequest.Topics")
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("OffsetForLeaderEpochRequest tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("OffsetForLeaderEpochRequest", version: version)
        }
        let flexible: Bool = version >= 4
        if version >= 3 {
            buffer.writeInteger(self.replicaId, endianness: .big)
        }
        try buffer.writeKafkaArray(self.topics, version: version, compact: flexible)
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct OffsetForLeaderTopic: Sendable, Equatable, KafkaStructCodable {
        public var topic: String = ""
        public var partitions: [OffsetForLeaderPartition] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 4
            self.topic = try buffer.readKafkaString(compact: flexible, "OffsetForLeaderEpochRequest.OffsetForLeaderTopic.Topic")
            self.partitions = try buffer.readKafkaArray(of: OffsetForLeaderPartition.self, version: version, compact: flexible, minimumElementSize: 8, "OffsetForLeaderEpochRequest.OffsetForLeaderTopic.Partitions")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("OffsetForLeaderEpochRequest.OffsetForLeaderTopic tagged fields")
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

    public struct OffsetForLeaderPartition: Sendable, Equatable, KafkaStructCodable {
        public var partition: Int32 = 0
        public var currentLeaderEpoch: Int32 = -1
        public var leaderEpoch: Int32 = 0
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 4
            self.partition = try buffer.readKafkaInteger(as: Int32.self, "OffsetForLeaderEpochRequest.OffsetForLeaderPartition.Partition")
            if version >= 2 {
                self.currentLeaderEpoch = try buffer.readKafkaInteger(as: Int32.self, "OffsetForLeaderEpochRequest.OffsetForLeaderPartition.CurrentLeaderEpoch")
            }
            self.leaderEpoch = try buffer.readKafkaInteger(as: Int32.self, "OffsetForLeaderEpochRequest.OffsetForLeaderPartition.LeaderEpoch")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("OffsetForLeaderEpochRequest.OffsetForLeaderPartition tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 4
            buffer.writeInteger(self.partition, endianness: .big)
            if version >= 2 {
                buffer.writeInteger(self.currentLeaderEpoch, endianness: .big)
            }
            buffer.writeInteger(self.leaderEpoch, endianness: .big)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }
}
