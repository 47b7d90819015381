// Generated from ConsumerProtocolAssignment.json by SluiceCodegen. Do not edit.
// ConsumerProtocolAssignment (embedded data, not a request): v0-3, never flexible.

import NIOCore

public struct ConsumerProtocolAssignment: Sendable, Equatable {
    public static let validVersions: ClosedRange<Int16> = 0...3
    public static let firstFlexibleVersion: Int16? = nil

    public var assignedPartitions: [TopicPartition] = []
    public var userData: [UInt8]? = nil

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ConsumerProtocolAssignment", version: version)
        }
        self.assignedPartitions = try buffer.readKafkaArray(of: TopicPartition.self, version: version, compact: false, minimumElementSize: 6, "ConsumerProtocolAssignment.AssignedPartitions")
        self.userData = try buffer.readKafkaNullableBytes(compact: false, "ConsumerProtocolAssignment.UserData")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ConsumerProtocolAssignment", version: version)
        }
        try buffer.writeKafkaArray(self.assignedPartitions, version: version, compact: false)
        buffer.writeKafkaBytes(self.userData, compact: false)
    }

    public struct TopicPartition: Sendable, Equatable, KafkaStructCodable {
        public var topic: String = ""
        public var partitions: [Int32] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.topic = try buffer.readKafkaString(compact: false, "ConsumerProtocolAssignment.TopicPartition.Topic")
            self.partitions = try buffer.readKafkaArray(of: Int32.self, version: version, compact: false, minimumElementSize: 4, "ConsumerProtocolAssignment.TopicPartition.Partitions")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            try buffer.writeKafkaString(self.topic, compact: false)
            try buffer.writeKafkaArray(self.partitions, version: version, compact: false)
        }
    }
}
