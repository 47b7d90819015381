// Generated from UnregisterBrokerRequest.json by SluiceCodegen. Do not edit.
// UnregisterBroker request (API key 64): v0, all flexible.

import NIOCore

public struct UnregisterBrokerRequest: KafkaRequest {
    public typealias Response = UnregisterBrokerResponse
    public static let apiKey: ApiKey = .unregisterBroker
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    public var brokerId: Int32 = 0
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("UnregisterBrokerRequest", version: version)
        }
        self.brokerId = try buffer.readKafkaInteger(as: Int32.self, "UnregisterBrokerRequest.BrokerId")
        self.unknownTaggedFields = try buffer.readUnknownTaggedFields("UnregisterBrokerRequest tagged fields")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("UnregisterBrokerRequest", version: version)
        }
        buffer.writeInteger(self.brokerId, endianness: .big)
        buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
    }
}
