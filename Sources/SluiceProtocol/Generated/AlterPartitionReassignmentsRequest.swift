// Generated from AlterPartitionReassignmentsRequest.json by SluiceCodegen. Do not edit.
// AlterPartitionReassignments request (API key 45): v0, all flexible.

import NIOCore

public struct AlterPartitionReassignmentsRequest: KafkaRequest {
    public typealias Response = AlterPartitionReassignmentsResponse
    public static let apiKey: ApiKey = .alterPartitionReassignments
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    public var timeoutMs: Int32 = 60000
    public var topics: [ReassignableTopic] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("AlterPartitionReassignmentsRequest", version: version)
        }
        self.timeoutMs = try buffer.readKafkaInteger(as: Int32.self, "AlterPartitionReassignmentsRequest.TimeoutMs")
        self.topics = try buffer.readKafkaArray(of: ReassignableTopic.self, version: version, compact: true, minimumElementSize: 3, "AlterPartitionReassignmentsRequest.Topics")
        self.unknownTaggedFields = try buffer.readUnknownTaggedFields("AlterPartitionReassignmentsRequest tagged fields")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("AlterPartitionReassignmentsRequest", version: version)
        }
        buffer.writeInteger(self.timeoutMs, endianness: .big)
        try buffer.writeKafkaArray(self.topics, version: version, compact: true)
        buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
    }

    public struct ReassignableTopic: Sendable, Equatable, KafkaStructCodable {
        public var name: String = ""
        public var partitions: [ReassignablePartition] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.name = try buffer.readKafkaString(compact: true, "AlterPartitionReassignmentsRequest.ReassignableTopic.Name")
            self.partitions = try buffer.readKafkaArray(of: ReassignablePartition.self, version: version, compact: true, minimumElementSize: 6, "AlterPartitionReassignmentsRequest.ReassignableTopic.Partitions")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("AlterPartitionReassignmentsRequest.ReassignableTopic tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            try buffer.writeKafkaString(self.name, compact: true)
            try buffer.writeKafkaArray(self.partitions, version: version, compact: true)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct ReassignablePartition: Sendable, Equatable, KafkaStructCodable {
        public var partitionIndex: Int32 = 0
        public var replicas: [Int32]? = nil
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "AlterPartitionReassignmentsRequest.ReassignablePartition.PartitionIndex")
            self.replicas = try buffer.readKafkaNullableArray(of: Int32.self, version: version, compact: true, minimumElementSize: 4, "AlterPartitionReassignmentsRequest.ReassignablePartition.Replicas")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("AlterPartitionReassignmentsRequest.ReassignablePartition tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeInteger(self.partitionIndex, endianness: .big)
            try buffer.writeKafkaArray(self.replicas, version: version, compact: true)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
