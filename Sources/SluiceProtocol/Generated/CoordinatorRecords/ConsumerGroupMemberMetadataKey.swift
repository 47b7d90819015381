// Generated from ConsumerGroupMemberMetadataKey.json by SluiceCodegen. Do not edit.
// ConsumerGroupMemberMetadataKey (embedded data, not a request): v5, never flexible.

import NIOCore

public struct ConsumerGroupMemberMetadataKey: Sendable, Equatable {
    public static let validVersions: ClosedRange<Int16> = 5...5
    public static let firstFlexibleVersion: Int16? = nil

    public var groupId: String = ""
    public var memberId: String = ""

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ConsumerGroupMemberMetadataKey", version: version)
        }
        self.groupId = try buffer.readKafkaString(compact: false, "ConsumerGroupMemberMetadataKey.GroupId")
        self.memberId = try buffer.readKafkaString(compact: false, "ConsumerGroupMemberMetadataKey.MemberId")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ConsumerGroupMemberMetadataKey", version: version)
        }
        try buffer.writeKafkaString(self.groupId, compact: false)
        try buffer.writeKafkaString(self.memberId, compact: false)
    }
}
