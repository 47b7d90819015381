// Generated from UnregisterBrokerResponse.json by SluiceCodegen. Do not edit.
// UnregisterBroker response (API key 64): v0, all flexible.

import NIOCore

public struct UnregisterBrokerResponse: KafkaResponse {
    public static let apiKey: ApiKey = .unregisterBroker
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    public var throttleTimeMs: Int32 = 0
    public var errorCode: Int16 = 0
    public var errorMessage: String? = ""
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("UnregisterBrokerResponse", version: version)
        }
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "UnregisterBrokerResponse.ThrottleTimeMs")
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "UnregisterBrokerResponse.ErrorCode")
        self.errorMessage = try buffer.readKafkaNullableString(compact: true, "UnregisterBrokerResponse.ErrorMessage")
        self.unknownTaggedFields = try buffer.readUnknownTaggedFields("UnregisterBrokerResponse tagged fields")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("UnregisterBrokerResponse", version: version)
        }
        buffer.writeInteger(self.throttleTimeMs, endianness: .big)
        buffer.writeInteger(self.errorCode, endianness: .big)
        try buffer.writeKafkaString(self.errorMessage, compact: true)
        buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
    }
}
