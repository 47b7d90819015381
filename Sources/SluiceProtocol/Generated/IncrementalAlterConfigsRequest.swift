// Generated from IncrementalAlterConfigsRequest.json by SluiceCodegen. Do not edit.
// IncrementalAlterConfigs request (API key 44): v0-1, flexible v1+.

import NIOCore

public struct IncrementalAlterConfigsRequest: KafkaRequest {
    public typealias Response = IncrementalAlterConfigsResponse
    public static let apiKey: ApiKey = .incrementalAlterConfigs
    public static let validVersions: ClosedRange<Int16> = 0...1
    public static let firstFlexibleVersion: Int16? = 1

    public var resources: [AlterConfigsResource] = []
    public var validateOnly: Bool = false
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("IncrementalAlterConfigsRequest", version: version)
        }
        let flexible: Bool = version >= 1
        self.resources = try buffer.readKafkaArray(of: AlterConfigsResource.self, version: version, compact: flexible, minimumElementSize: 4, "IncrementalAlterConfigsRequest.Resources")
        self.validateOnly = try buffer.readKafkaBool("IncrementalAlterConfigsRequest.ValidateOnly")
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("IncrementalAlterConfigsRequest tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("IncrementalAlterConfigsRequest", version: version)
        }
        let flexible: Bool = version >= 1
        try buffer.writeKafkaArray(self.resources, version: version, compact: flexible)
        buffer.writeKafkaBool(self.validateOnly)
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct AlterConfigsResource: Sendable, Equatable, KafkaStructCodable {
        public var resourceType: Int8 = 0
        public var resourceName: String = ""
        public var configs: [AlterableConfig] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 1
            self.resourceType = try buffer.readKafkaInteger(as: Int8.self, "IncrementalAlterConfigsRequest.AlterConfigsResource.ResourceType")
            self.resourceName = try buffer.readKafkaString(compact: flexible, "IncrementalAlterConfigsRequest.AlterConfigsResource.ResourceName")
            self.configs = try buffer.readKafkaArray(of: AlterableConfig.self, version: version, compact: flexible, minimumElementSize: 4, "IncrementalAlterConfigsRequest.AlterConfigsResource.Configs")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("IncrementalAlterConfigsRequest.AlterConfigsResource tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 1
            buffer.writeInteger(self.resourceType, endianness: .big)
            try buffer.writeKafkaString(self.resourceName, compact: flexible)
            try buffer.writeKafkaArray(self.configs, version: version, compact: flexible)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }

    public struct AlterableConfig: Sendable, Equatable, KafkaStructCodable {
        public var name: String = ""
        public var configOperation: Int8 = 0
        public var value: String? = ""
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 1
            self.name = try buffer.readKafkaString(compact: flexible, "IncrementalAlterConfigsRequest.AlterableConfig.Name")
            self.configOperation = try buffer.readKafkaInteger(as: Int8.self, "IncrementalAlterConfigsRequest.AlterableConfig.ConfigOperation")
            self.value = try buffer.readKafkaNullableString(compact: flexible, "IncrementalAlterConfigsRequest.AlterableConfig.Value")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("IncrementalAlterConfigsRequest.AlterableConfig tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 1
            try buffer.writeKafkaString(self.name, compact: flexible)
            buffer.writeInteger(self.configOperation, endianness: .big)
            try buffer.writeKafkaString(self.value, compact: flexible)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }
}
