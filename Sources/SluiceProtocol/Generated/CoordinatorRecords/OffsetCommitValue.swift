// Generated from OffsetCommitValue.json by SluiceCodegen. Do not edit.
// OffsetCommitValue (embedded data, not a request): v0-4, flexible v4+.

import NIOCore

public struct OffsetCommitValue: Sendable, Equatable {
    public static let validVersions: ClosedRange<Int16> = 0...4
    public static let firstFlexibleVersion: Int16? = 4

    public var offset: Int64 = 0
    public var leaderEpoch: Int32 = -1
    public var metadata: String = ""
    public var commitTimestamp: Int64 = 0
    public var expireTimestamp: Int64 = -1
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("OffsetCommitValue", version: version)
        }
        let flexible: Bool = version >= 4
        self.offset = try buffer.readKafkaInteger(as: Int64.self, "OffsetCommitValue.offset")
        if version >= 3 {
            self.leaderEpoch = try buffer.readKafkaInteger(as: Int32.self, "OffsetCommitValue.leaderEpoch")
        }
        self.metadata = try buffer.readKafkaString(compact: flexible, "OffsetCommitValue.metadata")
        self.commitTimestamp = try buffer.readKafkaInteger(as: Int64.self, "OffsetCommitValue.commitTimestamp")
        if version == 1 {
            self.expireTimestamp = try buffer.readKafkaInteger(as: Int64.self, "OffsetCommitValue.expireTimestamp")
        }
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("OffsetCommitValue tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("OffsetCommitValue", version: version)
        }
        let flexible: Bool = version >= 4
        buffer.writeInteger(self.offset, endianness: .big)
        if version >= 3 {
            buffer.writeInteger(self.leaderEpoch, endianness: .big)
        }
        try buffer.writeKafkaString(self.metadata, compact: flexible)
        buffer.writeInteger(self.commitTimestamp, endianness: .big)
        if version == 1 {
            buffer.writeInteger(self.expireTimestamp, endianness: .big)
        }
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
