// Generated from OffsetCommitResponse.json by SluiceCodegen. Do not edit.
// OffsetCommit response (API key 8): v0-9, flexible v8+.

import NIOCore

public struct OffsetCommitResponse: KafkaResponse {
    public static let apiKey: ApiKey = .offsetCommit
    public static let validVersions: ClosedRange<Int16> = 0...9
    public static let firstFlexibleVersion: Int16? = 8

    public var throttleTimeMs: Int32 = 0
    public var topics: [OffsetCommitResponseTopic] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("OffsetCommitResponse", version: version)
        }
        let flexible: Bool = version >= 8
        if version >= 3 {
            self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "OffsetCommitResponse.ThrottleTimeMs")
        }
        self.topics = try buffer.readKafkaArray(of: OffsetCommitResponseTopic.self, version: version, compact: flexible, minimumElementSize: 3, "OffsetCommitResponse.Topics")
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("OffsetCommitResponse tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("OffsetCommitResponse", version: version)
        }
        let flexible: Bool = version >= 8
        if version >= 3 {
            buffer.writeInteger(self.throttleTimeMs, endianness: .big)
        }
        try buffer.writeKafkaArray(self.topics, version: version, compact: flexible)
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct OffsetCommitResponseTopic: Sendable, Equatable, KafkaStructCodable {
        public var name: String = ""
        public var partitions: [OffsetCommitResponsePartition] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 8
            self.name = try buffer.readKafkaString(compact: flexible, "OffsetCommitResponse.OffsetCommitResponseTopic.Name")
            self.partitions = try buffer.readKafkaArray(of: OffsetCommitResponsePartition.self, version: version, compact: flexible, minimumElementSize: 6, "OffsetCommitResponse.OffsetCommitResponseTopic.Partitions")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("OffsetCommitResponse.OffsetCommitResponseTopic tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 8
            try buffer.writeKafkaString(self.name, compact: flexible)
            try buffer.writeKafkaArray(self.partitions, version: version, compact: flexible)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }

    public struct OffsetCommitResponsePartition: Sendable, Equatable, KafkaStructCodable {
        public var partitionIndex: Int32 = 0
        public var errorCode: Int16 = 0
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 8
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "OffsetCommitResponse.OffsetCommitResponsePartition.PartitionIndex")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "OffsetCommitResponse.OffsetCommitResponsePartition.ErrorCode")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("OffsetCommitResponse.OffsetCommitResponsePartition tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 8
            buffer.writeInteger(self.partitionIndex, endianness: .big)
            buffer.writeInteger(self.errorCode, endianness: .big)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }
}
