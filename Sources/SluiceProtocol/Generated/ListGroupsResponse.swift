// Generated from ListGroupsResponse.json by SluiceCodegen. Do not edit.
// ListGroups response (API key 16): v0-5, flexible v3+.

import NIOCore

public struct ListGroupsResponse: KafkaResponse {
    public static let apiKey: ApiKey = .listGroups
    public static let validVersions: ClosedRange<Int16> = 0...5
    public static let firstFlexibleVersion: Int16? = 3

    public var throttleTimeMs: Int32 = 0
    public var errorCode: Int16 = 0
    public var groups: [ListedGroup] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ListGroupsResponse", version: version)
        }
        let flexible: Bool = version >= 3
        if version >= 1 {
            self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "ListGroupsResponse.ThrottleTimeMs")
        }
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "ListGroupsResponse.ErrorCode")
        self.groups = try buffer.readKafkaArray(of: ListedGroup.self, version: version, compact: flexible, minimumElementSize: 3, "ListGroupsResponse.Groups")
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ListGroupsResponse tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ListGroupsResponse", version: version)
        }
        let flexible: Bool = version >= 3
        if version >= 1 {
            buffer.writeInteger(self.throttleTimeMs, endianness: .big)
        }
        buffer.writeInteger(self.errorCode, endianness: .big)
        try buffer.writeKafkaArray(self.groups, version: version, compact: flexible)
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct ListedGroup: Sendable, Equatable, KafkaStructCodable {
        public var groupId: String = ""
        public var protocolType: String = ""
        public var groupState: String = ""
        public var groupType: String = ""
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 3
            self.groupId = try buffer.readKafkaString(compact: flexible, "ListGroupsResponse.ListedGroup.GroupId")
            self.protocolType = try buffer.readKafkaString(compact: flexible, "ListGroupsResponse.ListedGroup.ProtocolType")
            if version >= 4 {
                self.groupState = try buffer.readKafkaString(compact: true, "ListGroupsResponse.ListedGroup.GroupState")
            }
            if version >= 5 {
                self.groupType = try buffer.readKafkaString(compact: true, "ListGroupsResponse.ListedGroup.GroupType")
            }
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ListGroupsResponse.ListedGroup tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 3
            try buffer.writeKafkaString(self.groupId, compact: flexible)
            try buffer.writeKafkaString(self.protocolType, compact: flexible)
            if version >= 4 {
                try buffer.writeKafkaString(self.groupState, compact: true)
            }
            if version >= 5 {
                try buffer.writeKafkaString(self.groupType, compact: true)
            }
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }
}
