// Generated from DescribeUserScramCredentialsRequest.json by SluiceCodegen. Do not edit.
// DescribeUserScramCredentials request (API key 50): v0, all flexible.

import NIOCore

public struct DescribeUserScramCredentialsRequest: KafkaRequest {
    public typealias Response = DescribeUserScramCredentialsResponse
    public static let apiKey: ApiKey = .describeUserScramCredentials
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    public var users: [UserName]? = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DescribeUserScramCredentialsRequest", version: version)
        }
        self.users = try buffer.readKafkaNullableArray(of: UserName.self, version: version, compact: true, minimumElementSize: 2, "DescribeUserScramCredentialsRequest.Users")
        self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeUserScramCredentialsRequest tagged fields")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DescribeUserScramCredentialsRequest", version: version)
        }
        try buffer.writeKafkaArray(self.users, version: version, compact: true)
        buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
    }

    public struct UserName: Sendable, Equatable, KafkaStructCodable {
        public var name: String = ""
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.name = try buffer.readKafkaString(compact: true, "DescribeUserScramCredentialsRequest.UserName.Name")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeUserScramCredentialsRequest.UserName tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            try buffer.writeKafkaString(self.name, compact: true)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
