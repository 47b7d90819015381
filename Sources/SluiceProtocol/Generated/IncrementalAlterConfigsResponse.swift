// Generated from IncrementalAlterConfigsResponse.json by SluiceCodegen. Do not edit.
// IncrementalAlterConfigs response (API key 44): v0-1, flexible v1+.

import NIOCore

public struct IncrementalAlterConfigsResponse: KafkaResponse {
    public static let apiKey: ApiKey = .incrementalAlterConfigs
    public static let validVersions: ClosedRange<Int16> = 0...1
    public static let firstFlexibleVersion: Int16? = 1

    public var throttleTimeMs: Int32 = 0
    public var responses: [AlterConfigsResourceResponse] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("IncrementalAlterConfigsResponse", version: version)
        }
        let flexible: Bool = version >= 1
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "IncrementalAlterConfigsResponse.ThrottleTimeMs")
        self.responses = try buffer.readKafkaArray(of: AlterConfigsResourceResponse.self, version: version, compact: flexible, minimumElementSize: 6, "IncrementalAlterConfigsResponse.Responses")
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("IncrementalAlterConfigsResponse tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("IncrementalAlterConfigsResponse", version: version)
        }
        let flexible: Bool = version >= 1
        buffer.writeInteger(self.throttleTimeMs, endianness: .big)
        try buffer.writeKafkaArray(self.responses, version: version, compact: flexible)
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct AlterConfigsResourceResponse: Sendable, Equatable, KafkaStructCodable {
        public var errorCode: Int16 = 0
        public var errorMessage: String? = ""
        public var resourceType: Int8 = 0
        public var resourceName: String = ""
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 1
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "IncrementalAlterConfigsResponse.AlterConfigsResourceResponse.ErrorCode")
            self.errorMessage = try buffer.readKafkaNullableString(compact: flexible, "IncrementalAlterConfigsResponse.AlterConfigsResourceResponse.ErrorMessage")
            self.resourceType = try buffer.readKafkaInteger(as: Int8.self, "IncrementalAlterConfigsResponse.AlterConfigsResourceResponse.ResourceType")
            self.resourceName = try buffer.readKafkaString(compact: flexible, "IncrementalAlterConfigsResponse.AlterConfigsResourceResponse.ResourceName")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("IncrementalAlterConfigsResponse.AlterConfigsResourceResponse tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 1
            buffer.writeInteger(self.errorCode, endianness: .big)
            try buffer.writeKafkaString(self.errorMessage, compact: flexible)
            buffer.writeInteger(self.resourceType, endianness: .big)
            try buffer.writeKafkaString(self.resourceName, compact: flexible)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }
}
