// Generated from ShareAcknowledgeRequest.json by SluiceCodegen. Do not edit.
// ShareAcknowledge request (API key 79): v0, all flexible.

import NIOCore

public struct ShareAcknowledgeRequest: KafkaRequest {
    public typealias Response = ShareAcknowledgeResponse
    public static let apiKey: ApiKey = .shareAcknowledge
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    public var groupId: String? = nil
    public var memberId: String? = ""
    public var shareSessionEpoch: Int32 = 0
    public var topics: [AcknowledgeTopic] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ShareAcknowledgeRequest", version: version)
        }
        self.groupId = try buffer.readKafkaNullableString(compact: true, "ShareAcknowledgeRequest.GroupId")
        self.memberId = try buffer.readKafkaNullableString(compact: true, "ShareAcknowledgeRequest.MemberId")
        self.shareSessionEpoch = try buffer.readKafkaInteger(as: Int32.self, "ShareAcknowledgeRequest.ShareSessionEpoch")
        self.topics = try buffer.readKafkaArray(of: AcknowledgeTopic.self, version: version, compact: true, minimumElementSize: 18, "ShareAcknowledgeRequest.Topics")
        self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ShareAcknowledgeRequest tagged fields")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ShareAcknowledgeRequest", version: version)
        }
        try buffer.writeKafkaString(self.groupId, compact: true)
        try buffer.writeKafkaString(self.memberId, compact: true)
        buffer.writeInteger(self.shareSessionEpoch, endianness: .big)
        try buffer.writeKafkaArray(self.topics, version: version, compact: true)
        buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
    }

    public struct AcknowledgeTopic: Sendable, Equatable, KafkaStructCodable {
        public var topicId: KafkaUUID = KafkaUUID.zero
        public var partitions: [AcknowledgePartition] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.topicId = try buffer.readKafkaUUID("ShareAcknowledgeRequest.AcknowledgeTopic.TopicId")
            self.partitions = try buffer.readKafkaArray(of: AcknowledgePartition.self, version: version, compact: true, minimumElementSize: 6, "ShareAcknowledgeRequest.AcknowledgeTopic.Partitions")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ShareAcknowledgeRequest.AcknowledgeTopic tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeKafkaUUID(self.topicId)
            try buffer.writeKafkaArray(self.partitions, version: version, compact: true)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct AcknowledgePartition: Sendable, Equatable, KafkaStructCodable {
        public var partitionIndex: Int32 = 0
        public var acknowledgementBatches: [AcknowledgementBatch] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "ShareAcknowledgeRequest.AcknowledgePartition.PartitionIndex")
            self.acknowledgementBatches = try buffer.readKafkaArray(of: AcknowledgementBatch.self, version: version, compact: true, minimumElementSize: 18, "ShareAcknowledgeRequest.AcknowledgePartition.AcknowledgementBatches")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ShareAcknowledgeRequest.AcknowledgePartition tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeInteger(self.partitionIndex, endianness: .big)
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
            self.firstOffset = try buffer.readKafkaInteger(as: Int64.self, "ShareAcknowledgeRequest.AcknowledgementBatch.FirstOffset")
            self.lastOffset = try buffer.readKafkaInteger(as: Int64.self, "ShareAcknowledgeRequest.AcknowledgementBatch.LastOffset")
            self.acknowledgeTypes = try buffer.readKafkaArray(of: Int8.self, version: version, compact: true, minimumElementSize: 1, "ShareAcknowledgeRequest.AcknowledgementBatch.AcknowledgeTypes")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ShareAcknowledgeRequest.AcknowledgementBatch tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeInteger(self.firstOffset, endianness: .big)
            buffer.writeInteger(self.lastOffset, endianness: .big)
            try buffer.writeKafkaArray(self.acknowledgeTypes, version: version, compact: true)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
