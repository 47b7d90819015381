// Generated from CreatePartitionsRequest.json by SluiceCodegen. Do not edit.
// CreatePartitions request (API key 37): v0-3, flexible v2+.

import NIOCore

public struct CreatePartitionsRequest: KafkaRequest {
    public typealias Response = CreatePartitionsResponse
    public static let apiKey: ApiKey = .createPartitions
    public static let validVersions: ClosedRange<Int16> = 0...3
    public static let firstFlexibleVersion: Int16? = 2

    public var topics: [CreatePartitionsTopic] = []
    public var timeoutMs: Int32 = 0
    public var validateOnly: Bool = false
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("CreatePartitionsRequest", version: version)
        }
        let flexible: Bool = version >= 2
        self.topics = try buffer.readKafkaArray(of: CreatePartitionsTopic.self, version: version, compact: flexible, minimumElementSize: 7, "CreatePartitionsRequest.Topics")
        self.timeoutMs = try buffer.readKafkaInteger(as: Int32.self, "CreatePartitionsRequest.TimeoutMs")
        self.validateOnly = try buffer.readKafkaBool("CreatePartitionsRequest.ValidateOnly")
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("CreatePartitionsRequest tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("CreatePartitionsRequest", version: version)
        }
        let flexible: Bool = version >= 2
        try buffer.writeKafkaArray(self.topics, version: version, compact: flexible)
        buffer.writeInteger(self.timeoutMs, endianness: .big)
        buffer.writeKafkaBool(self.validateOnly)
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct CreatePartitionsTopic: Sendable, Equatable, KafkaStructCodable {
        public var name: String = ""
        public var count: Int32 = 0
        public var assignments: [CreatePartitionsAssignment]? = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 2
            self.name = try buffer.readKafkaString(compact: flexible, "CreatePartitionsRequest.CreatePartitionsTopic.Name")
            self.count = try buffer.readKafkaInteger(as: Int32.self, "CreatePartitionsRequest.CreatePartitionsTopic.Count")
            self.assignments = try buffer.readKafkaNullableArray(of: CreatePartitionsAssignment.self, version: version, compact: flexible, minimumElementSize: 2, "CreatePartitionsRequest.CreatePartitionsTopic.Assignments")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("CreatePartitionsRequest.CreatePartitionsTopic tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 2
            try buffer.writeKafkaString(self.name, compact: flexible)
            buffer.writeInteger(self.count, endianness: .big)
            try buffer.writeKafkaArray(self.assignments, version: version, compact: flexible)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }

    public struct CreatePartitionsAssignment: Sendable, Equatable, KafkaStructCodable {
        public var brokerIds: [Int32] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 2
            self.brokerIds = try buffer.readKafkaArray(of: Int32.self, version: version, compact: flexible, minimumElementSize: 4, "CreatePartitionsRequest.CreatePartitionsAssignment.BrokerIds")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("CreatePartitionsRequest.CreatePartitionsAssignment tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 2
            try buffer.writeKafkaArray(self.brokerIds, version: version, compact: flexible)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }
}
