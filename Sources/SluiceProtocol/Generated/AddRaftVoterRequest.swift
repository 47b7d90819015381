// Generated from AddRaftVoterRequest.json by SluiceCodegen. Do not edit.
// AddRaftVoter request (API key 80): v0, all flexible.

import NIOCore

public struct AddRaftVoterRequest: KafkaRequest {
    public typealias Response = AddRaftVoterResponse
    public static let apiKey: ApiKey = .addRaftVoter
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    public var clusterId: String? = ""
    public var timeoutMs: Int32 = 0
    public var voterId: Int32 = 0
    public var voterDirectoryId: KafkaUUID = KafkaUUID.zero
    public var listeners: [Listener] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("AddRaftVoterRequest", version: version)
        }
        self.clusterId = try buffer.readKafkaNullableString(compact: true, "AddRaftVoterRequest.ClusterId")
        self.timeoutMs = try buffer.readKafkaInteger(as: Int32.self, "AddRaftVoterRequest.TimeoutMs")
        self.voterId = try buffer.readKafkaInteger(as: Int32.self, "AddRaftVoterRequest.VoterId")
        self.voterDirectoryId = try buffer.readKafkaUUID("AddRaftVoterRequest.VoterDirectoryId")
        self.listeners = try buffer.readKafkaArray(of: Listener.self, version: version, compact: true, minimumElementSize: 5, "AddRaftVoterRequest.Listeners")
        self.unknownTaggedFields = try buffer.readUnknownTaggedFields("AddRaftVoterRequest tagged fields")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("AddRaftVoterRequest", version: version)
        }
        try buffer.writeKafkaString(self.clusterId, compact: true)
        buffer.writeInteger(self.timeoutMs, endianness: .big)
        buffer.writeInteger(self.voterId, endianness: .big)
        buffer.writeKafkaUUID(self.voterDirectoryId)
        try buffer.writeKafkaArray(self.listeners, version: version, compact: true)
        buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
    }

    public struct Listener: Sendable, Equatable, KafkaStructCodable {
        public var name: String = ""
        public var host: String = ""
        public var port: UInt16 = 0
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.name = try buffer.readKafkaString(compact: true, "AddRaftVoterRequest.Listener.Name")
            self.host = try buffer.readKafkaString(compact: true, "AddRaftVoterRequest.Listener.Host")
            self.port = try buffer.readKafkaInteger(as: UInt16.self, "AddRaftVoterRequest.Listener.Port")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("AddRaftVoterRequest.Listener tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            try buffer.writeKafkaString(self.name, compact: true)
            try buffer.writeKafkaString(self.host, compact: true)
            buffer.writeInteger(self.port, endianness: .big)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
