// Generated from ShareFetchResponse.json by SluiceCodegen. Do not edit.
// ShareFetch response (API key 78): v0, all flexible.

import NIOCore

public struct ShareFetchResponse: KafkaResponse {
    public static let apiKey: ApiKey = .shareFetch
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    public var throttleTimeMs: Int32 = 0
    public var errorCode: Int16 = 0
    public var errorMessage: String? = nil
    public var responses: [ShareFetchableTopicResponse] = []
    public var nodeEndpoints: [NodeEndpoint] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ShareFetchResponse", version: version)
        }
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "ShareFetchResponse.ThrottleTimeMs")
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "ShareFetchResponse.ErrorCode")
        self.errorMessage = try buffer.readKafkaNullableString(compact: true, "ShareFetchResponse.ErrorMessage")
        self.responses = try buffer.readKafkaArray(of: ShareFetchableTopicResponse.self, version: version, compact: true, minimumElementSize: 18, "ShareFetchResponse.Responses")
        self.nodeEndpoints = try buffer.readKafkaArray(of: NodeEndpoint.self, version: version, compact: true, minimumElementSize: 11, "ShareFetchResponse.NodeEndpoints")
        self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ShareFetchResponse tagged fields")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ShareFetchResponse", version: version)
        }
        buffer.writeInteger(self.throttleTimeMs, endianness: .big)
        buffer.writeInteger(self.errorCode, endianness: .big)
        try buffer.writeKafkaString(self.errorMessage, compact: true)
        try buffer.writeKafkaArray(self.responses, version: version, compact: true)
        try buffer.writeKafkaArray(self.nodeEndpoints, version: version, compact: true)
        buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
    }

    public struct ShareFetchableTopicResponse: Sendable, Equatable, KafkaStructCodable {
        public var topicId: KafkaUUID = KafkaUUID.zero
        public var partitions: [PartitionData] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.topicId = try buffer.readKafkaUUID("ShareFetchResponse.ShareFetchableTopicResponse.TopicId")
            self.partitions = try buffer.readKafkaArray(of: PartitionData.self, version: version, compact: true, minimumElementSize: 22, "ShareFetchResponse.ShareFetchableTopicResponse.Partitions")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ShareFetchResponse.ShareFetchableTopicResponse tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeKafkaUUID(self.topicId)
            try buffer.writeKafkaArray(self.partitions, version: version, compact: true)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct PartitionData: Sendable, Equatable, KafkaStructCodable {
        public var partitionIndex: Int32 = 0
        public var errorCode: Int16 = 0
        public var errorMessage: String? = nil
        public var acknowledgeErrorCode: Int16 = 0
        public var acknowledgeErrorMessage: String? = nil
        public var currentLeader: LeaderIdAndEpoch = LeaderIdAndEpoch()
        public var records: ByteBuffer? = nil
        public var acquiredRecords: [AcquiredRecords] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "ShareFetchResponse.PartitionData.PartitionIndex")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "ShareFetchResponse.PartitionData.ErrorCode")
            self.errorMessage = try buffer.readKafkaNullableString(compact: true, "ShareFetchResponse.PartitionData.ErrorMessage")
            self.acknowledgeErrorCode = try buffer.readKafkaInteger(as: Int16.self, "ShareFetchResponse.PartitionData.AcknowledgeErrorCode")
            self.acknowledgeErrorMessage = try buffer.readKafkaNullableString(compact: true, "ShareFetchResponse.PartitionData.AcknowledgeErrorMessage")
            self.currentLeader = try LeaderIdAndEpoch(from: &buffer, version: version)
            self.records = try buffer.readKafkaRecords(compact: true, "ShareFetchResponse.PartitionData.Records")
            self.acquiredRecords = try buffer.readKafkaArray(of: AcquiredRecords.self, version: version, compact: true, minimumElementSize: 19, "ShareFetchResponse.PartitionData.AcquiredRecords")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ShareFetchResponse.PartitionData tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeInteger(self.partitionIndex, endianness: .big)
            buffer.writeInteger(self.errorCode, endianness: .big)
            try buffer.writeKafkaString(self.errorMessage, compact: true)
            buffer.writeInteger(self.acknowledgeErrorCode, endianness: .big)
            try buffer.writeKafkaString(self.acknowledgeErrorMessage, compact: true)
            try self.currentLeader.encode(into: &buffer, version: version)
            buffer.writeKafkaRecords(self.records, compact: true)
            try buffer.writeKafkaArray(self.acquiredRecords, version: version, compact: true)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct LeaderIdAndEpoch: Sendable, Equatable, KafkaStructCodable {
        public var leaderId: Int32 = 0
        public var leaderEpoch: Int32 = 0
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.leaderId = try buffer.readKafkaInteger(as: Int32.self, "ShareFetchResponse.LeaderIdAndEpoch.LeaderId")
            self.leaderEpoch = try buffer.readKafkaInteger(as: Int32.self, "ShareFetchResponse.LeaderIdAndEpoch.LeaderEpoch")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ShareFetchResponse.LeaderIdAndEpoch tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeInteger(self.leaderId, endianness: .big)
            buffer.writeInteger(self.leaderEpoch, endianness: .big)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct AcquiredRecords: Sendable, Equatable, KafkaStructCodable {
        public var firstOffset: Int64 = 0
        public var lastOffset: Int64 = 0
        public var deliveryCount: Int16 = 0
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.firstOffset = try buffer.readKafkaInteger(as: Int64.self, "ShareFetchResponse.AcquiredRecords.FirstOffset")
            self.lastOffset = try buffer.readKafkaInteger(as: Int64.self, "ShareFetchResponse.AcquiredRecords.LastOffset")
            self.deliveryCount = try buffer.readKafkaInteger(as: Int16.self, "ShareFetchResponse.AcquiredRecords.DeliveryCount")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ShareFetchResponse.AcquiredRecords tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeInteger(self.firstOffset, endianness: .big)
            buffer.writeInteger(self.lastOffset, endianness: .big)
            buffer.writeInteger(self.deliveryCount, endianness: .big)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct NodeEndpoint: Sendable, Equatable, KafkaStructCodable {
        public var nodeId: Int32 = 0
        public var host: String = ""
        public var port: Int32 = 0
        public var rack: String? = nil
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.nodeId = try buffer.readKafkaInteger(as: Int32.self, "ShareFetchResponse.NodeEndpoint.NodeId")
            self.host = try buffer.readKafkaString(compact: true, "ShareFetchResponse.NodeEndpoint.Host")
            self.port = try buffer.readKafkaInteger(as: Int32.self, "ShareFetchResponse.NodeEndpoint.Port")
            self.rack = try buffer.readKafkaNullableString(compact: true, "ShareFetchResponse.NodeEndpoint.Rack")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ShareFetchResponse.NodeEndpoint tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeInteger(self.nodeId, endianness: .big)
            try buffer.writeKafkaString(self.host, compact: true)
            buffer.writeInteger(self.port, endianness: .big)
            try buffer.writeKafkaString(self.rack, compact: true)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
