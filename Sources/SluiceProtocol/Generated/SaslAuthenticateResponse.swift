// Generated from SaslAuthenticateResponse.json by SluiceCodegen. Do not edit.
// SaslAuthenticate response (API key 36): v0-2, flexible v2+.

import NIOCore

public struct SaslAuthenticateResponse: KafkaResponse {
    public static let apiKey: ApiKey = .saslAuthenticate
    public static let validVersions: ClosedRange<Int16> = 0...2
    public static let firstFlexibleVersion: Int16? = 2

    public var errorCode: Int16 = 0
    public var errorMessage: String? = ""
    public var authBytes: [UInt8] = []
    public var sessionLifetimeMs: Int64 = 0
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("SaslAuthenticateResponse", version: version)
        }
        let flexible: Bool = version >= 2
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "SaslAuthenticateResponse.ErrorCode")
        self.errorMessage = try buffer.readKafkaNullableString(compact: flexible, "SaslAuthenticateResponse.ErrorMessage")
        self.authBytes = try buffer.readKafkaBytes(compact: flexible, "SaslAuthenticateResponse.AuthBytes")
        if version >= 1 {
            self.sessionLifetimeMs = try buffer.readKafkaInteger(as: Int64.self, "SaslAuthenticateResponse.SessionLifetimeMs")
        }
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("SaslAuthenticateResponse tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("SaslAuthenticateResponse", version: version)
        }
        let flexible: Bool = version >= 2
        buffer.writeInteger(self.errorCode, endianness: .big)
        try buffer.writeKafkaString(self.errorMessage, compact: flexible)
        buffer.writeKafkaBytes(self.authBytes, compact: flexible)
        if version >= 1 {
            buffer.writeInteger(self.sessionLifetimeMs, endianness: .big)
        }
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
