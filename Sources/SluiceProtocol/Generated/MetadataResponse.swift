// Generated from MetadataResponse.json by SluiceCodegen. Do not edit.
// Metadata response (API key 3): v0-12, flexible v9+.

import NIOCore

public struct MetadataResponse: KafkaResponse {
    public static let apiKey: ApiKey = .metadata
    public static let validVersions: ClosedRange<Int16> = 0...12
    public static let firstFlexibleVersion: Int16? = 9

    public var throttleTimeMs: Int32 = 0
    public var brokers: [MetadataResponseBroker] = []
    public var clusterId: String? = nil
    public var controllerId: Int32 = -1
    public var topics: [MetadataResponseTopic] = []
    public var clusterAuthorizedOperations: Int32 = -2147483648
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("MetadataResponse", version: version)
        }
        let flexible: Bool = version >= 9
        if version >= 3 {
            self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "MetadataResponse.ThrottleTimeMs")
        }
        self.brokers = try buffer.readKafkaArray(of: MetadataResponseBroker.self, version: version, compact: flexible, minimumElementSize: 10, "MetadataResponse.Brokers")
        if version >= 2 {
            self.clusterId = try buffer.readKafkaNullableString(compact: flexible, "MetadataResponse.ClusterId")
        }
        if version >= 1 {
            self.controllerId = try buffer.readKafkaInteger(as: Int32.self, "MetadataResponse.ControllerId")
        }
        self.topics = try buffer.readKafkaArray(of: MetadataResponseTopic.self, version: version, compact: flexible, minimumElementSize: 8, "MetadataResponse.Topics")
        if version >= 8 && version <= 10 {
            self.clusterAuthorizedOperations = try buffer.readKafkaInteger(as: Int32.self, "MetadataResponse.ClusterAuthorizedOperations")
        }
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("MetadataResponse tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("MetadataResponse", version: version)
        }
        let flexible: Bool = version >= 9
        if version >= 3 {
            buffer.writeInteger(self.throttleTimeMs, endianness: .big)
        }
        try buffer.writeKafkaArray(self.brokers, version: version, compact: flexible)
        if version >= 2 {
            try buffer.writeKafkaString(self.clusterId, compact: flexible)
        }
        if version >= 1 {
            buffer.writeInteger(self.controllerId, endianness: .big)
        }
        try buffer.writeKafkaArray(self.topics, version: version, compact: flexible)
        if version >= 8 && version <= 10 {
            buffer.writeInteger(self.clusterAuthorizedOperations, endianness: .big)
        } else if self.clusterAuthorizedOperations != -2147483648 {
            throw ProtocolError.fieldNotSupported(field: "MetadataResponse.ClusterAuthorizedOperations", version: version)
        }
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct MetadataResponseBroker: Sendable, Equatable, KafkaStructCodable {
        public var nodeId: Int32 = 0
        public var host: String = ""
        public var port: Int32 = 0
        public var rack: String? = nil
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 9
            self.nodeId = try buffer.readKafkaInteger(as: Int32.self, "MetadataResponse.MetadataResponseBroker.NodeId")
            self.host = try buffer.readKafkaString(compact: flexible, "MetadataResponse.MetadataResponseBroker.Host")
            self.port = try buffer.readKafkaInteger(as: Int32.self, "MetadataResponse.MetadataResponseBroker.Port")
            if version >= 1 {
                self.rack = try buffer.readKafkaNullableString(compact: flexible, "MetadataResponse.MetadataResponseBroker.Rack")
            }
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("MetadataResponse.MetadataResponseBroker tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 9
            buffer.writeInteger(self.nodeId, endianness: .big)
            try buffer.writeKafkaString(self.host, compact: flexible)
            buffer.writeInteger(self.port, endianness: .big)
            if version >= 1 {
                try buffer.writeKafkaString(self.rack, compact: flexible)
            }
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }

    public struct MetadataResponseTopic: Sendable, Equatable, KafkaStructCodable {
        public var errorCode: Int16 = 0
        public var name: String? = ""
        public var topicId: KafkaUUID = KafkaUUID.zero
        public var isInternal: Bool = false
        public var partitions: [MetadataResponsePartition] = []
        public var topicAuthorizedOperations: Int32 = -2147483648
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 9
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "MetadataResponse.MetadataResponseTopic.ErrorCode")
            if version >= 12 {
                self.name = try buffer.readKafkaNullableString(compact: flexible, "MetadataResponse.MetadataResponseTopic.Name")
            } else {
                self.name = try buffer.readKafkaString(compact: flexible, "MetadataResponse.MetadataResponseTopic.Name")
            }
            if version >= 10 {
                self.topicId = try buffer.readKafkaUUID("MetadataResponse.MetadataResponseTopic.TopicId")
            }
            if version >= 1 {
                self.isInternal = try buffer.readKafkaBool("MetadataResponse.MetadataResponseTopic.IsInternal")
            }
            self.partitions = try buffer.readKafkaArray(of: MetadataResponsePartition.self, version: version, compact: flexible, minimumElementSize: 18, "MetadataResponse.MetadataResponseTopic.Partitions")
            if version >= 8 {
                self.topicAuthorizedOperations = try buffer.readKafkaInteger(as: Int32.self, "MetadataResponse.MetadataResponseTopic.TopicAuthorizedOperations")
            }
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("MetadataResponse.MetadataResponseTopic tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 9
            buffer.writeInteger(self.errorCode, endianness: .big)
            if self.name == nil && version <= 11 { throw ProtocolError.nullNotAllowed(field: "MetadataResponse.MetadataResponseTopic.Name", version: version) }
            try buffer.writeKafkaString(self.name, compact: flexible)
            if version >= 10 {
                buffer.writeKafkaUUID(self.topicId)
            }
            if version >= 1 {
                buffer.writeKafkaBool(self.isInternal)
            }
            try buffer.writeKafkaArray(self.partitions, version: version, compact: flexible)
            if version >= 8 {
                buffer.writeInteger(self.topicAuthorizedOperations, endianness: .big)
            } else if self.topicAuthorizedOperations != -2147483648 {
                throw ProtocolError.fieldNotSupported(field: "MetadataResponse.MetadataResponseTopic.TopicAuthorizedOperations", version: version)
            }
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }

    public struct MetadataResponsePartition: Sendable, Equatable, KafkaStructCodable {
        public var errorCode: Int16 = 0
        public var partitionIndex: Int32 = 0
        public var leaderId: Int32 = 0
        public var leaderEpoch: Int32 = -1
        public var replicaNodes: [Int32] = []
        public var isrNodes: [Int32] = []
        public var offlineReplicas: [Int32] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 9
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "MetadataResponse.MetadataResponsePartition.ErrorCode")
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "MetadataResponse.MetadataResponsePartition.PartitionIndex")
            self.leaderId = try buffer.readKafkaInteger(as: Int32.self, "MetadataResponse.MetadataResponsePartition.LeaderId")
            if version >= 7 {
                self.leaderEpoch = try buffer.readKafkaInteger(as: Int32.self, "MetadataResponse.MetadataResponsePartition.LeaderEpoch")
            }
            self.replicaNodes = try buffer.readKafkaArray(of: Int32.self, version: version, compact: flexible, minimumElementSize: 4, "MetadataResponse.MetadataResponsePartition.ReplicaNodes")
            self.isrNodes = try buffer.readKafkaArray(of: Int32.self, version: version, compact: flexible, minimumElementSize: 4, "MetadataResponse.MetadataResponsePartition.IsrNodes")
            if version >= 5 {
                self.offlineReplicas = try buffer.readKafkaArray(of: Int32.self, version: version, compact: flexible, minimumElementSize: 4, "MetadataResponse.MetadataResponsePartition.OfflineReplicas")
            }
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("MetadataResponse.MetadataResponsePartition tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 9
            buffer.writeInteger(self.errorCode, endianness: .big)
            buffer.writeInteger(self.partitionIndex, endianness: .big)
            buffer.writeInteger(self.leaderId, endianness: .big)
            if version >= 7 {
                buffer.writeInteger(self.leaderEpoch, endianness: .big)
            }
            try buffer.writeKafkaArray(self.replicaNodes, version: version, compact: flexible)
            try buffer.writeKafkaArray(self.isrNodes, version: version, compact: flexible)
            if version >= 5 {
                try buffer.writeKafkaArray(self.offlineReplicas, version: version, compact: flexible)
            }
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }
}
