// Generated from LeaderChangeMessage.json by SluiceCodegen. Do not edit.
// LeaderChangeMessage (embedded data, not a request): v0-1, all flexible.

import NIOCore

public struct LeaderChangeMessage: Sendable, Equatable {
    public static let validVersions: ClosedRange<Int16> = 0...1
    public static let firstFlexibleVersion: Int16? = 0

    public var version: Int16 = 0
    public var leaderId: Int32 = 0
    public var voters: [Voter] = []
    public var grantingVoters: [Voter] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("LeaderChangeMessage", version: version)
        }
        self.version = try buffer.readKafkaInteger(as: Int16.self, "LeaderChangeMessage.Version")
        self.leaderId = try buffer.readKafkaInteger(as: Int32.self, "LeaderChangeMessage.LeaderId")
        self.voters = try buffer.readKafkaArray(of: Voter.self, version: version, compact: true, minimumElementSize: 5, "LeaderChangeMessage.Voters")
        self.grantingVoters = try buffer.readKafkaArray(of: Voter.self, version: version, compact: true, minimumElementSize: 5, "LeaderChangeMessage.GrantingVoters")
        self.unknownTaggedFields = try buffer.readUnknownTaggedFields("LeaderChangeMessage tagged fields")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("LeaderChangeMessage", version: version)
        }
        buffer.writeInteger(self.version, endianness: .big)
        buffer.writeInteger(self.leaderId, endianness: .big)
        try buffer.writeKafkaArray(self.voters, version: version, compact: true)
        try buffer.writeKafkaArray(self.grantingVoters, version: version, compact: true)
        buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
    }

    public struct Voter: Sendable, Equatable, KafkaStructCodable {
        public var voterId: Int32 = 0
        public var voterDirectoryId: KafkaUUID = KafkaUUID.zero
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.voterId = try buffer.readKafkaInteger(as: Int32.self, "LeaderChangeMessage.Voter.VoterId")
            if version >= 1 {
                self.voterDirectoryId = try buffer.readKafkaUUID("LeaderChangeMessage.Voter.VoterDirectoryId")
            }
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("LeaderChangeMessage.Voter tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeInteger(self.voterId, endianness: .big)
            if version >= 1 {
                buffer.writeKafkaUUID(self.voterDirectoryId)
            } else if self.voterDirectoryId != KafkaUUID.zero {
                throw ProtocolError.fieldNotSupported(field: "LeaderChangeMessage.Voter.VoterDirectoryId", version: version)
            }
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
