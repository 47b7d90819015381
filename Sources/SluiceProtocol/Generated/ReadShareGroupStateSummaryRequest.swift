// Generated from ReadShareGroupStateSummaryRequest.json by SluiceCodegen. Do not edit.
// ReadShareGroupStateSummary request (API key 87): v0, all flexible.

import NIOCore

public struct ReadShareGroupStateSummaryRequest: KafkaRequest {
    public typealias Response = ReadShareGroupStateSummaryResponse
    public static let apiKey: ApiKey = .readShareGroupStateSummary
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    public var groupId: String = ""
    public var topics: [ReadStateSummaryData] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ReadShareGroupStateSummaryRequest", version: version)
        }
        self.groupId = try buffer.readKafkaString(compact: true, "ReadShareGroupStateSummaryRequest.GroupId")
        self.topics = try buffer.readKafkaArray(of: ReadStateSummaryData.self, version: version, compact: true, minimumElementSize: 18, "ReadShareGroupStateSummaryRequest.Topics")
        self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ReadShareGroupStateSummaryRequest tagged fields")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ReadShareGroupStateSummaryRequest", version: version)
        }
        try buffer.writeKafkaString(self.groupId, compact: true)
        try buffer.writeKafkaArray(self.topics, version: version, compact: true)
        buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
    }

    public struct ReadStateSummaryData: Sendable, Equatable, KafkaStructCodable {
        public var topicId: KafkaUUID = KafkaUUID.zero
        public var partitions: [PartitionData] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.topicId = try buffer.readKafkaUUID("ReadShareGroupStateSummaryRequest.ReadStateSummaryData.TopicId")
            self.partitions = try buffer.readKafkaArray(of: PartitionData.self, version: version, compact: true, minimumElementSize: 9, "ReadShareGroupStateSummaryRequest.ReadStateSummaryData.Partitions")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ReadShareGroupStateSummaryRequest.ReadStateSummaryData tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeKafkaUUID(self.topicId)
            try buffer.writeKafkaArray(self.partitions, version: version, compact: true)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct PartitionData: Sendable, Equatable, KafkaStructCodable {
        public var partition: Int32 = 0
        public var leaderEpoch: Int32 = 0
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.partition = try buffer.readKafkaInteger(as: Int32.self, "ReadShareGroupStateSummaryRequest.PartitionData.Partition")
            self.leaderEpoch = try buffer.readKafkaInteger(as: Int32.self, "ReadShareGroupStateSummaryRequest.PartitionData.LeaderEpoch")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ReadShareGroupStateSummaryRequest.PartitionData tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeInteger(self.partition, endianness: .big)
            buffer.writeInteger(self.leaderEpoch, endianness: .big)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
