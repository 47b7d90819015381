// Generated from OffsetDeleteResponse.json by SluiceCodegen. Do not edit.
// OffsetDelete response (API key 47): v0, never flexible.

import NIOCore

public struct OffsetDeleteResponse: KafkaResponse {
    public static let apiKey: ApiKey = .offsetDelete
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = nil

    public var errorCode: Int16 = 0
    public var throttleTimeMs: Int32 = 0
    public var topics: [OffsetDeleteResponseTopic] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("OffsetDeleteResponse", version: version)
        }
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "OffsetDeleteResponse.ErrorCode")
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "OffsetDeleteResponse.ThrottleTimeMs")
        self.topics = try buffer.readKafkaArray(of: OffsetDeleteResponseTopic.self, version: version, compact: false, minimumElementSize: 6, "OffsetDeleteResponse.Topics")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("OffsetDeleteResponse", version: version)
        }
        buffer.writeInteger(self.errorCode, endianness: .big)
        buffer.writeInteger(self.throttleTimeMs, endianness: .big)
        try buffer.writeKafkaArray(self.topics, version: version, compact: false)
    }

    public struct OffsetDeleteResponseTopic: Sendable, Equatable, KafkaStructCodable {
        public var name: String = ""
        public var partitions: [OffsetDeleteResponsePartition] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.name = try buffer.readKafkaString(compact: false, "OffsetDeleteResponse.OffsetDeleteResponseTopic.Name")
            self.partitions = try buffer.readKafkaArray(of: OffsetDeleteResponsePartition.self, version: version, compact: false, minimumElementSize: 6, "OffsetDeleteResponse.OffsetDeleteResponseTopic.Partitions")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            try buffer.writeKafkaString(self.name, compact: false)
            try buffer.writeKafkaArray(self.partitions, version: version, compact: false)
        }
    }

    public struct OffsetDeleteResponsePartition: Sendable, Equatable, KafkaStructCodable {
        public var partitionIndex: Int32 = 0
        public var errorCode: Int16 = 0

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "OffsetDeleteResponse.OffsetDeleteResponsePartition.PartitionIndex")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "OffsetDeleteResponse.OffsetDeleteResponsePartition.ErrorCode")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeInteger(self.partitionIndex, endianness: .big)
            buffer.writeInteger(self.errorCode, endianness: .big)
        }
    }
}
