// Generated from ConsumerGroupPartitionMetadataKey.json by SluiceCodegen. Do not edit.
// ConsumerGroupPartitionMetadataKey (embedded data, not a request): v4, never flexible.

import NIOCore

public struct ConsumerGroupPartitionMetadataKey: Sendable, Equatable {
    public static let validVersions: ClosedRange<Int16> = 4...4
    public static let firstFlexibleVersion: Int16? = nil

    public var groupId: String = ""

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ConsumerGroupPartitionMetadataKey", version: version)
        }
        self.groupId = try buffer.readKafkaString(compact: false, "ConsumerGroupPartitionMetadataKey.GroupId")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ConsumerGroupPartitionMetadataKey", version: version)
        }
        try buffer.writeKafkaString(self.groupId, compact: false)
    }
}
