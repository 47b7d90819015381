// Generated from EndTxnRequest.json by SluiceCodegen. Do not edit.
// EndTxn request (API key 26): v0-5, flexible v3+.

import NIOCore

public struct EndTxnRequest: KafkaRequest {
    public typealias Response = EndTxnResponse
    public static let apiKey: ApiKey = .endTxn
    public static let validVersions: ClosedRange<Int16> = 0...5
    public static let firstFlexibleVersion: Int16? = 3

    public var transactionalId: String = ""
    public var producerId: Int64 = 0
    public var producerEpoch: Int16 = 0
    public var committed: Bool = false
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("EndTxnRequest", version: version)
        }
        let flexible: Bool = version >= 3
        self.transactionalId = try buffer.readKafkaString(compact: flexible, "EndTxnRequest.TransactionalId")
        self.producerId = try buffer.readKafkaInteger(as: Int64.self, "EndTxnRequest.ProducerId")
        self.producerEpoch = try buffer.readKafkaInteger(as: Int16.self, "EndTxnRequest.ProducerEpoch")
        self.committed = try buffer.readKafkaBool("EndTxnRequest.Committed")
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("EndTxnRequest tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("EndTxnRequest", version: version)
        }
        let flexible: Bool = version >= 3
        try buffer.writeKafkaString(self.transactionalId, compact: flexible)
        buffer.writeInteger(self.producerId, endianness: .big)
        buffer.writeInteger(self.producerEpoch, endianness: .big)
        buffer.writeKafkaBool(self.committed)
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
