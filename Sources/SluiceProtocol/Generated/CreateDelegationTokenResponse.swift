// Generated from CreateDelegationTokenResponse.json by SluiceCodegen. Do not edit.
// CreateDelegationToken response (API key 38): v0-3, flexible v2+.

import NIOCore

public struct CreateDelegationTokenResponse: KafkaResponse {
    public static let apiKey: ApiKey = .createDelegationToken
    public static let validVersions: ClosedRange<Int16> = 0...3
    public static let firstFlexibleVersion: Int16? = 2

    public var errorCode: Int16 = 0
    public var principalType: String = ""
    public var principalName: String = ""
    public var tokenRequesterPrincipalType: String = ""
    public var tokenRequesterPrincipalName: String = ""
    public var issueTimestampMs: Int64 = 0
    public var expiryTimestampMs: Int64 = 0
    public var maxTimestampMs: Int64 = 0
    public var tokenId: String = ""
    public var hmac: [UInt8] = []
    public var throttleTimeMs: Int32 = 0
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("CreateDelegationTokenResponse", version: version)
        }
        let flexible: Bool = version >= 2
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "CreateDelegationTokenResponse.ErrorCode")
        self.principalType = try buffer.readKafkaString(compact: flexible, "CreateDelegationTokenResponse.PrincipalType")
        self.principalName = try buffer.readKafkaString(compact: flexible, "CreateDelegationTokenResponse.PrincipalName")
        if version >= 3 {
            self.tokenRequesterPrincipalType = try buffer.readKafkaString(compact: true, "CreateDelegationTokenResponse.TokenRequesterPrincipalType")
            self.tokenRequesterPrincipalName = try buffer.readKafkaString(compact: true, "CreateDelegationTokenResponse.TokenRequesterPrincipalName")
        }
        self.issueTimestampMs = try buffer.readKafkaInteger(as: Int64.self, "CreateDelegationTokenResponse.IssueTimestampMs")
        self.expiryTimestampMs = try buffer.readKafkaInteger(as: Int64.self, "CreateDelegationTokenResponse.ExpiryTimestampMs")
        self.maxTimestampMs = try buffer.readKafkaInteger(as: Int64.self, "CreateDelegationTokenResponse.MaxTimestampMs")
        self.tokenId = try buffer.readKafkaString(compact: flexible, "CreateDelegationTokenResponse.TokenId")
        self.hmac = try buffer.readKafkaBytes(compact: flexible, "CreateDelegationTokenResponse.Hmac")
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "CreateDelegationTokenResponse.ThrottleTimeMs")
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("CreateDelegationTokenResponse tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("CreateDelegationTokenResponse", version: version)
        }
        let flexible: Bool = version >= 2
        buffer.writeInteger(self.errorCode, endianness: .big)
        try buffer.writeKafkaString(self.principalType, compact: flexible)
        try buffer.writeKafkaString(self.principalName, compact: flexible)
        if version >= 3 {
            try buffer.writeKafkaString(self.tokenRequesterPrincipalType, compact: true)
        } else if !self.tokenRequesterPrincipalType.isEmpty {
            throw ProtocolError.fieldNotSupported(field: "CreateDelegationTokenResponse.TokenRequesterPrincipalType", version: version)
        }
        if version >= 3 {
            try buffer.writeKafkaString(self.tokenRequesterPrincipalName, compact: true)
        } else if !self.tokenRequesterPrincipalName.isEmpty {
            throw ProtocolError.fieldNotSupported(field: "CreateDelegationTokenResponse.TokenRequesterPrincipalName", version: version)
        }
        buffer.writeInteger(self.issueTimestampMs, endianness: .big)
        buffer.writeInteger(self.expiryTimestampMs, endianness: .big)
        buffer.writeInteger(self.maxTimestampMs, endianness: .big)
        try buffer.writeKafkaString(self.tokenId, compact: flexible)
        buffer.writeKafkaBytes(self.hmac, compact: flexible)
        buffer.writeInteger(self.throttleTimeMs, endianness: .big)
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
