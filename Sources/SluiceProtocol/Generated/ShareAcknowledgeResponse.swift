// Generated from ShareAcknowledgeResponse.json by SluiceCodegen. Do not edit.
// ShareAcknowledge response (API key 79): v0, all flexible.

import NIOCore

public struct ShareAcknowledgeResponse: KafkaResponse {
    public static let apiKey: ApiKey = .shareAcknowledge
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    public var throttleTimeMs: Int32 = 0
    public var errorCode: Int16 = 0
    public var errorMessage: String? = nil
    public var responses: [ShareAcknowledgeTopicResponse] = []
    public var nodeEndpoints: [NodeEndpoint] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ShareAcknowledgeResponse", version: version)
        }
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "ShareAcknowledgeResponse.ThrottleTimeMs")
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "ShareAcknowledgeResponse.ErrorCode")
        self.errorMessage = try buffer.readKafkaNullableString(compact: true, "ShareAcknowledgeResponse.ErrorMessage")
        self.responses = try buffer.readKafkaArray(of: ShareAcknowledgeTopicResponse.self, version: version, compact: true, minimumElementSize: 18, "ShareAcknowledgeResponse.Responses")
        self.nodeEndpoints = try buffer.readKafkaArray(of: NodeEndpoint.self, version: version, compact: true, minimumElementSize: 11, "ShareAcknowledgeResponse.NodeEndpoints")
        self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ShareAcknowledgeResponse tagged fields")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ShareAcknowledgeResponse", version: version)
        }
        buffer.writeInteger(self.throttleTimeMs, endianness: .big)
        buffer.writeInteger(self.errorCode, endianness: .big)
        try buffer.writeKafkaString(self.errorMessage, compact: true)
        try buffer.writeKafkaArray(self.responses, version: version, compact: true)
        try buffer.writeKafkaArray(self.nodeEndpoints, version: version, compact: true)
        buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
    }

    public struct ShareAcknowledgeTopicResponse: Sendable, Equatable, KafkaStructCodable {
        public var topicId: KafkaUUID = KafkaUUID.zero
        public var partitions: [PartitionData] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.topicId = try buffer.readKafkaUUID("ShareAcknowledgeResponse.ShareAcknowledgeTopicResponse.TopicId")
            self.partitions = try buffer.readKafkaArray(of: PartitionData.self, version: version, compact: true, minimumElementSize: 17, "ShareAcknowledgeResponse.ShareAcknowledgeTopicResponse.Partitions")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ShareAcknowledgeResponse.ShareAcknowledgeTopicResponse tagged fields")
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
        public var currentLeader: LeaderIdAndEpoch = LeaderIdAndEpoch()
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "ShareAcknowledgeResponse.PartitionData.PartitionIndex")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "ShareAcknowledgeResponse.PartitionData.ErrorCode")
            self.errorMessage = try buffer.readKafkaNullableString(compact: true, "ShareAcknowledgeResponse.PartitionData.ErrorMessage")
            self.currentLeader = try LeaderIdAndEpoch(from: &buffer, version: version)
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ShareAcknowledgeResponse.PartitionData tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeInteger(self.partitionIndex, endianness: .big)
            buffer.writeInteger(self.errorCode, endianness: .big)
            try buffer.writeKafkaString(self.errorMessage, compact: true)
            try self.currentLeader.encode(into: &buffer, version: version)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct LeaderIdAndEpoch: Sendable, Equatable, KafkaStructCodable {
        public var leaderId: Int32 = 0
        public var leaderEpoch: Int32 = 0
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.leaderId = try buffer.readKafkaInteger(as: Int32.self, "ShareAcknowledgeResponse.LeaderIdAndEpoch.LeaderId")
            self.leaderEpoch = try buffer.readKafkaInteger(as: Int32.self, "ShareAcknowledgeResponse.LeaderIdAndEpoch.LeaderEpoch")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ShareAcknowledgeResponse.LeaderIdAndEpoch tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeInteger(self.leaderId, endianness: .big)
            buffer.writeInteger(self.leaderEpoch, endianness: .big)
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
            self.nodeId = try buffer.readKafkaInteger(as: Int32.self, "ShareAcknowledgeResponse.NodeEndpoint.NodeId")
            self.host = try buffer.readKafkaString(compact: true, "ShareAcknowledgeResponse.NodeEndpoint.Host")
            self.port = try buffer.readKafkaInteger(as: Int32.self, "ShareAcknowledgeResponse.NodeEndpoint.Port")
            self.rack = try buffer.readKafkaNullableString(compact: true, "ShareAcknowledgeResponse.NodeEndpoint.Rack")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ShareAcknowledgeResponse.NodeEndpoint tagged fields")
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
