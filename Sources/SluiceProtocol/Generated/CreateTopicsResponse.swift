// Generated from CreateTopicsResponse.json by SluiceCodegen. Do not edit.
// CreateTopics response (API key 19): v0-7, flexible v5+.

import NIOCore

public struct CreateTopicsResponse: KafkaResponse {
    public static let apiKey: ApiKey = .createTopics
    public static let validVersions: ClosedRange<Int16> = 0...7
    public static let firstFlexibleVersion: Int16? = 5

    public var throttleTimeMs: Int32 = 0
    public var topics: [CreatableTopicResult] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("CreateTopicsResponse", version: version)
        }
        let flexible: Bool = version >= 5
        if version >= 2 {
            self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "CreateTopicsResponse.ThrottleTimeMs")
        }
        self.topics = try buffer.readKafkaArray(of: CreatableTopicResult.self, version: version, compact: flexible, minimumElementSize: 4, "CreateTopicsResponse.Topics")
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("CreateTopicsResponse tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("CreateTopicsResponse", version: version)
        }
        let flexible: Bool = version >= 5
        if version >= 2 {
            buffer.writeInteger(self.throttleTimeMs, endianness: .big)
        }
        try buffer.writeKafkaArray(self.topics, version: version, compact: flexible)
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct CreatableTopicResult: Sendable, Equatable, KafkaStructCodable {
        public var name: String = ""
        public var topicId: KafkaUUID = KafkaUUID.zero
        public var errorCode: Int16 = 0
        public var errorMessage: String? = ""
        public var topicConfigErrorCode: Int16 = 0
        public var numPartitions: Int32 = -1
        public var replicationFactor: Int16 = -1
        public var configs: [CreatableTopicConfigs]? = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 5
            self.name = try buffer.readKafkaString(compact: flexible, "CreateTopicsResponse.CreatableTopicResult.Name")
            if version >= 7 {
                self.topicId = try buffer.readKafkaUUID("CreateTopicsResponse.CreatableTopicResult.TopicId")
            }
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "CreateTopicsResponse.CreatableTopicResult.ErrorCode")
            if version >= 1 {
                self.errorMessage = try buffer.readKafkaNullableString(compact: flexible, "CreateTopicsResponse.CreatableTopicResult.ErrorMessage")
            }
            if version >= 5 {
                self.numPartitions = try buffer.readKafkaInteger(as: Int32.self, "CreateTopicsResponse.CreatableTopicResult.NumPartitions")
                self.replicationFactor = try buffer.readKafkaInteger(as: Int16.self, "CreateTopicsResponse.CreatableTopicResult.ReplicationFactor")
                self.configs = try buffer.readKafkaNullableArray(of: CreatableTopicConfigs.self, version: version, compact: true, minimumElementSize: 6, "CreateTopicsResponse.CreatableTopicResult.Configs")
            }
            if flexible {
                self.unknownTaggedFields = try buffer.readTaggedFields("CreateTopicsResponse.CreatableTopicResult tagged fields") { (tag: UInt32, slice: inout ByteBuffer) throws -> Bool in
                    switch tag {
                    case 0:
                        self.topicConfigErrorCode = try slice.readKafkaInteger(as: Int16.self, "CreateTopicsResponse.CreatableTopicResult.TopicConfigErrorCode")
                        return true
                    default:
                        return false
                    }
                }
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 5
            try buffer.writeKafkaString(self.name, compact: flexible)
            if version >= 7 {
                buffer.writeKafkaUUID(self.topicId)
            }
            buffer.writeInteger(self.errorCode, endianness: .big)
            if version >= 1 {
                try buffer.writeKafkaString(self.errorMessage, compact: flexible)
            }
            if version >= 5 {
                buffer.writeInteger(self.numPartitions, endianness: .big)
                buffer.writeInteger(self.replicationFactor, endianness: .big)
                try buffer.writeKafkaArray(self.configs, version: version, compact: true)
            }
            if flexible {
                var tagged: [(UInt32, ByteBuffer)] = []
                if self.topicConfigErrorCode != 0 {
                    var field: ByteBuffer = ByteBuffer()
                    field.writeInteger(self.topicConfigErrorCode, endianness: .big)
                    tagged.append((0, field))
                }
                buffer.writeTaggedFields(tagged, unknown: self.unknownTaggedFields)
            }
        }
    }

    public struct CreatableTopicConfigs: Sendable, Equatable, KafkaStructCodable {
        public var name: String = ""
        public var value: String? = ""
        public var readOnly: Bool = false
        public var configSource: Int8 = -1
        public var isSensitive: Bool = false
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.name = try buffer.readKafkaString(compact: true, "CreateTopicsResponse.CreatableTopicConfigs.Name")
            self.value = try buffer.readKafkaNullableString(compact: true, "CreateTopicsResponse.CreatableTopicConfigs.Value")
            self.readOnly = try buffer.readKafkaBool("CreateTopicsResponse.CreatableTopicConfigs.ReadOnly")
            self.configSource = try buffer.readKafkaInteger(as: Int8.self, "CreateTopicsResponse.CreatableTopicConfigs.ConfigSource")
            self.isSensitive = try buffer.readKafkaBool("CreateTopicsResponse.CreatableTopicConfigs.IsSensitive")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("CreateTopicsResponse.CreatableTopicConfigs tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            try buffer.writeKafkaString(self.name, compact: true)
            try buffer.writeKafkaString(self.value, compact: true)
            buffer.writeKafkaBool(self.readOnly)
            buffer.writeInteger(self.configSource, endianness: .big)
            buffer.writeKafkaBool(self.isSensitive)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
