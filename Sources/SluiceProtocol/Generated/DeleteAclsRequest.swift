// Generated from DeleteAclsRequest.json by SluiceCodegen. Do not edit.
// DeleteAcls request (API key 31): v0-3, flexible v2+, deprecated v0.

import NIOCore

public struct DeleteAclsRequest: KafkaRequest {
    public typealias Response = DeleteAclsResponse
    public static let apiKey: ApiKey = .deleteAcls
    public static let validVersions: ClosedRange<Int16> = 0...3
    public static let firstFlexibleVersion: Int16? = 2

    public var filters: [DeleteAclsFilter] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DeleteAclsRequest", version: version)
        }
        let flexible: Bool = version >= 2
        self.filters = try buffer.readKafkaArray(of: DeleteAclsFilter.self, version: version, compact: flexible, minimumElementSize: 8, "DeleteAclsRequest.Filters")
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DeleteAclsRequest tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DeleteAclsRequest", version: version)
        }
        let flexible: Bool = version >= 2
        try buffer.writeKafkaArray(self.filters, version: version, compact: flexible)
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct DeleteAclsFilter: Sendable, Equatable, KafkaStructCodable {
        public var resourceTypeFilter: Int8 = 0
        public var resourceNameFilter: String? = ""
        public var patternTypeFilter: Int8 = 3
        public var principalFilter: String? = ""
        public var hostFilter: String? = ""
        public var operation: Int8 = 0
        public var permissionType: Int8 = 0
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 2
            self.resourceTypeFilter = try buffer.readKafkaInteger(as: Int8.self, "DeleteAclsRequest.DeleteAclsFilter.ResourceTypeFilter")
            self.resourceNameFilter = try buffer.readKafkaNullableString(compact: flexible, "DeleteAclsRequest.DeleteAclsFilter.ResourceNameFilter")
            if version >= 1 {
                self.patternTypeFilter = try buffer.readKafkaInteger(as: Int8.self, "DeleteAclsRequest.DeleteAclsFilter.PatternTypeFilter")
            }
            self.principalFilter = try buffer.readKafkaNullableString(compact: flexible, "DeleteAclsRequest.DeleteAclsFilter.PrincipalFilter")
            self.hostFilter = try buffer.readKafkaNullableString(compact: flexible, "DeleteAclsRequest.DeleteAclsFilter.HostFilter")
            self.operation = try buffer.readKafkaInteger(as: Int8.self, "DeleteAclsRequest.DeleteAclsFilter.Operation")
            self.permissionType = try buffer.readKafkaInteger(as: Int8.self, "DeleteAclsRequest.DeleteAclsFilter.PermissionType")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DeleteAclsRequest.DeleteAclsFilter tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 2
            buffer.writeInteger(self.resourceTypeFilter, endianness: .big)
            try buffer.writeKafkaString(self.resourceNameFilter, compact: flexible)
            if version >= 1 {
                buffer.writeInteger(self.patternTypeFilter, endianness: .big)
            } else if self.patternTypeFilter != 3 {
                throw ProtocolError.fieldNotSupported(field: "DeleteAclsRequest.DeleteAclsFilter.PatternTypeFilter", version: version)
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
}
