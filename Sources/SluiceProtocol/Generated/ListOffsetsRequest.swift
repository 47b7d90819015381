// Generated from ListOffsetsRequest.json by SluiceCodegen. Do not edit.
// ListOffsets request (API key 2): v0-10, flexible v6+, deprecated v0.

import NIOCore

public struct ListOffsetsRequest: KafkaRequest {
    public typealias Response = ListOffsetsResponse
    public static let apiKey: ApiKey = .listOffsets
    public static let validVersions: ClosedRange<Int16> = 0...10
    public static let firstFlexibleVersion: Int16? = 6

    public var replicaId: Int32 = 0
    public var isolationLevel: Int8 = 0
    public var topics: [ListOffsetsTopic] = []
    public var timeoutMs: Int32 = 0
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ListOffsetsRequest", version: version)
        }
        let flexible: Bool = version >= 6
        self.replicaId = try buffer.readKafkaInteger(as: Int32.self, "ListOffsetsRequest.ReplicaId")
        if version >= 2 {
            self.isolationLevel = try buffer.readKafkaInteger(as: Int8.self, "ListOffsetsRequest.IsolationLevel")
        }
        self.topics = try buffer.readKafkaArray(of: ListOffsetsTopic.self, version: version, compact: flexible, minimumElementSize: 3, "ListOffsetsRequest.Topics")
        if version >= 10 {
            self.timeoutMs = try buffer.readKafkaInteger(as: Int32.self, "ListOffsetsRequest.TimeoutMs")
        }
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ListOffsetsRequest tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ListOffsetsRequest", version: version)
        }
        let flexible: Bool = version >= 6
        buffer.writeInteger(self.replicaId, endianness: .big)
        if version >= 2 {
            buffer.writeInteger(self.isolationLevel, endianness: .big)
        } else if self.isolationLevel != 0 {
            throw ProtocolError.fieldNotSupported(field: "ListOffsetsRequest.IsolationLevel", version: version)
        }
        try buffer.writeKafkaArray(self.topics, version: version, compact: flexible)
        if version >= 10 {
            buffer.writeInteger(self.timeoutMs, endianness: .big)
        }
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct ListOffsetsTopic: Sendable, Equatable, KafkaStructCodable {
        public var name: String = ""
        public var partitions: [ListOffsetsPartition] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 6
            self.name = try buffer.readKafkaString(compact: flexible, "ListOffsetsRequest.ListOffsetsTopic.Name")
            self.partitions = try buffer.readKafkaArray(of: ListOffsetsPartition.self, version: version, compact: flexible, minimumElementSize: 12, "ListOffsetsRequest.ListOffsetsTopic.Partitions")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ListOffsetsRequest.ListOffsetsTopic tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 6
            try buffer.writeKafkaString(self.name, compact: flexible)
            try buffer.writeKafkaArray(self.partitions, version: version, compact: flexible)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }

    public struct ListOffsetsPartition: Sendable, Equatable, KafkaStructCodable {
        public var partitionIndex: Int32 = 0
        public var currentLeaderEpoch: Int32 = -1
        public var timestamp: Int64 = 0
        public var maxNumOffsets: Int32 = 1
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 6
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "ListOffsetsRequest.ListOffsetsPartition.PartitionIndex")
            if version >= 4 {
                self.currentLeaderEpoch = try buffer.readKafkaInteger(as: Int32.self, "ListOffsetsRequest.ListOffsetsPartition.CurrentLeaderEpoch")
            }
            self.timestamp = try buffer.readKafkaInteger(as: Int64.self, "ListOffsetsRequest.ListOffsetsPartition.Timestamp")
            if version <= 0 {
                self.maxNumOffsets = try buffer.readKafkaInteger(as: Int32.self, "ListOffsetsRequest.ListOffsetsPartition.MaxNumOffsets")
            }
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ListOffsetsRequest.ListOffsetsPartition tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 6
            buffer.writeInteger(self.partitionIndex, endianness: .big)
            if version >= 4 {
                buffer.writeInteger(self.currentLeaderEpoch, endianness: .big)
            }
            buffer.writeInteger(self.timestamp, endianness: .big)
            if version <= 0 {
                buffer.writeInteger(self.maxNumOffsets, endianness: .big)
            } else if self.maxNumOffsets != 1 {
                throw ProtocolError.fieldNotSupported(field: "ListOffsetsRequest.ListOffsetsPartition.MaxNumOffsets", version: version)
            }
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }
}
