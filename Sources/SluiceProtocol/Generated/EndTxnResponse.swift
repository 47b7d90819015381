// Generated from EndTxnResponse.json by SluiceCodegen. Do not edit.
// EndTxn response (API key 26): v0-5, flexible v3+.

import NIOCore

public struct EndTxnResponse: KafkaResponse {
    public static let apiKey: ApiKey = .endTxn
    public static let validVersions: ClosedRange<Int16> = 0...5
    public static let firstFlexibleVersion: Int16? = 3

    public var throttleTimeMs: Int32 = 0
    public var errorCode: Int16 = 0
    public var producerId: Int64 = -1
    public var producerEpoch: Int16 = -1
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("EndTxnResponse", version: version)
        }
        let flexible: Bool = version >= 3
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "EndTxnResponse.ThrottleTimeMs")
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "EndTxnResponse.ErrorCode")
        if version >= 5 {
            self.producerId = try buffer.readKafkaInteger(as: Int64.self, "EndTxnResponse.ProducerId")
            self.producerEpoch = try buffer.readKafkaInteger(as: Int16.self, "EndTxnResponse.ProducerEpoch")
        }
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("EndTxnResponse tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("EndTxnResponse", version: version)
        }
        let flexible: Bool = version >= 3
        buffer.writeInteger(self.throttleTimeMs, endianness: .big)
        buffer.writeInteger(self.errorCode, endianness: .big)
        if version >= 5 {
            buffer.writeInteger(self.producerId, endianness: .big)
            buffer.writeInteger(self.producerEpoch, endianness: .big)
        }
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
