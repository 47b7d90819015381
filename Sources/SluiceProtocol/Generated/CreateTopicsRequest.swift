// Generated from CreateTopicsRequest.json by SluiceCodegen. Do not edit.
// CreateTopics request (API key 19): v0-7, flexible v5+, deprecated v0-1.

import NIOCore

public struct CreateTopicsRequest: KafkaRequest {
    public typealias Response = CreateTopicsResponse
    public static let apiKey: ApiKey = .createTopics
    public static let validVersions: ClosedRange<Int16> = 0...7
    public static let firstFlexibleVersion: Int16? = 5

    public var topics: [CreatableTopic] = []
    public var timeoutMs: Int32 = 60000
    public var validateOnly: Bool = false
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("CreateTopicsRequest", version: version)
        }
        let flexible: Bool = version >= 5
        self.topics = try buffer.readKafkaArray(of: CreatableTopic.self, version: version, compact: flexible, minimumElementSize: 10, "CreateTopicsRequest.Topics")
        self.timeoutMs = try buffer.readKafkaInteger(as: Int32.self, "CreateTopicsRequest.timeoutMs")
        if version >= 1 {
            self.validateOnly = try buffer.readKafkaBool("CreateTopicsRequest.validateOnly")
        }
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("CreateTopicsRequest tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("CreateTopicsRequest", version: version)
        }
        let flexible: Bool = version >= 5
        try buffer.writeKafkaArray(self.topics, version: version, compact: flexible)
        buffer.writeInteger(self.timeoutMs, endianness: .big)
        if version >= 1 {
            buffer.writeKafkaBool(self.validateOnly)
        } else if self.validateOnly != false {
            throw ProtocolError.fieldNotSupported(field: "CreateTopicsRequest.validateOnly", version: version)
        }
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct CreatableTopic: Sendable, Equatable, KafkaStructCodable {
        public var name: String = ""
        public var numPartitions: Int32 = 0
        public var replicationFactor: Int16 = 0
        public var assignments: [CreatableReplicaAssignment] = []
        public var configs: [CreatableTopicConfig] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 5
            self.name = try buffer.readKafkaString(compact: flexible, "CreateTopicsRequest.CreatableTopic.Name")
            self.numPartitions = try buffer.readKafkaInteger(as: Int32.self, "CreateTopicsRequest.CreatableTopic.NumPartitions")
            self.replicationFactor = try buffer.readKafkaInteger(as: Int16.self, "CreateTopicsRequest.CreatableTopic.ReplicationFactor")
            self.assignments = try buffer.readKafkaArray(of: CreatableReplicaAssignment.self, version: version, compact: flexible, minimumElementSize: 6, "CreateTopicsRequest.CreatableTopic.Assignments")
            self.configs = try buffer.readKafkaArray(of: CreatableTopicConfig.self, version: version, compact: flexible, minimumElementSize: 3, "CreateTopicsRequest.CreatableTopic.Configs")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("CreateTopicsRequest.CreatableTopic tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 5
            try buffer.writeKafkaString(self.name, compact: flexible)
            buffer.writeInteger(self.numPartitions, endianness: .big)
            buffer.writeInteger(self.replicationFactor, endianness: .big)
            try buffer.writeKafkaArray(self.assignments, version: version, compact: flexible)
            try buffer.writeKafkaArray(self.configs, version: version, compact: flexible)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }

    public struct CreatableReplicaAssignment: Sendable, Equatable, KafkaStructCodable {
        public var partitionIndex: Int32 = 0
        public var brokerIds: [Int32] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 5
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "CreateTopicsRequest.CreatableReplicaAssignment.PartitionIndex")
            self.brokerIds = try buffer.readKafkaArray(of: Int32.self, version: version, compact: flexible, minimumElementSize: 4, "CreateTopicsRequest.CreatableReplicaAssignment.BrokerIds")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("CreateTopicsRequest.CreatableReplicaAssignment tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 5
            buffer.writeInteger(self.partitionIndex, endianness: .big)
            try buffer.writeKafkaArray(self.brokerIds, version: version, compact: flexible)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }

    public struct CreatableTopicConfig: Sendable, Equatable, KafkaStructCodable {
        public var name: String = ""
        public var value: String? = ""
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 5
            self.name = try buffer.readKafkaString(compact: flexible, "CreateTopicsRequest.CreatableTopicConfig.Name")
            self.value = try buffer.readKafkaNullableString(compact: flexible, "CreateTopicsRequest.CreatableTopicConfig.Value")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("CreateTopicsRequest.CreatableTopicConfig tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 5
            try buffer.writeKafkaString(self.name, compact: flexible)
            try buffer.writeKafkaString(self.value, compact: flexible)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }
}
