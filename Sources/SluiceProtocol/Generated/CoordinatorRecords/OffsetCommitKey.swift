// Generated from OffsetCommitKey.json by SluiceCodegen. Do not edit.
// OffsetCommitKey (embedded data, not a request): v0-1, never flexible.

import NIOCore

public struct OffsetCommitKey: Sendable, Equatable {
    public static let validVersions: ClosedRange<Int16> = 0...1
    public static let firstFlexibleVersion: Int16? = nil

    public var group: String = ""
    public var topic: String = ""
    public var partition: Int32 = 0

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("OffsetCommitKey", version: version)
        }
        self.group = try buffer.readKafkaString(compact: false, "OffsetCommitKey.group")
        self.topic = try buffer.readKafkaString(compact: false, "OffsetCommitKey.topic")
        self.partition = try buffer.readKafkaInteger(as: Int32.self, "OffsetCommitKey.partition")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("OffsetCommitKey", version: version)
        }
        try buffer.writeKafkaString(self.group, compact: false)
        try buffer.writeKafkaString(self.topic, compact: false)
        buffer.writeInteger(self.partition, endianness: .big)
    }
}
