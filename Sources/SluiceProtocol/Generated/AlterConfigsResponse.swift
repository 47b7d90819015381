// Generated from AlterConfigsResponse.json by SluiceCodegen. Do not edit.
// AlterConfigs response (API key 33): v0-2, flexible v2+.

import NIOCore

public struct AlterConfigsResponse: KafkaResponse {
    public static let apiKey: ApiKey = .alterConfigs
    public static let validVersions: ClosedRange<Int16> = 0...2
    public static let firstFlexibleVersion: Int16? = 2

    public var throttleTimeMs: Int32 = 0
    public var responses: [AlterConfigsResourceResponse] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("AlterConfigsResponse", version: version)
        }
        let flexible: Bool = version >= 2
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "AlterConfigsResponse.ThrottleTimeMs")
        self.responses = try buffer.readKafkaArray(of: AlterConfigsResourceResponse.self, version: version, compact: flexible, minimumElementSize: 6, "AlterConfigsResponse.Responses")
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("AlterConfigsResponse tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("AlterConfigsResponse", version: version)
        }
        let flexible: Bool = version >= 2
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
            let flexible: Bool = version >= 2
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "AlterConfigsResponse.AlterConfigsResourceResponse.ErrorCode")
            self.errorMessage = try buffer.readKafkaNullableString(compact: flexible, "AlterConfigsResponse.AlterConfigsResourceResponse.ErrorMessage")
            self.resourceType = try buffer.readKafkaInteger(as: Int8.self, "AlterConfigsResponse.AlterConfigsResourceResponse.ResourceType")
            self.resourceName = try buffer.readKafkaString(compact: flexible, "AlterConfigsResponse.AlterConfigsResourceResponse.ResourceName")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("AlterConfigsResponse.AlterConfigsResourceResponse tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 2
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
