// Generated from SnapshotFooterRecord.json by SluiceCodegen. Do not edit.
// SnapshotFooterRecord (embedded data, not a request): v0, all flexible.

import NIOCore

public struct SnapshotFooterRecord: Sendable, Equatable {
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    public var version: Int16 = 0
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("SnapshotFooterRecord", version: version)
        }
        self.version = try buffer.readKafkaInteger(as: Int16.self, "SnapshotFooterRecord.Version")
        self.unknownTaggedFields = try buffer.readUnknownTaggedFields("SnapshotFooterRecord tagged fields")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("SnapshotFooterRecord", version: version)
        }
        buffer.writeInteger(self.version, endianness: .big)
        buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
    }
}
