// Generated from CreateDelegationTokenRequest.json by SluiceCodegen. Do not edit.
// CreateDelegationToken request (API key 38): v0-3, flexible v2+, deprecated v0.

import NIOCore

public struct CreateDelegationTokenRequest: KafkaRequest {
    public typealias Response = CreateDelegationTokenResponse
    public static let apiKey: ApiKey = .createDelegationToken
    public static let validVersions: ClosedRange<Int16> = 0...3
    public static let firstFlexibleVersion: Int16? = 2

    public var ownerPrincipalType: String? = ""
    public var ownerPrincipalName: String? = ""
    public var renewers: [CreatableRenewers] = []
    public var maxLifetimeMs: Int64 = 0
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("CreateDelegationTokenRequest", version: version)
        }
        let flexible: Bool = version >= 2
        if version >= 3 {
            self.ownerPrincipalType = try buffer.readKafkaNullableString(compact: true, "CreateDelegationTokenRequest.OwnerPrincipalType")
            self.ownerPrincipalName = try buffer.readKafkaNullableString(compact: true, "CreateDelegationTokenRequest.OwnerPrincipalName")
        }
        self.renewers = try buffer.readKafkaArray(of: CreatableRenewers.self, version: version, compact: flexible, minimumElementSize: 3, "CreateDelegationTokenRequest.Renewers")
        self.maxLifetimeMs = try buffer.readKafkaInteger(as: Int64.self, "CreateDelegationTokenRequest.MaxLifetimeMs")
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("CreateDelegationTokenRequest tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("CreateDelegationTokenRequest", version: version)
        }
        let flexible: Bool = version >= 2
        if version >= 3 {
            try buffer.writeKafkaString(self.ownerPrincipalType, compact: true)
        } else if self.ownerPrincipalType != "" {
            throw ProtocolError.fieldNotSupported(field: "CreateDelegationTokenRequest.OwnerPrincipalType", version: version)
        }
        if version >= 3 {
            try buffer.writeKafkaString(self.ownerPrincipalName, compact: true)
        } else if self.ownerPrincipalName != "" {
            throw ProtocolError.fieldNotSupported(field: "CreateDelegationTokenRequest.OwnerPrincipalName", version: version)
        }
        try buffer.writeKafkaArray(self.renewers, version: version, compact: flexible)
        buffer.writeInteger(self.maxLifetimeMs, endianness: .big)
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct CreatableRenewers: Sendable, Equatable, KafkaStructCodable {
        public var principalType: String = ""
        public var principalName: String = ""
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 2
            self.principalType = try buffer.readKafkaString(compact: flexible, "CreateDelegationTokenRequest.CreatableRenewers.PrincipalType")
            self.principalName = try buffer.readKafkaString(compact: flexible, "CreateDelegationTokenRequest.CreatableRenewers.PrincipalName")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("CreateDelegationTokenRequest.CreatableRenewers tagged fields")
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
