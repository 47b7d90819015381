// Generated from RemoveRaftVoterResponse.json by SluiceCodegen. Do not edit.
// RemoveRaftVoter response (API key 81): v0, all flexible.

import NIOCore

public struct RemoveRaftVoterResponse: KafkaResponse {
    public static let apiKey: ApiKey = .removeRaftVoter
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    public var throttleTimeMs: Int32 = 0
    public var errorCode: Int16 = 0
    public var errorMessage: String? = ""
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("RemoveRaftVoterResponse", version: version)
        }
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "RemoveRaftVoterResponse.ThrottleTimeMs")
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "RemoveRaftVoterResponse.ErrorCode")
        self.errorMessage = try buffer.readKafkaNullableString(compact: true, "RemoveRaftVoterResponse.ErrorMessage")
        self.unknownTaggedFields = try buffer.readUnknownTaggedFields("RemoveRaftVoterResponse tagged fields")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("RemoveRaftVoterResponse", version: version)
        }
        buffer.writeInteger(self.throttleTimeMs, endianness: .big)
        buffer.writeInteger(self.errorCode, endianness: .big)
        try buffer.writeKafkaString(self.errorMessage, compact: true)
        buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
    }
}
