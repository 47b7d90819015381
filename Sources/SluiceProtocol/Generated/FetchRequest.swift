// Generated from FetchRequest.json by SluiceCodegen. Do not edit.
// Fetch request (API key 1): v0-17, flexible v12+, deprecated v0-3.

import NIOCore

public struct FetchRequest: KafkaRequest {
    public typealias Response = FetchResponse
    public static let apiKey: ApiKey = .fetch
    public static let validVersions: ClosedRange<Int16> = 0...17
    public static let firstFlexibleVersion: Int16? = 12

    public var clusterId: String? = nil
    public var replicaId: Int32 = -1
    public var replicaState: ReplicaState = ReplicaState()
    public var maxWaitMs: Int32 = 0
    public var minBytes: Int32 = 0
    public var maxBytes: Int32 = 2147483647
    public var isolationLevel: Int8 = 0
    public var sessionId: Int32 = 0
    public var sessionEpoch: Int32 = -1
    public var topics: [FetchTopic] = []
    public var forgottenTopicsData: [ForgottenTopic] = []
    public var rackId: String = ""
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("FetchRequest", version: version)
        }
        let flexible: Bool = version >= 12
        if version <= 14 {
            self.replicaId = try buffer.readKafkaInteger(as: Int32.self, "FetchRequest.ReplicaId")
        }
        self.maxWaitMs = try buffer.readKafkaInteger(as: Int32.self, "FetchRequest.MaxWaitMs")
        self.minBytes = try buffer.readKafkaInteger(as: Int32.self, "FetchRequest.MinBytes")
        if version >= 3 {
            self.maxBytes = try buffer.readKafkaInteger(as: Int32.self, "FetchRequest.MaxBytes")
        }
        if version >= 4 {
            self.isolationLevel = try buffer.readKafkaInteger(as: Int8.self, "FetchRequest.IsolationLevel")
        }
        if version >= 7 {
            self.sessionId = try buffer.readKafkaInteger(as: Int32.self, "FetchRequest.SessionId")
            self.sessionEpoch = try buffer.readKafkaInteger(as: Int32.self, "FetchRequest.SessionEpoch")
        }
        self.topics = try buffer.readKafkaArray(of: FetchTopic.self, version: version, compact: flexible, minimumElementSize: 3, "FetchRequest.Topics")
        if version >= 7 {
            self.forgottenTopicsData = try buffer.readKafkaArray(of: ForgottenTopic.self, version: version, compact: flexible, minimumElementSize: 3, "FetchRequest.ForgottenTopicsData")
        }
        if version >= 11 {
            self.rackId = try buffer.readKafkaString(compact: flexible, "FetchRequest.RackId")
        }
        if flexible {
            self.unknownTaggedFields = try buffer.readTaggedFields("FetchRequest tagged fields") { (tag: UInt32, slice: inout ByteBuffer) throws -> Bool in
                switch tag {
                case 0:
                    self.clusterId = try slice.readKafkaNullableString(compact: true, "FetchRequest.ClusterId")
                    return true
                case 1:
                    guard version >= 15 else { return false }
                    self.replicaState = try ReplicaState(from: &slice, version: version)
                    return true
                default:
                    return false
                }
            }
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("FetchRequest", version: version)
        }
        let flexible: Bool = version >= 12
        if version <= 14 {
            buffer.writeInteger(self.replicaId, endianness: .big)
        } else if self.replicaId != -1 {
            throw ProtocolError.fieldNotSupported(field: "FetchRequest.ReplicaId", version: version)
        }
        if version <= 14 && self.replicaState != ReplicaState() { throw ProtocolError.fieldNotSupported(field: "FetchRequest.ReplicaState", version: version) }
        buffer.writeInteger(self.maxWaitMs, endianness: .big)
        buffer.writeInteger(self.minBytes, endianness: .big)
        if version >= 3 {
            buffer.writeInteger(self.maxBytes, endianness: .big)
        }
        if version >= 4 {
            buffer.writeInteger(self.isolationLevel, endianness: .big)
        }
        if version >= 7 {
            buffer.writeInteger(self.sessionId, endianness: .big)
            buffer.writeInteger(self.sessionEpoch, endianness: .big)
        }
        try buffer.writeKafkaArray(self.topics, version: version, compact: flexible)
        if version >= 7 {
            try buffer.writeKafkaArray(self.forgottenTopicsData, version: version, compact: flexible)
        } else if !self.forgottenTopicsData.isEmpty {
            throw ProtocolError.fieldNotSupported(field: "FetchRequest.ForgottenTopicsData", version: version)
        }
        if version >= 11 {
            try buffer.writeKafkaString(self.rackId, compact: flexible)
        }
        if flexible {
            var tagged: [(UInt32, ByteBuffer)] = []
            if self.clusterId != nil {
                var field: ByteBuffer = ByteBuffer()
                try field.writeKafkaString(self.clusterId, compact: true)
                tagged.append((0, field))
            }
            if version >= 15 && self.replicaState != ReplicaState() {
                var field: ByteBuffer = ByteBuffer()
                try self.replicaState.encode(into: &field, version: version)
                tagged.append((1, field))
            }
            buffer.writeTaggedFields(tagged, unknown: self.unknownTaggedFields)
        }
    }

    public struct ReplicaState: Sendable, Equatable, KafkaStructCodable {
        public var replicaId: Int32 = -1
        public var replicaEpoch: Int64 = -1
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.replicaId = try buffer.readKafkaInteger(as: Int32.self, "FetchRequest.ReplicaState.ReplicaId")
            self.replicaEpoch = try buffer.readKafkaInteger(as: Int64.self, "FetchRequest.ReplicaState.ReplicaEpoch")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("FetchRequest.ReplicaState tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeInteger(self.replicaId, endianness: .big)
            buffer.writeInteger(self.replicaEpoch, endianness: .big)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct FetchTopic: Sendable, Equatable, KafkaStructCodable {
        public var topic: String = ""
        public var topicId: KafkaUUID = KafkaUUID.zero
        public var partitions: [FetchPartition] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 12
            if version <= 12 {
                self.topic = try buffer.readKafkaString(compact: flexible, "FetchRequest.FetchTopic.Topic")
            }
            if version >= 13 {
                self.topicId = try buffer.readKafkaUUID("FetchRequest.FetchTopic.TopicId")
            }
            self.partitions = try buffer.readKafkaArray(of: FetchPartition.self, version: version, compact: flexible, minimumElementSize: 16, "FetchRequest.FetchTopic.Partitions")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("FetchRequest.FetchTopic tagged fields")
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

    public struct FetchPartition: Sendable, Equatable, KafkaStructCodable {
        public var partition: Int32 = 0
        public var currentLeaderEpoch: Int32 = -1
        public var fetchOffset: Int64 = 0
        public var lastFetchedEpoch: Int32 = -1
        public var logStartOffset: Int64 = -1
        public var partitionMaxBytes: Int32 = 0
        public var replicaDirectoryId: KafkaUUID = KafkaUUID.zero
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 12
            self.partition = try buffer.readKafkaInteger(as: Int32.self, "FetchRequest.FetchPartition.Partition")
            if version >= 9 {
                self.currentLeaderEpoch = try buffer.readKafkaInteger(as: Int32.self, "FetchRequest.FetchPartition.CurrentLeaderEpoch")
            }
            self.fetchOffset = try buffer.readKafkaInteger(as: Int64.self, "FetchRequest.FetchPartition.FetchOffset")
            if version >= 12 {
                self.lastFetchedEpoch = try buffer.readKafkaInteger(as: Int32.self, "FetchRequest.FetchPartition.LastFetchedEpoch")
            }
            if version >= 5 {
                self.logStartOffset = try buffer.readKafkaInteger(as: Int64.self, "FetchRequest.FetchPartition.LogStartOffset")
            }
            self.partitionMaxBytes = try buffer.readKafkaInteger(as: Int32.self, "FetchRequest.FetchPartition.PartitionMaxBytes")
            if flexible {
                self.unknownTaggedFields = try buffer.readTaggedFields("FetchRequest.FetchPartition tagged fields") { (tag: UInt32, slice: inout ByteBuffer) throws -> Bool in
                    switch tag {
                    case 0:
                        guard version >= 17 else { return false }
                        self.replicaDirectoryId = try slice.readKafkaUUID("FetchRequest.FetchPartition.ReplicaDirectoryId")
                        return true
                    default:
                        return false
                    }
                }
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 12
            buffer.writeInteger(self.partition, endianness: .big)
            if version >= 9 {
                buffer.writeInteger(self.currentLeaderEpoch, endianness: .big)
            }
            buffer.writeInteger(self.fetchOffset, endianness: .big)
            if version >= 12 {
                buffer.writeInteger(self.lastFetchedEpoch, endianness: .big)
            } else if self.lastFetchedEpoch != -1 {
                throw ProtocolError.fieldNotSupported(field: "FetchRequest.FetchPartition.LastFetchedEpoch", version: version)
            }
            if version >= 5 {
                buffer.writeInteger(self.logStartOffset, endianness: .big)
            }
            buffer.writeInteger(self.partitionMaxBytes, endianness: .big)
            if flexible {
                var tagged: [(UInt32, ByteBuffer)] = []
                if version >= 17 && self.replicaDirectoryId != KafkaUUID.zero {
                    var field: ByteBuffer = ByteBuffer()
                    field.writeKafkaUUID(self.replicaDirectoryId)
                    tagged.append((0, field))
                }
                buffer.writeTaggedFields(tagged, unknown: self.unknownTaggedFields)
            }
        }
    }

    public struct ForgottenTopic: Sendable, Equatable, KafkaStructCodable {
        public var topic: String = ""
        public var topicId: KafkaUUID = KafkaUUID.zero
        public var partitions: [Int32] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 12
            if version <= 12 {
                self.topic = try buffer.readKafkaString(compact: flexible, "FetchRequest.ForgottenTopic.Topic")
            }
            if version >= 13 {
                self.topicId = try buffer.readKafkaUUID("FetchRequest.ForgottenTopic.TopicId")
            }
            self.partitions = try buffer.readKafkaArray(of: Int32.self, version: version, compact: flexible, minimumElementSize: 4, "FetchRequest.ForgottenTopic.Partitions")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("FetchRequest.ForgottenTopic tagged fields")
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
}
