// Generated from ConsumerGroupCurrentMemberAssignmentKey.json by SluiceCodegen. Do not edit.
// ConsumerGroupCurrentMemberAssignmentKey (embedded data, not a request): v8, never flexible.

import NIOCore

public struct ConsumerGroupCurrentMemberAssignmentKey: Sendable, Equatable {
    public static let validVersions: ClosedRange<Int16> = 8...8
    public static let firstFlexibleVersion: Int16? = nil

    public var groupId: String = ""
    public var memberId: String = ""

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ConsumerGroupCurrentMemberAssignmentKey", version: version)
        }
        self.groupId = try buffer.readKafkaString(compact: false, "ConsumerGroupCurrentMemberAssignmentKey.GroupId")
        self.memberId = try buffer.readKafkaString(compact: false, "ConsumerGroupCurrentMemberAssignmentKey.MemberId")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ConsumerGroupCurrentMemberAssignmentKey", version: version)
        }
        try buffer.writeKafkaString(self.groupId, compact: false)
        try buffer.writeKafkaString(self.memberId, compact: false)
    }
}
