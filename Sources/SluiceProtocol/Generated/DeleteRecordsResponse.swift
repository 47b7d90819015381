// Generated from DeleteRecordsResponse.json by SluiceCodegen. Do not edit.
// DeleteRecords response (API key 21): v0-2, flexible v2+.

import NIOCore

public struct DeleteRecordsResponse: KafkaResponse {
    public static let apiKey: ApiKey = .deleteRecords
    public static let validVersions: ClosedRange<Int16> = 0...2
    public static let firstFlexibleVersion: Int16? = 2

    public var throttleTimeMs: Int32 = 0
    public var topics: [DeleteRecordsTopicResult] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DeleteRecordsResponse", version: version)
        }
        let flexible: Bool = version >= 2
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "DeleteRecordsResponse.ThrottleTimeMs")
        self.topics = try buffer.readKafkaArray(of: DeleteRecordsTopicResult.self, version: version, compact: flexible, minimumElementSize: 3, "DeleteRecordsResponse.Topics")
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DeleteRecordsResponse tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DeleteRecordsResponse", version: version)
        }
        let flexible: Bool = version >= 2
        buffer.writeInteger(self.throttleTimeMs, endianness: .big)
        try buffer.writeKafkaArray(self.topics, version: version, compact: flexible)
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct DeleteRecordsTopicResult: Sendable, Equatable, KafkaStructCodable {
        public var name: String = ""
        public var partitions: [DeleteRecordsPartitionResult] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 2
            self.name = try buffer.readKafkaString(compact: flexible, "DeleteRecordsResponse.DeleteRecordsTopicResult.Name")
            self.partitions = try buffer.readKafkaArray(of: DeleteRecordsPartitionResult.self, version: version, compact: flexible, minimumElementSize: 14, "DeleteRecordsResponse.DeleteRecordsTopicResult.Partitions")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DeleteRecordsResponse.DeleteRecordsTopicResult tagged fields")
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

    public struct DeleteRecordsPartitionResult: Sendable, Equatable, KafkaStructCodable {
        public var partitionIndex: Int32 = 0
        public var lowWatermark: Int64 = 0
        public var errorCode: Int16 = 0
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 2
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "DeleteRecordsResponse.DeleteRecordsPartitionResult.PartitionIndex")
            self.lowWatermark = try buffer.readKafkaInteger(as: Int64.self, "DeleteRecordsResponse.DeleteRecordsPartitionResult.LowWatermark")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "DeleteRecordsResponse.DeleteRecordsPartitionResult.ErrorCode")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DeleteRecordsResponse.DeleteRecordsPartitionResult tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 2
            buffer.writeInteger(self.partitionIndex, endianness: .big)
            buffer.writeInteger(self.lowWatermark, endianness: .big)
            buffer.writeInteger(self.errorCode, endianness: .big)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }
}
