// Generated from RemoveRaftVoterRequest.json by SluiceCodegen. Do not edit.
// RemoveRaftVoter request (API key 81): v0, all flexible.

import NIOCore

public struct RemoveRaftVoterRequest: KafkaRequest {
    public typealias Response = RemoveRaftVoterResponse
    public static let apiKey: ApiKey = .removeRaftVoter
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    public var clusterId: String? = ""
    public var voterId: Int32 = 0
    public var voterDirectoryId: KafkaUUID = KafkaUUID.zero
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("RemoveRaftVoterRequest", version: version)
        }
        self.clusterId = try buffer.readKafkaNullableString(compact: true, "RemoveRaftVoterRequest.ClusterId")
        self.voterId = try buffer.readKafkaInteger(as: Int32.self, "RemoveRaftVoterRequest.VoterId")
        self.voterDirectoryId = try buffer.readKafkaUUID("RemoveRaftVoterRequest.VoterDirectoryId")
        self.unknownTaggedFields = try buffer.readUnknownTaggedFields("RemoveRaftVoterRequest tagged fields")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("RemoveRaftVoterRequest", version: version)
        }
        try buffer.writeKafkaString(self.clusterId, compact: true)
        buffer.writeInteger(self.voterId, endianness: .big)
        buffer.writeKafkaUUID(self.voterDirectoryId)
        buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
    }
}
