// Generated from RequestHeader.json by SluiceCodegen. Do not edit.
// RequestHeader: v0-2, flexible v2+.

import NIOCore

public struct RequestHeader: Sendable, Equatable {
    public static let validVersions: ClosedRange<Int16> = 0...2
    public static let firstFlexibleVersion: Int16? = 2

    public var requestApiKey: Int16 = 0
    public var requestApiVersion: Int16 = 0
    public var correlationId: Int32 = 0
    public var clientId: String? = ""
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("RequestHeader", version: version)
        }
        let flexible: Bool = version >= 2
        self.requestApiKey = try buffer.readKafkaInteger(as: Int16.self, "RequestHeader.RequestApiKey")
        self.requestApiVersion = try buffer.readKafkaInteger(as: Int16.self, "RequestHeader.RequestApiVersion")
        self.correlationId = try buffer.readKafkaInteger(as: Int32.self, "RequestHeader.CorrelationId")
        if version >= 1 {
            self.clientId = try buffer.readKafkaNullableString(compact: false, "RequestHeader.ClientId")
        }
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("RequestHeader tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("RequestHeader", version: version)
        }
        let flexible: Bool = version >= 2
        buffer.writeInteger(self.requestApiKey, endianness: .big)
        buffer.writeInteger(self.requestApiVersion, endianness: .big)
        buffer.writeInteger(self.correlationId, endianness: .big)
        if version >= 1 {
            try buffer.writeKafkaString(self.clientId, compact: false)
        }
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
