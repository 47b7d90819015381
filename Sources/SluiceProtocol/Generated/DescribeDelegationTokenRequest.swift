// Generated from DescribeDelegationTokenRequest.json by SluiceCodegen. Do not edit.
// DescribeDelegationToken request (API key 41): v0-3, flexible v2+, deprecated v0.

import NIOCore

public struct DescribeDelegationTokenRequest: KafkaRequest {
    public typealias Response = DescribeDelegationTokenResponse
    public static let apiKey: ApiKey = .describeDelegationToken
    public static let validVersions: ClosedRange<Int16> = 0...3
    public static let firstFlexibleVersion: Int16? = 2

    public var owners: [DescribeDelegationTokenOwner]? = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DescribeDelegationTokenRequest", version: version)
        }
        let flexible: Bool = version >= 2
        self.owners = try buffer.readKafkaNullableArray(of: DescribeDelegationTokenOwner.self, version: version, compact: flexible, minimumElementSize: 3, "DescribeDelegationTokenRequest.Owners")
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeDelegationTokenRequest tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DescribeDelegationTokenRequest", version: version)
        }
        let flexible: Bool = version >= 2
        try buffer.writeKafkaArray(self.owners, version: version, compact: flexible)
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct DescribeDelegationTokenOwner: Sendable, Equatable, KafkaStructCodable {
        public var principalType: String = ""
        public var principalName: String = ""
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 2
            self.principalType = try buffer.readKafkaString(compact: flexible, "DescribeDelegationTokenRequest.DescribeDelegationTokenOwner.PrincipalType")
            self.principalName = try buffer.readKafkaString(compact: flexible, "DescribeDelegationTokenRequest.DescribeDelegationTokenOwner.PrincipalName")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeDelegationTokenRequest.DescribeDelegationTokenOwner tagged fields")
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
