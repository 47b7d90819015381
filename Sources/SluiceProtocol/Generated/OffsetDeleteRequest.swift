// Generated from OffsetDeleteRequest.json by SluiceCodegen. Do not edit.
// OffsetDelete request (API key 47): v0, never flexible.

import NIOCore

public struct OffsetDeleteRequest: KafkaRequest {
    public typealias Response = OffsetDeleteResponse
    public static let apiKey: ApiKey = .offsetDelete
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = nil

    public var groupId: String = ""
    public var topics: [OffsetDeleteRequestTopic] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("OffsetDeleteRequest", version: version)
        }
        self.groupId = try buffer.readKafkaString(compact: false, "OffsetDeleteRequest.GroupId")
        self.topics = try buffer.readKafkaArray(of: OffsetDeleteRequestTopic.self, version: version, compact: false, minimumElementSize: 6, "OffsetDeleteRequest.Topics")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("OffsetDeleteRequest", version: version)
        }
        try buffer.writeKafkaString(self.groupId, compact: false)
        try buffer.writeKafkaArray(self.topics, version: version, compact: false)
    }

    public struct OffsetDeleteRequestTopic: Sendable, Equatable, KafkaStructCodable {
        public var name: String = ""
        public var partitions: [OffsetDeleteRequestPartition] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.name = try buffer.readKafkaString(compact: false, "OffsetDeleteRequest.OffsetDeleteRequestTopic.Name")
            self.partitions = try buffer.readKafkaArray(of: OffsetDeleteRequestPartition.self, version: version, compact: false, minimumElementSize: 4, "OffsetDeleteRequest.OffsetDeleteRequestTopic.Partitions")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            try buffer.writeKafkaString(self.name, compact: false)
            try buffer.writeKafkaArray(self.partitions, version: version, compact: false)
        }
    }

    public struct OffsetDeleteRequestPartition: Sendable, Equatable, KafkaStructCodable {
        public var partitionIndex: Int32 = 0

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "OffsetDeleteRequest.OffsetDeleteRequestPartition.PartitionIndex")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeInteger(self.partitionIndex, endianness: .big)
        }
    }
}
