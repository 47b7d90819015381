// Generated from AlterConfigsRequest.json by SluiceCodegen. Do not edit.
// AlterConfigs request (API key 33): v0-2, flexible v2+.

import NIOCore

public struct AlterConfigsRequest: KafkaRequest {
    public typealias Response = AlterConfigsResponse
    public static let apiKey: ApiKey = .alterConfigs
    public static let validVersions: ClosedRange<Int16> = 0...2
    public static let firstFlexibleVersion: Int16? = 2

    public var resources: [AlterConfigsResource] = []
    public var validateOnly: Bool = false
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("AlterConfigsRequest", version: version)
        }
        let flexible: Bool = version >= 2
        self.resources = try buffer.readKafkaArray(of: AlterConfigsResource.self, version: version, compact: flexible, minimumElementSize: 4, "AlterConfigsRequest.Resources")
        self.validateOnly = try buffer.readKafkaBool("AlterConfigsRequest.ValidateOnly")
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("AlterConfigsRequest tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("AlterConfigsRequest", version: version)
        }
        let flexible: Bool = version >= 2
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
            let flexible: Bool = version >= 2
            self.resourceType = try buffer.readKafkaInteger(as: Int8.self, "AlterConfigsRequest.AlterConfigsResource.ResourceType")
            self.resourceName = try buffer.readKafkaString(compact: flexible, "AlterConfigsRequest.AlterConfigsResource.ResourceName")
            self.configs = try buffer.readKafkaArray(of: AlterableConfig.self, version: version, compact: flexible, minimumElementSize: 3, "AlterConfigsRequest.AlterConfigsResource.Configs")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("AlterConfigsRequest.AlterConfigsResource tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 2
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
        public var value: String? = ""
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 2
            self.name = try buffer.readKafkaString(compact: flexible, "AlterConfigsRequest.AlterableConfig.Name")
            self.value = try buffer.readKafkaNullableString(compact: flexible, "AlterConfigsRequest.AlterableConfig.Value")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("AlterConfigsRequest.AlterableConfig tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 2
            try buffer.writeKafkaString(self.name, compact: flexible)
            try buffer.writeKafkaString(self.value, compact: flexible)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }
}
