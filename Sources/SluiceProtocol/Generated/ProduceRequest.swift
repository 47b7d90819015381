// Generated from ProduceRequest.json by SluiceCodegen. Do not edit.
// Produce request (API key 0): v0-11, flexible v9+, deprecated v0-6.

import NIOCore

public struct ProduceRequest: KafkaRequest {
    public typealias Response = ProduceResponse
    public static let apiKey: ApiKey = .produce
    public static let validVersions: ClosedRange<Int16> = 0...11
    public static let firstFlexibleVersion: Int16? = 9

    public var transactionalId: String? = nil
    public var acks: Int16 = 0
    public var timeoutMs: Int32 = 0
    public var topicData: [TopicProduceData] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ProduceRequest", version: version)
        }
        let flexible: Bool = version >= 9
        if version >= 3 {
            self.transactionalId = try buffer.readKafkaNullableString(compact: flexible, "ProduceRequest.TransactionalId")
        }
        self.acks = try buffer.readKafkaInteger(as: Int16.self, "ProduceRequest.Acks")
        self.timeoutMs = try buffer.readKafkaInteger(as: Int32.self, "ProduceRequest.TimeoutMs")
        self.topicData = try buffer.readKafkaArray(of: TopicProduceData.self, version: version, compact: flexible, minimumElementSize: 3, "ProduceRequest.TopicData")
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ProduceRequest tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ProduceRequest", version: version)
        }
        let flexible: Bool = version >= 9
        if version >= 3 {
            try buffer.writeKafkaString(self.transactionalId, compact: flexible)
        } else if self.transactionalId != nil {
            throw ProtocolError.fieldNotSupported(field: "ProduceRequest.TransactionalId", version: version)
        }
        buffer.writeInteger(self.acks, endianness: .big)
        buffer.writeInteger(self.timeoutMs, endianness: .big)
        try buffer.writeKafkaArray(self.topicData, version: version, compact: flexible)
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct TopicProduceData: Sendable, Equatable, KafkaStructCodable {
        public var name: String = ""
        public var partitionData: [PartitionProduceData] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 9
            self.name = try buffer.readKafkaString(compact: flexible, "ProduceRequest.TopicProduceData.Name")
            self.partitionData = try buffer.readKafkaArray(of: PartitionProduceData.self, version: version, compact: flexible, minimumElementSize: 6, "ProduceRequest.TopicProduceData.PartitionData")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ProduceRequest.TopicProduceData tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 9
            try buffer.writeKafkaString(self.name, compact: flexible)
            try buffer.writeKafkaArray(self.partitionData, version: version, compact: flexible)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }

    public struct PartitionProduceData: Sendable, Equatable, KafkaStructCodable {
        public var index: Int32 = 0
        public var records: ByteBuffer? = nil
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 9
            self.index = try buffer.readKafkaInteger(as: Int32.self, "ProduceRequest.PartitionProduceData.Index")
            self.records = try buffer.readKafkaRecords(compact: flexible, "ProduceRequest.PartitionProduceData.Records")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ProduceRequest.PartitionProduceData tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 9
            buffer.writeInteger(self.index, endianness: .big)
            buffer.writeKafkaRecords(self.records, compact: flexible)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }
}
