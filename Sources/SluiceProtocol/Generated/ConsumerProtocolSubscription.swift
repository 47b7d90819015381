// Generated from ConsumerProtocolSubscription.json by SluiceCodegen. Do not edit.
// ConsumerProtocolSubscription (embedded data, not a request): v0-3, never flexible.

import NIOCore

public struct ConsumerProtocolSubscription: Sendable, Equatable {
    public static let validVersions: ClosedRange<Int16> = 0...3
    public static let firstFlexibleVersion: Int16? = nil

    public var topics: [String] = []
    public var userData: [UInt8]? = nil
    public var ownedPartitions: [TopicPartition] = []
    public var generationId: Int32 = -1
    public var rackId: String? = nil

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ConsumerProtocolSubscription", version: version)
        }
        self.topics = try buffer.readKafkaArray(of: String.self, version: version, compact: false, minimumElementSize: 2, "ConsumerProtocolSubscription.Topics")
        self.userData = try buffer.readKafkaNullableBytes(compact: false, "ConsumerProtocolSubscription.UserData")
        if version >= 1 {
            self.ownedPartitions = try buffer.readKafkaArray(of: TopicPartition.self, version: version, compact: false, minimumElementSize: 6, "ConsumerProtocolSubscription.OwnedPartitions")
        }
        if version >= 2 {
            self.generationId = try buffer.readKafkaInteger(as: Int32.self, "ConsumerProtocolSubscription.GenerationId")
        }
        if version >= 3 {
            self.rackId = try buffer.readKafkaNullableString(compact: false, "ConsumerProtocolSubscription.RackId")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ConsumerProtocolSubscription", version: version)
        }
        try buffer.writeKafkaArray(self.topics, version: version, compact: false)
        buffer.writeKafkaBytes(self.userData, compact: false)
        if version >= 1 {
            try buffer.writeKafkaArray(self.ownedPartitions, version: version, compact: false)
        }
        if version >= 2 {
            buffer.writeInteger(self.generationId, endianness: .big)
        }
        if version >= 3 {
            try buffer.writeKafkaString(self.rackId, compact: false)
        }
    }

    public struct TopicPartition: Sendable, Equatable, KafkaStructCodable {
        public var topic: String = ""
        public var partitions: [Int32] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.topic = try buffer.readKafkaString(compact: false, "ConsumerProtocolSubscription.TopicPartition.Topic")
            self.partitions = try buffer.readKafkaArray(of: Int32.self, version: version, compact: false, minimumElementSize: 4, "ConsumerProtocolSubscription.TopicPartition.Partitions")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            try buffer.writeKafkaString(self.topic, compact: false)
            try buffer.writeKafkaArray(self.partitions, version: version, compact: false)
        }
    }
}
