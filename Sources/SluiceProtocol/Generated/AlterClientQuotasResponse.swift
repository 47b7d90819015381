// Generated from AlterClientQuotasResponse.json by SluiceCodegen. Do not edit.
// AlterClientQuotas response (API key 49): v0-1, flexible v1+.

import NIOCore

public struct AlterClientQuotasResponse: KafkaResponse {
    public static let apiKey: ApiKey = .alterClientQuotas
    public static let validVersions: ClosedRange<Int16> = 0...1
    public static let firstFlexibleVersion: Int16? = 1

    public var throttleTimeMs: Int32 = 0
    public var entries: [EntryData] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("AlterClientQuotasResponse", version: version)
        }
        let flexible: Bool = version >= 1
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "AlterClientQuotasResponse.ThrottleTimeMs")
        self.entries = try buffer.readKafkaArray(of: EntryData.self, version: version, compact: flexible, minimumElementSize: 5, "AlterClientQuotasResponse.Entries")
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("AlterClientQuotasResponse tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("AlterClientQuotasResponse", version: version)
        }
        let flexible: Bool = version >= 1
        buffer.writeInteger(self.throttleTimeMs, endianness: .big)
        try buffer.writeKafkaArray(self.entries, version: version, compact: flexible)
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct EntryData: Sendable, Equatable, KafkaStructCodable {
        public var errorCode: Int16 = 0
        public var errorMessage: String? = ""
        public var entity: [EntityData] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 1
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "AlterClientQuotasResponse.EntryData.ErrorCode")
            self.errorMessage = try buffer.readKafkaNullableString(compact: flexible, "AlterClientQuotasResponse.EntryData.ErrorMessage")
            self.entity = try buffer.readKafkaArray(of: EntityData.self, version: version, compact: flexible, minimumElementSize: 3, "AlterClientQuotasResponse.EntryData.Entity")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("AlterClientQuotasResponse.EntryData tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 1
            buffer.writeInteger(self.errorCode, endianness: .big)
            try buffer.writeKafkaString(self.errorMessage, compact: flexible)
            try buffer.writeKafkaArray(self.entity, version: version, compact: flexible)
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
            self.entityType = try buffer.readKafkaString(compact: flexible, "AlterClientQuotasResponse.EntityData.EntityType")
            self.entityName = try buffer.readKafkaNullableString(compact: flexible, "AlterClientQuotasResponse.EntityData.EntityName")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("AlterClientQuotasResponse.EntityData tagged fields")
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
}
