// Generated from DeleteShareGroupStateRequest.json by SluiceCodegen. Do not edit.
// DeleteShareGroupState request (API key 86): v0, all flexible.

import NIOCore

public struct DeleteShareGroupStateRequest: KafkaRequest {
    public typealias Response = DeleteShareGroupStateResponse
    public static let apiKey: ApiKey = .deleteShareGroupState
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    public var groupId: String = ""
    public var topics: [DeleteStateData] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DeleteShareGroupStateRequest", version: version)
        }
        self.groupId = try buffer.readKafkaString(compact: true, "DeleteShareGroupStateRequest.GroupId")
        self.topics = try buffer.readKafkaArray(of: DeleteStateData.self, version: version, compact: true, minimumElementSize: 18, "DeleteShareGroupStateRequest.Topics")
        self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DeleteShareGroupStateRequest tagged fields")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DeleteShareGroupStateRequest", version: version)
        }
        try buffer.writeKafkaString(self.groupId, compact: true)
        try buffer.writeKafkaArray(self.topics, version: version, compact: true)
        buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
    }

    public struct DeleteStateData: Sendable, Equatable, KafkaStructCodable {
        public var topicId: KafkaUUID = KafkaUUID.zero
        public var partitions: [PartitionData] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.topicId = try buffer.readKafkaUUID("DeleteShareGroupStateRequest.DeleteStateData.TopicId")
            self.partitions = try buffer.readKafkaArray(of: PartitionData.self, version: version, compact: true, minimumElementSize: 5, "DeleteShareGroupStateRequest.DeleteStateData.Partitions")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DeleteShareGroupStateRequest.DeleteStateData tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeKafkaUUID(self.topicId)
            try buffer.writeKafkaArray(self.partitions, version: version, compact: true)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct PartitionData: Sendable, Equatable, KafkaStructCodable {
        public var partition: Int32 = 0
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.partition = try buffer.readKafkaInteger(as: Int32.self, "DeleteShareGroupStateRequest.PartitionData.Partition")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DeleteShareGroupStateRequest.PartitionData tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeInteger(self.partition, endianness: .big)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
