// Generated from DefaultPrincipalData.json by SluiceCodegen. Do not edit.
// DefaultPrincipalData (embedded data, not a request): v0, all flexible.

import NIOCore

public struct DefaultPrincipalData: Sendable, Equatable {
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    public var type: String = ""
    public var name: String = ""
    public var tokenAuthenticated: Bool = false
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DefaultPrincipalData", version: version)
        }
        self.type = try buffer.readKafkaString(compact: true, "DefaultPrincipalData.Type")
        self.name = try buffer.readKafkaString(compact: true, "DefaultPrincipalData.Name")
        self.tokenAuthenticated = try buffer.readKafkaBool("DefaultPrincipalData.TokenAuthenticated")
        self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DefaultPrincipalData tagged fields")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DefaultPrincipalData", version: version)
        }
        try buffer.writeKafkaString(self.type, compact: true)
        try buffer.writeKafkaString(self.name, compact: true)
        buffer.writeKafkaBool(self.tokenAuthenticated)
        buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
    }
}
