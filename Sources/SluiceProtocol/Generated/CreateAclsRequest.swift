// Generated from CreateAclsRequest.json by SluiceCodegen. Do not edit.
// CreateAcls request (API key 30): v0-3, flexible v2+, deprecated v0.

import NIOCore

public struct CreateAclsRequest: KafkaRequest {
    public typealias Response = CreateAclsResponse
    public static let apiKey: ApiKey = .createAcls
    public static let validVersions: ClosedRange<Int16> = 0...3
    public static let firstFlexibleVersion: Int16? = 2

    public var creations: [AclCreation] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("CreateAclsRequest", version: version)
        }
        let flexible: Bool = version >= 2
        self.creations = try buffer.readKafkaArray(of: AclCreation.self, version: version, compact: flexible, minimumElementSize: 8, "CreateAclsRequest.Creations")
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("CreateAclsRequest tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("CreateAclsRequest", version: version)
        }
        let flexible: Bool = version >= 2
        try buffer.writeKafkaArray(self.creations, version: version, compact: flexible)
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct AclCreation: Sendable, Equatable, KafkaStructCodable {
        public var resourceType: Int8 = 0
        public var resourceName: String = ""
        public var resourcePatternType: Int8 = 3
        public var principal: String = ""
        public var host: String = ""
        public var operation: Int8 = 0
        public var permissionType: Int8 = 0
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 2
            self.resourceType = try buffer.readKafkaInteger(as: Int8.self, "CreateAclsRequest.AclCreation.ResourceType")
            self.resourceName = try buffer.readKafkaString(compact: flexible, "CreateAclsRequest.AclCreation.ResourceName")
            if version >= 1 {
                self.resourcePatternType = try buffer.readKafkaInteger(as: Int8.self, "CreateAclsRequest.AclCreation.ResourcePatternType")
            }
            self.principal = try buffer.readKafkaString(compact: flexible, "CreateAclsRequest.AclCreation.Principal")
            self.host = try buffer.readKafkaString(compact: flexible, "CreateAclsRequest.AclCreation.Host")
            self.operation = try buffer.readKafkaInteger(as: Int8.self, "CreateAclsRequest.AclCreation.Operation")
            self.permissionType = try buffer.readKafkaInteger(as: Int8.self, "CreateAclsRequest.AclCreation.PermissionType")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("CreateAclsRequest.AclCreation tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 2
            buffer.writeInteger(self.resourceType, endianness: .big)
            try buffer.writeKafkaString(self.resourceName, compact: flexible)
            if version >= 1 {
                buffer.writeInteger(self.resourcePatternType, endianness: .big)
            } else if self.resourcePatternType != 3 {
                throw ProtocolError.fieldNotSupported(field: "CreateAclsRequest.AclCreation.ResourcePatternType", version: version)
            }
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
