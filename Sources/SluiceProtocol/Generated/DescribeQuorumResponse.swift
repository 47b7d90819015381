// Generated from DescribeQuorumResponse.json by SluiceCodegen. Do not edit.
// DescribeQuorum response (API key 55): v0-2, all flexible.

import NIOCore

public struct DescribeQuorumResponse: KafkaResponse {
    public static let apiKey: ApiKey = .describeQuorum
    public static let validVersions: ClosedRange<Int16> = 0...2
    public static let firstFlexibleVersion: Int16? = 0

    public var errorCode: Int16 = 0
    public var errorMessage: String? = ""
    public var topics: [TopicData] = []
    public var nodes: [Node] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DescribeQuorumResponse", version: version)
        }
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "DescribeQuorumResponse.ErrorCode")
        if version >= 2 {
            self.errorMessage = try buffer.readKafkaNullableString(compact: true, "DescribeQuorumResponse.ErrorMessage")
        }
        self.topics = try buffer.readKafkaArray(of: TopicData.self, version: version, compact: true, minimumElementSize: 3, "DescribeQuorumResponse.Topics")
        if version >= 2 {
            self.nodes = try buffer.readKafkaArray(of: Node.self, version: version, compact: true, minimumElementSize: 6, "DescribeQuorumResponse.Nodes")
        }
        self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeQuorumResponse tagged fields")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DescribeQuorumResponse", version: version)
        }
        buffer.writeInteger(self.errorCode, endianness: .big)
        if version >= 2 {
            try buffer.writeKafkaString(self.errorMessage, compact: true)
        }
        try buffer.writeKafkaArray(self.topics, version: version, compact: true)
        if version >= 2 {
            try buffer.writeKafkaArray(self.nodes, version: version, compact: true)
        } else if !self.nodes.isEmpty {
            throw ProtocolError.fieldNotSupported(field: "DescribeQuorumResponse.Nodes", version: version)
        }
        buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
    }

    public struct TopicData: Sendable, Equatable, KafkaStructCodable {
        public var topicName: String = ""
        public var partitions: [PartitionData] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.topicName = try buffer.readKafkaString(compact: true, "DescribeQuorumResponse.TopicData.TopicName")
            self.partitions = try buffer.readKafkaArray(of: PartitionData.self, version: version, compact: true, minimumElementSize: 25, "DescribeQuorumResponse.TopicData.Partitions")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeQuorumResponse.TopicData tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            try buffer.writeKafkaString(self.topicName, compact: true)
            try buffer.writeKafkaArray(self.partitions, version: version, compact: true)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct PartitionData: Sendable, Equatable, KafkaStructCodable {
        public var partitionIndex: Int32 = 0
        public var errorCode: Int16 = 0
        public var errorMessage: String? = ""
        public var leaderId: Int32 = 0
        public var leaderEpoch: Int32 = 0
        public var highWatermark: Int64 = 0
        public var currentVoters: [ReplicaState] = []
        public var observers: [ReplicaState] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "DescribeQuorumResponse.PartitionData.PartitionIndex")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "DescribeQuorumResponse.PartitionData.ErrorCode")
            if version >= 2 {
                self.errorMessage = try buffer.readKafkaNullableString(compact: true, "DescribeQuorumResponse.PartitionData.ErrorMessage")
            }
            self.leaderId = try buffer.readKafkaInteger(as: Int32.self, "DescribeQuorumResponse.PartitionData.LeaderId")
            self.leaderEpoch = try buffer.readKafkaInteger(as: Int32.self, "DescribeQuorumResponse.PartitionData.LeaderEpoch")
            self.highWatermark = try buffer.readKafkaInteger(as: Int64.self, "DescribeQuorumResponse.PartitionData.HighWatermark")
            self.currentVoters = try buffer.readKafkaArray(of: ReplicaState.self, version: version, compact: true, minimumElementSize: 13, "DescribeQuorumResponse.PartitionData.CurrentVoters")
            self.observers = try buffer.readKafkaArray(of: ReplicaState.self, version: version, compact: true, minimumElementSize: 13, "DescribeQuorumResponse.PartitionData.Observers")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeQuorumResponse.PartitionData tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeInteger(self.partitionIndex, endianness: .big)
            buffer.writeInteger(self.errorCode, endianness: .big)
            if version >= 2 {
                try buffer.writeKafkaString(self.errorMessage, compact: true)
            }
            buffer.writeInteger(self.leaderId, endianness: .big)
            buffer.writeInteger(self.leaderEpoch, endianness: .big)
            buffer.writeInteger(self.highWatermark, endianness: .big)
            try buffer.writeKafkaArray(self.currentVoters, version: version, compact: true)
            try buffer.writeKafkaArray(self.observers, version: version, compact: true)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct Node: Sendable, Equatable, KafkaStructCodable {
        public var nodeId: Int32 = 0
        public var listeners: [Listener] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.nodeId = try buffer.readKafkaInteger(as: Int32.self, "DescribeQuorumResponse.Node.NodeId")
            self.listeners = try buffer.readKafkaArray(of: Listener.self, version: version, compact: true, minimumElementSize: 5, "DescribeQuorumResponse.Node.Listeners")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeQuorumResponse.Node tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeInteger(self.nodeId, endianness: .big)
            try buffer.writeKafkaArray(self.listeners, version: version, compact: true)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct Listener: Sendable, Equatable, KafkaStructCodable {
        public var name: String = ""
        public var host: String = ""
        public var port: UInt16 = 0
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.name = try buffer.readKafkaString(compact: true, "DescribeQuorumResponse.Listener.Name")
            self.host = try buffer.readKafkaString(compact: true, "DescribeQuorumResponse.Listener.Host")
            self.port = try buffer.readKafkaInteger(as: UInt16.self, "DescribeQuorumResponse.Listener.Port")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeQuorumResponse.Listener tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            try buffer.writeKafkaString(self.name, compact: true)
            try buffer.writeKafkaString(self.host, compact: true)
            buffer.writeInteger(self.port, endianness: .big)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct ReplicaState: Sendable, Equatable, KafkaStructCodable {
        public var replicaId: Int32 = 0
        public var replicaDirectoryId: KafkaUUID = KafkaUUID.zero
        public var logEndOffset: Int64 = 0
        public var lastFetchTimestamp: Int64 = -1
        public var lastCaughtUpTimestamp: Int64 = -1
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.replicaId = try buffer.readKafkaInteger(as: Int32.self, "DescribeQuorumResponse.ReplicaState.ReplicaId")
            if version >= 2 {
                self.replicaDirectoryId = try buffer.readKafkaUUID("DescribeQuorumResponse.ReplicaState.ReplicaDirectoryId")
            }
            self.logEndOffset = try buffer.readKafkaInteger(as: Int64.self, "DescribeQuorumResponse.ReplicaState.LogEndOffset")
            if version >= 1 {
                self.lastFetchTimestamp = try buffer.readKafkaInteger(as: Int64.self, "DescribeQuorumResponse.ReplicaState.LastFetchTimestamp")
                self.lastCaughtUpTimestamp = try buffer.readKafkaInteger(as: Int64.self, "DescribeQuorumResponse.ReplicaState.LastCaughtUpTimestamp")
            }
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeQuorumResponse.ReplicaState tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeInteger(self.replicaId, endianness: .big)
            if version >= 2 {
                buffer.writeKafkaUUID(self.replicaDirectoryId)
            } else if self.replicaDirectoryId != KafkaUUID.zero {
                throw ProtocolError.fieldNotSupported(field: "DescribeQuorumResponse.ReplicaState.ReplicaDirectoryId", version: version)
            }
            buffer.writeInteger(self.logEndOffset, endianness: .big)
            if version >= 1 {
                buffer.writeInteger(self.lastFetchTimestamp, endianness: .big)
                buffer.writeInteger(self.lastCaughtUpTimestamp, endianness: .big)
            }
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
