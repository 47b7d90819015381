// Generated from AddOffsetsToTxnResponse.json by SluiceCodegen. Do not edit.
// AddOffsetsToTxn response (API key 25): v0-4, flexible v3+.

import NIOCore

public struct AddOffsetsToTxnResponse: KafkaResponse {
    public static let apiKey: ApiKey = .addOffsetsToTxn
    public static let validVersions: ClosedRange<Int16> = 0...4
    public static let firstFlexibleVersion: Int16? = 3

    public var throttleTimeMs: Int32 = 0
    public var errorCode: Int16 = 0
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("AddOffsetsToTxnResponse", version: version)
        }
        let flexible: Bool = version >= 3
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "AddOffsetsToTxnResponse.ThrottleTimeMs")
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "AddOffsetsToTxnResponse.ErrorCode")
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("AddOffsetsToTxnResponse tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("AddOffsetsToTxnResponse", version: version)
        }
        let flexible: Bool = version >= 3
        buffer.writeInteger(self.throttleTimeMs, endianness: .big)
        buffer.writeInteger(self.errorCode, endianness: .big)
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
