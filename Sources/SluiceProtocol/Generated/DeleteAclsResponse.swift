// Generated from DeleteAclsResponse.json by SluiceCodegen. Do not edit.
// DeleteAcls response (API key 31): v0-3, flexible v2+.

import NIOCore

public struct DeleteAclsResponse: KafkaResponse {
    public static let apiKey: ApiKey = .deleteAcls
    public static let validVersions: ClosedRange<Int16> = 0...3
    public static let firstFlexibleVersion: Int16? = 2

    public var throttleTimeMs: Int32 = 0
    public var filterResults: [DeleteAclsFilterResult] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DeleteAclsResponse", version: version)
        }
        let flexible: Bool = version >= 2
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "DeleteAclsResponse.ThrottleTimeMs")
        self.filterResults = try buffer.readKafkaArray(of: DeleteAclsFilterResult.self, version: version, compact: flexible, minimumElementSize: 5, "DeleteAclsResponse.FilterResults")
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DeleteAclsResponse tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DeleteAclsResponse", version: version)
        }
        let flexible: Bool = version >= 2
        buffer.writeInteger(self.throttleTimeMs, endianness: .big)
        try buffer.writeKafkaArray(self.filterResults, version: version, compact: flexible)
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct DeleteAclsFilterResult: Sendable, Equatable, KafkaStructCodable {
        public var errorCode: Int16 = 0
        public var errorMessage: String? = ""
        public var matchingAcls: [DeleteAclsMatchingAcl] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 2
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "DeleteAclsResponse.DeleteAclsFilterResult.ErrorCode")
            self.errorMessage = try buffer.readKafkaNullableString(compact: flexible, "DeleteAclsResponse.DeleteAclsFilterResult.ErrorMessage")
            self.matchingAcls = try buffer.readKafkaArray(of: DeleteAclsMatchingAcl.self, version: version, compact: flexible, minimumElementSize: 11, "DeleteAclsResponse.DeleteAclsFilterResult.MatchingAcls")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DeleteAclsResponse.DeleteAclsFilterResult tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 2
            buffer.writeInteger(self.errorCode, endianness: .big)
            try buffer.writeKafkaString(self.errorMessage, compact: flexible)
            try buffer.writeKafkaArray(self.matchingAcls, version: version, compact: flexible)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }

    public struct DeleteAclsMatchingAcl: Sendable, Equatable, KafkaStructCodable {
        public var errorCode: Int16 = 0
        public var errorMessage: String? = ""
        public var resourceType: Int8 = 0
        public var resourceName: String = ""
        public var patternType: Int8 = 3
        public var principal: String = ""
        public var host: String = ""
        public var operation: Int8 = 0
        public var permissionType: Int8 = 0
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 2
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "DeleteAclsResponse.DeleteAclsMatchingAcl.ErrorCode")
            self.errorMessage = try buffer.readKafkaNullableString(compact: flexible, "DeleteAclsResponse.DeleteAclsMatchingAcl.ErrorMessage")
            self.resourceType = try buffer.readKafkaInteger(as: Int8.self, "DeleteAclsResponse.DeleteAclsMatchingAcl.ResourceType")
            self.resourceName = try buffer.readKafkaString(compact: flexible, "DeleteAclsResponse.DeleteAclsMatchingAcl.ResourceName")
            if version >= 1 {
                self.patternType = try buffer.readKafkaInteger(as: Int8.self, "DeleteAclsResponse.DeleteAclsMatchingAcl.PatternType")
            }
            self.principal = try buffer.readKafkaString(compact: flexible, "DeleteAclsResponse.DeleteAclsMatchingAcl.Principal")
            self.host = try buffer.readKafkaString(compact: flexible, "DeleteAclsResponse.DeleteAclsMatchingAcl.Host")
            self.operation = try buffer.readKafkaInteger(as: Int8.self, "DeleteAclsResponse.DeleteAclsMatchingAcl.Operation")
            self.permissionType = try buffer.readKafkaInteger(as: Int8.self, "DeleteAclsResponse.DeleteAclsMatchingAcl.PermissionType")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DeleteAclsResponse.DeleteAclsMatchingAcl tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 2
            buffer.writeInteger(self.errorCode, endianness: .big)
            try buffer.writeKafkaString(self.errorMessage, compact: flexible)
            buffer.writeInteger(self.resourceType, endianness: .big)
            try buffer.writeKafkaString(self.resourceName, compact: flexible)
            if version >= 1 {
                buffer.writeInteger(self.patternType, endianness: .big)
            } else if self.patternType != 3 {
                throw ProtocolError.fieldNotSupported(field: "DeleteAclsResponse.DeleteAclsMatchingAcl.PatternType", version: version)
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
