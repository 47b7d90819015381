// Generated from ReadShareGroupStateSummaryResponse.json by SluiceCodegen. Do not edit.
// ReadShareGroupStateSummary response (API key 87): v0, all flexible.

import NIOCore

public struct ReadShareGroupStateSummaryResponse: KafkaResponse {
    public static let apiKey: ApiKey = .readShareGroupStateSummary
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    public var results: [ReadStateSummaryResult] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ReadShareGroupStateSummaryResponse", version: version)
        }
        self.results = try buffer.readKafkaArray(of: ReadStateSummaryResult.self, version: version, compact: true, minimumElementSize: 18, "ReadShareGroupStateSummaryResponse.Results")
        self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ReadShareGroupStateSummaryResponse tagged fields")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ReadShareGroupStateSummaryResponse", version: version)
        }
        try buffer.writeKafkaArray(self.results, version: version, compact: true)
        buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
    }

    public struct ReadStateSummaryResult: Sendable, Equatable, KafkaStructCodable {
        public var topicId: KafkaUUID = KafkaUUID.zero
        public var partitions: [PartitionResult] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.topicId = try buffer.readKafkaUUID("ReadShareGroupStateSummaryResponse.ReadStateSummaryResult.TopicId")
            self.partitions = try buffer.readKafkaArray(of: PartitionResult.self, version: version, compact: true, minimumElementSize: 20, "ReadShareGroupStateSummaryResponse.ReadStateSummaryResult.Partitions")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ReadShareGroupStateSummaryResponse.ReadStateSummaryResult tagged fields")
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
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.partition = try buffer.readKafkaInteger(as: Int32.self, "ReadShareGroupStateSummaryResponse.PartitionResult.Partition")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "ReadShareGroupStateSummaryResponse.PartitionResult.ErrorCode")
            self.errorMessage = try buffer.readKafkaNullableString(compact: true, "ReadShareGroupStateSummaryResponse.PartitionResult.ErrorMessage")
            self.stateEpoch = try buffer.readKafkaInteger(as: Int32.self, "ReadShareGroupStateSummaryResponse.PartitionResult.StateEpoch")
            self.startOffset = try buffer.readKafkaInteger(as: Int64.self, "ReadShareGroupStateSummaryResponse.PartitionResult.StartOffset")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ReadShareGroupStateSummaryResponse.PartitionResult tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeInteger(self.partition, endianness: .big)
            buffer.writeInteger(self.errorCode, endianness: .big)
            try buffer.writeKafkaString(self.errorMessage, compact: true)
            buffer.writeInteger(self.stateEpoch, endianness: .big)
            buffer.writeInteger(self.startOffset, endianness: .big)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
