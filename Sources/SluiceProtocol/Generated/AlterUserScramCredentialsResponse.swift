// Generated from AlterUserScramCredentialsResponse.json by SluiceCodegen. Do not edit.
// AlterUserScramCredentials response (API key 51): v0, all flexible.

import NIOCore

public struct AlterUserScramCredentialsResponse: KafkaResponse {
    public static let apiKey: ApiKey = .alterUserScramCredentials
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    public var throttleTimeMs: Int32 = 0
    public var results: [AlterUserScramCredentialsResult] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("AlterUserScramCredentialsResponse", version: version)
        }
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "AlterUserScramCredentialsResponse.ThrottleTimeMs")
        self.results = try buffer.readKafkaArray(of: AlterUserScramCredentialsResult.self, version: version, compact: true, minimumElementSize: 5, "AlterUserScramCredentialsResponse.Results")
        self.unknownTaggedFields = try buffer.readUnknownTaggedFields("AlterUserScramCredentialsResponse tagged fields")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("AlterUserScramCredentialsResponse", version: version)
        }
        buffer.writeInteger(self.throttleTimeMs, endianness: .big)
        try buffer.writeKafkaArray(self.results, version: version, compact: true)
        buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
    }

    public struct AlterUserScramCredentialsResult: Sendable, Equatable, KafkaStructCodable {
        public var user: String = ""
        public var errorCode: Int16 = 0
        public var errorMessage: String? = ""
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.user = try buffer.readKafkaString(compact: true, "AlterUserScramCredentialsResponse.AlterUserScramCredentialsResult.User")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "AlterUserScramCredentialsResponse.AlterUserScramCredentialsResult.ErrorCode")
            self.errorMessage = try buffer.readKafkaNullableString(compact: true, "AlterUserScramCredentialsResponse.AlterUserScramCredentialsResult.ErrorMessage")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("AlterUserScramCredentialsResponse.AlterUserScramCredentialsResult tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            try buffer.writeKafkaString(self.user, compact: true)
            buffer.writeInteger(self.errorCode, endianness: .big)
            try buffer.writeKafkaString(self.errorMessage, compact: true)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
