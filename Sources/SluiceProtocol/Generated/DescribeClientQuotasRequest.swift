// Generated from DescribeClientQuotasRequest.json by SluiceCodegen. Do not edit.
// DescribeClientQuotas request (API key 48): v0-1, flexible v1+.

import NIOCore

public struct DescribeClientQuotasRequest: KafkaRequest {
    public typealias Response = DescribeClientQuotasResponse
    public static let apiKey: ApiKey = .describeClientQuotas
    public static let validVersions: ClosedRange<Int16> = 0...1
    public static let firstFlexibleVersion: Int16? = 1

    public var components: [ComponentData] = []
    public var strict: Bool = false
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DescribeClientQuotasRequest", version: version)
        }
        let flexible: Bool = version >= 1
        self.components = try buffer.readKafkaArray(of: ComponentData.self, version: version, compact: flexible, minimumElementSize: 4, "DescribeClientQuotasRequest.Components")
        self.strict = try buffer.readKafkaBool("DescribeClientQuotasRequest.Strict")
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeClientQuotasRequest tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DescribeClientQuotasRequest", version: version)
        }
        let flexible: Bool = version >= 1
        try buffer.writeKafkaArray(self.components, version: version, compact: flexible)
        buffer.writeKafkaBool(self.strict)
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct ComponentData: Sendable, Equatable, KafkaStructCodable {
        public var entityType: String = ""
        public var matchType: Int8 = 0
        public var match: String? = ""
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 1
            self.entityType = try buffer.readKafkaString(compact: flexible, "DescribeClientQuotasRequest.ComponentData.EntityType")
            self.matchType = try buffer.readKafkaInteger(as: Int8.self, "DescribeClientQuotasRequest.ComponentData.MatchType")
            self.match = try buffer.readKafkaNullableString(compact: flexible, "DescribeClientQuotasRequest.ComponentData.Match")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeClientQuotasRequest.ComponentData tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 1
            try buffer.writeKafkaString(self.entityType, compact: flexible)
            buffer.writeInteger(self.matchType, endianness: .big)
            try buffer.writeKafkaString(self.match, compact: flexible)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }
}
