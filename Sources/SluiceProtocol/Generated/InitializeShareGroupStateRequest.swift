// Generated from InitializeShareGroupStateRequest.json by SluiceCodegen. Do not edit.
// InitializeShareGroupState request (API key 83): v0, all flexible.

import NIOCore

public struct InitializeShareGroupStateRequest: KafkaRequest {
    public typealias Response = InitializeShareGroupStateResponse
    public static let apiKey: ApiKey = .initializeShareGroupState
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    public var groupId: String = ""
    public var topics: [InitializeStateData] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("InitializeShareGroupStateRequest", version: version)
        }
        self.groupId = try buffer.readKafkaString(compact: true, "InitializeShareGroupStateRequest.GroupId")
        self.topics = try buffer.readKafkaArray(of: InitializeStateData.self, version: version, compact: true, minimumElementSize: 18, "InitializeShareGroupStateRequest.Topics")
        self.unknownTaggedFields = try buffer.readUnknownTaggedFields("InitializeShareGroupStateRequest tagged fields")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("InitializeShareGroupStateRequest", version: version)
        }
        try buffer.writeKafkaString(self.groupId, compact: true)
        try buffer.writeKafkaArray(self.topics, version: version, compact: true)
        buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
    }

    public struct InitializeStateData: Sendable, Equatable, KafkaStructCodable {
        public var topicId: KafkaUUID = KafkaUUID.zero
        public var partitions: [PartitionData] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.topicId = try buffer.readKafkaUUID("InitializeShareGroupStateRequest.InitializeStateData.TopicId")
            self.partitions = try buffer.readKafkaArray(of: PartitionData.self, version: version, compact: true, minimumElementSize: 17, "InitializeShareGroupStateRequest.InitializeStateData.Partitions")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("InitializeShareGroupStateRequest.InitializeStateData tagged fields")
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
        public var startOffset: Int64 = 0
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.partition = try buffer.readKafkaInteger(as: Int32.self, "InitializeShareGroupStateRequest.PartitionData.Partition")
            self.stateEpoch = try buffer.readKafkaInteger(as: Int32.self, "InitializeShareGroupStateRequest.PartitionData.StateEpoch")
            self.startOffset = try buffer.readKafkaInteger(as: Int64.self, "InitializeShareGroupStateRequest.PartitionData.StartOffset")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("InitializeShareGroupStateRequest.PartitionData tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeInteger(self.partition, endianness: .big)
            buffer.writeInteger(self.stateEpoch, endianness: .big)
            buffer.writeInteger(self.startOffset, endianness: .big)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
