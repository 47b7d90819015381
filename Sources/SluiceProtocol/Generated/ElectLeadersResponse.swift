// Generated from ElectLeadersResponse.json by SluiceCodegen. Do not edit.
// ElectLeaders response (API key 43): v0-2, flexible v2+.

import NIOCore

public struct ElectLeadersResponse: KafkaResponse {
    public static let apiKey: ApiKey = .electLeaders
    public static let validVersions: ClosedRange<Int16> = 0...2
    public static let firstFlexibleVersion: Int16? = 2

    public var throttleTimeMs: Int32 = 0
    public var errorCode: Int16 = 0
    public var replicaElectionResults: [ReplicaElectionResult] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ElectLeadersResponse", version: version)
        }
        let flexible: Bool = version >= 2
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "ElectLeadersResponse.ThrottleTimeMs")
        if version >= 1 {
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "ElectLeadersResponse.ErrorCode")
        }
        self.replicaElectionResults = try buffer.readKafkaArray(of: ReplicaElectionResult.self, version: version, compact: flexible, minimumElementSize: 3, "ElectLeadersResponse.ReplicaElectionResults")
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ElectLeadersResponse tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ElectLeadersResponse", version: version)
        }
        let flexible: Bool = version >= 2
        buffer.writeInteger(self.throttleTimeMs, endianness: .big)
        if version >= 1 {
            buffer.writeInteger(self.errorCode, endianness: .big)
        } else if self.errorCode != 0 {
            throw ProtocolError.fieldNotSupported(field: "ElectLeadersResponse.ErrorCode", version: version)
        }
        try buffer.writeKafkaArray(self.replicaElectionResults, version: version, compact: flexible)
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct ReplicaElectionResult: Sendable, Equatable, KafkaStructCodable {
        public var topic: String = ""
        public var partitionResult: [PartitionResult] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 2
            self.topic = try buffer.readKafkaString(compact: flexible, "ElectLeadersResponse.ReplicaElectionResult.Topic")
            self.partitionResult = try buffer.readKafkaArray(of: PartitionResult.self, version: version, compact: flexible, minimumElementSize: 8, "ElectLeadersResponse.ReplicaElectionResult.PartitionResult")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ElectLeadersResponse.ReplicaElectionResult tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 2
            try buffer.writeKafkaString(self.topic, compact: flexible)
            try buffer.writeKafkaArray(self.partitionResult, version: version, compact: flexible)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }

    public struct PartitionResult: Sendable, Equatable, KafkaStructCodable {
        public var partitionId: Int32 = 0
        public var errorCode: Int16 = 0
        public var errorMessage: String? = ""
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 2
            self.partitionId = try buffer.readKafkaInteger(as: Int32.self, "ElectLeadersResponse.PartitionResult.PartitionId")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "ElectLeadersResponse.PartitionResult.ErrorCode")
            self.errorMessage = try buffer.readKafkaNullableString(compact: flexible, "ElectLeadersResponse.PartitionResult.ErrorMessage")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ElectLeadersResponse.PartitionResult tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 2
            buffer.writeInteger(self.partitionId, endianness: .big)
            buffer.writeInteger(self.errorCode, endianness: .big)
            try buffer.writeKafkaString(self.errorMessage, compact: flexible)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }
}
