// Generated from InitProducerIdRequest.json by SluiceCodegen. Do not edit.
// InitProducerId request (API key 22): v0-5, flexible v2+.

import NIOCore

public struct InitProducerIdRequest: KafkaRequest {
    public typealias Response = InitProducerIdResponse
    public static let apiKey: ApiKey = .initProducerId
    public static let validVersions: ClosedRange<Int16> = 0...5
    public static let firstFlexibleVersion: Int16? = 2

    public var transactionalId: String? = ""
    public var transactionTimeoutMs: Int32 = 0
    public var producerId: Int64 = -1
    public var producerEpoch: Int16 = -1
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("InitProducerIdRequest", version: version)
        }
        let flexible: Bool = version >= 2
        self.transactionalId = try buffer.readKafkaNullableString(compact: flexible, "InitProducerIdRequest.TransactionalId")
        self.transactionTimeoutMs = try buffer.readKafkaInteger(as: Int32.self, "InitProducerIdRequest.TransactionTimeoutMs")
        if version >= 3 {
            self.producerId = try buffer.readKafkaInteger(as: Int64.self, "InitProducerIdRequest.ProducerId")
            self.producerEpoch = try buffer.readKafkaInteger(as: Int16.self, "InitProducerIdRequest.ProducerEpoch")
        }
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("InitProducerIdRequest tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("InitProducerIdRequest", version: version)
        }
        let flexible: Bool = version >= 2
        try buffer.writeKafkaString(self.transactionalId, compact: flexible)
        buffer.writeInteger(self.transactionTimeoutMs, endianness: .big)
        if version >= 3 {
            buffer.writeInteger(self.producerId, endianness: .big)
        } else if self.producerId != -1 {
            throw ProtocolError.fieldNotSupported(field: "InitProducerIdRequest.ProducerId", version: version)
        }
        if version >= 3 {
            buffer.writeInteger(self.producerEpoch, endianness: .big)
        } else if self.producerEpoch != -1 {
            throw ProtocolError.fieldNotSupported(field: "InitProducerIdRequest.ProducerEpoch", version: version)
        }
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
