// Generated from ConsumerGroupTargetAssignmentMetadataValue.json by SluiceCodegen. Do not edit.
// ConsumerGroupTargetAssignmentMetadataValue (embedded data, not a request): v0, all flexible.

import NIOCore

public struct ConsumerGroupTargetAssignmentMetadataValue: Sendable, Equatable {
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    public var assignmentEpoch: Int32 = 0
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ConsumerGroupTargetAssignmentMetadataValue", version: version)
        }
        self.assignmentEpoch = try buffer.readKafkaInteger(as: Int32.self, "ConsumerGroupTargetAssignmentMetadataValue.AssignmentEpoch")
        self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ConsumerGroupTargetAssignmentMetadataValue tagged fields")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ConsumerGroupTargetAssignmentMetadataValue", version: version)
        }
        buffer.writeInteger(self.assignmentEpoch, endianness: .big)
        buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
    }
}
