// Generated from SaslAuthenticateRequest.json by SluiceCodegen. Do not edit.
// SaslAuthenticate request (API key 36): v0-2, flexible v2+.

import NIOCore

public struct SaslAuthenticateRequest: KafkaRequest {
    public typealias Response = SaslAuthenticateResponse
    public static let apiKey: ApiKey = .saslAuthenticate
    public static let validVersions: ClosedRange<Int16> = 0...2
    public static let firstFlexibleVersion: Int16? = 2

    public var authBytes: [UInt8] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("SaslAuthenticateRequest", version: version)
        }
        let flexible: Bool = version >= 2
        self.authBytes = try buffer.readKafkaBytes(compact: flexible, "SaslAuthenticateRequest.AuthBytes")
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("SaslAuthenticateRequest tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("SaslAuthenticateRequest", version: version)
        }
        let flexible: Bool = version >= 2
        buffer.writeKafkaBytes(self.authBytes, compact: flexible)
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
