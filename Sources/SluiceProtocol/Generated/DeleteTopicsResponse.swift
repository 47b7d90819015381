// Generated from DeleteTopicsResponse.json by SluiceCodegen. Do not edit.
// DeleteTopics response (API key 20): v0-6, flexible v4+.

import NIOCore

public struct DeleteTopicsResponse: KafkaResponse {
    public static let apiKey: ApiKey = .deleteTopics
    public static let validVersions: ClosedRange<Int16> = 0...6
    public static let firstFlexibleVersion: Int16? = 4

    public var throttleTimeMs: Int32 = 0
    public var responses: [DeletableTopicResult] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DeleteTopicsResponse", version: version)
        }
        let flexible: Bool = version >= 4
        if version >= 1 {
            self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "DeleteTopicsResponse.ThrottleTimeMs")
        }
        self.responses = try buffer.readKafkaArray(of: DeletableTopicResult.self, version: version, compact: flexible, minimumElementSize: 4, "DeleteTopicsResponse.Responses")
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DeleteTopicsResponse tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DeleteTopicsResponse", version: version)
        }
        let flexible: Bool = version >= 4
        if version >= 1 {
            buffer.writeInteger(self.throttleTimeMs, endianness: .big)
        }
        try buffer.writeKafkaArray(self.responses, version: version, compact: flexible)
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct DeletableTopicResult: Sendable, Equatable, KafkaStructCodable {
        public var name: String? = ""
        public var topicId: KafkaUUID = KafkaUUID.zero
        public var errorCode: Int16 = 0
        public var errorMessage: String? = nil
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 4
            if version >= 6 {
                self.name = try buffer.readKafkaNullableString(compact: flexible, "DeleteTopicsResponse.DeletableTopicResult.Name")
            } else {
                self.name = try buffer.readKafkaString(compact: flexible, "DeleteTopicsResponse.DeletableTopicResult.Name")
            }
            if version >= 6 {
                self.topicId = try buffer.readKafkaUUID("DeleteTopicsResponse.DeletableTopicResult.TopicId")
            }
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "DeleteTopicsResponse.DeletableTopicResult.ErrorCode")
            if version >= 5 {
                self.errorMessage = try buffer.readKafkaNullableString(compact: true, "DeleteTopicsResponse.DeletableTopicResult.ErrorMessage")
            }
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DeleteTopicsResponse.DeletableTopicResult tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 4
            if self.name == nil && version <= 5 { throw ProtocolError.nullNotAllowed(field: "DeleteTopicsResponse.DeletableTopicResult.Name", version: version) }
            try buffer.writeKafkaString(self.name, compact: flexible)
            if version >= 6 {
                buffer.writeKafkaUUID(self.topicId)
            }
            buffer.writeInteger(self.errorCode, endianness: .big)
            if version >= 5 {
                try buffer.writeKafkaString(self.errorMessage, compact: true)
            }
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }
}
