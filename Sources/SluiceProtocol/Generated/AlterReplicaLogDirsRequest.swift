// Generated from AlterReplicaLogDirsRequest.json by SluiceCodegen. Do not edit.
// AlterReplicaLogDirs request (API key 34): v0-2, flexible v2+, deprecated v0.

import NIOCore

public struct AlterReplicaLogDirsRequest: KafkaRequest {
    public typealias Response = AlterReplicaLogDirsResponse
    public static let apiKey: ApiKey = .alterReplicaLogDirs
    public static let validVersions: ClosedRange<Int16> = 0...2
    public static let firstFlexibleVersion: Int16? = 2

    public var dirs: [AlterReplicaLogDir] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("AlterReplicaLogDirsRequest", version: version)
        }
        let flexible: Bool = version >= 2
        self.dirs = try buffer.readKafkaArray(of: AlterReplicaLogDir.self, version: version, compact: flexible, minimumElementSize: 3, "AlterReplicaLogDirsRequest.Dirs")
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("AlterReplicaLogDirsRequest tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("AlterReplicaLogDirsRequest", version: version)
        }
        let flexible: Bool = version >= 2
        try buffer.writeKafkaArray(self.dirs, version: version, compact: flexible)
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct AlterReplicaLogDir: Sendable, Equatable, KafkaStructCodable {
        public var path: String = ""
        public var topics: [AlterReplicaLogDirTopic] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 2
            self.path = try buffer.readKafkaString(compact: flexible, "AlterReplicaLogDirsRequest.AlterReplicaLogDir.Path")
            self.topics = try buffer.readKafkaArray(of: AlterReplicaLogDirTopic.self, version: version, compact: flexible, minimumElementSize: 3, "AlterReplicaLogDirsRequest.AlterReplicaLogDir.Topics")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("AlterReplicaLogDirsRequest.AlterReplicaLogDir tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 2
            try buffer.writeKafkaString(self.path, compact: flexible)
            try buffer.writeKafkaArray(self.topics, version: version, compact: flexible)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }

    public struct AlterReplicaLogDirTopic: Sendable, Equatable, KafkaStructCodable {
        public var name: String = ""
        public var partitions: [Int32] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 2
            self.name = try buffer.readKafkaString(compact: flexible, "AlterReplicaLogDirsRequest.AlterReplicaLogDirTopic.Name")
            self.partitions = try buffer.readKafkaArray(of: Int32.self, version: version, compact: flexible, minimumElementSize: 4, "AlterReplicaLogDirsRequest.AlterReplicaLogDirTopic.Partitions")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("AlterReplicaLogDirsRequest.AlterReplicaLogDirTopic tagged fields")
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
}
