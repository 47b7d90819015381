// Generated from ExpireDelegationTokenResponse.json by SluiceCodegen. Do not edit.
// ExpireDelegationToken response (API key 40): v0-2, flexible v2+.

import NIOCore

public struct ExpireDelegationTokenResponse: KafkaResponse {
    public static let apiKey: ApiKey = .expireDelegationToken
    public static let validVersions: ClosedRange<Int16> = 0...2
    public static let firstFlexibleVersion: Int16? = 2

    public var errorCode: Int16 = 0
    public var expiryTimestampMs: Int64 = 0
    public var throttleTimeMs: Int32 = 0
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ExpireDelegationTokenResponse", version: version)
        }
        let flexible: Bool = version >= 2
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "ExpireDelegationTokenResponse.ErrorCode")
        self.expiryTimestampMs = try buffer.readKafkaInteger(as: Int64.self, "ExpireDelegationTokenResponse.ExpiryTimestampMs")
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "ExpireDelegationTokenResponse.ThrottleTimeMs")
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ExpireDelegationTokenResponse tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ExpireDelegationTokenResponse", version: version)
        }
        let flexible: Bool = version >= 2
        buffer.writeInteger(self.errorCode, endianness: .big)
        buffer.writeInteger(self.expiryTimestampMs, endianness: .big)
        buffer.writeInteger(self.throttleTimeMs, endianness: .big)
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
