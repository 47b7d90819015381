// Generated from ShareGroupHeartbeatResponse.json by SluiceCodegen. Do not edit.
// ShareGroupHeartbeat response (API key 76): v0, all flexible.

import NIOCore

public struct ShareGroupHeartbeatResponse: KafkaResponse {
    public static let apiKey: ApiKey = .shareGroupHeartbeat
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    public var throttleTimeMs: Int32 = 0
    public var errorCode: Int16 = 0
    public var errorMessage: String? = nil
    public var memberId: String? = nil
    public var memberEpoch: Int32 = 0
    public var heartbeatIntervalMs: Int32 = 0
    public var assignment: Assignment? = nil
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ShareGroupHeartbeatResponse", version: version)
        }
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "ShareGroupHeartbeatResponse.ThrottleTimeMs")
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "ShareGroupHeartbeatResponse.ErrorCode")
        self.errorMessage = try buffer.readKafkaNullableString(compact: true, "ShareGroupHeartbeatResponse.ErrorMessage")
        self.memberId = try buffer.readKafkaNullableString(compact: true, "ShareGroupHeartbeatResponse.MemberId")
        self.memberEpoch = try buffer.readKafkaInteger(as: Int32.self, "ShareGroupHeartbeatResponse.MemberEpoch")
        self.heartbeatIntervalMs = try buffer.readKafkaInteger(as: Int32.self, "ShareGroupHeartbeatResponse.HeartbeatIntervalMs")
        self.assignment = try buffer.readKafkaNullableStruct(of: Assignment.self, version: version, "ShareGroupHeartbeatResponse.Assignment")
        self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ShareGroupHeartbeatResponse tagged fields")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ShareGroupHeartbeatResponse", version: version)
        }
        buffer.writeInteger(self.throttleTimeMs, endianness: .big)
        buffer.writeInteger(self.errorCode, endianness: .big)
        try buffer.writeKafkaString(self.errorMessage, compact: true)
        try buffer.writeKafkaString(self.memberId, compact: true)
        buffer.writeInteger(self.memberEpoch, endianness: .big)
        buffer.writeInteger(self.heartbeatIntervalMs, endianness: .big)
        try buffer.writeKafkaNullableStruct(self.assignment, version: version)
        buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
    }

    public struct Assignment: Sendable, Equatable, KafkaStructCodable {
        public var topicPartitions: [TopicPartitions] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.topicPartitions = try buffer.readKafkaArray(of: TopicPartitions.self, version: version, compact: true, minimumElementSize: 18, "ShareGroupHeartbeatResponse.Assignment.TopicPartitions")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ShareGroupHeartbeatResponse.Assignment tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            try buffer.writeKafkaArray(self.topicPartitions, version: version, compact: true)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct TopicPartitions: Sendable, Equatable, KafkaStructCodable {
        public var topicId: KafkaUUID = KafkaUUID.zero
        public var partitions: [Int32] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.topicId = try buffer.readKafkaUUID("ShareGroupHeartbeatResponse.TopicPartitions.TopicId")
            self.partitions = try buffer.readKafkaArray(of: Int32.self, version: version, compact: true, minimumElementSize: 4, "ShareGroupHeartbeatResponse.TopicPartitions.Partitions")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ShareGroupHeartbeatResponse.TopicPartitions tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeKafkaUUID(self.topicId)
            try buffer.writeKafkaArray(self.partitions, version: version, compact: true)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
