// Generated from ResponseHeader.json by SluiceCodegen. Do not edit.
// ResponseHeader: v0-1, flexible v1+.

import NIOCore

public struct ResponseHeader: Sendable, Equatable {
    public static let validVersions: ClosedRange<Int16> = 0...1
    public static let firstFlexibleVersion: Int16? = 1

    public var correlationId: Int32 = 0
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ResponseHeader", version: version)
        }
        let flexible: Bool = version >= 1
        self.correlationId = try buffer.readKafkaInteger(as: Int32.self, "ResponseHeader.CorrelationId")
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ResponseHeader tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ResponseHeader", version: version)
        }
        let flexible: Bool = version >= 1
        buffer.writeInteger(self.correlationId, endianness: .big)
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
