// Generated from OffsetCommitRequest.json by SluiceCodegen. Do not edit.
// OffsetCommit request (API key 8): v0-9, flexible v8+, deprecated v0-1.

import NIOCore

public struct OffsetCommitRequest: KafkaRequest {
    public typealias Response = OffsetCommitResponse
    public static let apiKey: ApiKey = .offsetCommit
    public static let validVersions: ClosedRange<Int16> = 0...9
    public static let firstFlexibleVersion: Int16? = 8

    public var groupId: String = ""
    public var generationIdOrMemberEpoch: Int32 = -1
    public var memberId: String = ""
    public var groupInstanceId: String? = nil
    public var retentionTimeMs: Int64 = -1
    public var topics: [OffsetCommitRequestTopic] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("OffsetCommitRequest", version: version)
        }
        let flexible: Bool = version >= 8
        self.groupId = try buffer.readKafkaString(compact: flexible, "OffsetCommitRequest.GroupId")
        if version >= 1 {
            self.generationIdOrMemberEpoch = try buffer.readKafkaInteger(as: Int32.self, "OffsetCommitRequest.GenerationIdOrMemberEpoch")
            self.memberId = try buffer.readKafkaString(compact: flexible, "OffsetCommitRequest.MemberId")
        }
        if version >= 7 {
            self.groupInstanceId = try buffer.readKafkaNullableString(compact: flexible, "OffsetCommitRequest.GroupInstanceId")
        }
        if version >= 2 && version <= 4 {
            self.retentionTimeMs = try buffer.readKafkaInteger(as: Int64.self, "OffsetCommitRequest.RetentionTimeMs")
        }
        self.topics = try buffer.readKafkaArray(of: OffsetCommitRequestTopic.self, version: version, compact: flexible, minimumElementSize: 3, "OffsetCommitRequest.Topics")
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("OffsetCommitRequest tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("OffsetCommitRequest", version: version)
        }
        let flexible: Bool = version >= 8
        try buffer.writeKafkaString(self.groupId, compact: flexible)
        if version >= 1 {
            buffer.writeInteger(self.generationIdOrMemberEpoch, endianness: .big)
            try buffer.writeKafkaString(self.memberId, compact: flexible)
        }
        if version >= 7 {
            try buffer.writeKafkaString(self.groupInstanceId, compact: flexible)
        } else if self.groupInstanceId != nil {
            throw ProtocolError.fieldNotSupported(field: "OffsetCommitRequest.GroupInstanceId", version: version)
        }
        if version >= 2 && version <= 4 {
            buffer.writeInteger(self.retentionTimeMs, endianness: .big)
        }
        try buffer.writeKafkaArray(self.topics, version: version, compact: flexible)
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct OffsetCommitRequestTopic: Sendable, Equatable, KafkaStructCodable {
        public var name: String = ""
        public var partitions: [OffsetCommitRequestPartition] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 8
            self.name = try buffer.readKafkaString(compact: flexible, "OffsetCommitRequest.OffsetCommitRequestTopic.Name")
            self.partitions = try buffer.readKafkaArray(of: OffsetCommitRequestPartition.self, version: version, compact: flexible, minimumElementSize: 14, "OffsetCommitRequest.OffsetCommitRequestTopic.Partitions")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("OffsetCommitRequest.OffsetCommitRequestTopic tagged fields")
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

    public struct OffsetCommitRequestPartition: Sendable, Equatable, KafkaStructCodable {
        public var partitionIndex: Int32 = 0
        public var committedOffset: Int64 = 0
        public var committedLeaderEpoch: Int32 = -1
        public var commitTimestamp: Int64 = -1
        public var committedMetadata: String? = ""
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 8
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "OffsetCommitRequest.OffsetCommitRequestPartition.PartitionIndex")
            self.committedOffset = try buffer.readKafkaInteger(as: Int64.self, "OffsetCommitRequest.OffsetCommitRequestPartition.CommittedOffset")
            if version >= 6 {
                self.committedLeaderEpoch = try buffer.readKafkaInteger(as: Int32.self, "OffsetCommitRequest.OffsetCommitRequestPartition.CommittedLeaderEpoch")
            }
            if version == 1 {
                self.commitTimestamp = try buffer.readKafkaInteger(as: Int64.self, "OffsetCommitRequest.OffsetCommitRequestPartition.CommitTimestamp")
            }
            self.committedMetadata = try buffer.readKafkaNullableString(compact: flexible, "OffsetCommitRequest.OffsetCommitRequestPartition.CommittedMetadata")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("OffsetCommitRequest.OffsetCommitRequestPartition tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 8
            buffer.writeInteger(self.partitionIndex, endianness: .big)
            buffer.writeInteger(self.committedOffset, endianness: .big)
            if version >= 6 {
                buffer.writeInteger(self.committedLeaderEpoch, endianness: .big)
            }
            if version == 1 {
                buffer.writeInteger(self.commitTimestamp, endianness: .big)
            } else if self.commitTimestamp != -1 {
                throw ProtocolError.fieldNotSupported(field: "OffsetCommitRequest.OffsetCommitRequestPartition.CommitTimestamp", version: version)
            }
            try buffer.writeKafkaString(self.committedMetadata, compact: flexible)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }
}
