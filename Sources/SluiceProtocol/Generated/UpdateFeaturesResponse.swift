// Generated from UpdateFeaturesResponse.json by SluiceCodegen. Do not edit.
// UpdateFeatures response (API key 57): v0-2, all flexible.

import NIOCore

public struct UpdateFeaturesResponse: KafkaResponse {
    public static let apiKey: ApiKey = .updateFeatures
    public static let validVersions: ClosedRange<Int16> = 0...2
    public static let firstFlexibleVersion: Int16? = 0

    public var throttleTimeMs: Int32 = 0
    public var errorCode: Int16 = 0
    public var errorMessage: String? = ""
    public var results: [UpdatableFeatureResult] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("UpdateFeaturesResponse", version: version)
        }
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "UpdateFeaturesResponse.ThrottleTimeMs")
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "UpdateFeaturesResponse.ErrorCode")
        self.errorMessage = try buffer.readKafkaNullableString(compact: true, "UpdateFeaturesResponse.ErrorMessage")
        if version <= 1 {
            self.results = try buffer.readKafkaArray(of: UpdatableFeatureResult.self, version: version, compact: true, minimumElementSize: 5, "UpdateFeaturesResponse.Results")
        }
        self.unknownTaggedFields = try buffer.readUnknownTaggedFields("UpdateFeaturesResponse tagged fields")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("UpdateFeaturesResponse", version: version)
        }
        buffer.writeInteger(self.throttleTimeMs, endianness: .big)
        buffer.writeInteger(self.errorCode, endianness: .big)
        try buffer.writeKafkaString(self.errorMessage, compact: true)
        if version <= 1 {
            try buffer.writeKafkaArray(self.results, version: version, compact: true)
        }
        buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
    }

    public struct UpdatableFeatureResult: Sendable, Equatable, KafkaStructCodable {
        public var feature: String = ""
        public var errorCode: Int16 = 0
        public var errorMessage: String? = ""
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.feature = try buffer.readKafkaString(compact: true, "UpdateFeaturesResponse.UpdatableFeatureResult.Feature")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "UpdateFeaturesResponse.UpdatableFeatureResult.ErrorCode")
            self.errorMessage = try buffer.readKafkaNullableString(compact: true, "UpdateFeaturesResponse.UpdatableFeatureResult.ErrorMessage")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("UpdateFeaturesResponse.UpdatableFeatureResult tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            try buffer.writeKafkaString(self.feature, compact: true)
            buffer.writeInteger(self.errorCode, endianness: .big)
            try buffer.writeKafkaString(self.errorMessage, compact: true)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
