// Generated from DeleteRecordsRequest.json by SluiceCodegen. Do not edit.
// DeleteRecords request (API key 21): v0-2, flexible v2+.

import NIOCore

public struct DeleteRecordsRequest: KafkaRequest {
    public typealias Response = DeleteRecordsResponse
    public static let apiKey: ApiKey = .deleteRecords
    public static let validVersions: ClosedRange<Int16> = 0...2
    public static let firstFlexibleVersion: Int16? = 2

    public var topics: [DeleteRecordsTopic] = []
    public var timeoutMs: Int32 = 0
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DeleteRecordsRequest", version: version)
        }
        let flexible: Bool = version >= 2
        self.topics = try buffer.readKafkaArray(of: DeleteRecordsTopic.self, version: version, compact: flexible, minimumElementSize: 3, "DeleteRecordsRequest.Topics")
        self.timeoutMs = try buffer.readKafkaInteger(as: Int32.self, "DeleteRecordsRequest.TimeoutMs")
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DeleteRecordsRequest tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DeleteRecordsRequest", version: version)
        }
        let flexible: Bool = version >= 2
        try buffer.writeKafkaArray(self.topics, version: version, compact: flexible)
        buffer.writeInteger(self.timeoutMs, endianness: .big)
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct DeleteRecordsTopic: Sendable, Equatable, KafkaStructCodable {
        public var name: String = ""
        public var partitions: [DeleteRecordsPartition] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 2
            self.name = try buffer.readKafkaString(compact: flexible, "DeleteRecordsRequest.DeleteRecordsTopic.Name")
            self.partitions = try buffer.readKafkaArray(of: DeleteRecordsPartition.self, version: version, compact: flexible, minimumElementSize: 12, "DeleteRecordsRequest.DeleteRecordsTopic.Partitions")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DeleteRecordsRequest.DeleteRecordsTopic tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 2
            try buffer.writeKafkaString(self.name, compact: flexible)
            try buffer.writeKafkaArray(self.partitions, version: version, compact: flexible)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }

    public struct DeleteRecordsPartition: Sendable, Equatable, KafkaStructCodable {
        public var partitionIndex: Int32 = 0
        public var offset: Int64 = 0
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 2
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "DeleteRecordsRequest.DeleteRecordsPartition.PartitionIndex")
            self.offset = try buffer.readKafkaInteger(as: Int64.self, "DeleteRecordsRequest.DeleteRecordsPartition.Offset")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DeleteRecordsRequest.DeleteRecordsPartition tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 2
            buffer.writeInteger(self.partitionIndex, endianness: .big)
            buffer.writeInteger(self.offset, endianness: .big)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }
}
