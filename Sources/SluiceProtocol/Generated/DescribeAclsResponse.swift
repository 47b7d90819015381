// Generated from DescribeAclsResponse.json by SluiceCodegen. Do not edit.
// DescribeAcls response (API key 29): v0-3, flexible v2+.

import NIOCore

public struct DescribeAclsResponse: KafkaResponse {
    public static let apiKey: ApiKey = .describeAcls
    public static let validVersions: ClosedRange<Int16> = 0...3
    public static let firstFlexibleVersion: Int16? = 2

    public var throttleTimeMs: Int32 = 0
    public var errorCode: Int16 = 0
    public var errorMessage: String? = ""
    public var resources: [DescribeAclsResource] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DescribeAclsResponse", version: version)
        }
        let flexible: Bool = version >= 2
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "DescribeAclsResponse.ThrottleTimeMs")
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "DescribeAclsResponse.ErrorCode")
        self.errorMessage = try buffer.readKafkaNullableString(compact: flexible, "DescribeAclsResponse.ErrorMessage")
        self.resources = try buffer.readKafkaArray(of: DescribeAclsResource.self, version: version, compact: flexible, minimumElementSize: 5, "DescribeAclsResponse.Resources")
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeAclsResponse tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DescribeAclsResponse", version: version)
        }
        let flexible: Bool = version >= 2
        buffer.writeInteger(self.throttleTimeMs, endianness: .big)
        buffer.writeInteger(self.errorCode, endianness: .big)
        try buffer.writeKafkaString(self.errorMessage, compact: flexible)
        try buffer.writeKafkaArray(self.resources, version: version, compact: flexible)
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct DescribeAclsResource: Sendable, Equatable, KafkaStructCodable {
        public var resourceType: Int8 = 0
        public var resourceName: String = ""
        public var patternType: Int8 = 3
        public var acls: [AclDescription] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 2
            self.resourceType = try buffer.readKafkaInteger(as: Int8.self, "DescribeAclsResponse.DescribeAclsResource.ResourceType")
            self.resourceName = try buffer.readKafkaString(compact: flexible, "DescribeAclsResponse.DescribeAclsResource.ResourceName")
            if version >= 1 {
                self.patternType = try buffer.readKafkaInteger(as: Int8.self, "DescribeAclsResponse.DescribeAclsResource.PatternType")
            }
            self.acls = try buffer.readKafkaArray(of: AclDescription.self, version: version, compact: flexible, minimumElementSize: 5, "DescribeAclsResponse.DescribeAclsResource.Acls")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeAclsResponse.DescribeAclsResource tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 2
            buffer.writeInteger(self.resourceType, endianness: .big)
            try buffer.writeKafkaString(self.resourceName, compact: flexible)
            if version >= 1 {
                buffer.writeInteger(self.patternType, endianness: .big)
            } else if self.patternType != 3 {
                throw ProtocolError.fieldNotSupported(field: "DescribeAclsResponse.DescribeAclsResource.PatternType", version: version)
            }
            try buffer.writeKafkaArray(self.acls, version: version, compact: flexible)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }

    public struct AclDescription: Sendable, Equatable, KafkaStructCodable {
        public var principal: String = ""
        public var host: String = ""
        public var operation: Int8 = 0
        public var permissionType: Int8 = 0
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 2
            self.principal = try buffer.readKafkaString(compact: flexible, "DescribeAclsResponse.AclDescription.Principal")
            self.host = try buffer.readKafkaString(compact: flexible, "DescribeAclsResponse.AclDescription.Host")
            self.operation = try buffer.readKafkaInteger(as: Int8.self, "DescribeAclsResponse.AclDescription.Operation")
            self.permissionType = try buffer.readKafkaInteger(as: Int8.self, "DescribeAclsResponse.AclDescription.PermissionType")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeAclsResponse.AclDescription tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 2
            try buffer.writeKafkaString(self.principal, compact: flexible)
            try buffer.writeKafkaString(self.host, compact: flexible)
            buffer.writeInteger(self.operation, endianness: .big)
            buffer.writeInteger(self.permissionType, endianness: .big)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }
}
