// Generated from DescribeConfigsResponse.json by SluiceCodegen. Do not edit.
// DescribeConfigs response (API key 32): v0-4, flexible v4+.

import NIOCore

public struct DescribeConfigsResponse: KafkaResponse {
    public static let apiKey: ApiKey = .describeConfigs
    public static let validVersions: ClosedRange<Int16> = 0...4
    public static let firstFlexibleVersion: Int16? = 4

    public var throttleTimeMs: Int32 = 0
    public var results: [DescribeConfigsResult] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DescribeConfigsResponse", version: version)
        }
        let flexible: Bool = version >= 4
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "DescribeConfigsResponse.ThrottleTimeMs")
        self.results = try buffer.readKafkaArray(of: DescribeConfigsResult.self, version: version, compact: flexible, minimumElementSize: 7, "DescribeConfigsResponse.Results")
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeConfigsResponse tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DescribeConfigsResponse", version: version)
        }
        let flexible: Bool = version >= 4
        buffer.writeInteger(self.throttleTimeMs, endianness: .big)
        try buffer.writeKafkaArray(self.results, version: version, compact: flexible)
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct DescribeConfigsResult: Sendable, Equatable, KafkaStructCodable {
        public var errorCode: Int16 = 0
        public var errorMessage: String? = ""
        public var resourceType: Int8 = 0
        public var resourceName: String = ""
        public var configs: [DescribeConfigsResourceResult] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 4
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "DescribeConfigsResponse.DescribeConfigsResult.ErrorCode")
            self.errorMessage = try buffer.readKafkaNullableString(compact: flexible, "DescribeConfigsResponse.DescribeConfigsResult.ErrorMessage")
            self.resourceType = try buffer.readKafkaInteger(as: Int8.self, "DescribeConfigsResponse.DescribeConfigsResult.ResourceType")
            self.resourceName = try buffer.readKafkaString(compact: flexible, "DescribeConfigsResponse.DescribeConfigsResult.ResourceName")
            self.configs = try buffer.readKafkaArray(of: DescribeConfigsResourceResult.self, version: version, compact: flexible, minimumElementSize: 7, "DescribeConfigsResponse.DescribeConfigsResult.Configs")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeConfigsResponse.DescribeConfigsResult tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 4
            buffer.writeInteger(self.errorCode, endianness: .big)
            try buffer.writeKafkaString(self.errorMessage, compact: flexible)
            buffer.writeInteger(self.resourceType, endianness: .big)
            try buffer.writeKafkaString(self.resourceName, compact: flexible)
            try buffer.writeKafkaArray(self.configs, version: version, compact: flexible)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }

    public struct DescribeConfigsResourceResult: Sendable, Equatable, KafkaStructCodable {
        public var name: String = ""
        public var value: String? = ""
        public var readOnly: Bool = false
        public var isDefault: Bool = false
        public var configSource: Int8 = -1
        public var isSensitive: Bool = false
        public var synonyms: [DescribeConfigsSynonym] = []
        public var configType: Int8 = 0
        public var documentation: String? = ""
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 4
            self.name = try buffer.readKafkaString(compact: flexible, "DescribeConfigsResponse.DescribeConfigsResourceResult.Name")
            self.value = try buffer.readKafkaNullableString(compact: flexible, "DescribeConfigsResponse.DescribeConfigsResourceResult.Value")
            self.readOnly = try buffer.readKafkaBool("DescribeConfigsResponse.DescribeConfigsResourceResult.ReadOnly")
            if version <= 0 {
                self.isDefault = try buffer.readKafkaBool("DescribeConfigsResponse.DescribeConfigsResourceResult.IsDefault")
            }
            if version >= 1 {
                self.configSource = try buffer.readKafkaInteger(as: Int8.self, "DescribeConfigsResponse.DescribeConfigsResourceResult.ConfigSource")
            }
            self.isSensitive = try buffer.readKafkaBool("DescribeConfigsResponse.DescribeConfigsResourceResult.IsSensitive")
            if version >= 1 {
                self.synonyms = try buffer.readKafkaArray(of: DescribeConfigsSynonym.self, version: version, compact: flexible, minimumElementSize: 4, "DescribeConfigsResponse.DescribeConfigsResourceResult.Synonyms")
            }
            if version >= 3 {
                self.configType = try buffer.readKafkaInteger(as: Int8.self, "DescribeConfigsResponse.DescribeConfigsResourceResult.ConfigType")
                self.documentation = try buffer.readKafkaNullableString(compact: flexible, "DescribeConfigsResponse.DescribeConfigsResourceResult.Documentation")
            }
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeConfigsResponse.DescribeConfigsResourceResult tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 4
            try buffer.writeKafkaString(self.name, compact: flexible)
            try buffer.writeKafkaString(self.value, compact: flexible)
            buffer.writeKafkaBool(self.readOnly)
            if version <= 0 {
                buffer.writeKafkaBool(self.isDefault)
            } else if self.isDefault != false {
                throw ProtocolError.fieldNotSupported(field: "DescribeConfigsResponse.DescribeConfigsResourceResult.IsDefault", version: version)
            }
            if version >= 1 {
                buffer.writeInteger(self.configSource, endianness: .big)
            }
            buffer.writeKafkaBool(self.isSensitive)
            if version >= 1 {
                try buffer.writeKafkaArray(self.synonyms, version: version, compact: flexible)
            }
            if version >= 3 {
                buffer.writeInteger(self.configType, endianness: .big)
                try buffer.writeKafkaString(self.documentation, compact: flexible)
            }
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }

    public struct DescribeConfigsSynonym: Sendable, Equatable, KafkaStructCodable {
        public var name: String = ""
        public var value: String? = ""
        public var source: Int8 = 0
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 4
            self.name = try buffer.readKafkaString(compact: flexible, "DescribeConfigsResponse.DescribeConfigsSynonym.Name")
            self.value = try buffer.readKafkaNullableString(compact: flexible, "DescribeConfigsResponse.DescribeConfigsSynonym.Value")
            self.source = try buffer.readKafkaInteger(as: Int8.self, "DescribeConfigsResponse.DescribeConfigsSynonym.Source")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeConfigsResponse.DescribeConfigsSynonym tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 4
            try buffer.writeKafkaString(self.name, compact: flexible)
            try buffer.writeKafkaString(self.value, compact: flexible)
            buffer.writeInteger(self.source, endianness: .big)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }
}
