// Generated from ElectLeadersRequest.json by SluiceCodegen. Do not edit.
// ElectLeaders request (API key 43): v0-2, flexible v2+.

import NIOCore

public struct ElectLeadersRequest: KafkaRequest {
    public typealias Response = ElectLeadersResponse
    public static let apiKey: ApiKey = .electLeaders
    public static let validVersions: ClosedRange<Int16> = 0...2
    public static let firstFlexibleVersion: Int16? = 2

    public var electionType: Int8 = 0
    public var topicPartitions: [TopicPartitions]? = []
    public var timeoutMs: Int32 = 60000
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ElectLeadersRequest", version: version)
        }
        let flexible: Bool = version >= 2
        if version >= 1 {
            self.electionType = try buffer.readKafkaInteger(as: Int8.self, "ElectLeadersRequest.ElectionType")
        }
        self.topicPartitions = try buffer.readKafkaNullableArray(of: TopicPartitions.self, version: version, compact: flexible, minimumElementSize: 3, "ElectLeadersRequest.TopicPartitions")
        self.timeoutMs = try buffer.readKafkaInteger(as: Int32.self, "ElectLeadersRequest.TimeoutMs")
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ElectLeadersRequest tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ElectLeadersRequest", version: version)
        }
        let flexible: Bool = version >= 2
        if version >= 1 {
            buffer.writeInteger(self.electionType, endianness: .big)
        } else if self.electionType != 0 {
            throw ProtocolError.fieldNotSupported(field: "ElectLeadersRequest.ElectionType", version: version)
        }
        try buffer.writeKafkaArray(self.topicPartitions, version: version, compact: flexible)
        buffer.writeInteger(self.timeoutMs, endianness: .big)
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct TopicPartitions: Sendable, Equatable, KafkaStructCodable {
        public var topic: String = ""
        public var partitions: [Int32] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 2
            self.topic = try buffer.readKafkaString(compact: flexible, "ElectLeadersRequest.TopicPartitions.Topic")
            self.partitions = try buffer.readKafkaArray(of: Int32.self, version: version, compact: flexible, minimumElementSize: 4, "ElectLeadersRequest.TopicPartitions.Partitions")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ElectLeadersRequest.TopicPartitions tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 2
            try buffer.writeKafkaString(self.topic, compact: flexible)
            try buffer.writeKafkaArray(self.partitions, version: version, compact: flexible)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }
}
