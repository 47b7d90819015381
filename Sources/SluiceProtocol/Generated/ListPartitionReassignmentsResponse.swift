// Generated from ListPartitionReassignmentsResponse.json by SluiceCodegen. Do not edit.
// ListPartitionReassignments response (API key 46): v0, all flexible.

import NIOCore

public struct ListPartitionReassignmentsResponse: KafkaResponse {
    public static let apiKey: ApiKey = .listPartitionReassignments
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    public var throttleTimeMs: Int32 = 0
    public var errorCode: Int16 = 0
    public var errorMessage: String? = ""
    public var topics: [OngoingTopicReassignment] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ListPartitionReassignmentsResponse", version: version)
        }
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "ListPartitionReassignmentsResponse.ThrottleTimeMs")
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "ListPartitionReassignmentsResponse.ErrorCode")
        self.errorMessage = try buffer.readKafkaNullableString(compact: true, "ListPartitionReassignmentsResponse.ErrorMessage")
        self.topics = try buffer.readKafkaArray(of: OngoingTopicReassignment.self, version: version, compact: true, minimumElementSize: 3, "ListPartitionReassignmentsResponse.Topics")
        self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ListPartitionReassignmentsResponse tagged fields")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ListPartitionReassignmentsResponse", version: version)
        }
        buffer.writeInteger(self.throttleTimeMs, endianness: .big)
        buffer.writeInteger(self.errorCode, endianness: .big)
        try buffer.writeKafkaString(self.errorMessage, compact: true)
        try buffer.writeKafkaArray(self.topics, version: version, compact: true)
        buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
    }

    public struct OngoingTopicReassignment: Sendable, Equatable, KafkaStructCodable {
        public var name: String = ""
        public var partitions: [OngoingPartitionReassignment] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.name = try buffer.readKafkaString(compact: true, "ListPartitionReassignmentsResponse.OngoingTopicReassignment.Name")
            self.partitions = try buffer.readKafkaArray(of: OngoingPartitionReassignment.self, version: version, compact: true, minimumElementSize: 8, "ListPartitionReassignmentsResponse.OngoingTopicReassignment.Partitions")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ListPartitionReassignmentsResponse.OngoingTopicReassignment tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            try buffer.writeKafkaString(self.name, compact: true)
            try buffer.writeKafkaArray(self.partitions, version: version, compact: true)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct OngoingPartitionReassignment: Sendable, Equatable, KafkaStructCodable {
        public var partitionIndex: Int32 = 0
        public var replicas: [Int32] = []
        public var addingReplicas: [Int32] = []
        public var removingReplicas: [Int32] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "ListPartitionReassignmentsResponse.OngoingPartitionReassignment.PartitionIndex")
            self.replicas = try buffer.readKafkaArray(of: Int32.self, version: version, compact: true, minimumElementSize: 4, "ListPartitionReassignmentsResponse.OngoingPartitionReassignment.Replicas")
            self.addingReplicas = try buffer.readKafkaArray(of: Int32.self, version: version, compact: true, minimumElementSize: 4, "ListPartitionReassignmentsResponse.OngoingPartitionReassignment.AddingReplicas")
            self.removingReplicas = try buffer.readKafkaArray(of: Int32.self, version: version, compact: true, minimumElementSize: 4, "ListPartitionReassignmentsResponse.OngoingPartitionReassignment.RemovingReplicas")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ListPartitionReassignmentsResponse.OngoingPartitionReassignment tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeInteger(self.partitionIndex, endianness: .big)
            try buffer.writeKafkaArray(self.replicas, version: version, compact: true)
            try buffer.writeKafkaArray(self.addingReplicas, version: version, compact: true)
            try buffer.writeKafkaArray(self.removingReplicas, version: version, compact: true)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
