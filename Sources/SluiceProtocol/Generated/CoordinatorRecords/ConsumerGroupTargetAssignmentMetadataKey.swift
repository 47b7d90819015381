// Generated from ConsumerGroupTargetAssignmentMetadataKey.json by SluiceCodegen. Do not edit.
// ConsumerGroupTargetAssignmentMetadataKey (embedded data, not a request): v6, never flexible.

import NIOCore

public struct ConsumerGroupTargetAssignmentMetadataKey: Sendable, Equatable {
    public static let validVersions: ClosedRange<Int16> = 6...6
    public static let firstFlexibleVersion: Int16? = nil

    public var groupId: String = ""

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ConsumerGroupTargetAssignmentMetadataKey", version: version)
        }
        self.groupId = try buffer.readKafkaString(compact: false, "ConsumerGroupTargetAssignmentMetadataKey.GroupId")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ConsumerGroupTargetAssignmentMetadataKey", version: version)
        }
        try buffer.writeKafkaString(self.groupId, compact: false)
    }
}
