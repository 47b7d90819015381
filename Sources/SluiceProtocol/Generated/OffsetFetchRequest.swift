// Generated from OffsetFetchRequest.json by SluiceCodegen. Do not edit.
// OffsetFetch request (API key 9): v0-9, flexible v6+, deprecated v0.

import NIOCore

public struct OffsetFetchRequest: KafkaRequest {
    public typealias Response = OffsetFetchResponse
    public static let apiKey: ApiKey = .offsetFetch
    public static let validVersions: ClosedRange<Int16> = 0...9
    public static let firstFlexibleVersion: Int16? = 6

    public var groupId: String = ""
    public var topics: [OffsetFetchRequestTopic]? = []
    public var groups: [OffsetFetchRequestGroup] = []
    public var requireStable: Bool = false
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("OffsetFetchRequest", version: version)
        }
        let flexible: Bool = version >= 6
        if version <= 7 {
            self.groupId = try buffer.readKafkaString(compact: flexible, "OffsetFetchRequest.GroupId")
            if version >= 2 {
                self.topics = try buffer.readKafkaNullableArray(of: OffsetFetchRequestTopic.self, version: version, compact: flexible, minimumElementSize: 3, "OffsetFetchRequest.Topics")
            } else {
                self.topics = try buffer.readKafkaArray(of: OffsetFetchRequestTopic.self, version: version, compact: flexible, minimumElementSize: 3, "OffsetFetchRequest.Topics")
            }
        }
        if version >= 8 {
            self.groups = try buffer.readKafkaArray(of: OffsetFetchRequestGroup.self, version: version, compact: true, minimumElementSize: 3, "OffsetFetchRequest.Groups")
        }
        if version >= 7 {
            self.requireStable = try buffer.readKafkaBool("OffsetFetchRequest.RequireStable")
        }
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("OffsetFetchRequest tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("OffsetFetchRequest", version: version)
        }
        let flexible: Bool = version >= 6
        if version <= 7 {
            try buffer.writeKafkaString(self.groupId, compact: flexible)
        } else if !self.groupId.isEmpty {
            throw ProtocolError.fieldNotSupported(field: "OffsetFetchRequest.GroupId", version: version)
        }
        if version <= 7 {
            if self.topics == nil && version <= 1 { throw ProtocolError.nullNotAllowed(field: "OffsetFetchRequest.Topics", version: version) }
            try buffer.writeKafkaArray(self.topics, version: version, compact: flexible)
        } else if self.topics?.isEmpty != true {
            throw ProtocolError.fieldNotSupported(field: "OffsetFetchRequest.Topics", version: version)
        }
        if version >= 8 {
            try buffer.writeKafkaArray(self.groups, version: version, compact: true)
        } else if !self.groups.isEmpty {
            throw ProtocolError.fieldNotSupported(field: "OffsetFetchRequest.Groups", version: version)
        }
        if version >= 7 {
            buffer.writeKafkaBool(self.requireStable)
        } else if self.requireStable != false {
            throw ProtocolError.fieldNotSupported(field: "OffsetFetchRequest.RequireStable", version: version)
        }
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct OffsetFetchRequestTopic: Sendable, Equatable, KafkaStructCodable {
        public var name: String = ""
        public var partitionIndexes: [Int32] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 6
            self.name = try buffer.readKafkaString(compact: flexible, "OffsetFetchRequest.OffsetFetchRequestTopic.Name")
            self.partitionIndexes = try buffer.readKafkaArray(of: Int32.self, version: version, compact: flexible, minimumElementSize: 4, "OffsetFetchRequest.OffsetFetchRequestTopic.PartitionIndexes")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("OffsetFetchRequest.OffsetFetchRequestTopic tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 6
            try buffer.writeKafkaString(self.name, compact: flexible)
            try buffer.writeKafkaArray(self.partitionIndexes, version: version, compact: flexible)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }

    public struct OffsetFetchRequestGroup: Sendable, Equatable, KafkaStructCodable {
        public var groupId: String = ""
        public var memberId: String? = nil
        public var memberEpoch: Int32 = -1
        public var topics: [OffsetFetchRequestTopics]? = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.groupId = try buffer.readKafkaString(compact: true, "OffsetFetchRequest.OffsetFetchRequestGroup.GroupId")
            if version >= 9 {
                self.memberId = try buffer.readKafkaNullableString(compact: true, "OffsetFetchRequest.OffsetFetchRequestGroup.MemberId")
                self.memberEpoch = try buffer.readKafkaInteger(as: Int32.self, "OffsetFetchRequest.OffsetFetchRequestGroup.MemberEpoch")
            }
            self.topics = try buffer.readKafkaNullableArray(of: OffsetFetchRequestTopics.self, version: version, compact: true, minimumElementSize: 3, "OffsetFetchRequest.OffsetFetchRequestGroup.Topics")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("OffsetFetchRequest.OffsetFetchRequestGroup tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            try buffer.writeKafkaString(self.groupId, compact: true)
            if version >= 9 {
                try buffer.writeKafkaString(self.memberId, compact: true)
                buffer.writeInteger(self.memberEpoch, endianness: .big)
            }
            try buffer.writeKafkaArray(self.topics, version: version, compact: true)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct OffsetFetchRequestTopics: Sendable, Equatable, KafkaStructCodable {
        public var name: String = ""
        public var partitionIndexes: [Int32] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.name = try buffer.readKafkaString(compact: true, "OffsetFetchRequest.OffsetFetchRequestTopics.Name")
            self.partitionIndexes = try buffer.readKafkaArray(of: Int32.self, version: version, compact: true, minimumElementSize: 4, "OffsetFetchRequest.OffsetFetchRequestTopics.PartitionIndexes")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("OffsetFetchRequest.OffsetFetchRequestTopics tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            try buffer.writeKafkaString(self.name, compact: true)
            try buffer.writeKafkaArray(self.partitionIndexes, version: version, compact: true)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
