// Generated from ShareGroupHeartbeatRequest.json by SluiceCodegen. Do not edit.
// ShareGroupHeartbeat request (API key 76): v0, all flexible.

import NIOCore

public struct ShareGroupHeartbeatRequest: KafkaRequest {
    public typealias Response = ShareGroupHeartbeatResponse
    public static let apiKey: ApiKey = .shareGroupHeartbeat
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    public var groupId: String = ""
    public var memberId: String = ""
    public var memberEpoch: Int32 = 0
    public var rackId: String? = nil
    public var subscribedTopicNames: [String]? = nil
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ShareGroupHeartbeatRequest", version: version)
        }
        self.groupId = try buffer.readKafkaString(compact: true, "ShareGroupHeartbeatRequest.GroupId")
        self.memberId = try buffer.readKafkaString(compact: true, "ShareGroupHeartbeatRequest.MemberId")
        self.memberEpoch = try buffer.readKafkaInteger(as: Int32.self, "ShareGroupHeartbeatRequest.MemberEpoch")
        self.rackId = try buffer.readKafkaNullableString(compact: true, "ShareGroupHeartbeatRequest.RackId")
        self.subscribedTopicNames = try buffer.readKafkaNullableArray(of: String.self, version: version, compact: true, minimumElementSize: 1, "ShareGroupHeartbeatRequest.SubscribedTopicNames")
        self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ShareGroupHeartbeatRequest tagged fields")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ShareGroupHeartbeatRequest", version: version)
        }
        try buffer.writeKafkaString(self.groupId, compact: true)
        try buffer.writeKafkaString(self.memberId, compact: true)
        buffer.writeInteger(self.memberEpoch, endianness: .big)
        try buffer.writeKafkaString(self.rackId, compact: true)
        try buffer.writeKafkaArray(self.subscribedTopicNames, version: version, compact: true)
        buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
    }
}
