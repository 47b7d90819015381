// Generated from DescribeDelegationTokenResponse.json by SluiceCodegen. Do not edit.
// DescribeDelegationToken response (API key 41): v0-3, flexible v2+.

import NIOCore

public struct DescribeDelegationTokenResponse: KafkaResponse {
    public static let apiKey: ApiKey = .describeDelegationToken
    public static let validVersions: ClosedRange<Int16> = 0...3
    public static let firstFlexibleVersion: Int16? = 2

    public var errorCode: Int16 = 0
    public var tokens: [DescribedDelegationToken] = []
    public var throttleTimeMs: Int32 = 0
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DescribeDelegationTokenResponse", version: version)
        }
        let flexible: Bool = version >= 2
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "DescribeDelegationTokenResponse.ErrorCode")
        self.tokens = try buffer.readKafkaArray(of: DescribedDelegationToken.self, version: version, compact: flexible, minimumElementSize: 30, "DescribeDelegationTokenResponse.Tokens")
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "DescribeDelegationTokenResponse.ThrottleTimeMs")
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeDelegationTokenResponse tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DescribeDelegationTokenResponse", version: version)
        }
        let flexible: Bool = version >= 2
        buffer.writeInteger(self.errorCode, endianness: .big)
        try buffer.writeKafkaArray(self.tokens, version: version, compact: flexible)
        buffer.writeInteger(self.throttleTimeMs, endianness: .big)
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct DescribedDelegationToken: Sendable, Equatable, KafkaStructCodable {
        public var principalType: String = ""
        public var principalName: String = ""
        public var tokenRequesterPrincipalType: String = ""
        public var tokenRequesterPrincipalName: String = ""
        public var issueTimestamp: Int64 = 0
        public var expiryTimestamp: Int64 = 0
        public var maxTimestamp: Int64 = 0
        public var tokenId: String = ""
        public var hmac: [UInt8] = []
        public var renewers: [DescribedDelegationTokenRenewer] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 2
            self.principalType = try buffer.readKafkaString(compact: flexible, "DescribeDelegationTokenResponse.DescribedDelegationToken.PrincipalType")
            self.principalName = try buffer.readKafkaString(compact: flexible, "DescribeDelegationTokenResponse.DescribedDelegationToken.PrincipalName")
            if version >= 3 {
                self.tokenRequesterPrincipalType = try buffer.readKafkaString(compact: true, "DescribeDelegationTokenResponse.DescribedDelegationToken.TokenRequesterPrincipalType")
                self.tokenRequesterPrincipalName = try buffer.readKafkaString(compact: true, "DescribeDelegationTokenResponse.DescribedDelegationToken.TokenRequesterPrincipalName")
            }
            self.issueTimestamp = try buffer.readKafkaInteger(as: Int64.self, "DescribeDelegationTokenResponse.DescribedDelegationToken.IssueTimestamp")
            self.expiryTimestamp = try buffer.readKafkaInteger(as: Int64.self, "DescribeDelegationTokenResponse.DescribedDelegationToken.ExpiryTimestamp")
            self.maxTimestamp = try buffer.readKafkaInteger(as: Int64.self, "DescribeDelegationTokenResponse.DescribedDelegationToken.MaxTimestamp")
            self.tokenId = try buffer.readKafkaString(compact: flexible, "DescribeDelegationTokenResponse.DescribedDelegationToken.TokenId")
            self.hmac = try buffer.readKafkaBytes(compact: flexible, "DescribeDelegationTokenResponse.DescribedDelegationToken.Hmac")
            self.renewers = try buffer.readKafkaArray(of: DescribedDelegationTokenRenewer.self, version: version, compact: flexible, minimumElementSize: 3, "DescribeDelegationTokenResponse.DescribedDelegationToken.Renewers")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeDelegationTokenResponse.DescribedDelegationToken tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 2
            try buffer.writeKafkaString(self.principalType, compact: flexible)
            try buffer.writeKafkaString(self.principalName, compact: flexible)
            if version >= 3 {
                try buffer.writeKafkaString(self.tokenRequesterPrincipalType, compact: true)
            } else if !self.tokenRequesterPrincipalType.isEmpty {
                throw ProtocolError.fieldNotSupported(field: "DescribeDelegationTokenResponse.DescribedDelegationToken.TokenRequesterPrincipalType", version: version)
            }
            if version >= 3 {
                try buffer.writeKafkaString(self.tokenRequesterPrincipalName, compact: true)
            } else if !self.tokenRequesterPrincipalName.isEmpty {
                throw ProtocolError.fieldNotSupported(field: "DescribeDelegationTokenResponse.DescribedDelegationToken.TokenRequesterPrincipalName", version: version)
            }
            buffer.writeInteger(self.issueTimestamp, endianness: .big)
            buffer.writeInteger(self.expiryTimestamp, endianness: .big)
            buffer.writeInteger(self.maxTimestamp, endianness: .big)
            try buffer.writeKafkaString(self.tokenId, compact: flexible)
            buffer.writeKafkaBytes(self.hmac, compact: flexible)
            try buffer.writeKafkaArray(self.renewers, version: version, compact: flexible)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }

    public struct DescribedDelegationTokenRenewer: Sendable, Equatable, KafkaStructCodable {
        public var principalType: String = ""
        public var principalName: String = ""
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 2
            self.principalType = try buffer.readKafkaString(compact: flexible, "DescribeDelegationTokenResponse.DescribedDelegationTokenRenewer.PrincipalType")
            self.principalName = try buffer.readKafkaString(compact: flexible, "DescribeDelegationTokenResponse.DescribedDelegationTokenRenewer.PrincipalName")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeDelegationTokenResponse.DescribedDelegationTokenRenewer tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 2
            try buffer.writeKafkaString(self.principalType, compact: flexible)
            try buffer.writeKafkaString(self.principalName, compact: flexible)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }
}
