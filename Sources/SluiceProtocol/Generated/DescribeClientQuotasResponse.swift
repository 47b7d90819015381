// Generated from DescribeClientQuotasResponse.json by SluiceCodegen. Do not edit.
// DescribeClientQuotas response (API key 48): v0-1, flexible v1+.

import NIOCore

public struct DescribeClientQuotasResponse: KafkaResponse {
    public static let apiKey: ApiKey = .describeClientQuotas
    public static let validVersions: ClosedRange<Int16> = 0...1
    public static let firstFlexibleVersion: Int16? = 1

    public var throttleTimeMs: Int32 = 0
    public var errorCode: Int16 = 0
    public var errorMessage: String? = ""
    public var entries: [EntryData]? = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DescribeClientQuotasResponse", version: version)
        }
        let flexible: Bool = version >= 1
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "DescribeClientQuotasResponse.ThrottleTimeMs")
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "DescribeClientQuotasResponse.ErrorCode")
        self.errorMessage = try buffer.readKafkaNullableString(compact: flexible, "DescribeClientQuotasResponse.ErrorMessage")
        self.entries = try buffer.readKafkaNullableArray(of: EntryData.self, version: version, compact: flexible, minimumElementSize: 3, "DescribeClientQuotasResponse.Entries")
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeClientQuotasResponse tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DescribeClientQuotasResponse", version: version)
        }
        let flexible: Bool = version >= 1
        buffer.writeInteger(self.throttleTimeMs, endianness: .big)
        buffer.writeInteger(self.errorCode, endianness: .big)
        try buffer.writeKafkaString(self.errorMessage, compact: flexible)
        try buffer.writeKafkaArray(self.entries, version: version, compact: flexible)
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct EntryData: Sendable, Equatable, KafkaStructCodable {
        public var entity: [EntityData] = []
        public var values: [ValueData] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 1
            self.entity = try buffer.readKafkaArray(of: EntityData.self, version: version, compact: flexible, minimumElementSize: 3, "DescribeClientQuotasResponse.EntryData.Entity")
            self.values = try buffer.readKafkaArray(of: ValueData.self, version: version, compact: flexible, minimumElementSize: 10, "DescribeClientQuotasResponse.EntryData.Values")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeClientQuotasResponse.EntryData tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 1
            try buffer.writeKafkaArray(self.entity, version: version, compact: flexible)
            try buffer.writeKafkaArray(self.values, version: version, compact: flexible)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }

    public struct EntityData: Sendable, Equatable, KafkaStructCodable {
        public var entityType: String = ""
        public var entityName: String? = ""
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 1
            self.entityType = try buffer.readKafkaString(compact: flexible, "DescribeClientQuotasResponse.EntityData.EntityType")
            self.entityName = try buffer.readKafkaNullableString(compact: flexible, "DescribeClientQuotasResponse.EntityData.EntityName")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeClientQuotasResponse.EntityData tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 1
            try buffer.writeKafkaString(self.entityType, compact: flexible)
            try buffer.writeKafkaString(self.entityName, compact: flexible)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }

    public struct ValueData: Sendable, Equatable, KafkaStructCodable {
        public var key: String = ""
        public var value: Double = 0.0
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 1
            self.key = try buffer.readKafkaString(compact: flexible, "DescribeClientQuotasResponse.ValueData.Key")
            self.value = try buffer.readKafkaFloat64("DescribeClientQuotasResponse.ValueData.Value")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeClientQuotasResponse.ValueData tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 1
            try buffer.writeKafkaString(self.key, compact: flexible)
            buffer.writeKafkaFloat64(self.value)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }
}
