// Generated from ReadShareGroupStateResponse.json by SluiceCodegen. Do not edit.
// ReadShareGroupState response (API key 84): v0, all flexible.

import NIOCore

public struct ReadShareGroupStateResponse: KafkaResponse {
    public static let apiKey: ApiKey = .readShareGroupState
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    public var results: [ReadStateResult] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ReadShareGroupStateResponse", version: version)
        }
        self.results = try buffer.readKafkaArray(of: ReadStateResult.self, version: version, compact: true, minimumElementSize: 18, "ReadShareGroupStateResponse.Results")
        self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ReadShareGroupStateResponse tagged fields")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ReadShareGroupStateResponse", version: version)
        }
        try buffer.writeKafkaArray(self.results, version: version, compact: true)
        buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
    }

    public struct ReadStateResult: Sendable, Equatable, KafkaStructCodable {
        public var topicId: KafkaUUID = KafkaUUID.zero
        public var partitions: [PartitionResult] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.topicId = try buffer.readKafkaUUID("ReadShareGroupStateResponse.ReadStateResult.TopicId")
            self.partitions = try buffer.readKafkaArray(of: PartitionResult.self, version: version, compact: true, minimumElementSize: 21, "ReadShareGroupStateResponse.ReadStateResult.Partitions")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ReadShareGroupStateResponse.ReadStateResult tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeKafkaUUID(self.topicId)
            try buffer.writeKafkaArray(self.partitions, version: version, compact: true)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct PartitionResult: Sendable, Equatable, KafkaStructCodable {
        public var partition: Int32 = 0
        public var errorCode: Int16 = 0
        public var errorMessage: String? = nil
        public var stateEpoch: Int32 = 0
        public var startOffset: Int64 = 0
        public var stateBatches: [StateBatch] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.partition = try buffer.readKafkaInteger(as: Int32.self, "ReadShareGroupStateResponse.PartitionResult.Partition")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "ReadShareGroupStateResponse.PartitionResult.ErrorCode")
            self.errorMessage = try buffer.readKafkaNullableString(compact: true, "ReadShareGroupStateResponse.PartitionResult.ErrorMessage")
            self.stateEpoch = try buffer.readKafkaInteger(as: Int32.self, "ReadShareGroupStateResponse.PartitionResult.StateEpoch")
            self.startOffset = try buffer.readKafkaInteger(as: Int64.self, "ReadShareGroupStateResponse.PartitionResult.StartOffset")
            self.stateBatches = try buffer.readKafkaArray(of: StateBatch.self, version: version, compact: true, minimumElementSize: 20, "ReadShareGroupStateResponse.PartitionResult.StateBatches")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ReadShareGroupStateResponse.PartitionResult tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeInteger(self.partition, endianness: .big)
            buffer.writeInteger(self.errorCode, endianness: .big)
            try buffer.writeKafkaString(self.errorMessage, compact: true)
            buffer.writeInteger(self.stateEpoch, endianness: .big)
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
            self.firstOffset = try buffer.readKafkaInteger(as: Int64.self, "ReadShareGroupStateResponse.StateBatch.FirstOffset")
            self.lastOffset = try buffer.readKafkaInteger(as: Int64.self, "ReadShareGroupStateResponse.StateBatch.LastOffset")
            self.deliveryState = try buffer.readKafkaInteger(as: Int8.self, "ReadShareGroupStateResponse.StateBatch.DeliveryState")
            self.deliveryCount = try buffer.readKafkaInteger(as: Int16.self, "ReadShareGroupStateResponse.StateBatch.DeliveryCount")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ReadShareGroupStateResponse.StateBatch tagged fields")
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
