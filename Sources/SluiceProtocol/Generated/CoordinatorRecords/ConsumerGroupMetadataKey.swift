// Generated from ConsumerGroupMetadataKey.json by SluiceCodegen. Do not edit.
// ConsumerGroupMetadataKey (embedded data, not a request): v3, never flexible.

import NIOCore

public struct ConsumerGroupMetadataKey: Sendable, Equatable {
    public static let validVersions: ClosedRange<Int16> = 3...3
    public static let firstFlexibleVersion: Int16? = nil

    public var groupId: String = ""

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ConsumerGroupMetadataKey", version: version)
        }
        self.groupId = try buffer.readKafkaString(compact: false, "ConsumerGroupMetadataKey.GroupId")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ConsumerGroupMetadataKey", version: version)
        }
        try buffer.writeKafkaString(self.groupId, compact: false)
    }
}
