// Generated from DescribeGroupsRequest.json by SluiceCodegen. Do not edit.
// DescribeGroups request (API key 15): v0-5, flexible v5+.

import NIOCore

public struct DescribeGroupsRequest: KafkaRequest {
    public typealias Response = DescribeGroupsResponse
    public static let apiKey: ApiKey = .describeGroups
    public static let validVersions: ClosedRange<Int16> = 0...5
    public static let firstFlexibleVersion: Int16? = 5

    public var groups: [String] = []
    public var includeAuthorizedOperations: Bool = false
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DescribeGroupsRequest", version: version)
        }
        let flexible: Bool = version >= 5
        self.groups = try buffer.readKafkaArray(of: String.self, version: version, compact: flexible, minimumElementSize: 1, "DescribeGroupsRequest.Groups")
        if version >= 3 {
            self.includeAuthorizedOperations = try buffer.readKafkaBool("DescribeGroupsRequest.IncludeAuthorizedOperations")
        }
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeGroupsRequest tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DescribeGroupsRequest", version: version)
        }
        let flexible: Bool = version >= 5
        try buffer.writeKafkaArray(self.groups, version: version, compact: flexible)
        if version >= 3 {
            buffer.writeKafkaBool(self.includeAuthorizedOperations)
        } else if self.includeAuthorizedOperations != false {
            throw ProtocolError.fieldNotSupported(field: "DescribeGroupsRequest.IncludeAuthorizedOperations", version: version)
        }
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
