// Generated from ConsumerGroupTargetAssignmentMemberKey.json by SluiceCodegen. Do not edit.
// ConsumerGroupTargetAssignmentMemberKey (embedded data, not a request): v7, never flexible.

import NIOCore

public struct ConsumerGroupTargetAssignmentMemberKey: Sendable, Equatable {
    public static let validVersions: ClosedRange<Int16> = 7...7
    public static let firstFlexibleVersion: Int16? = nil

    public var groupId: String = ""
    public var memberId: String = ""

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ConsumerGroupTargetAssignmentMemberKey", version: version)
        }
        self.groupId = try buffer.readKafkaString(compact: false, "ConsumerGroupTargetAssignmentMemberKey.GroupId")
        self.memberId = try buffer.readKafkaString(compact: false, "ConsumerGroupTargetAssignmentMemberKey.MemberId")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ConsumerGroupTargetAssignmentMemberKey", version: version)
        }
        try buffer.writeKafkaString(self.groupId, compact: false)
        try buffer.writeKafkaString(self.memberId, compact: false)
    }
}
