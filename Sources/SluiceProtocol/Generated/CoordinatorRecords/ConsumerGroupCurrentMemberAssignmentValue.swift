// Generated from ConsumerGroupCurrentMemberAssignmentValue.json by SluiceCodegen. Do not edit.
// ConsumerGroupCurrentMemberAssignmentValue (embedded data, not a request): v0, all flexible.

import NIOCore

public struct ConsumerGroupCurrentMemberAssignmentValue: Sendable, Equatable {
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    public var memberEpoch: Int32 = 0
    public var previousMemberEpoch: Int32 = 0
    public var state: Int8 = 0
    public var assignedPartitions: [TopicPartitions] = []
    public var partitionsPendingRevocation: [TopicPartitions] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ConsumerGroupCurrentMemberAssignmentValue", version: version)
        }
        self.memberEpoch = try buffer.readKafkaInteger(as: Int32.self, "ConsumerGroupCurrentMemberAssignmentValue.MemberEpoch")
        self.previousMemberEpoch = try buffer.readKafkaInteger(as: Int32.self, "ConsumerGroupCurrentMemberAssignmentValue.PreviousMemberEpoch")
        self.state = try buffer.readKafkaInteger(as: Int8.self, "ConsumerGroupCurrentMemberAssignmentValue.State")
        self.assignedPartitions = try buffer.readKafkaArray(of: TopicPartitions.self, version: version, compact: true, minimumElementSize: 18, "ConsumerGroupCurrentMemberAssignmentValue.AssignedPartitions")
        self.partitionsPendingRevocation = try buffer.readKafkaArray(of: TopicPartitions.self, version: version, compact: true, minimumElementSize: 18, "ConsumerGroupCurrentMemberAssignmentValue.PartitionsPendingRevocation")
        self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ConsumerGroupCurrentMemberAssignmentValue tagged fields")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ConsumerGroupCurrentMemberAssignmentValue", version: version)
        }
        buffer.writeInteger(self.memberEpoch, endianness: .big)
        buffer.writeInteger(self.previousMemberEpoch, endianness: .big)
        buffer.writeInteger(self.state, endianness: .big)
        try buffer.writeKafkaArray(self.assignedPartitions, version: version, compact: true)
        try buffer.writeKafkaArray(self.partitionsPendingRevocation, version: version, compact: true)
        buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
    }

    public struct TopicPartitions: Sendable, Equatable, KafkaStructCodable {
        public var topicId: KafkaUUID = KafkaUUID.zero
        public var partitions: [Int32] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.topicId = try buffer.readKafkaUUID("ConsumerGroupCurrentMemberAssignmentValue.TopicPartitions.TopicId")
            self.partitions = try buffer.readKafkaArray(of: Int32.self, version: version, compact: true, minimumElementSize: 4, "ConsumerGroupCurrentMemberAssignmentValue.TopicPartitions.Partitions")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ConsumerGroupCurrentMemberAssignmentValue.TopicPartitions tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeKafkaUUID(self.topicId)
            try buffer.writeKafkaArray(self.partitions, version: version, compact: true)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
