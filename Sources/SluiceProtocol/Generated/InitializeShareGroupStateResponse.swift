// Generated from InitializeShareGroupStateResponse.json by SluiceCodegen. Do not edit.
// InitializeShareGroupState response (API key 83): v0, all flexible.

import NIOCore

public struct InitializeShareGroupStateResponse: KafkaResponse {
    public static let apiKey: ApiKey = .initializeShareGroupState
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    public var results: [InitializeStateResult] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("InitializeShareGroupStateResponse", version: version)
        }
        self.results = try buffer.readKafkaArray(of: InitializeStateResult.self, version: version, compact: true, minimumElementSize: 18, "InitializeShareGroupStateResponse.Results")
        self.unknownTaggedFields = try buffer.readUnknownTaggedFields("InitializeShareGroupStateResponse tagged fields")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("InitializeShareGroupStateResponse", version: version)
        }
        try buffer.writeKafkaArray(self.results, version: version, compact: true)
        buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
    }

    public struct InitializeStateResult: Sendable, Equatable, KafkaStructCodable {
        public var topicId: KafkaUUID = KafkaUUID.zero
        public var partitions: [PartitionResult] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.topicId = try buffer.readKafkaUUID("InitializeShareGroupStateResponse.InitializeStateResult.TopicId")
            self.partitions = try buffer.readKafkaArray(of: PartitionResult.self, version: version, compact: true, minimumElementSize: 8, "InitializeShareGroupStateResponse.InitializeStateResult.Partitions")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("InitializeShareGroupStateResponse.InitializeStateResult tagged fields")
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
            self.partition = try buffer.readKafkaInteger(as: Int32.self, "InitializeShareGroupStateResponse.PartitionResult.Partition")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "InitializeShareGroupStateResponse.PartitionResult.ErrorCode")
            self.errorMessage = try buffer.readKafkaNullableString(compact: true, "InitializeShareGroupStateResponse.PartitionResult.ErrorMessage")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("InitializeShareGroupStateResponse.PartitionResult tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeInteger(self.partition, endianness: .big)
            buffer.writeInteger(self.errorCode, endianness: .big)
            try buffer.writeKafkaString(self.errorMessage, compact: true)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
