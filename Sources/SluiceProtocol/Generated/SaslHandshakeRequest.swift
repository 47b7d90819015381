// Generated from SaslHandshakeRequest.json by SluiceCodegen. Do not edit.
// SaslHandshake request (API key 17): v0-1, never flexible, deprecated v0.

import NIOCore

public struct SaslHandshakeRequest: KafkaRequest {
    public typealias Response = SaslHandshakeResponse
    public static let apiKey: ApiKey = .saslHandshake
    public static let validVersions: ClosedRange<Int16> = 0...1
    public static let firstFlexibleVersion: Int16? = nil

    public var mechanism: String = ""

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("SaslHandshakeRequest", version: version)
        }
        self.mechanism = try buffer.readKafkaString(compact: false, "SaslHandshakeRequest.Mechanism")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("SaslHandshakeRequest", version: version)
        }
        try buffer.writeKafkaString(self.mechanism, compact: false)
    }
}
