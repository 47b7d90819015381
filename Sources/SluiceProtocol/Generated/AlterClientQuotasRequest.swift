// Generated from AlterClientQuotasRequest.json by SluiceCodegen. Do not edit.
// AlterClientQuotas request (API key 49): v0-1, flexible v1+.

import NIOCore

public struct AlterClientQuotasRequest: KafkaRequest {
    public typealias Response = AlterClientQuotasResponse
    public static let apiKey: ApiKey = .alterClientQuotas
    public static let validVersions: ClosedRange<Int16> = 0...1
    public static let firstFlexibleVersion: Int16? = 1

    public var entries: [EntryData] = []
    public var validateOnly: Bool = false
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("AlterClientQuotasRequest", version: version)
        }
        let flexible: Bool = version >= 1
        self.entries = try buffer.readKafkaArray(of: EntryData.self, version: version, compact: flexible, minimumElementSize: 3, "AlterClientQuotasRequest.Entries")
        self.validateOnly = try buffer.readKafkaBool("AlterClientQuotasRequest.ValidateOnly")
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("AlterClientQuotasRequest tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("AlterClientQuotasRequest", version: version)
        }
        let flexible: Bool = version >= 1
        try buffer.writeKafkaArray(self.entries, version: version, compact: flexible)
        buffer.writeKafkaBool(self.validateOnly)
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct EntryData: Sendable, Equatable, KafkaStructCodable {
        public var entity: [EntityData] = []
        public var ops: [OpData] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 1
            self.entity = try buffer.readKafkaArray(of: EntityData.self, version: version, compact: flexible, minimumElementSize: 3, "AlterClientQuotasRequest.EntryData.Entity")
            self.ops = try buffer.readKafkaArray(of: OpData.self, version: version, compact: flexible, minimumElementSize: 11, "AlterClientQuotasRequest.EntryData.Ops")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("AlterClientQuotasRequest.EntryData tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 1
            try buffer.writeKafkaArray(self.entity, version: version, compact: flexible)
            try buffer.writeKafkaArray(self.ops, version: version, compact: flexible)
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
            self.entityType = try buffer.readKafkaString(compact: flexible, "AlterClientQuotasRequest.EntityData.EntityType")
            self.entityName = try buffer.readKafkaNullableString(compact: flexible, "AlterClientQuotasRequest.EntityData.EntityName")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("AlterClientQuotasRequest.EntityData tagged fields")
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

    public struct OpData: Sendable, Equatable, KafkaStructCodable {
        public var key: String = ""
        public var value: Double = 0.0
        public var remove: Bool = false
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 1
            self.key = try buffer.readKafkaString(compact: flexible, "AlterClientQuotasRequest.OpData.Key")
            self.value = try buffer.readKafkaFloat64("AlterClientQuotasRequest.OpData.Value")
            self.remove = try buffer.readKafkaBool("AlterClientQuotasRequest.OpData.Remove")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("AlterClientQuotasRequest.OpData tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 1
            try buffer.writeKafkaString(self.key, compact: flexible)
            buffer.writeKafkaFloat64(self.value)
            buffer.writeKafkaBool(self.remove)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }
}
