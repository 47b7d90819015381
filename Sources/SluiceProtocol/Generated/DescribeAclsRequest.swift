// Generated from DescribeAclsRequest.json by SluiceCodegen. Do not edit.
// DescribeAcls request (API key 29): v0-3, flexible v2+, deprecated v0.

import NIOCore

public struct DescribeAclsRequest: KafkaRequest {
    public typealias Response = DescribeAclsResponse
    public static let apiKey: ApiKey = .describeAcls
    public static let validVersions: ClosedRange<Int16> = 0...3
    public static let firstFlexibleVersion: Int16? = 2

    public var resourceTypeFilter: Int8 = 0
    public var resourceNameFilter: String? = ""
    public var patternTypeFilter: Int8 = 3
    public var principalFilter: String? = ""
    public var hostFilter: String? = ""
    public var operation: Int8 = 0
    public var permissionType: Int8 = 0
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DescribeAclsRequest", version: version)
        }
        let flexible: Bool = version >= 2
        self.resourceTypeFilter = try buffer.readKafkaInteger(as: Int8.self, "DescribeAclsRequest.ResourceTypeFilter")
        self.resourceNameFilter = try buffer.readKafkaNullableString(compact: flexible, "DescribeAclsRequest.ResourceNameFilter")
        if version >= 1 {
            self.patternTypeFilter = try buffer.readKafkaInteger(as: Int8.self, "DescribeAclsRequest.PatternTypeFilter")
        }
        self.principalFilter = try buffer.readKafkaNullableString(compact: flexible, "DescribeAclsRequest.PrincipalFilter")
        self.hostFilter = try buffer.readKafkaNullableString(compact: flexible, "DescribeAclsRequest.HostFilter")
        self.operation = try buffer.readKafkaInteger(as: Int8.self, "DescribeAclsRequest.Operation")
        self.permissionType = try buffer.readKafkaInteger(as: Int8.self, "DescribeAclsRequest.PermissionType")
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeAclsRequest tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DescribeAclsRequest", version: version)
        }
        let flexible: Bool = version >= 2
        buffer.writeInteger(self.resourceTypeFilter, endianness: .big)
        try buffer.writeKafkaString(self.resourceNameFilter, compact: flexible)
        if version >= 1 {
            buffer.writeInteger(self.patternTypeFilter, endianness: .big)
        } else if self.patternTypeFilter != 3 {
            throw ProtocolError.fieldNotSupported(field: "DescribeAclsRequest.PatternTypeFilter", version: version)
        }
        try buffer.writeKafkaString(self.principalFilter, compact: flexible)
        try buffer.writeKafkaString(self.hostFilter, compact: flexible)
        buffer.writeInteger(self.operation, endianness: .big)
        buffer.writeInteger(self.permissionType, endianness: .big)
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
