// Generated from DeleteTopicsRequest.json by SluiceCodegen. Do not edit.
// DeleteTopics request (API key 20): v0-6, flexible v4+, deprecated v0.

import NIOCore

public struct DeleteTopicsRequest: KafkaRequest {
    public typealias Response = DeleteTopicsResponse
    public static let apiKey: ApiKey = .deleteTopics
    public static let validVersions: ClosedRange<Int16> = 0...6
    public static let firstFlexibleVersion: Int16? = 4

    public var topics: [DeleteTopicState] = []
    public var topicNames: [String] = []
    public var timeoutMs: Int32 = 0
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DeleteTopicsRequest", version: version)
        }
        let flexible: Bool = version >= 4
        if version >= 6 {
            self.topics = try buffer.readKafkaArray(of: DeleteTopicState.self, version: version, compact: true, minimumElementSize: 18, "DeleteTopicsRequest.Topics")
        }
        if version <= 5 {
            self.topicNames = try buffer.readKafkaArray(of: String.self, version: version, compact: flexible, minimumElementSize: 1, "DeleteTopicsRequest.TopicNames")
        }
        self.timeoutMs = try buffer.readKafkaInteger(as: Int32.self, "DeleteTopicsRequest.TimeoutMs")
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DeleteTopicsRequest tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DeleteTopicsRequest", version: version)
        }
        let flexible: Bool = version >= 4
        if version >= 6 {
            try buffer.writeKafkaArray(self.topics, version: version, compact: true)
        } else if !self.topics.isEmpty {
            throw ProtocolError.fieldNotSupported(field: "DeleteTopicsRequest.Topics", version: version)
        }
        if version <= 5 {
            try buffer.writeKafkaArray(self.topicNames, version: version, compact: flexible)
        }
        buffer.writeInteger(self.timeoutMs, endianness: .big)
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct DeleteTopicState: Sendable, Equatable, KafkaStructCodable {
        public var name: String? = nil
        public var topicId: KafkaUUID = KafkaUUID.zero
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.name = try buffer.readKafkaNullableString(compact: true, "DeleteTopicsRequest.DeleteTopicState.Name")
            self.topicId = try buffer.readKafkaUUID("DeleteTopicsRequest.DeleteTopicState.TopicId")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DeleteTopicsRequest.DeleteTopicState tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            try buffer.writeKafkaString(self.name, compact: true)
            buffer.writeKafkaUUID(self.topicId)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
