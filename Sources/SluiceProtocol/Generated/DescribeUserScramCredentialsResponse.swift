// Generated from DescribeUserScramCredentialsResponse.json by SluiceCodegen. Do not edit.
// DescribeUserScramCredentials response (API key 50): v0, all flexible.

import NIOCore

public struct DescribeUserScramCredentialsResponse: KafkaResponse {
    public static let apiKey: ApiKey = .describeUserScramCredentials
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    public var throttleTimeMs: Int32 = 0
    public var errorCode: Int16 = 0
    public var errorMessage: String? = ""
    public var results: [DescribeUserScramCredentialsResult] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DescribeUserScramCredentialsResponse", version: version)
        }
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "DescribeUserScramCredentialsResponse.ThrottleTimeMs")
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "DescribeUserScramCredentialsResponse.ErrorCode")
        self.errorMessage = try buffer.readKafkaNullableString(compact: true, "DescribeUserScramCredentialsResponse.ErrorMessage")
        self.results = try buffer.readKafkaArray(of: DescribeUserScramCredentialsResult.self, version: version, compact: true, minimumElementSize: 6, "DescribeUserScramCredentialsResponse.Results")
        self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeUserScramCredentialsResponse tagged fields")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DescribeUserScramCredentialsResponse", version: version)
        }
        buffer.writeInteger(self.throttleTimeMs, endianness: .big)
        buffer.writeInteger(self.errorCode, endianness: .big)
        try buffer.writeKafkaString(self.errorMessage, compact: true)
        try buffer.writeKafkaArray(self.results, version: version, compact: true)
        buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
    }

    public struct DescribeUserScramCredentialsResult: Sendable, Equatable, KafkaStructCodable {
        public var user: String = ""
        public var errorCode: Int16 = 0
        public var errorMessage: String? = ""
        public var credentialInfos: [CredentialInfo] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.user = try buffer.readKafkaString(compact: true, "DescribeUserScramCredentialsResponse.DescribeUserScramCredentialsResult.User")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "DescribeUserScramCredentialsResponse.DescribeUserScramCredentialsResult.ErrorCode")
            self.errorMessage = try buffer.readKafkaNullableString(compact: true, "DescribeUserScramCredentialsResponse.DescribeUserScramCredentialsResult.ErrorMessage")
            self.credentialInfos = try buffer.readKafkaArray(of: CredentialInfo.self, version: version, compact: true, minimumElementSize: 6, "DescribeUserScramCredentialsResponse.DescribeUserScramCredentialsResult.CredentialInfos")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeUserScramCredentialsResponse.DescribeUserScramCredentialsResult tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            try buffer.writeKafkaString(self.user, compact: true)
            buffer.writeInteger(self.errorCode, endianness: .big)
            try buffer.writeKafkaString(self.errorMessage, compact: true)
            try buffer.writeKafkaArray(self.credentialInfos, version: version, compact: true)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct CredentialInfo: Sendable, Equatable, KafkaStructCodable {
        public var mechanism: Int8 = 0
        public var iterations: Int32 = 0
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.mechanism = try buffer.readKafkaInteger(as: Int8.self, "DescribeUserScramCredentialsResponse.CredentialInfo.Mechanism")
            self.iterations = try buffer.readKafkaInteger(as: Int32.self, "DescribeUserScramCredentialsResponse.CredentialInfo.Iterations")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeUserScramCredentialsResponse.CredentialInfo tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeInteger(self.mechanism, endianness: .big)
            buffer.writeInteger(self.iterations, endianness: .big)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
