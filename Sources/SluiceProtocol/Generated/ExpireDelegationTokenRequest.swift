// Generated from ExpireDelegationTokenRequest.json by SluiceCodegen. Do not edit.
// ExpireDelegationToken request (API key 40): v0-2, flexible v2+, deprecated v0.

import NIOCore

public struct ExpireDelegationTokenRequest: KafkaRequest {
    public typealias Response = ExpireDelegationTokenResponse
    public static let apiKey: ApiKey = .expireDelegationToken
    public static let validVersions: ClosedRange<Int16> = 0...2
    public static let firstFlexibleVersion: Int16? = 2

    public var hmac: [UInt8] = []
    public var expiryTimePeriodMs: Int64 = 0
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ExpireDelegationTokenRequest", version: version)
        }
        let flexible: Bool = version >= 2
        self.hmac = try buffer.readKafkaBytes(compact: flexible, "ExpireDelegationTokenRequest.Hmac")
        self.expiryTimePeriodMs = try buffer.readKafkaInteger(as: Int64.self, "ExpireDelegationTokenRequest.ExpiryTimePeriodMs")
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ExpireDelegationTokenRequest tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ExpireDelegationTokenRequest", version: version)
        }
        let flexible: Bool = version >= 2
        buffer.writeKafkaBytes(self.hmac, compact: flexible)
        buffer.writeInteger(self.expiryTimePeriodMs, endianness: .big)
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
