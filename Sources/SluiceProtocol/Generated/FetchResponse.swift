// Generated from FetchResponse.json by SluiceCodegen. Do not edit.
// Fetch response (API key 1): v0-17, flexible v12+.

import NIOCore

public struct FetchResponse: KafkaResponse {
    public static let apiKey: ApiKey = .fetch
    public static let validVersions: ClosedRange<Int16> = 0...17
    public static let firstFlexibleVersion: Int16? = 12

    public var throttleTimeMs: Int32 = 0
    public var errorCode: Int16 = 0
    public var sessionId: Int32 = 0
    public var responses: [FetchableTopicResponse] = []
    public var nodeEndpoints: [NodeEndpoint] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("FetchResponse", version: version)
        }
        let flexible: Bool = version >= 12
        if version >= 1 {
            self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "FetchResponse.ThrottleTimeMs")
        }
        if version >= 7 {
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "FetchResponse.ErrorCode")
            self.sessionId = try buffer.readKafkaInteger(as: Int32.self, "FetchResponse.SessionId")
        }
        self.responses = try buffer.readKafkaArray(of: FetchableTopicResponse.self, version: version, compact: flexible, minimumElementSize: 3, "FetchResponse.Responses")
        if flexible {
            self.unknownTaggedFields = try buffer.readTaggedFields("FetchResponse tagged fields") { (tag: UInt32, slice: inout ByteBuffer) throws -> Bool in
                switch tag {
                case 0:
                    guard version >= 16 else { return false }
                    self.nodeEndpoints = try slice.readKafkaArray(of: NodeEndpoint.self, version: version, compact: true, minimumElementSize: 11, "FetchResponse.NodeEndpoints")
                    return true
                default:
                    return false
                }
            }
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("FetchResponse", version: version)
        }
        let flexible: Bool = version >= 12
        if version >= 1 {
            buffer.writeInteger(self.throttleTimeMs, endianness: .big)
        }
        if version >= 7 {
            buffer.writeInteger(self.errorCode, endianness: .big)
        }
        if version >= 7 {
            buffer.writeInteger(self.sessionId, endianness: .big)
        } else if self.sessionId != 0 {
            throw ProtocolError.fieldNotSupported(field: "FetchResponse.SessionId", version: version)
        }
        try buffer.writeKafkaArray(self.responses, version: version, compact: flexible)
        if version <= 15 && !self.nodeEndpoints.isEmpty { throw ProtocolError.fieldNotSupported(field: "FetchResponse.NodeEndpoints", version: version) }
        if flexible {
            var tagged: [(UInt32, ByteBuffer)] = []
            if version >= 16 && !self.nodeEndpoints.isEmpty {
                var field: ByteBuffer = ByteBuffer()
                try field.writeKafkaArray(self.nodeEndpoints, version: version, compact: true)
                tagged.append((0, field))
            }
            buffer.writeTaggedFields(tagged, unknown: self.unknownTaggedFields)
        }
    }

    public struct FetchableTopicResponse: Sendable, Equatable, KafkaStructCodable {
        public var topic: String = ""
        public var topicId: KafkaUUID = KafkaUUID.zero
        public var partitions: [PartitionData] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 12
            if version <= 12 {
                self.topic = try buffer.readKafkaString(compact: flexible, "FetchResponse.FetchableTopicResponse.Topic")
            }
            if version >= 13 {
                self.topicId = try buffer.readKafkaUUID("FetchResponse.FetchableTopicResponse.TopicId")
            }
            self.partitions = try buffer.readKafkaArray(of: PartitionData.self, version: version, compact: flexible, minimumElementSize: 18, "FetchResponse.FetchableTopicResponse.Partitions")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("FetchResponse.FetchableTopicResponse tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 12
            if version <= 12 {
                try buffer.writeKafkaString(self.topic, compact: flexible)
            }
            if version >= 13 {
                buffer.writeKafkaUUID(self.topicId)
            }
            try buffer.writeKafkaArray(self.partitions, version: version, compact: flexible)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }

    public struct PartitionData: Sendable, Equatable, KafkaStructCodable {
        public var partitionIndex: Int32 = 0
        public var errorCode: Int16 = 0
        public var highWatermark: Int64 = 0
        public var lastStableOffset: Int64 = -1
        public var logStartOffset: Int64 = -1
        public var divergingEpoch: EpochEndOffset = EpochEndOffset()
        public var currentLeader: LeaderIdAndEpoch = LeaderIdAndEpoch()
        public var snapshotId: SnapshotId = SnapshotId()
        public var abortedTransactions: [AbortedTransaction]? = []
        public var preferredReadReplica: Int32 = -1
        public var records: ByteBuffer? = nil
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 12
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "FetchResponse.PartitionData.PartitionIndex")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "FetchResponse.PartitionData.ErrorCode")
            self.highWatermark = try buffer.readKafkaInteger(as: Int64.self, "FetchResponse.PartitionData.HighWatermark")
            if version >= 4 {
                self.lastStableOffset = try buffer.readKafkaInteger(as: Int64.self, "FetchResponse.PartitionData.LastStableOffset")
            }
            if version >= 5 {
                self.logStartOffset = try buffer.readKafkaInteger(as: Int64.self, "FetchResponse.PartitionData.LogStartOffset")
            }
            if version >= 4 {
                self.abortedTransactions = try buffer.readKafkaNullableArray(of: AbortedTransaction.self, version: version, compact: flexible, minimumElementSize: 16, "FetchResponse.PartitionData.AbortedTransactions")
            }
            if version >= 11 {
                self.preferredReadReplica = try buffer.readKafkaInteger(as: Int32.self, "FetchResponse.PartitionData.PreferredReadReplica")
            }
            self.records = try buffer.readKafkaRecords(compact: flexible, "FetchResponse.PartitionData.Records")
            if flexible {
                self.unknownTaggedFields = try buffer.readTaggedFields("FetchResponse.PartitionData tagged fields") { (tag: UInt32, slice: inout ByteBuffer) throws -> Bool in
                    switch tag {
                    case 0:
                        self.divergingEpoch = try EpochEndOffset(from: &slice, version: version)
                        return true
                    case 1:
                        self.currentLeader = try LeaderIdAndEpoch(from: &slice, version: version)
                        return true
                    case 2:
                        self.snapshotId = try SnapshotId(from: &slice, version: version)
                        return true
                    default:
                        return false
                    }
                }
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 12
            buffer.writeInteger(self.partitionIndex, endianness: .big)
            buffer.writeInteger(self.errorCode, endianness: .big)
            buffer.writeInteger(self.highWatermark, endianness: .big)
            if version >= 4 {
                buffer.writeInteger(self.lastStableOffset, endianness: .big)
            }
            if version >= 5 {
                buffer.writeInteger(self.logStartOffset, endianness: .big)
            }
            if version <= 11 && self.divergingEpoch != EpochEndOffset() { throw ProtocolError.fieldNotSupported(field: "FetchResponse.PartitionData.DivergingEpoch", version: version) }
            if version <= 11 && self.currentLeader != LeaderIdAndEpoch() { throw ProtocolError.fieldNotSupported(field: "FetchResponse.PartitionData.CurrentLeader", version: version) }
            if version <= 11 && self.snapshotId != SnapshotId() { throw ProtocolError.fieldNotSupported(field: "FetchResponse.PartitionData.SnapshotId", version: version) }
            if version >= 4 {
                try buffer.writeKafkaArray(self.abortedTransactions, version: version, compact: flexible)
            }
            if version >= 11 {
                buffer.writeInteger(self.preferredReadReplica, endianness: .big)
            } else if self.preferredReadReplica != -1 {
                throw ProtocolError.fieldNotSupported(field: "FetchResponse.PartitionData.PreferredReadReplica", version: version)
            }
            buffer.writeKafkaRecords(self.records, compact: flexible)
            if flexible {
                var tagged: [(UInt32, ByteBuffer)] = []
                if self.divergingEpoch != EpochEndOffset() {
                    var field: ByteBuffer = ByteBuffer()
                    try self.divergingEpoch.encode(into: &field, version: version)
                    tagged.append((0, field))
                }
                if self.currentLeader != LeaderIdAndEpoch() {
                    var field: ByteBuffer = ByteBuffer()
                    try self.currentLeader.encode(into: &field, version: version)
                    tagged.append((1, field))
                }
                if self.snapshotId != SnapshotId() {
                    var field: ByteBuffer = ByteBuffer()
                    try self.snapshotId.encode(into: &field, version: version)
                    tagged.append((2, field))
                }
                buffer.writeTaggedFields(tagged, unknown: self.unknownTaggedFields)
            }
        }
    }

    public struct EpochEndOffset: Sendable, Equatable, KafkaStructCodable {
        public var epoch: Int32 = -1
        public var endOffset: Int64 = -1
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.epoch = try buffer.readKafkaInteger(as: Int32.self, "FetchResponse.EpochEndOffset.Epoch")
            self.endOffset = try buffer.readKafkaInteger(as: Int64.self, "FetchResponse.EpochEndOffset.EndOffset")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("FetchResponse.EpochEndOffset tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeInteger(self.epoch, endianness: .big)
            buffer.writeInteger(self.endOffset, endianness: .big)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct LeaderIdAndEpoch: Sendable, Equatable, KafkaStructCodable {
        public var leaderId: Int32 = -1
        public var leaderEpoch: Int32 = -1
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.leaderId = try buffer.readKafkaInteger(as: Int32.self, "FetchResponse.LeaderIdAndEpoch.LeaderId")
            self.leaderEpoch = try buffer.readKafkaInteger(as: Int32.self, "FetchResponse.LeaderIdAndEpoch.LeaderEpoch")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("FetchResponse.LeaderIdAndEpoch tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeInteger(self.leaderId, endianness: .big)
            buffer.writeInteger(self.leaderEpoch, endianness: .big)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct SnapshotId: Sendable, Equatable, KafkaStructCodable {
        public var endOffset: Int64 = -1
        public var epoch: Int32 = -1
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.endOffset = try buffer.readKafkaInteger(as: Int64.self, "FetchResponse.SnapshotId.EndOffset")
            self.epoch = try buffer.readKafkaInteger(as: Int32.self, "FetchResponse.SnapshotId.Epoch")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("FetchResponse.SnapshotId tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeInteger(self.endOffset, endianness: .big)
            buffer.writeInteger(self.epoch, endianness: .big)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct AbortedTransaction: Sendable, Equatable, KafkaStructCodable {
        public var producerId: Int64 = 0
        public var firstOffset: Int64 = 0
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 12
            self.producerId = try buffer.readKafkaInteger(as: Int64.self, "FetchResponse.AbortedTransaction.ProducerId")
            self.firstOffset = try buffer.readKafkaInteger(as: Int64.self, "FetchResponse.AbortedTransaction.FirstOffset")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("FetchResponse.AbortedTransaction tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 12
            buffer.writeInteger(self.producerId, endianness: .big)
            buffer.writeInteger(self.firstOffset, endianness: .big)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }

    public struct NodeEndpoint: Sendable, Equatable, KafkaStructCodable {
        public var nodeId: Int32 = 0
        public var host: String = ""
        public var port: Int32 = 0
        public var rack: String? = nil
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.nodeId = try buffer.readKafkaInteger(as: Int32.self, "FetchResponse.NodeEndpoint.NodeId")
            self.host = try buffer.readKafkaString(compact: true, "FetchResponse.NodeEndpoint.Host")
            self.port = try buffer.readKafkaInteger(as: Int32.self, "FetchResponse.NodeEndpoint.Port")
            self.rack = try buffer.readKafkaNullableString(compact: true, "FetchResponse.NodeEndpoint.Rack")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("FetchResponse.NodeEndpoint tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeInteger(self.nodeId, endianness: .big)
            try buffer.writeKafkaString(self.host, compact: true)
            buffer.writeInteger(self.port, endianness: .big)
            try buffer.writeKafkaString(self.rack, compact: true)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
