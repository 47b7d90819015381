// Generated from WriteShareGroupStateRequest.json by SluiceCodegen. Do not edit.
// WriteShareGroupState request (API key 85): v0, all flexible.

import NIOCore

public struct WriteShareGroupStateRequest: KafkaRequest {
    public typealias Response = WriteShareGroupStateResponse
    public static let apiKey: ApiKey = .writeShareGroupState
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    public var groupId: String = ""
    public var topics: [WriteStateData] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("WriteShareGroupStateRequest", version: version)
        }
        self.groupId = try buffer.readKafkaString(compact: true, "WriteShareGroupStateRequest.GroupId")
        self.topics = try buffer.readKafkaArray(of: WriteStateData.self, version: version, compact: true, minimumElementSize: 18, "WriteShareGroupStateRequest.Topics")
        self.unknownTaggedFields = try buffer.readUnknownTaggedFields("WriteShareGroupStateRequest tagged fields")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("WriteShareGroupStateRequest", version: version)
        }
        try buffer.writeKafkaString(self.groupId, compact: true)
        try buffer.writeKafkaArray(self.topics, version: version, compact: true)
        buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
    }

    public struct WriteStateData: Sendable, Equatable, KafkaStructCodable {
        public var topicId: KafkaUUID = KafkaUUID.zero
        public var partitions: [PartitionData] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.topicId = try buffer.readKafkaUUID("WriteShareGroupStateRequest.WriteStateData.TopicId")
            self.partitions = try buffer.readKafkaArray(of: PartitionData.self, version: version, compact: true, minimumElementSize: 22, "WriteShareGroupStateRequest.WriteStateData.Partitions")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("WriteShareGroupStateRequest.WriteStateData tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeKafkaUUID(self.topicId)
            try buffer.writeKafkaArray(self.partitions, version: version, compact: true)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct PartitionData: Sendable, Equatable, KafkaStructCodable {
        public var partition: Int32 = 0
        public var stateEpoch: Int32 = 0
        public var leaderEpoch: Int32 = 0
        public var startOffset: Int64 = 0
        public var stateBatches: [StateBatch] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.partition = try buffer.readKafkaInteger(as: Int32.self, "WriteShareGroupStateRequest.PartitionData.Partition")
            self.stateEpoch = try buffer.readKafkaInteger(as: Int32.self, "WriteShareGroupStateRequest.PartitionData.StateEpoch")
            self.leaderEpoch = try buffer.readKafkaInteger(as: Int32.self, "WriteShareGroupStateRequest.PartitionData.LeaderEpoch")
            self.startOffset = try buffer.readKafkaInteger(as: Int64.self, "WriteShareGroupStateRequest.PartitionData.StartOffset")
            self.stateBatches = try buffer.readKafkaArray(of: StateBatch.self, version: version, compact: true, minimumElementSize: 20, "WriteShareGroupStateRequest.PartitionData.StateBatches")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("WriteShareGroupStateRequest.PartitionData tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeInteger(self.partition, endianness: .big)
            buffer.writeInteger(self.stateEpoch, endianness: .big)
            buffer.writeInteger(self.leaderEpoch, endianness: .big)
            buffer.writeInteger(self.startOffset, endianness: .big)
            try buffer.writeKafkaArray(self.stateBatches, version: version, compact: true)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct StateBatch: Sendable, Equatable, KafkaStructCodable {
        public var firstOffset: Int64 = 0
        public var lastOffset: Int64 = 0
        public var deliveryState: Int8 = 0
        public var deliveryCount: Int16 = 0
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.firstOffset = try buffer.readKafkaInteger(as: Int64.self, "WriteShareGroupStateRequest.StateBatch.FirstOffset")
            self.lastOffset = try buffer.readKafkaInteger(as: Int64.self, "WriteShareGroupStateRequest.StateBatch.LastOffset")
            self.deliveryState = try buffer.readKafkaInteger(as: Int8.self, "WriteShareGroupStateRequest.StateBatch.DeliveryState")
            self.deliveryCount = try buffer.readKafkaInteger(as: Int16.self, "WriteShareGroupStateRequest.StateBatch.DeliveryCount")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("WriteShareGroupStateRequest.StateBatch tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeInteger(self.firstOffset, endianness: .big)
            buffer.writeInteger(self.lastOffset, endianness: .big)
            buffer.writeInteger(self.deliveryState, endianness: .big)
            buffer.writeInteger(self.deliveryCount, endianness: .big)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
