// Generated from CreatePartitionsResponse.json by SluiceCodegen. Do not edit.
// CreatePartitions response (API key 37): v0-3, flexible v2+.

import NIOCore

public struct CreatePartitionsResponse: KafkaResponse {
    public static let apiKey: ApiKey = .createPartitions
    public static let validVersions: ClosedRange<Int16> = 0...3
    public static let firstFlexibleVersion: Int16? = 2

    public var throttleTimeMs: Int32 = 0
    public var results: [CreatePartitionsTopicResult] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("CreatePartitionsResponse", version: version)
        }
        let flexible: Bool = version >= 2
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "CreatePartitionsResponse.ThrottleTimeMs")
        self.results = try buffer.readKafkaArray(of: CreatePartitionsTopicResult.self, version: version, compact: flexible, minimumElementSize: 5, "CreatePartitionsResponse.Results")
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("CreatePartitionsResponse tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("CreatePartitionsResponse", version: version)
        }
        let flexible: Bool = version >= 2
        buffer.writeInteger(self.throttleTimeMs, endianness: .big)
        try buffer.writeKafkaArray(self.results, version: version, compact: flexible)
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct CreatePartitionsTopicResult: Sendable, Equatable, KafkaStructCodable {
        public var name: String = ""
        public var errorCode: Int16 = 0
        public var errorMessage: String? = nil
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 2
            self.name = try buffer.readKafkaString(compact: flexible, "CreatePartitionsResponse.CreatePartitionsTopicResult.Name")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "CreatePartitionsResponse.CreatePartitionsTopicResult.ErrorCode")
            self.errorMessage = try buffer.readKafkaNullableString(compact: flexible, "CreatePartitionsResponse.CreatePartitionsTopicResult.ErrorMessage")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("CreatePartitionsResponse.CreatePartitionsTopicResult tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 2
            try buffer.writeKafkaString(self.name, compact: flexible)
            buffer.writeInteger(self.errorCode, endianness: .big)
            try buffer.writeKafkaString(self.errorMessage, compact: flexible)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }
}
