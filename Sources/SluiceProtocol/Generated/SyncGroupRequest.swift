// Generated from SyncGroupRequest.json by SluiceCodegen. Do not edit.
// SyncGroup request (API key 14): v0-5, flexible v4+.

import NIOCore

public struct SyncGroupRequest: KafkaRequest {
    public typealias Response = SyncGroupResponse
    public static let apiKey: ApiKey = .syncGroup
    public static let validVersions: ClosedRange<Int16> = 0...5
    public static let firstFlexibleVersion: Int16? = 4

    public var groupId: String = ""
    public var generationId: Int32 = 0
    public var memberId: String = ""
    public var groupInstanceId: String? = nil
    public var protocolType: String? = nil
    public var protocolName: String? = nil
    public var assignments: [SyncGroupRequestAssignment] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("SyncGroupRequest", version: version)
        }
        let flexible: Bool = version >= 4
        self.groupId = try buffer.readKafkaString(compact: flexible, "SyncGroupRequest.GroupId")
        self.generationId = try buffer.readKafkaInteger(as: Int32.self, "SyncGroupRequest.GenerationId")
        self.memberId = try buffer.readKafkaString(compact: flexible, "SyncGroupRequest.MemberId")
        if version >= 3 {
            self.groupInstanceId = try buffer.readKafkaNullableString(compact: flexible, "SyncGroupRequest.GroupInstanceId")
        }
        if version >= 5 {
            self.protocolType = try buffer.readKafkaNullableString(compact: true, "SyncGroupRequest.ProtocolType")
            self.protocolName = try buffer.readKafkaNullableString(compact: true, "SyncGroupRequest.ProtocolName")
        }
        self.assignments = try buffer.readKafkaArray(of: SyncGroupRequestAssignment.self, version: version, compact: flexible, minimumElementSize: 3, "SyncGroupRequest.Assignments")
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("SyncGroupRequest tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("SyncGroupRequest", version: version)
        }
        let flexible: Bool = version >= 4
        try buffer.writeKafkaString(self.groupId, compact: flexible)
        buffer.writeInteger(self.generationId, endianness: .big)
        try buffer.writeKafkaString(self.memberId, compact: flexible)
        if version >= 3 {
            try buffer.writeKafkaString(self.groupInstanceId, compact: flexible)
        } else if self.groupInstanceId != nil {
            throw ProtocolError.fieldNotSupported(field: "SyncGroupRequest.GroupInstanceId", version: version)
        }
        if version >= 5 {
            try buffer.writeKafkaString(self.protocolType, compact: true)
            try buffer.writeKafkaString(self.protocolName, compact: true)
        }
        try buffer.writeKafkaArray(self.assignments, version: version, compact: flexible)
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct SyncGroupRequestAssignment: Sendable, Equatable, KafkaStructCodable {
        public var memberId: String = ""
        public var assignment: [UInt8] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 4
            self.memberId = try buffer.readKafkaString(compact: flexible, "SyncGroupRequest.SyncGroupRequestAssignment.MemberId")
            self.assignment = try buffer.readKafkaBytes(compact: flexible, "SyncGroupRequest.SyncGroupRequestAssignment.Assignment")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("SyncGroupRequest.SyncGroupRequestAssignment tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 4
            try buffer.writeKafkaString(self.memberId, compact: flexible)
            buffer.writeKafkaBytes(self.assignment, compact: flexible)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }
}
