// Generated from ListPartitionReassignmentsRequest.json by SluiceCodegen. Do not edit.
// ListPartitionReassignments request (API key 46): v0, all flexible.

import NIOCore

public struct ListPartitionReassignmentsRequest: KafkaRequest {
    public typealias Response = ListPartitionReassignmentsResponse
    public static let apiKey: ApiKey = .listPartitionReassignments
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    public var timeoutMs: Int32 = 60000
    public var topics: [ListPartitionReassignmentsTopics]? = nil
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ListPartitionReassignmentsRequest", version: version)
        }
        self.timeoutMs = try buffer.readKafkaInteger(as: Int32.self, "ListPartitionReassignmentsRequest.TimeoutMs")
        self.topics = try buffer.readKafkaNullableArray(of: ListPartitionReassignmentsTopics.self, version: version, compact: true, minimumElementSize: 3, "ListPartitionReassignmentsRequest.Topics")
        self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ListPartitionReassignmentsRequest tagged fields")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ListPartitionReassignmentsRequest", version: version)
        }
        buffer.writeInteger(self.timeoutMs, endianness: .big)
        try buffer.writeKafkaArray(self.topics, version: version, compact: true)
        buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
    }

    public struct ListPartitionReassignmentsTopics: Sendable, Equatable, KafkaStructCodable {
        public var name: String = ""
        public var partitionIndexes: [Int32] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.name = try buffer.readKafkaString(compact: true, "ListPartitionReassignmentsRequest.ListPartitionReassignmentsTopics.Name")
            self.partitionIndexes = try buffer.readKafkaArray(of: Int32.self, version: version, compact: true, minimumElementSize: 4, "ListPartitionReassignmentsRequest.ListPartitionReassignmentsTopics.PartitionIndexes")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ListPartitionReassignmentsRequest.ListPartitionReassignmentsTopics tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            try buffer.writeKafkaString(self.name, compact: true)
            try buffer.writeKafkaArray(self.partitionIndexes, version: version, compact: true)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
