// Generated from DescribeLogDirsResponse.json by SluiceCodegen. Do not edit.
// DescribeLogDirs response (API key 35): v0-4, flexible v2+.

import NIOCore

public struct DescribeLogDirsResponse: KafkaResponse {
    public static let apiKey: ApiKey = .describeLogDirs
    public static let validVersions: ClosedRange<Int16> = 0...4
    public static let firstFlexibleVersion: Int16? = 2

    public var throttleTimeMs: Int32 = 0
    public var errorCode: Int16 = 0
    public var results: [DescribeLogDirsResult] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DescribeLogDirsResponse", version: version)
        }
        let flexible: Bool = version >= 2
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "DescribeLogDirsResponse.ThrottleTimeMs")
        if version >= 3 {
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "DescribeLogDirsResponse.ErrorCode")
        }
        self.results = try buffer.readKafkaArray(of: DescribeLogDirsResult.self, version: version, compact: flexible, minimumElementSize: 5, "DescribeLogDirsResponse.Results")
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeLogDirsResponse tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DescribeLogDirsResponse", version: version)
        }
        let flexible: Bool = version >= 2
        buffer.writeInteger(self.throttleTimeMs, endianness: .big)
        if version >= 3 {
            buffer.writeInteger(self.errorCode, endianness: .big)
        }
        try buffer.writeKafkaArray(self.results, version: version, compact: flexible)
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct DescribeLogDirsResult: Sendable, Equatable, KafkaStructCodable {
        public var errorCode: Int16 = 0
        public var logDir: String = ""
        public var topics: [DescribeLogDirsTopic] = []
        public var totalBytes: Int64 = -1
        public var usableBytes: Int64 = -1
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 2
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "DescribeLogDirsResponse.DescribeLogDirsResult.ErrorCode")
            self.logDir = try buffer.readKafkaString(compact: flexible, "DescribeLogDirsResponse.DescribeLogDirsResult.LogDir")
            self.topics = try buffer.readKafkaArray(of: DescribeLogDirsTopic.self, version: version, compact: flexible, minimumElementSize: 3, "DescribeLogDirsResponse.DescribeLogDirsResult.Topics")
            if version >= 4 {
                self.totalBytes = try buffer.readKafkaInteger(as: Int64.self, "DescribeLogDirsResponse.DescribeLogDirsResult.TotalBytes")
                self.usableBytes = try buffer.readKafkaInteger(as: Int64.self, "DescribeLogDirsResponse.DescribeLogDirsResult.UsableBytes")
            }
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeLogDirsResponse.DescribeLogDirsResult tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 2
            buffer.writeInteger(self.errorCode, endianness: .big)
            try buffer.writeKafkaString(self.logDir, compact: flexible)
            try buffer.writeKafkaArray(self.topics, version: version, compact: flexible)
            if version >= 4 {
                buffer.writeInteger(self.totalBytes, endianness: .big)
                buffer.writeInteger(self.usableBytes, endianness: .big)
            }
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }

    public struct DescribeLogDirsTopic: Sendable, Equatable, KafkaStructCodable {
        public var name: String = ""
        public var partitions: [DescribeLogDirsPartition] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 2
            self.name = try buffer.readKafkaString(compact: flexible, "DescribeLogDirsResponse.DescribeLogDirsTopic.Name")
            self.partitions = try buffer.readKafkaArray(of: DescribeLogDirsPartition.self, version: version, compact: flexible, minimumElementSize: 21, "DescribeLogDirsResponse.DescribeLogDirsTopic.Partitions")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeLogDirsResponse.DescribeLogDirsTopic tagged fields")
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

    public struct DescribeLogDirsPartition: Sendable, Equatable, KafkaStructCodable {
        public var partitionIndex: Int32 = 0
        public var partitionSize: Int64 = 0
        public var offsetLag: Int64 = 0
        public var isFutureKey: Bool = false
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 2
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "DescribeLogDirsResponse.DescribeLogDirsPartition.PartitionIndex")
            self.partitionSize = try buffer.readKafkaInteger(as: Int64.self, "DescribeLogDirsResponse.DescribeLogDirsPartition.PartitionSize")
            self.offsetLag = try buffer.readKafkaInteger(as: Int64.self, "DescribeLogDirsResponse.DescribeLogDirsPartition.OffsetLag")
            self.isFutureKey = try buffer.readKafkaBool("DescribeLogDirsResponse.DescribeLogDirsPartition.IsFutureKey")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeLogDirsResponse.DescribeLogDirsPartition tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 2
            buffer.writeInteger(self.partitionIndex, endianness: .big)
            buffer.writeInteger(self.partitionSize, endianness: .big)
            buffer.writeInteger(self.offsetLag, endianness: .big)
            buffer.writeKafkaBool(self.isFutureKey)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }
}
