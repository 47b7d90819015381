// Generated from DeleteGroupsResponse.json by SluiceCodegen. Do not edit.
// DeleteGroups response (API key 42): v0-2, flexible v2+.

import NIOCore

public struct DeleteGroupsResponse: KafkaResponse {
    public static let apiKey: ApiKey = .deleteGroups
    public static let validVersions: ClosedRange<Int16> = 0...2
    public static let firstFlexibleVersion: Int16? = 2

    public var throttleTimeMs: Int32 = 0
    public var results: [DeletableGroupResult] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DeleteGroupsResponse", version: version)
        }
        let flexible: Bool = version >= 2
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "DeleteGroupsResponse.ThrottleTimeMs")
        self.results = try buffer.readKafkaArray(of: DeletableGroupResult.self, version: version, compact: flexible, minimumElementSize: 4, "DeleteGroupsResponse.Results")
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DeleteGroupsResponse tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DeleteGroupsResponse", version: version)
        }
        let flexible: Bool = version >= 2
        buffer.writeInteger(self.throttleTimeMs, endianness: .big)
        try buffer.writeKafkaArray(self.results, version: version, compact: flexible)
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct DeletableGroupResult: Sendable, Equatable, KafkaStructCodable {
        public var groupId: String = ""
        public var errorCode: Int16 = 0
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 2
            self.groupId = try buffer.readKafkaString(compact: flexible, "DeleteGroupsResponse.DeletableGroupResult.GroupId")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "DeleteGroupsResponse.DeletableGroupResult.ErrorCode")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DeleteGroupsResponse.DeletableGroupResult tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 2
            try buffer.writeKafkaString(self.groupId, compact: flexible)
            buffer.writeInteger(self.errorCode, endianness: .big)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }
}
