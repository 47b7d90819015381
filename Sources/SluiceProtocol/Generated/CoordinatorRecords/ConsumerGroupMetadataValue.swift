// Generated from ConsumerGroupMetadataValue.json by SluiceCodegen. Do not edit.
// ConsumerGroupMetadataValue (embedded data, not a request): v0, all flexible.

import NIOCore

public struct ConsumerGroupMetadataValue: Sendable, Equatable {
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    public var epoch: Int32 = 0
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ConsumerGroupMetadataValue", version: version)
        }
        self.epoch = try buffer.readKafkaInteger(as: Int32.self, "ConsumerGroupMetadataValue.Epoch")
        self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ConsumerGroupMetadataValue tagged fields")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ConsumerGroupMetadataValue", version: version)
        }
        buffer.writeInteger(self.epoch, endianness: .big)
        buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
    }
}
