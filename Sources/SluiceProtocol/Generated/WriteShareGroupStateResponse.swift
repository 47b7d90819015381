// Generated from WriteShareGroupStateResponse.json by SluiceCodegen. Do not edit.
// WriteShareGroupState response (API key 85): v0, all flexible.

import NIOCore

public struct WriteShareGroupStateResponse: KafkaResponse {
    public static let apiKey: ApiKey = .writeShareGroupState
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    public var results: [WriteStateResult] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("WriteShareGroupStateResponse", version: version)
        }
        self.results = try buffer.readKafkaArray(of: WriteStateResult.self, version: version, compact: true, minimumElementSize: 18, "WriteShareGroupStateResponse.Results")
        self.unknownTaggedFields = try buffer.readUnknownTaggedFields("WriteShareGroupStateResponse tagged fields")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("WriteShareGroupStateResponse", version: version)
        }
        try buffer.writeKafkaArray(self.results, version: version, compact: true)
        buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
    }

    public struct WriteStateResult: Sendable, Equatable, KafkaStructCodable {
        public var topicId: KafkaUUID = KafkaUUID.zero
        public var partitions: [PartitionResult] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.topicId = try buffer.readKafkaUUID("WriteShareGroupStateResponse.WriteStateResult.TopicId")
            self.partitions = try buffer.readKafkaArray(of: PartitionResult.self, version: version, compact: true, minimumElementSize: 8, "WriteShareGroupStateResponse.WriteStateResult.Partitions")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("WriteShareGroupStateResponse.WriteStateResult tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeKafkaUUID(self.topicId)
            try buffer.writeKafkaArray(self.partitions, version: version, compact: true)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct PartitionResult: Sendable, Equatable, KafkaStructCodable {
        public var partition: Int32 = 0
        public var errorCode: Int16 = 0
        public var errorMessage: String? = nil
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.partition = try buffer.readKafkaInteger(as: Int32.self, "WriteShareGroupStateResponse.PartitionResult.Partition")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "WriteShareGroupStateResponse.PartitionResult.ErrorCode")
            self.errorMessage = try buffer.readKafkaNullableString(compact: true, "WriteShareGroupStateResponse.PartitionResult.ErrorMessage")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("WriteShareGroupStateResponse.PartitionResult tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeInteger(self.partition, endianness: .big)
            buffer.writeInteger(self.errorCode, endianness: .big)
            try buffer.writeKafkaString(self.errorMessage, compact: true)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
