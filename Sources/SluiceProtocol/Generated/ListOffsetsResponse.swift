// Generated from ListOffsetsResponse.json by SluiceCodegen. Do not edit.
// ListOffsets response (API key 2): v0-10, flexible v6+.

import NIOCore

public struct ListOffsetsResponse: KafkaResponse {
    public static let apiKey: ApiKey = .listOffsets
    public static let validVersions: ClosedRange<Int16> = 0...10
    public static let firstFlexibleVersion: Int16? = 6

    public var throttleTimeMs: Int32 = 0
    public var topics: [ListOffsetsTopicResponse] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ListOffsetsResponse", version: version)
        }
        let flexible: Bool = version >= 6
        if version >= 2 {
            self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "ListOffsetsResponse.ThrottleTimeMs")
        }
        self.topics = try buffer.readKafkaArray(of: ListOffsetsTopicResponse.self, version: version, compact: flexible, minimumElementSize: 3, "ListOffsetsResponse.Topics")
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ListOffsetsResponse tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ListOffsetsResponse", version: version)
        }
        let flexible: Bool = version >= 6
        if version >= 2 {
            buffer.writeInteger(self.throttleTimeMs, endianness: .big)
        }
        try buffer.writeKafkaArray(self.topics, version: version, compact: flexible)
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct ListOffsetsTopicResponse: Sendable, Equatable, KafkaStructCodable {
        public var name: String = ""
        public var partitions: [ListOffsetsPartitionResponse] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 6
            self.name = try buffer.readKafkaString(compact: flexible, "ListOffsetsResponse.ListOffsetsTopicResponse.Name")
            self.partitions = try buffer.readKafkaArray(of: ListOffsetsPartitionResponse.self, version: version, compact: flexible, minimumElementSize: 10, "ListOffsetsResponse.ListOffsetsTopicResponse.Partitions")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ListOffsetsResponse.ListOffsetsTopicResponse tagged fields")
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

    public struct ListOffsetsPartitionResponse: Sendable, Equatable, KafkaStructCodable {
        public var partitionIndex: Int32 = 0
        public var errorCode: Int16 = 0
        public var oldStyleOffsets: [Int64] = []
        public var timestamp: Int64 = -1
        public var offset: Int64 = -1
        public var leaderEpoch: Int32 = -1
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 6
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "ListOffsetsResponse.ListOffsetsPartitionResponse.PartitionIndex")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "ListOffsetsResponse.ListOffsetsPartitionResponse.ErrorCode")
            if version <= 0 {
                self.oldStyleOffsets = try buffer.readKafkaArray(of: Int64.self, version: version, compact: false, minimumElementSize: 8, "ListOffsetsResponse.ListOffsetsPartitionResponse.OldStyleOffsets")
            }
            if version >= 1 {
                self.timestamp = try buffer.readKafkaInteger(as: Int64.self, "ListOffsetsResponse.ListOffsetsPartitionResponse.Timestamp")
                self.offset = try buffer.readKafkaInteger(as: Int64.self, "ListOffsetsResponse.ListOffsetsPartitionResponse.Offset")
            }
            if version >= 4 {
                self.leaderEpoch = try buffer.readKafkaInteger(as: Int32.self, "ListOffsetsResponse.ListOffsetsPartitionResponse.LeaderEpoch")
            }
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ListOffsetsResponse.ListOffsetsPartitionResponse tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 6
            buffer.writeInteger(self.partitionIndex, endianness: .big)
            buffer.writeInteger(self.errorCode, endianness: .big)
            if version <= 0 {
                try buffer.writeKafkaArray(self.oldStyleOffsets, version: version, compact: false)
            } else if !self.oldStyleOffsets.isEmpty {
                throw ProtocolError.fieldNotSupported(field: "ListOffsetsResponse.ListOffsetsPartitionResponse.OldStyleOffsets", version: version)
            }
            if version >= 1 {
                buffer.writeInteger(self.timestamp, endianness: .big)
            } else if self.timestamp != -1 {
                throw ProtocolError.fieldNotSupported(field: "ListOffsetsResponse.ListOffsetsPartitionResponse.Timestamp", version: version)
            }
            if version >= 1 {
                buffer.writeInteger(self.offset, endianness: .big)
            } else if self.offset != -1 {
                throw ProtocolError.fieldNotSupported(field: "ListOffsetsResponse.ListOffsetsPartitionResponse.Offset", version: version)
            }
            if version >= 4 {
                buffer.writeInteger(self.leaderEpoch, endianness: .big)
            } else if self.leaderEpoch != -1 {
                throw ProtocolError.fieldNotSupported(field: "ListOffsetsResponse.ListOffsetsPartitionResponse.LeaderEpoch", version: version)
            }
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }
}
