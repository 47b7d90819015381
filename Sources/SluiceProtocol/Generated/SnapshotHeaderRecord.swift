// Generated from SnapshotHeaderRecord.json by SluiceCodegen. Do not edit.
// SnapshotHeaderRecord (embedded data, not a request): v0, all flexible.

import NIOCore

public struct SnapshotHeaderRecord: Sendable, Equatable {
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    public var version: Int16 = 0
    public var lastContainedLogTimestamp: Int64 = 0
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("SnapshotHeaderRecord", version: version)
        }
        self.version = try buffer.readKafkaInteger(as: Int16.self, "SnapshotHeaderRecord.Version")
        self.lastContainedLogTimestamp = try buffer.readKafkaInteger(as: Int64.self, "SnapshotHeaderRecord.LastContainedLogTimestamp")
        self.unknownTaggedFields = try buffer.readUnknownTaggedFields("SnapshotHeaderRecord tagged fields")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("SnapshotHeaderRecord", version: version)
        }
        buffer.writeInteger(self.version, endianness: .big)
        buffer.writeInteger(self.lastContainedLogTimestamp, endianness: .big)
        buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
    }
}
