// Generated from ApiVersionsResponse.json by SluiceCodegen. Do not edit.
// ApiVersions response (API key 18): v0-4, flexible v3+.

import NIOCore

public struct ApiVersionsResponse: KafkaResponse {
    public static let apiKey: ApiKey = .apiVersions
    public static let validVersions: ClosedRange<Int16> = 0...4
    public static let firstFlexibleVersion: Int16? = 3

    public var errorCode: Int16 = 0
    public var apiKeys: [ApiVersion] = []
    public var throttleTimeMs: Int32 = 0
    public var supportedFeatures: [SupportedFeatureKey] = []
    public var finalizedFeaturesEpoch: Int64 = -1
    public var finalizedFeatures: [FinalizedFeatureKey] = []
    public var zkMigrationReady: Bool = false
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ApiVersionsResponse", version: version)
        }
        let flexible: Bool = version >= 3
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "ApiVersionsResponse.ErrorCode")
        self.apiKeys = try buffer.readKafkaArray(of: ApiVersion.self, version: version, compact: flexible, minimumElementSize: 6, "ApiVersionsResponse.ApiKeys")
        if version >= 1 {
            self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "ApiVersionsResponse.ThrottleTimeMs")
        }
        if flexible {
            self.unknownTaggedFields = try buffer.readTaggedFields("ApiVersionsResponse tagged fields") { (tag: UInt32, slice: inout ByteBuffer) throws -> Bool in
                switch tag {
                case 0:
                    self.supportedFeatures = try slice.readKafkaArray(of: SupportedFeatureKey.self, version: version, compact: true, minimumElementSize: 6, "ApiVersionsResponse.SupportedFeatures")
                    return true
                case 1:
                    self.finalizedFeaturesEpoch = try slice.readKafkaInteger(as: Int64.self, "ApiVersionsResponse.FinalizedFeaturesEpoch")
                    return true
                case 2:
                    self.finalizedFeatures = try slice.readKafkaArray(of: FinalizedFeatureKey.self, version: version, compact: true, minimumElementSize: 6, "ApiVersionsResponse.FinalizedFeatures")
                    return true
                case 3:
                    self.zkMigrationReady = try slice.readKafkaBool("ApiVersionsResponse.ZkMigrationReady")
                    return true
                default:
                    return false
                }
            }
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ApiVersionsResponse", version: version)
        }
        let flexible: Bool = version >= 3
        buffer.writeInteger(self.errorCode, endianness: .big)
        try buffer.writeKafkaArray(self.apiKeys, version: version, compact: flexible)
        if version >= 1 {
            buffer.writeInteger(self.throttleTimeMs, endianness: .big)
        }
        if flexible {
            var tagged: [(UInt32, ByteBuffer)] = []
            if !self.supportedFeatures.isEmpty {
                var field: ByteBuffer = ByteBuffer()
                try field.writeKafkaArray(self.supportedFeatures, version: version, compact: true)
                tagged.append((0, field))
            }
            if self.finalizedFeaturesEpoch != -1 {
                var field: ByteBuffer = ByteBuffer()
                field.writeInteger(self.finalizedFeaturesEpoch, endianness: .big)
                tagged.append((1, field))
            }
            if !self.finalizedFeatures.isEmpty {
                var field: ByteBuffer = ByteBuffer()
                try field.writeKafkaArray(self.finalizedFeatures, version: version, compact: true)
                tagged.append((2, field))
            }
            if self.zkMigrationReady != false {
                var field: ByteBuffer = ByteBuffer()
                field.writeKafkaBool(self.zkMigrationReady)
                tagged.append((3, field))
            }
            buffer.writeTaggedFields(tagged, unknown: self.unknownTaggedFields)
        }
    }

    public struct ApiVersion: Sendable, Equatable, KafkaStructCodable {
        public var apiKey: Int16 = 0
        public var minVersion: Int16 = 0
        public var maxVersion: Int16 = 0
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 3
            self.apiKey = try buffer.readKafkaInteger(as: Int16.self, "ApiVersionsResponse.ApiVersion.ApiKey")
            self.minVersion = try buffer.readKafkaInteger(as: Int16.self, "ApiVersionsResponse.ApiVersion.MinVersion")
            self.maxVersion = try buffer.readKafkaInteger(as: Int16.self, "ApiVersionsResponse.ApiVersion.MaxVersion")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ApiVersionsResponse.ApiVersion tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 3
            buffer.writeInteger(self.apiKey, endianness: .big)
            buffer.writeInteger(self.minVersion, endianness: .big)
            buffer.writeInteger(self.maxVersion, endianness: .big)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }

    public struct SupportedFeatureKey: Sendable, Equatable, KafkaStructCodable {
        public var name: String = ""
        public var minVersion: Int16 = 0
        public var maxVersion: Int16 = 0
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.name = try buffer.readKafkaString(compact: true, "ApiVersionsResponse.SupportedFeatureKey.Name")
            self.minVersion = try buffer.readKafkaInteger(as: Int16.self, "ApiVersionsResponse.SupportedFeatureKey.MinVersion")
            self.maxVersion = try buffer.readKafkaInteger(as: Int16.self, "ApiVersionsResponse.SupportedFeatureKey.MaxVersion")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ApiVersionsResponse.SupportedFeatureKey tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            try buffer.writeKafkaString(self.name, compact: true)
            buffer.writeInteger(self.minVersion, endianness: .big)
            buffer.writeInteger(self.maxVersion, endianness: .big)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct FinalizedFeatureKey: Sendable, Equatable, KafkaStructCodable {
        public var name: String = ""
        public var maxVersionLevel: Int16 = 0
        public var minVersionLevel: Int16 = 0
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.name = try buffer.readKafkaString(compact: true, "ApiVersionsResponse.FinalizedFeatureKey.Name")
            self.maxVersionLevel = try buffer.readKafkaInteger(as: Int16.self, "ApiVersionsResponse.FinalizedFeatureKey.MaxVersionLevel")
            self.minVersionLevel = try buffer.readKafkaInteger(as: Int16.self, "ApiVersionsResponse.FinalizedFeatureKey.MinVersionLevel")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ApiVersionsResponse.FinalizedFeatureKey tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            try buffer.writeKafkaString(self.name, compact: true)
            buffer.writeInteger(self.maxVersionLevel, endianness: .big)
            buffer.writeInteger(self.minVersionLevel, endianness: .big)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
