// Generated from AlterPartitionReassignmentsResponse.json by SluiceCodegen. Do not edit.
// AlterPartitionReassignments response (API key 45): v0, all flexible.

import NIOCore

public struct AlterPartitionReassignmentsResponse: KafkaResponse {
    public static let apiKey: ApiKey = .alterPartitionReassignments
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    public var throttleTimeMs: Int32 = 0
    public var errorCode: Int16 = 0
    public var errorMessage: String? = ""
    public var responses: [ReassignableTopicResponse] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("AlterPartitionReassignmentsResponse", version: version)
        }
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "AlterPartitionReassignmentsResponse.ThrottleTimeMs")
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "AlterPartitionReassignmentsResponse.ErrorCode")
        self.errorMessage = try buffer.readKafkaNullableString(compact: true, "AlterPartitionReassignmentsResponse.ErrorMessage")
        self.responses = try buffer.readKafkaArray(of: ReassignableTopicResponse.self, version: version, compact: true, minimumElementSize: 3, "AlterPartitionReassignmentsResponse.Responses")
        self.unknownTaggedFields = try buffer.readUnknownTaggedFields("AlterPartitionReassignmentsResponse tagged fields")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("AlterPartitionReassignmentsResponse", version: version)
        }
        buffer.writeInteger(self.throttleTimeMs, endianness: .big)
        buffer.writeInteger(self.errorCode, endianness: .big)
        try buffer.writeKafkaString(self.errorMessage, compact: true)
        try buffer.writeKafkaArray(self.responses, version: version, compact: true)
        buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
    }

    public struct ReassignableTopicResponse: Sendable, Equatable, KafkaStructCodable {
        public var name: String = ""
        public var partitions: [ReassignablePartitionResponse] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.name = try buffer.readKafkaString(compact: true, "AlterPartitionReassignmentsResponse.ReassignableTopicResponse.Name")
            self.partitions = try buffer.readKafkaArray(of: ReassignablePartitionResponse.self, version: version, compact: true, minimumElementSize: 8, "AlterPartitionReassignmentsResponse.ReassignableTopicResponse.Partitions")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("AlterPartitionReassignmentsResponse.ReassignableTopicResponse tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            try buffer.writeKafkaString(self.name, compact: true)
            try buffer.writeKafkaArray(self.partitions, version: version, compact: true)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct ReassignablePartitionResponse: Sendable, Equatable, KafkaStructCodable {
        public var partitionIndex: Int32 = 0
        public var errorCode: Int16 = 0
        public var errorMessage: String? = ""
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "AlterPartitionReassignmentsResponse.ReassignablePartitionResponse.PartitionIndex")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "AlterPartitionReassignmentsResponse.ReassignablePartitionResponse.ErrorCode")
            self.errorMessage = try buffer.readKafkaNullableString(compact: true, "AlterPartitionReassignmentsResponse.ReassignablePartitionResponse.ErrorMessage")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("AlterPartitionReassignmentsResponse.ReassignablePartitionResponse tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeInteger(self.partitionIndex, endianness: .big)
            buffer.writeInteger(self.errorCode, endianness: .big)
            try buffer.writeKafkaString(self.errorMessage, compact: true)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
