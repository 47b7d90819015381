// Generated from CreateAclsResponse.json by SluiceCodegen. Do not edit.
// CreateAcls response (API key 30): v0-3, flexible v2+.

import NIOCore

public struct CreateAclsResponse: KafkaResponse {
    public static let apiKey: ApiKey = .createAcls
    public static let validVersions: ClosedRange<Int16> = 0...3
    public static let firstFlexibleVersion: Int16? = 2

    public var throttleTimeMs: Int32 = 0
    public var results: [AclCreationResult] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("CreateAclsResponse", version: version)
        }
        let flexible: Bool = version >= 2
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "CreateAclsResponse.ThrottleTimeMs")
        self.results = try buffer.readKafkaArray(of: AclCreationResult.self, version: version, compact: flexible, minimumElementSize: 4, "CreateAclsResponse.Results")
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("CreateAclsResponse tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("CreateAclsResponse", version: version)
        }
        let flexible: Bool = version >= 2
        buffer.writeInteger(self.throttleTimeMs, endianness: .big)
        try buffer.writeKafkaArray(self.results, version: version, compact: flexible)
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct AclCreationResult: Sendable, Equatable, KafkaStructCodable {
        public var errorCode: Int16 = 0
        public var errorMessage: String? = ""
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 2
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "CreateAclsResponse.AclCreationResult.ErrorCode")
            self.errorMessage = try buffer.readKafkaNullableString(compact: flexible, "CreateAclsResponse.AclCreationResult.ErrorMessage")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("CreateAclsResponse.AclCreationResult tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 2
            buffer.writeInteger(self.errorCode, endianness: .big)
            try buffer.writeKafkaString(self.errorMessage, compact: flexible)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }
}
