// Generated from ConsumerGroupTargetAssignmentMemberValue.json by SluiceCodegen. Do not edit.
// ConsumerGroupTargetAssignmentMemberValue (embedded data, not a request): v0, all flexible.

import NIOCore

public struct ConsumerGroupTargetAssignmentMemberValue: Sendable, Equatable {
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    public var topicPartitions: [TopicPartition] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ConsumerGroupTargetAssignmentMemberValue", version: version)
        }
        self.topicPartitions = try buffer.readKafkaArray(of: TopicPartition.self, version: version, compact: true, minimumElementSize: 18, "ConsumerGroupTargetAssignmentMemberValue.TopicPartitions")
        self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ConsumerGroupTargetAssignmentMemberValue tagged fields")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ConsumerGroupTargetAssignmentMemberValue", version: version)
        }
        try buffer.writeKafkaArray(self.topicPartitions, version: version, compact: true)
        buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
    }

    public struct TopicPartition: Sendable, Equatable, KafkaStructCodable {
        public var topicId: KafkaUUID = KafkaUUID.zero
        public var partitions: [Int32] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.topicId = try buffer.readKafkaUUID("ConsumerGroupTargetAssignmentMemberValue.TopicPartition.TopicId")
            self.partitions = try buffer.readKafkaArray(of: Int32.self, version: version, compact: true, minimumElementSize: 4, "ConsumerGroupTargetAssignmentMemberValue.TopicPartition.Partitions")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ConsumerGroupTargetAssignmentMemberValue.TopicPartition tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeKafkaUUID(self.topicId)
            try buffer.writeKafkaArray(self.partitions, version: version, compact: true)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
