// Generated from DescribeLogDirsRequest.json by SluiceCodegen. Do not edit.
// DescribeLogDirs request (API key 35): v0-4, flexible v2+, deprecated v0.

import NIOCore

public struct DescribeLogDirsRequest: KafkaRequest {
    public typealias Response = DescribeLogDirsResponse
    public static let apiKey: ApiKey = .describeLogDirs
    public static let validVersions: ClosedRange<Int16> = 0...4
    public static let firstFlexibleVersion: Int16? = 2

    public var topics: [DescribableLogDirTopic]? = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DescribeLogDirsRequest", version: version)
        }
        let flexible: Bool = version >= 2
        self.topics = try buffer.readKafkaNullableArray(of: DescribableLogDirTopic.self, version: version, compact: flexible, minimumElementSize: 3, "DescribeLogDirsRequest.Topics")
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeLogDirsRequest tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DescribeLogDirsRequest", version: version)
        }
        let flexible: Bool = version >= 2
        try buffer.writeKafkaArray(self.topics, version: version, compact: flexible)
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct DescribableLogDirTopic: Sendable, Equatable, KafkaStructCodable {
        public var topic: String = ""
        public var partitions: [Int32] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 2
            self.topic = try buffer.readKafkaString(compact: flexible, "DescribeLogDirsRequest.DescribableLogDirTopic.Topic")
            self.partitions = try buffer.readKafkaArray(of: Int32.self, version: version, compact: flexible, minimumElementSize: 4, "DescribeLogDirsRequest.DescribableLogDirTopic.Partitions")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeLogDirsRequest.DescribableLogDirTopic tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 2
            try buffer.writeKafkaString(self.topic, compact: flexible)
            try buffer.writeKafkaArray(self.partitions, version: version, compact: flexible)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }
}
