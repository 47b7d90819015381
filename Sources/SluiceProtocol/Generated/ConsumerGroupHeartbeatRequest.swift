// Generated from ConsumerGroupHeartbeatRequest.json by SluiceCodegen. Do not edit.
// ConsumerGroupHeartbeat request (API key 68): v0-1, all flexible.

import NIOCore

public struct ConsumerGroupHeartbeatRequest: KafkaRequest {
    public typealias Response = ConsumerGroupHeartbeatResponse
    public static let apiKey: ApiKey = .consumerGroupHeartbeat
    public static let validVersions: ClosedRange<Int16> = 0...1
    public static let firstFlexibleVersion: Int16? = 0

    public var groupId: String = ""
    public var memberId: String = ""
    public var memberEpoch: Int32 = 0
    public var instanceId: String? = nil
    public var rackId: String? = nil
    public var rebalanceTimeoutMs: Int32 = -1
    public var subscribedTopicNames: [String]? = nil
    public var subscribedTopicRegex: String? = nil
    public var serverAssignor: String? = nil
    public var topicPartitions: [TopicPartitions]? = nil
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ConsumerGroupHeartbeatRequest", version: version)
        }
        self.groupId = try buffer.readKafkaString(compact: true, "ConsumerGroupHeartbeatRequest.GroupId")
        self.memberId = try buffer.readKafkaString(compact: true, "ConsumerGroupHeartbeatRequest.MemberId")
        self.memberEpoch = try buffer.readKafkaInteger(as: Int32.self, "ConsumerGroupHeartbeatRequest.MemberEpoch")
        self.instanceId = try buffer.readKafkaNullableString(compact: true, "ConsumerGroupHeartbeatRequest.InstanceId")
        self.rackId = try buffer.readKafkaNullableString(compact: true, "ConsumerGroupHeartbeatRequest.RackId")
        self.rebalanceTimeoutMs = try buffer.readKafkaInteger(as: Int32.self, "ConsumerGroupHeartbeatRequest.RebalanceTimeoutMs")
        self.subscribedTopicNames = try buffer.readKafkaNullableArray(of: String.self, version: version, compact: true, minimumElementSize: 1, "ConsumerGroupHeartbeatRequest.SubscribedTopicNames")
        if version >= 1 {
            self.subscribedTopicRegex = try buffer.readKafkaNullableString(compact: true, "ConsumerGroupHeartbeatRequest.SubscribedTopicRegex")
        }
        self.serverAssignor = try buffer.readKafkaNullableString(compact: true, "ConsumerGroupHeartbeatRequest.ServerAssignor")
        self.topicPartitions = try buffer.readKafkaNullableArray(of: TopicPartitions.self, version: version, compact: true, minimumElementSize: 18, "ConsumerGroupHeartbeatRequest.TopicPartitions")
        self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ConsumerGroupHeartbeatRequest tagged fields")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ConsumerGroupHeartbeatRequest", version: version)
        }
        try buffer.writeKafkaString(self.groupId, compact: true)
        try buffer.writeKafkaString(self.memberId, compact: true)
        buffer.writeInteger(self.memberEpoch, endianness: .big)
        try buffer.writeKafkaString(self.instanceId, compact: true)
        try buffer.writeKafkaString(self.rackId, compact: true)
        buffer.writeInteger(self.rebalanceTimeoutMs, endianness: .big)
        try buffer.writeKafkaArray(self.subscribedTopicNames, version: version, compact: true)
        if version >= 1 {
            try buffer.writeKafkaString(self.subscribedTopicRegex, compact: true)
        } else if self.subscribedTopicRegex != nil {
            throw ProtocolError.fieldNotSupported(field: "ConsumerGroupHeartbeatRequest.SubscribedTopicRegex", version: version)
        }
        try buffer.writeKafkaString(self.serverAssignor, compact: true)
        try buffer.writeKafkaArray(self.topicPartitions, version: version, compact: true)
        buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
    }

    public struct TopicPartitions: Sendable, Equatable, KafkaStructCodable {
        public var topicId: KafkaUUID = KafkaUUID.zero
        public var partitions: [Int32] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.topicId = try buffer.readKafkaUUID("ConsumerGroupHeartbeatRequest.TopicPartitions.TopicId")
            self.partitions = try buffer.readKafkaArray(of: Int32.self, version: version, compact: true, minimumElementSize: 4, "ConsumerGroupHeartbeatRequest.TopicPartitions.Partitions")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ConsumerGroupHeartbeatRequest.TopicPartitions tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeKafkaUUID(self.topicId)
            try buffer.writeKafkaArray(self.partitions, version: version, compact: true)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
