// Generated from AlterReplicaLogDirsResponse.json by SluiceCodegen. Do not edit.
// AlterReplicaLogDirs response (API key 34): v0-2, flexible v2+.

import NIOCore

public struct AlterReplicaLogDirsResponse: KafkaResponse {
    public static let apiKey: ApiKey = .alterReplicaLogDirs
    public static let validVersions: ClosedRange<Int16> = 0...2
    public static let firstFlexibleVersion: Int16? = 2

    public var throttleTimeMs: Int32 = 0
    public var results: [AlterReplicaLogDirTopicResult] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("AlterReplicaLogDirsResponse", version: version)
        }
        let flexible: Bool = version >= 2
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "AlterReplicaLogDirsResponse.ThrottleTimeMs")
        self.results = try buffer.readKafkaArray(of: AlterReplicaLogDirTopicResult.self, version: version, compact: flexible, minimumElementSize: 3, "AlterReplicaLogDirsResponse.Results")
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("AlterReplicaLogDirsResponse tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("AlterReplicaLogDirsResponse", version: version)
        }
        let flexible: Bool = version >= 2
        buffer.writeInteger(self.throttleTimeMs, endianness: .big)
        try buffer.writeKafkaArray(self.results, version: version, compact: flexible)
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct AlterReplicaLogDirTopicResult: Sendable, Equatable, KafkaStructCodable {
        public var topicName: String = ""
        public var partitions: [AlterReplicaLogDirPartitionResult] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 2
            self.topicName = try buffer.readKafkaString(compact: flexible, "AlterReplicaLogDirsResponse.AlterReplicaLogDirTopicResult.TopicName")
            self.partitions = try buffer.readKafkaArray(of: AlterReplicaLogDirPartitionResult.self, version: version, compact: flexible, minimumElementSize: 6, "AlterReplicaLogDirsResponse.AlterReplicaLogDirTopicResult.Partitions")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("AlterReplicaLogDirsResponse.AlterReplicaLogDirTopicResult tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 2
            try buffer.writeKafkaString(self.topicName, compact: flexible)
            try buffer.writeKafkaArray(self.partitions, version: version, compact: flexible)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }

    public struct AlterReplicaLogDirPartitionResult: Sendable, Equatable, KafkaStructCodable {
        public var partitionIndex: Int32 = 0
        public var errorCode: Int16 = 0
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 2
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "AlterReplicaLogDirsResponse.AlterReplicaLogDirPartitionResult.PartitionIndex")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "AlterReplicaLogDirsResponse.AlterReplicaLogDirPartitionResult.ErrorCode")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("AlterReplicaLogDirsResponse.AlterReplicaLogDirPartitionResult tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 2
            buffer.writeInteger(self.partitionIndex, endianness: .big)
            buffer.writeInteger(self.errorCode, endianness: .big)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }
}
