// Generated from AlterUserScramCredentialsRequest.json by SluiceCodegen. Do not edit.
// AlterUserScramCredentials request (API key 51): v0, all flexible.

import NIOCore

public struct AlterUserScramCredentialsRequest: KafkaRequest {
    public typealias Response = AlterUserScramCredentialsResponse
    public static let apiKey: ApiKey = .alterUserScramCredentials
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    public var deletions: [ScramCredentialDeletion] = []
    public var upsertions: [ScramCredentialUpsertion] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("AlterUserScramCredentialsRequest", version: version)
        }
        self.deletions = try buffer.readKafkaArray(of: ScramCredentialDeletion.self, version: version, compact: true, minimumElementSize: 3, "AlterUserScramCredentialsRequest.Deletions")
        self.upsertions = try buffer.readKafkaArray(of: ScramCredentialUpsertion.self, version: version, compact: true, minimumElementSize: 9, "AlterUserScramCredentialsRequest.Upsertions")
        self.unknownTaggedFields = try buffer.readUnknownTaggedFields("AlterUserScramCredentialsRequest tagged fields")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("AlterUserScramCredentialsRequest", version: version)
        }
        try buffer.writeKafkaArray(self.deletions, version: version, compact: true)
        try buffer.writeKafkaArray(self.upsertions, version: version, compact: true)
        buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
    }

    public struct ScramCredentialDeletion: Sendable, Equatable, KafkaStructCodable {
        public var name: String = ""
        public var mechanism: Int8 = 0
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.name = try buffer.readKafkaString(compact: true, "AlterUserScramCredentialsRequest.ScramCredentialDeletion.Name")
            self.mechanism = try buffer.readKafkaInteger(as: Int8.self, "AlterUserScramCredentialsRequest.ScramCredentialDeletion.Mechanism")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("AlterUserScramCredentialsRequest.ScramCredentialDeletion tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            try buffer.writeKafkaString(self.name, compact: true)
            buffer.writeInteger(self.mechanism, endianness: .big)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct ScramCredentialUpsertion: Sendable, Equatable, KafkaStructCodable {
        public var name: String = ""
        public var mechanism: Int8 = 0
        public var iterations: Int32 = 0
        public var salt: [UInt8] = []
        public var saltedPassword: [UInt8] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.name = try buffer.readKafkaString(compact: true, "AlterUserScramCredentialsRequest.ScramCredentialUpsertion.Name")
            self.mechanism = try buffer.readKafkaInteger(as: Int8.self, "AlterUserScramCredentialsRequest.ScramCredentialUpsertion.Mechanism")
            self.iterations = try buffer.readKafkaInteger(as: Int32.self, "AlterUserScramCredentialsRequest.ScramCredentialUpsertion.Iterations")
            self.salt = try buffer.readKafkaBytes(compact: true, "AlterUserScramCredentialsRequest.ScramCredentialUpsertion.Salt")
            self.saltedPassword = try buffer.readKafkaBytes(compact: true, "AlterUserScramCredentialsRequest.ScramCredentialUpsertion.SaltedPassword")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("AlterUserScramCredentialsRequest.ScramCredentialUpsertion tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            try buffer.writeKafkaString(self.name, compact: true)
            buffer.writeInteger(self.mechanism, endianness: .big)
            buffer.writeInteger(self.iterations, endianness: .big)
            buffer.writeKafkaBytes(self.salt, compact: true)
            buffer.writeKafkaBytes(self.saltedPassword, compact: true)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
