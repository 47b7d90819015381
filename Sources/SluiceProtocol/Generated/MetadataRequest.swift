// Generated from MetadataRequest.json by SluiceCodegen. Do not edit.
// Metadata request (API key 3): v0-12, flexible v9+, deprecated v0-3.

import NIOCore

public struct MetadataRequest: KafkaRequest {
    public typealias Response = MetadataResponse
    public static let apiKey: ApiKey = .metadata
    public static let validVersions: ClosedRange<Int16> = 0...12
    public static let firstFlexibleVersion: Int16? = 9

    public var topics: [MetadataRequestTopic]? = []
    public var allowAutoTopicCreation: Bool = true
    public var includeClusterAuthorizedOperations: Bool = false
    public var includeTopicAuthorizedOperations: Bool = false
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("MetadataRequest", version: version)
        }
        let flexible: Bool = version >= 9
        if version >= 1 {
            self.topics = try buffer.readKafkaNullableArray(of: MetadataRequestTopic.self, version: version, compact: flexible, minimumElementSize: 2, "MetadataRequest.Topics")
        } else {
            self.topics = try buffer.readKafkaArray(of: MetadataRequestTopic.self, version: version, compact: flexible, minimumElementSize: 2, "MetadataRequest.Topics")
        }
        if version >= 4 {
            self.allowAutoTopicCreation = try buffer.readKafkaBool("MetadataRequest.AllowAutoTopicCreation")
        }
        if version >= 8 && version <= 10 {
            self.includeClusterAuthorizedOperations = try buffer.readKafkaBool("MetadataRequest.IncludeClusterAuthorizedOperations")
        }
        if version >= 8 {
            self.includeTopicAuthorizedOperations = try buffer.readKafkaBool("MetadataRequest.IncludeTopicAuthorizedOperations")
        }
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("MetadataRequest tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("MetadataRequest", version: version)
        }
        let flexible: Bool = version >= 9
        if self.topics == nil && version <= 0 { throw ProtocolError.nullNotAllowed(field: "MetadataRequest.Topics", version: version) }
        try buffer.writeKafkaArray(self.topics, version: version, compact: flexible)
        if version >= 4 {
            buffer.writeKafkaBool(self.allowAutoTopicCreation)
        } else if self.allowAutoTopicCreation != true {
            throw ProtocolError.fieldNotSupported(field: "MetadataRequest.AllowAutoTopicCreation", version: version)
        }
        if version >= 8 && version <= 10 {
            buffer.writeKafkaBool(self.includeClusterAuthorizedOperations)
        } else if self.includeClusterAuthorizedOperations != false {
            throw ProtocolError.fieldNotSupported(field: "MetadataRequest.IncludeClusterAuthorizedOperations", version: version)
        }
        if version >= 8 {
            buffer.writeKafkaBool(self.includeTopicAuthorizedOperations)
        } else if self.includeTopicAuthorizedOperations != false {
            throw ProtocolError.fieldNotSupported(field: "MetadataRequest.IncludeTopicAuthorizedOperations", version: version)
        }
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct MetadataRequestTopic: Sendable, Equatable, KafkaStructCodable {
        public var topicId: KafkaUUID = KafkaUUID.zero
        public var name: String? = ""
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 9
            if version >= 10 {
                self.topicId = try buffer.readKafkaUUID("MetadataRequest.MetadataRequestTopic.TopicId")
            }
            if version >= 10 {
                self.name = try buffer.readKafkaNullableString(compact: flexible, "MetadataRequest.MetadataRequestTopic.Name")
            } else {
                self.name = try buffer.readKafkaString(compact: flexible, "MetadataRequest.MetadataRequestTopic.Name")
            }
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("MetadataRequest.MetadataRequestTopic tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 9
            if version >= 10 {
                buffer.writeKafkaUUID(self.topicId)
            }
            if self.name == nil && version <= 9 { throw ProtocolError.nullNotAllowed(field: "MetadataRequest.MetadataRequestTopic.Name", version: version) }
            try buffer.writeKafkaString(self.name, compact: flexible)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }
}
