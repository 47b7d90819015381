// Generated from GroupMetadataKey.json by SluiceCodegen. Do not edit.
// GroupMetadataKey (embedded data, not a request): v2, never flexible.

import NIOCore

public struct GroupMetadataKey: Sendable, Equatable {
    public static let validVersions: ClosedRange<Int16> = 2...2
    public static let firstFlexibleVersion: Int16? = nil

    public var group: String = ""

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("GroupMetadataKey", version: version)
        }
        self.group = try buffer.readKafkaString(compact: false, "GroupMetadataKey.group")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("GroupMetadataKey", version: version)
        }
        try buffer.writeKafkaString(self.group, compact: false)
    }
}
