// Generated from UpdateFeaturesRequest.json by SluiceCodegen. Do not edit.
// UpdateFeatures request (API key 57): v0-2, all flexible.

import NIOCore

public struct UpdateFeaturesRequest: KafkaRequest {
    public typealias Response = UpdateFeaturesResponse
    public static let apiKey: ApiKey = .updateFeatures
    public static let validVersions: ClosedRange<Int16> = 0...2
    public static let firstFlexibleVersion: Int16? = 0

    public var timeoutMs: Int32 = 60000
    public var featureUpdates: [FeatureUpdateKey] = []
    public var validateOnly: Bool = false
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("UpdateFeaturesRequest", version: version)
        }
        self.timeoutMs = try buffer.readKafkaInteger(as: Int32.self, "UpdateFeaturesRequest.timeoutMs")
        self.featureUpdates = try buffer.readKafkaArray(of: FeatureUpdateKey.self, version: version, compact: true, minimumElementSize: 5, "UpdateFeaturesRequest.FeatureUpdates")
        if version >= 1 {
            self.validateOnly = try buffer.readKafkaBool("UpdateFeaturesRequest.ValidateOnly")
        }
        self.unknownTaggedFields = try buffer.readUnknownTaggedFields("UpdateFeaturesRequest tagged fields")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("UpdateFeaturesRequest", version: version)
        }
        buffer.writeInteger(self.timeoutMs, endianness: .big)
        try buffer.writeKafkaArray(self.featureUpdates, version: version, compact: true)
        if version >= 1 {
            buffer.writeKafkaBool(self.validateOnly)
        } else if self.validateOnly != false {
            throw ProtocolError.fieldNotSupported(field: "UpdateFeaturesRequest.ValidateOnly", version: version)
        }
        buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
    }

    public struct FeatureUpdateKey: Sendable, Equatable, KafkaStructCodable {
        public var feature: String = ""
        public var maxVersionLevel: Int16 = 0
        public var allowDowngrade: Bool = false
        public var upgradeType: Int8 = 1
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.feature = try buffer.readKafkaString(compact: true, "UpdateFeaturesRequest.FeatureUpdateKey.Feature")
            self.maxVersionLevel = try buffer.readKafkaInteger(as: Int16.self, "UpdateFeaturesRequest.FeatureUpdateKey.MaxVersionLevel")
            if version <= 0 {
                self.allowDowngrade = try buffer.readKafkaBool("UpdateFeaturesRequest.FeatureUpdateKey.AllowDowngrade")
            }
            if version >= 1 {
                self.upgradeType = try buffer.readKafkaInteger(as: Int8.self, "UpdateFeaturesRequest.FeatureUpdateKey.UpgradeType")
            }
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("UpdateFeaturesRequest.FeatureUpdateKey tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            try buffer.writeKafkaString(self.feature, compact: true)
            buffer.writeInteger(self.maxVersionLevel, endianness: .big)
            if version <= 0 {
                buffer.writeKafkaBool(self.allowDowngrade)
            } else if self.allowDowngrade != false {
                throw ProtocolError.fieldNotSupported(field: "UpdateFeaturesRequest.FeatureUpdateKey.AllowDowngrade", version: version)
            }
            if version >= 1 {
                buffer.writeInteger(self.upgradeType, endianness: .big)
            } else if self.upgradeType != 1 {
                throw ProtocolError.fieldNotSupported(field: "UpdateFeaturesRequest.FeatureUpdateKey.UpgradeType", version: version)
            }
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
