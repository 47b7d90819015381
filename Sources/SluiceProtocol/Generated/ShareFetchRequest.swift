// Generated from ShareFetchRequest.json by SluiceCodegen. Do not edit.
// ShareFetch request (API key 78): v0, all flexible.

import NIOCore

public struct ShareFetchRequest: KafkaRequest {
    public typealias Response = ShareFetchResponse
    public static let apiKey: ApiKey = .shareFetch
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    public var groupId: String? = nil
    public var memberId: String? = ""
    public var shareSessionEpoch: Int32 = 0
    public var maxWaitMs: Int32 = 0
    public var minBytes: Int32 = 0
    public var maxBytes: Int32 = 2147483647
    public var topics: [FetchTopic] = []
    public var forgottenTopicsData: [ForgottenTopic] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ShareFetchRequest", version: version)
        }
        self.groupId = try buffer.readKafkaNullableString(compact: true, "ShareFetchRequest.GroupId")
        self.memberId = try buffer.readKafkaNullableString(compact: true, "ShareFetchRequest.MemberId")
        self.shareSessionEpoch = try buffer.readKafkaInteger(as: Int32.self, "ShareFetchRequest.ShareSessionEpoch")
        self.maxWaitMs = try buffer.readKafkaInteger(as: Int32.self, "ShareFetchRequest.MaxWaitMs")
        self.minBytes = try buffer.readKafkaInteger(as: Int32.self, "ShareFetchRequest.MinBytes")
        self.maxBytes = try buffer.readKafkaInteger(as: Int32.self, "ShareFetchRequest.MaxBytes")
        self.topics = try buffer.readKafkaArray(of: FetchTopic.self, version: version, compact: true, minimumElementSize: 18, "ShareFetchRequest.Topics")
        self.forgottenTopicsData = try buffer.readKafkaArray(of: ForgottenTopic.self, version: version, compact: true, minimumElementSize: 18, "ShareFetchRequest.ForgottenTopicsData")
        self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ShareFetchRequest tagged fields")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ShareFetchRequest", version: version)
        }
        try buffer.writeKafkaString(self.groupId, compact: true)
        try buffer.writeKafkaString(self.memberId, compact: true)
        buffer.writeInteger(self.shareSessionEpoch, endianness: .big)
        buffer.writeInteger(self.maxWaitMs, endianness: .big)
        buffer.writeInteger(self.minBytes, endianness: .big)
        buffer.writeInteger(self.maxBytes, endianness: .big)
        try buffer.writeKafkaArray(self.topics, version: version, compact: true)
        try buffer.writeKafkaArray(self.forgottenTopicsData, version: version, compact: true)
        buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
    }

    public struct FetchTopic: Sendable, Equatable, KafkaStructCodable {
        public var topicId: KafkaUUID = KafkaUUID.zero
        public var partitions: [FetchPartition] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.topicId = try buffer.readKafkaUUID("ShareFetchRequest.FetchTopic.TopicId")
            self.partitions = try buffer.readKafkaArray(of: FetchPartition.self, version: version, compact: true, minimumElementSize: 10, "ShareFetchRequest.FetchTopic.Partitions")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ShareFetchRequest.FetchTopic tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeKafkaUUID(self.topicId)
            try buffer.writeKafkaArray(self.partitions, version: version, compact: true)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct FetchPartition: Sendable, Equatable, KafkaStructCodable {
        public var partitionIndex: Int32 = 0
        public var partitionMaxBytes: Int32 = 0
        public var acknowledgementBatches: [AcknowledgementBatch] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "ShareFetchRequest.FetchPartition.PartitionIndex")
            self.partitionMaxBytes = try buffer.readKafkaInteger(as: Int32.self, "ShareFetchRequest.FetchPartition.PartitionMaxBytes")
            self.acknowledgementBatches = try buffer.readKafkaArray(of: AcknowledgementBatch.self, version: version, compact: true, minimumElementSize: 18, "ShareFetchRequest.FetchPartition.AcknowledgementBatches")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ShareFetchRequest.FetchPartition tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeInteger(self.partitionIndex, endianness: .big)
            buffer.writeInteger(self.partitionMaxBytes, endianness: .big)
            try buffer.writeKafkaArray(self.acknowledgementBatches, version: version, compact: true)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct AcknowledgementBatch: Sendable, Equatable, KafkaStructCodable {
        public var firstOffset: Int64 = 0
        public var lastOffset: Int64 = 0
        public var acknowledgeTypes: [Int8] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.firstOffset = try buffer.readKafkaInteger(as: Int64.self, "ShareFetchRequest.AcknowledgementBatch.FirstOffset")
            self.lastOffset = try buffer.readKafkaInteger(as: Int64.self, "ShareFetchRequest.AcknowledgementBatch.LastOffset")
            self.acknowledgeTypes = try buffer.readKafkaArray(of: Int8.self, version: version, compact: true, minimumElementSize: 1, "ShareFetchRequest.AcknowledgementBatch.AcknowledgeTypes")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ShareFetchRequest.AcknowledgementBatch tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeInteger(self.firstOffset, endianness: .big)
            buffer.writeInteger(self.lastOffset, endianness: .big)
            try buffer.writeKafkaArray(self.acknowledgeTypes, version: version, compact: true)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct ForgottenTopic: Sendable, Equatable, KafkaStructCodable {
        public var topicId: KafkaUUID = KafkaUUID.zero
        public var partitions: [Int32] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.topicId = try buffer.readKafkaUUID("ShareFetchRequest.ForgottenTopic.TopicId")
            self.partitions = try buffer.readKafkaArray(of: Int32.self, version: version, compact: true, minimumElementSize: 4, "ShareFetchRequest.ForgottenTopic.Partitions")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ShareFetchRequest.ForgottenTopic tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeKafkaUUID(self.topicId)
            try buffer.writeKafkaArray(self.partitions, version: version, compact: true)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
