// Generated from AddOffsetsToTxnRequest.json by SluiceCodegen. Do not edit.
// AddOffsetsToTxn request (API key 25): v0-4, flexible v3+.

import NIOCore

public struct AddOffsetsToTxnRequest: KafkaRequest {
    public typealias Response = AddOffsetsToTxnResponse
    public static let apiKey: ApiKey = .addOffsetsToTxn
    public static let validVersions: ClosedRange<Int16> = 0...4
    public static let firstFlexibleVersion: Int16? = 3

    public var transactionalId: String = ""
    public var producerId: Int64 = 0
    public var producerEpoch: Int16 = 0
    public var groupId: String = ""
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("AddOffsetsToTxnRequest", version: version)
        }
        let flexible: Bool = version >= 3
        self.transactionalId = try buffer.readKafkaString(compact: flexible, "AddOffsetsToTxnRequest.TransactionalId")
        self.producerId = try buffer.readKafkaInteger(as: Int64.self, "AddOffsetsToTxnRequest.ProducerId")
        self.producerEpoch = try buffer.readKafkaInteger(as: Int16.self, "AddOffsetsToTxnRequest.ProducerEpoch")
        self.groupId = try buffer.readKafkaString(compact: flexible, "AddOffsetsToTxnRequest.GroupId")
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("AddOffsetsToTxnRequest tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("AddOffsetsToTxnRequest", version: version)
        }
        let flexible: Bool = version >= 3
        try buffer.writeKafkaString(self.transactionalId, compact: flexible)
        buffer.writeInteger(self.producerId, endianness: .big)
        buffer.writeInteger(self.producerEpoch, endianness: .big)
        try buffer.writeKafkaString(self.groupId, compact: flexible)
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
