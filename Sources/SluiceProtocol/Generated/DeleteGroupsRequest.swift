// Generated from DeleteGroupsRequest.json by SluiceCodegen. Do not edit.
// DeleteGroups request (API key 42): v0-2, flexible v2+, deprecated v0.

import NIOCore

public struct DeleteGroupsRequest: KafkaRequest {
    public typealias Response = DeleteGroupsResponse
    public static let apiKey: ApiKey = .deleteGroups
    public static let validVersions: ClosedRange<Int16> = 0...2
    public static let firstFlexibleVersion: Int16? = 2

    public var groupsNames: [String] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DeleteGroupsRequest", version: version)
        }
        let flexible: Bool = version >= 2
        self.groupsNames = try buffer.readKafkaArray(of: String.self, version: version, compact: flexible, minimumElementSize: 1, "DeleteGroupsRequest.GroupsNames")
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DeleteGroupsRequest tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DeleteGroupsRequest", version: version)
        }
        let flexible: Bool = version >= 2
        try buffer.writeKafkaArray(self.groupsNames, version: version, compact: flexible)
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
