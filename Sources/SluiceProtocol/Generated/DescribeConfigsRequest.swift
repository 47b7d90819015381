// Generated from DescribeConfigsRequest.json by SluiceCodegen. Do not edit.
// DescribeConfigs request (API key 32): v0-4, flexible v4+, deprecated v0.

import NIOCore

public struct DescribeConfigsRequest: KafkaRequest {
    public typealias Response = DescribeConfigsResponse
    public static let apiKey: ApiKey = .describeConfigs
    public static let validVersions: ClosedRange<Int16> = 0...4
    public static let firstFlexibleVersion: Int16? = 4

    public var resources: [DescribeConfigsResource] = []
    public var includeSynonyms: Bool = false
    public var includeDocumentation: Bool = false
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DescribeConfigsRequest", version: version)
        }
        let flexible: Bool = version >= 4
        self.resources = try buffer.readKafkaArray(of: DescribeConfigsResource.self, version: version, compact: flexible, minimumElementSize: 4, "DescribeConfigsRequest.Resources")
        if version >= 1 {
            self.includeSynonyms = try buffer.readKafkaBool("DescribeConfigsRequest.IncludeSynonyms")
        }
        if version >= 3 {
            self.includeDocumentation = try buffer.readKafkaBool("DescribeConfigsRequest.IncludeDocumentation")
        }
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeConfigsRequest tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DescribeConfigsRequest", version: version)
        }
        let flexible: Bool = version >= 4
        try buffer.writeKafkaArray(self.resources, version: version, compact: flexible)
        if version >= 1 {
            buffer.writeKafkaBool(self.includeSynonyms)
        } else if self.includeSynonyms != false {
            throw ProtocolError.fieldNotSupported(field: "DescribeConfigsRequest.IncludeSynonyms", version: version)
        }
        if version >= 3 {
            buffer.writeKafkaBool(self.includeDocumentation)
        } else if self.includeDocumentation != false {
            throw ProtocolError.fieldNotSupported(field: "DescribeConfigsRequest.IncludeDocumentation", version: version)
        }
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct DescribeConfigsResource: Sendable, Equatable, KafkaStructCodable {
        public var resourceType: Int8 = 0
        public var resourceName: String = ""
        public var configurationKeys: [String]? = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 4
            self.resourceType = try buffer.readKafkaInteger(as: Int8.self, "DescribeConfigsRequest.DescribeConfigsResource.ResourceType")
            self.resourceName = try buffer.readKafkaString(compact: flexible, "DescribeConfigsRequest.DescribeConfigsResource.ResourceName")
            self.configurationKeys = try buffer.readKafkaNullableArray(of: String.self, version: version, compact: flexible, minimumElementSize: 1, "DescribeConfigsRequest.DescribeConfigsResource.ConfigurationKeys")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeConfigsRequest.DescribeConfigsResource tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 4
            buffer.writeInteger(self.resourceType, endianness: .big)
            try buffer.writeKafkaString(self.resourceName, compact: flexible)
            try buffer.writeKafkaArray(self.configurationKeys, version: version, compact: flexible)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }
}
