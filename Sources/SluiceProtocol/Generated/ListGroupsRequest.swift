// Generated from ListGroupsRequest.json by SluiceCodegen. Do not edit.
// ListGroups request (API key 16): v0-5, flexible v3+.

import NIOCore

public struct ListGroupsRequest: KafkaRequest {
    public typealias Response = ListGroupsResponse
    public static let apiKey: ApiKey = .listGroups
    public static let validVersions: ClosedRange<Int16> = 0...5
    public static let firstFlexibleVersion: Int16? = 3

    public var statesFilter: [String] = []
    public var typesFilter: [String] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ListGroupsRequest", version: version)
        }
        let flexible: Bool = version >= 3
        if version >= 4 {
            self.statesFilter = try buffer.readKafkaArray(of: String.self, version: version, compact: true, minimumElementSize: 1, "ListGroupsRequest.StatesFilter")
        }
        if version >= 5 {
            self.typesFilter = try buffer.readKafkaArray(of: String.self, version: version, compact: true, minimumElementSize: 1, "ListGroupsRequest.TypesFilter")
        }
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ListGroupsRequest tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ListGroupsRequest", version: version)
        }
        let flexible: Bool = version >= 3
        if version >= 4 {
            try buffer.writeKafkaArray(self.statesFilter, version: version, compact: true)
        } else if !self.statesFilter.isEmpty {
            throw ProtocolError.fieldNotSupported(field: "ListGroupsRequest.StatesFilter", version: version)
        }
        if version >= 5 {
            try buffer.writeKafkaArray(self.typesFilter, version: version, compact: true)
        } else if !self.typesFilter.isEmpty {
            throw ProtocolError.fieldNotSupported(field: "ListGroupsRequest.TypesFilter", version: version)
        }
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
