// Generated from OffsetFetchResponse.json by SluiceCodegen. Do not edit.
// OffsetFetch response (API key 9): v0-9, flexible v6+.

import NIOCore

public struct OffsetFetchResponse: KafkaResponse {
    public static let apiKey: ApiKey = .offsetFetch
    public static let validVersions: ClosedRange<Int16> = 0...9
    public static let firstFlexibleVersion: Int16? = 6

    public var throttleTimeMs: Int32 = 0
    public var topics: [OffsetFetchResponseTopic] = []
    public var errorCode: Int16 = 0
    public var groups: [OffsetFetchResponseGroup] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("OffsetFetchResponse", version: version)
        }
        let flexible: Bool = version >= 6
        if version >= 3 {
            self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "OffsetFetchResponse.ThrottleTimeMs")
        }
        if version <= 7 {
            self.topics = try buffer.readKafkaArray(of: OffsetFetchResponseTopic.self, version: version, compact: flexible, minimumElementSize: 3, "OffsetFetchResponse.Topics")
        }
        if version >= 2 && version <= 7 {
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "OffsetFetchResponse.ErrorCode")
        }
        if version >= 8 {
            self.groups = try buffer.readKafkaArray(of: OffsetFetchResponseGroup.self, version: version, compact: true, minimumElementSize: 5, "OffsetFetchResponse.Groups")
        }
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("OffsetFetchResponse tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("OffsetFetchResponse", version: version)
        }
        let flexible: Bool = version >= 6
        if version >= 3 {
            buffer.writeInteger(self.throttleTimeMs, endianness: .big)
        }
        if version <= 7 {
            try buffer.writeKafkaArray(self.topics, version: version, compact: flexible)
        } else if !self.topics.isEmpty {
            throw ProtocolError.fieldNotSupported(field: "OffsetFetchResponse.Topics", version: version)
        }
        if version >= 2 && version <= 7 {
            buffer.writeInteger(self.errorCode, endianness: .big)
        }
        if version >= 8 {
            try buffer.writeKafkaArray(self.groups, version: version, compact: true)
        } else if !self.groups.isEmpty {
            throw ProtocolError.fieldNotSupported(field: "OffsetFetchResponse.Groups", version: version)
        }
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct OffsetFetchResponseTopic: Sendable, Equatable, KafkaStructCodable {
        public var name: String = ""
        public var partitions: [OffsetFetchResponsePartition] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 6
            self.name = try buffer.readKafkaString(compact: flexible, "OffsetFetchResponse.OffsetFetchResponseTopic.Name")
            self.partitions = try buffer.readKafkaArray(of: OffsetFetchResponsePartition.self, version: version, compact: flexible, minimumElementSize: 16, "OffsetFetchResponse.OffsetFetchResponseTopic.Partitions")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("OffsetFetchResponse.OffsetFetchResponseTopic tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 6
            try buffer.writeKafkaString(self.name, compact: flexible)
            try buffer.writeKafkaArray(self.partitions, version: version, compact: flexible)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }

    public struct OffsetFetchResponsePartition: Sendable, Equatable, KafkaStructCodable {
        public var partitionIndex: Int32 = 0
        public var committedOffset: Int64 = 0
        public var committedLeaderEpoch: Int32 = -1
        public var metadata: String? = ""
        public var errorCode: Int16 = 0
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 6
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "OffsetFetchResponse.OffsetFetchResponsePartition.PartitionIndex")
            self.committedOffset = try buffer.readKafkaInteger(as: Int64.self, "OffsetFetchResponse.OffsetFetchResponsePartition.CommittedOffset")
            if version >= 5 {
                self.committedLeaderEpoch = try buffer.readKafkaInteger(as: Int32.self, "OffsetFetchResponse.OffsetFetchResponsePartition.CommittedLeaderEpoch")
            }
            self.metadata = try buffer.readKafkaNullableString(compact: flexible, "OffsetFetchResponse.OffsetFetchResponsePartition.Metadata")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "OffsetFetchResponse.OffsetFetchResponsePartition.ErrorCode")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("OffsetFetchResponse.OffsetFetchResponsePartition tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 6
            buffer.writeInteger(self.partitionIndex, endianness: .big)
            buffer.writeInteger(self.committedOffset, endianness: .big)
            if version >= 5 {
                buffer.writeInteger(self.committedLeaderEpoch, endianness: .big)
            }
            try buffer.writeKafkaString(self.metadata, compact: flexible)
            buffer.writeInteger(self.errorCode, endianness: .big)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }

    public struct OffsetFetchResponseGroup: Sendable, Equatable, KafkaStructCodable {
        public var groupId: String = ""
        public var topics: [OffsetFetchResponseTopics] = []
        public var errorCode: Int16 = 0
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.groupId = try buffer.readKafkaString(compact: true, "OffsetFetchResponse.OffsetFetchResponseGroup.GroupId")
            self.topics = try buffer.readKafkaArray(of: OffsetFetchResponseTopics.self, version: version, compact: true, minimumElementSize: 3, "OffsetFetchResponse.OffsetFetchResponseGroup.Topics")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "OffsetFetchResponse.OffsetFetchResponseGroup.ErrorCode")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("OffsetFetchResponse.OffsetFetchResponseGroup tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            try buffer.writeKafkaString(self.groupId, compact: true)
            try buffer.writeKafkaArray(self.topics, version: version, compact: true)
            buffer.writeInteger(self.errorCode, endianness: .big)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct OffsetFetchResponseTopics: Sendable, Equatable, KafkaStructCodable {
        public var name: String = ""
        public var partitions: [OffsetFetchResponsePartitions] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.name = try buffer.readKafkaString(compact: true, "OffsetFetchResponse.OffsetFetchResponseTopics.Name")
            self.partitions = try buffer.readKafkaArray(of: OffsetFetchResponsePartitions.self, version: version, compact: true, minimumElementSize: 20, "OffsetFetchResponse.OffsetFetchResponseTopics.Partitions")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("OffsetFetchResponse.OffsetFetchResponseTopics tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            try buffer.writeKafkaString(self.name, compact: true)
            try buffer.writeKafkaArray(self.partitions, version: version, compact: true)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct OffsetFetchResponsePartitions: Sendable, Equatable, KafkaStructCodable {
        public var partitionIndex: Int32 = 0
        public var committedOffset: Int64 = 0
        public var committedLeaderEpoch: Int32 = -1
        public var metadata: String? = ""
        public var errorCode: Int16 = 0
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "OffsetFetchResponse.OffsetFetchResponsePartitions.PartitionIndex")
            self.committedOffset = try buffer.readKafkaInteger(as: Int64.self, "OffsetFetchResponse.OffsetFetchResponsePartitions.CommittedOffset")
            self.committedLeaderEpoch = try buffer.readKafkaInteger(as: Int32.self, "OffsetFetchResponse.OffsetFetchResponsePartitions.CommittedLeaderEpoch")
            self.metadata = try buffer.readKafkaNullableString(compact: true, "OffsetFetchResponse.OffsetFetchResponsePartitions.Metadata")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "OffsetFetchResponse.OffsetFetchResponsePartitions.ErrorCode")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("OffsetFetchResponse.OffsetFetchResponsePartitions tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeInteger(self.partitionIndex, endianness: .big)
            buffer.writeInteger(self.committedOffset, endianness: .big)
            buffer.writeInteger(self.committedLeaderEpoch, endianness: .big)
            try buffer.writeKafkaString(self.metadata, compact: true)
            buffer.writeInteger(self.errorCode, endianness: .big)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
