// Generated from ConsumerGroupHeartbeatResponse.json by SluiceCodegen. Do not edit.
// ConsumerGroupHeartbeat response (API key 68): v0-1, all flexible.

import NIOCore

public struct ConsumerGroupHeartbeatResponse: KafkaResponse {
    public static let apiKey: ApiKey = .consumerGroupHeartbeat
    public static let validVersions: ClosedRange<Int16> = 0...1
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
            throw ProtocolError.unsupportedVersion("ConsumerGroupHeartbeatResponse", version: version)
        }
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "ConsumerGroupHeartbeatResponse.ThrottleTimeMs")
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "ConsumerGroupHeartbeatResponse.ErrorCode")
        self.errorMessage = try buffer.readKafkaNullableString(compact: true, "ConsumerGroupHeartbeatResponse.ErrorMessage")
        self.memberId = try buffer.readKafkaNullableString(compact: true, "ConsumerGroupHeartbeatResponse.MemberId")
        self.memberEpoch = try buffer.readKafkaInteger(as: Int32.self, "ConsumerGroupHeartbeatResponse.MemberEpoch")
        self.heartbeatIntervalMs = try buffer.readKafkaInteger(as: Int32.self, "ConsumerGroupHeartbeatResponse.HeartbeatIntervalMs")
        self.assignment = try buffer.readKafkaNullableStruct(of: Assignment.self, version: version, "ConsumerGroupHeartbeatResponse.Assignment")
        self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ConsumerGroupHeartbeatResponse tagged fields")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ConsumerGroupHeartbeatResponse", version: version)
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
            self.topicPartitions = try buffer.readKafkaArray(of: TopicPartitions.self, version: version, compact: true, minimumElementSize: 18, "ConsumerGroupHeartbeatResponse.Assignment.TopicPartitions")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ConsumerGroupHeartbeatResponse.Assignment tagged fields")
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
            self.topicId = try buffer.readKafkaUUID("ConsumerGroupHeartbeatResponse.TopicPartitions.TopicId")
            self.partitions = try buffer.readKafkaArray(of: Int32.self, version: version, compact: true, minimumElementSize: 4, "ConsumerGroupHeartbeatResponse.TopicPartitions.Partitions")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ConsumerGroupHeartbeatResponse.TopicPartitions tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeKafkaUUID(self.topicId)
            try buffer.writeKafkaArray(self.partitions, version: version, compact: true)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
