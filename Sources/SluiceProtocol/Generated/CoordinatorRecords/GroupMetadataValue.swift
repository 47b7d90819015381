// Generated from GroupMetadataValue.json by SluiceCodegen. Do not edit.
// GroupMetadataValue (embedded data, not a request): v0-4, flexible v4+.

import NIOCore

public struct GroupMetadataValue: Sendable, Equatable {
    public static let validVersions: ClosedRange<Int16> = 0...4
    public static let firstFlexibleVersion: Int16? = 4

    public var protocolType: String = ""
    public var generation: Int32 = 0
    public var `protocol`: String? = ""
    public var leader: String? = ""
    public var currentStateTimestamp: Int64 = -1
    public var members: [MemberMetadata] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("GroupMetadataValue", version: version)
        }
        let flexible: Bool = version >= 4
        self.protocolType = try buffer.readKafkaString(compact: flexible, "GroupMetadataValue.protocolType")
        self.generation = try buffer.readKafkaInteger(as: Int32.self, "GroupMetadataValue.generation")
        self.`protocol` = try buffer.readKafkaNullableString(compact: flexible, "GroupMetadataValue.protocol")
        self.leader = try buffer.readKafkaNullableString(compact: flexible, "GroupMetadataValue.leader")
        if version >= 2 {
            self.currentStateTimestamp = try buffer.readKafkaInteger(as: Int64.self, "GroupMetadataValue.currentStateTimestamp")
        }
        self.members = try buffer.readKafkaArray(of: MemberMetadata.self, version: version, compact: flexible, minimumElementSize: 15, "GroupMetadataValue.members")
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("GroupMetadataValue tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("GroupMetadataValue", version: version)
        }
        let flexible: Bool = version >= 4
        try buffer.writeKafkaString(self.protocolType, compact: flexible)
        buffer.writeInteger(self.generation, endianness: .big)
        try buffer.writeKafkaString(self.`protocol`, compact: flexible)
        try buffer.writeKafkaString(self.leader, compact: flexible)
        if version >= 2 {
            buffer.writeInteger(self.currentStateTimestamp, endianness: .big)
        }
        try buffer.writeKafkaArray(self.members, version: version, compact: flexible)
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct MemberMetadata: Sendable, Equatable, KafkaStructCodable {
        public var memberId: String = ""
        public var groupInstanceId: String? = nil
        public var clientId: String = ""
        public var clientHost: String = ""
        public var rebalanceTimeout: Int32 = -1
        public var sessionTimeout: Int32 = 0
        public var subscription: [UInt8] = []
        public var assignment: [UInt8] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 4
            self.memberId = try buffer.readKafkaString(compact: flexible, "GroupMetadataValue.MemberMetadata.memberId")
            if version >= 3 {
                self.groupInstanceId = try buffer.readKafkaNullableString(compact: flexible, "GroupMetadataValue.MemberMetadata.groupInstanceId")
            }
            self.clientId = try buffer.readKafkaString(compact: flexible, "GroupMetadataValue.MemberMetadata.clientId")
            self.clientHost = try buffer.readKafkaString(compact: flexible, "GroupMetadataValue.MemberMetadata.clientHost")
            if version >= 1 {
                self.rebalanceTimeout = try buffer.readKafkaInteger(as: Int32.self, "GroupMetadataValue.MemberMetadata.rebalanceTimeout")
            }
            self.sessionTimeout = try buffer.readKafkaInteger(as: Int32.self, "GroupMetadataValue.MemberMetadata.sessionTimeout")
            self.subscription = try buffer.readKafkaBytes(compact: flexible, "GroupMetadataValue.MemberMetadata.subscription")
            self.assignment = try buffer.readKafkaBytes(compact: flexible, "GroupMetadataValue.MemberMetadata.assignment")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("GroupMetadataValue.MemberMetadata tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 4
            try buffer.writeKafkaString(self.memberId, compact: flexible)
            if version >= 3 {
                try buffer.writeKafkaString(self.groupInstanceId, compact: flexible)
            }
            try buffer.writeKafkaString(self.clientId, compact: flexible)
            try buffer.writeKafkaString(self.clientHost, compact: flexible)
            if version >= 1 {
                buffer.writeInteger(self.rebalanceTimeout, endianness: .big)
            }
            buffer.writeInteger(self.sessionTimeout, endianness: .big)
            buffer.writeKafkaBytes(self.subscription, compact: flexible)
            buffer.writeKafkaBytes(self.assignment, compact: flexible)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }
}
