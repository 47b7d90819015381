// Generated from InitProducerIdResponse.json by SluiceCodegen. Do not edit.
// InitProducerId response (API key 22): v0-5, flexible v2+.

import NIOCore

public struct InitProducerIdResponse: KafkaResponse {
    public static let apiKey: ApiKey = .initProducerId
    public static let validVersions: ClosedRange<Int16> = 0...5
    public static let firstFlexibleVersion: Int16? = 2

    public var throttleTimeMs: Int32 = 0
    public var errorCode: Int16 = 0
    public var producerId: Int64 = -1
    public var producerEpoch: Int16 = 0
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("InitProducerIdResponse", version: version)
        }
        let flexible: Bool = version >= 2
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "InitProducerIdResponse.ThrottleTimeMs")
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "InitProducerIdResponse.ErrorCode")
        self.producerId = try buffer.readKafkaInteger(as: Int64.self, "InitProducerIdResponse.ProducerId")
        self.producerEpoch = try buffer.readKafkaInteger(as: Int16.self, "InitProducerIdResponse.ProducerEpoch")
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("InitProducerIdResponse tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("InitProducerIdResponse", version: version)
        }
        let flexible: Bool = version >= 2
        buffer.writeInteger(self.throttleTimeMs, endianness: .big)
        buffer.writeInteger(self.errorCode, endianness: .big)
        buffer.writeInteger(self.producerId, endianness: .big)
        buffer.writeInteger(self.producerEpoch, endianness: .big)
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
