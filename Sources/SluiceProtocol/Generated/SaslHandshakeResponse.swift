// Generated from SaslHandshakeResponse.json by SluiceCodegen. Do not edit.
// SaslHandshake response (API key 17): v0-1, never flexible.

import NIOCore

public struct SaslHandshakeResponse: KafkaResponse {
    public static let apiKey: ApiKey = .saslHandshake
    public static let validVersions: ClosedRange<Int16> = 0...1
    public static let firstFlexibleVersion: Int16? = nil

    public var errorCode: Int16 = 0
    public var mechanisms: [String] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("SaslHandshakeResponse", version: version)
        }
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "SaslHandshakeResponse.ErrorCode")
        self.mechanisms = try buffer.readKafkaArray(of: String.self, version: version, compact: false, minimumElementSize: 2, "SaslHandshakeResponse.Mechanisms")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("SaslHandshakeResponse", version: version)
        }
        buffer.writeInteger(self.errorCode, endianness: .big)
        try buffer.writeKafkaArray(self.mechanisms, version: version, compact: false)
    }
}
