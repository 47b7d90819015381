// Generated from RenewDelegationTokenRequest.json by SluiceCodegen. Do not edit.
// RenewDelegationToken request (API key 39): v0-2, flexible v2+, deprecated v0.

import NIOCore

public struct RenewDelegationTokenRequest: KafkaRequest {
    public typealias Response = RenewDelegationTokenResponse
    public static let apiKey: ApiKey = .renewDelegationToken
    public static let validVersions: ClosedRange<Int16> = 0...2
    public static let firstFlexibleVersion: Int16? = 2

    public var hmac: [UInt8] = []
    public var renewPeriodMs: Int64 = 0
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("RenewDelegationTokenRequest", version: version)
        }
        let flexible: Bool = version >= 2
        self.hmac = try buffer.readKafkaBytes(compact: flexible, "RenewDelegationTokenRequest.Hmac")
        self.renewPeriodMs = try buffer.readKafkaInteger(as: Int64.self, "RenewDelegationTokenRequest.RenewPeriodMs")
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("RenewDelegationTokenRequest tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("RenewDelegationTokenRequest", version: version)
        }
        let flexible: Bool = version >= 2
        buffer.writeKafkaBytes(self.hmac, compact: flexible)
        buffer.writeInteger(self.renewPeriodMs, endianness: .big)
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
