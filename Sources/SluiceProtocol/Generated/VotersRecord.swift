// Generated from VotersRecord.json by SluiceCodegen. Do not edit.
// VotersRecord (embedded data, not a request): v0, all flexible.

import NIOCore

public struct VotersRecord: Sendable, Equatable {
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    public var version: Int16 = 0
    public var voters: [Voter] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("VotersRecord", version: version)
        }
        self.version = try buffer.readKafkaInteger(as: Int16.self, "VotersRecord.Version")
        self.voters = try buffer.readKafkaArray(of: Voter.self, version: version, compact: true, minimumElementSize: 27, "VotersRecord.Voters")
        self.unknownTaggedFields = try buffer.readUnknownTaggedFields("VotersRecord tagged fields")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("VotersRecord", version: version)
        }
        buffer.writeInteger(self.version, endianness: .big)
        try buffer.writeKafkaArray(self.voters, version: version, compact: true)
        buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
    }

    public struct Voter: Sendable, Equatable, KafkaStructCodable {
        public var voterId: Int32 = 0
        public var voterDirectoryId: KafkaUUID = KafkaUUID.zero
        public var endpoints: [Endpoint] = []
        public var kRaftVersionFeature: KRaftVersionFeature = KRaftVersionFeature()
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.voterId = try buffer.readKafkaInteger(as: Int32.self, "VotersRecord.Voter.VoterId")
            self.voterDirectoryId = try buffer.readKafkaUUID("VotersRecord.Voter.VoterDirectoryId")
            self.endpoints = try buffer.readKafkaArray(of: Endpoint.self, version: version, compact: true, minimumElementSize: 5, "VotersRecord.Voter.Endpoints")
            self.kRaftVersionFeature = try KRaftVersionFeature(from: &buffer, version: version)
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("VotersRecord.Voter tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeInteger(self.voterId, endianness: .big)
            buffer.writeKafkaUUID(self.voterDirectoryId)
            try buffer.writeKafkaArray(self.endpoints, version: version, compact: true)
            try self.kRaftVersionFeature.encode(into: &buffer, version: version)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct Endpoint: Sendable, Equatable, KafkaStructCodable {
        public var name: String = ""
        public var host: String = ""
        public var port: UInt16 = 0
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.name = try buffer.readKafkaString(compact: true, "VotersRecord.Endpoint.Name")
            self.host = try buffer.readKafkaString(compact: true, "VotersRecord.Endpoint.Host")
            self.port = try buffer.readKafkaInteger(as: UInt16.self, "VotersRecord.Endpoint.Port")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("VotersRecord.Endpoint tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            try buffer.writeKafkaString(self.name, compact: true)
            try buffer.writeKafkaString(self.host, compact: true)
            buffer.writeInteger(self.port, endianness: .big)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct KRaftVersionFeature: Sendable, Equatable, KafkaStructCodable {
        public var minSupportedVersion: Int16 = 0
        public var maxSupportedVersion: Int16 = 0
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.minSupportedVersion = try buffer.readKafkaInteger(as: Int16.self, "VotersRecord.KRaftVersionFeature.MinSupportedVersion")
            self.maxSupportedVersion = try buffer.readKafkaInteger(as: Int16.self, "VotersRecord.KRaftVersionFeature.MaxSupportedVersion")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("VotersRecord.KRaftVersionFeature tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeInteger(self.minSupportedVersion, endianness: .big)
            buffer.writeInteger(self.maxSupportedVersion, endianness: .big)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
