// Generated from JoinGroupRequest.json by SluiceCodegen. Do not edit.
// JoinGroup request (API key 11): v0-9, flexible v6+, deprecated v0-1.

import NIOCore

public struct JoinGroupRequest: KafkaRequest {
    public typealias Response = JoinGroupResponse
    public static let apiKey: ApiKey = .joinGroup
    public static let validVersions: ClosedRange<Int16> = 0...9
    public static let firstFlexibleVersion: Int16? = 6

    public var groupId: String = ""
    public var sessionTimeoutMs: Int32 = 0
    public var rebalanceTimeoutMs: Int32 = -1
    public var memberId: String = ""
    public var groupInstanceId: String? = nil
    public var protocolType: String = ""
    public var protocols: [JoinGroupRequestProtocol] = []
    public var reason: String? = nil
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("JoinGroupRequest", version: version)
        }
        let flexible: Bool = version >= 6
        self.groupId = try buffer.readKafkaString(compact: flexible, "JoinGroupRequest.GroupId")
        self.sessionTimeoutMs = try buffer.readKafkaInteger(as: Int32.self, "JoinGroupRequest.SessionTimeoutMs")
        if version >= 1 {
            self.rebalanceTimeoutMs = try buffer.readKafkaInteger(as: Int32.self, "JoinGroupRequest.RebalanceTimeoutMs")
        }
        self.memberId = try buffer.readKafkaString(compact: flexible, "JoinGroupRequest.MemberId")
        if version >= 5 {
            self.groupInstanceId = try buffer.readKafkaNullableString(compact: flexible, "JoinGroupRequest.GroupInstanceId")
        }
        self.protocolType = try buffer.readKafkaString(compact: flexible, "JoinGroupRequest.ProtocolType")
        self.protocols = try buffer.readKafkaArray(of: JoinGroupRequestProtocol.self, version: version, compact: flexible, minimumElementSize: 3, "JoinGroupRequest.Protocols")
        if version >= 8 {
            self.reason = try buffer.readKafkaNullableString(compact: true, "JoinGroupRequest.Reason")
        }
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("JoinGroupRequest tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("JoinGroupRequest", version: version)
        }
        let flexible: Bool = version >= 6
        try buffer.writeKafkaString(self.groupId, compact: flexible)
        buffer.writeInteger(self.sessionTimeoutMs, endianness: .big)
        if version >= 1 {
            buffer.writeInteger(self.rebalanceTimeoutMs, endianness: .big)
        }
        try buffer.writeKafkaString(self.memberId, compact: flexible)
        if version >= 5 {
            try buffer.writeKafkaString(self.groupInstanceId, compact: flexible)
        } else if self.groupInstanceId != nil {
            throw ProtocolError.fieldNotSupported(field: "JoinGroupRequest.GroupInstanceId", version: version)
        }
        try buffer.writeKafkaString(self.protocolType, compact: flexible)
        try buffer.writeKafkaArray(self.protocols, version: version, compact: flexible)
        if version >= 8 {
            try buffer.writeKafkaString(self.reason, compact: true)
        }
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct JoinGroupRequestProtocol: Sendable, Equatable, KafkaStructCodable {
        public var name: String = ""
        public var metadata: [UInt8] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 6
            self.name = try buffer.readKafkaString(compact: flexible, "JoinGroupRequest.JoinGroupRequestProtocol.Name")
            self.metadata = try buffer.readKafkaBytes(compact: flexible, "JoinGroupRequest.JoinGroupRequestProtocol.Metadata")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("JoinGroupRequest.JoinGroupRequestProtocol tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 6
            try buffer.writeKafkaString(self.name, compact: flexible)
            buffer.writeKafkaBytes(self.metadata, compact: flexible)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }
}
