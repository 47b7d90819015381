// Generated from ProduceResponse.json by SluiceCodegen. Do not edit.
// Produce response (API key 0): v0-11, flexible v9+.

import NIOCore

public struct ProduceResponse: KafkaResponse {
    public static let apiKey: ApiKey = .produce
    public static let validVersions: ClosedRange<Int16> = 0...11
    public static let firstFlexibleVersion: Int16? = 9

    public var responses: [TopicProduceResponse] = []
    public var throttleTimeMs: Int32 = 0
    public var nodeEndpoints: [NodeEndpoint] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ProduceResponse", version: version)
        }
        let flexible: Bool = version >= 9
        self.responses = try buffer.readKafkaArray(of: TopicProduceResponse.self, version: version, compact: flexible, minimumElementSize: 3, "ProduceResponse.Responses")
        if version >= 1 {
            self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "ProduceResponse.ThrottleTimeMs")
        }
        if flexible {
            self.unknownTaggedFields = try buffer.readTaggedFields("ProduceResponse tagged fields") { (tag: UInt32, slice: inout ByteBuffer) throws -> Bool in
                switch tag {
                case 0:
                    guard version >= 10 else { return false }
                    self.nodeEndpoints = try slice.readKafkaArray(of: NodeEndpoint.self, version: version, compact: true, minimumElementSize: 11, "ProduceResponse.NodeEndpoints")
                    return true
                default:
                    return false
                }
            }
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ProduceResponse", version: version)
        }
        let flexible: Bool = version >= 9
        try buffer.writeKafkaArray(self.responses, version: version, compact: flexible)
        if version >= 1 {
            buffer.writeInteger(self.throttleTimeMs, endianness: .big)
        }
        if version <= 9 && !self.nodeEndpoints.isEmpty { throw ProtocolError.fieldNotSupported(field: "ProduceResponse.NodeEndpoints", version: version) }
        if flexible {
            var tagged: [(UInt32, ByteBuffer)] = []
            if version >= 10 && !self.nodeEndpoints.isEmpty {
                var field: ByteBuffer = ByteBuffer()
                try field.writeKafkaArray(self.nodeEndpoints, version: version, compact: true)
                tagged.append((0, field))
            }
            buffer.writeTaggedFields(tagged, unknown: self.unknownTaggedFields)
        }
    }

    public struct TopicProduceResponse: Sendable, Equatable, KafkaStructCodable {
        public var name: String = ""
        public var partitionResponses: [PartitionProduceResponse] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 9
            self.name = try buffer.readKafkaString(compact: flexible, "ProduceResponse.TopicProduceResponse.Name")
            self.partitionResponses = try buffer.readKafkaArray(of: PartitionProduceResponse.self, version: version, compact: flexible, minimumElementSize: 14, "ProduceResponse.TopicProduceResponse.PartitionResponses")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ProduceResponse.TopicProduceResponse tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 9
            try buffer.writeKafkaString(self.name, compact: flexible)
            try buffer.writeKafkaArray(self.partitionResponses, version: version, compact: flexible)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }

    public struct PartitionProduceResponse: Sendable, Equatable, KafkaStructCodable {
        public var index: Int32 = 0
        public var errorCode: Int16 = 0
        public var baseOffset: Int64 = 0
        public var logAppendTimeMs: Int64 = -1
        public var logStartOffset: Int64 = -1
        public var recordErrors: [BatchIndexAndErrorMessage] = []
        public var errorMessage: String? = nil
        public var currentLeader: LeaderIdAndEpoch = LeaderIdAndEpoch()
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 9
            self.index = try buffer.readKafkaInteger(as: Int32.self, "ProduceResponse.PartitionProduceResponse.Index")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "ProduceResponse.PartitionProduceResponse.ErrorCode")
            self.baseOffset = try buffer.readKafkaInteger(as: Int64.self, "ProduceResponse.PartitionProduceResponse.BaseOffset")
            if version >= 2 {
                self.logAppendTimeMs = try buffer.readKafkaInteger(as: Int64.self, "ProduceResponse.PartitionProduceResponse.LogAppendTimeMs")
            }
            if version >= 5 {
                self.logStartOffset = try buffer.readKafkaInteger(as: Int64.self, "ProduceResponse.PartitionProduceResponse.LogStartOffset")
            }
            if version >= 8 {
                self.recordErrors = try buffer.readKafkaArray(of: BatchIndexAndErrorMessage.self, version: version, compact: flexible, minimumElementSize: 6, "ProduceResponse.PartitionProduceResponse.RecordErrors")
                self.errorMessage = try buffer.readKafkaNullableString(compact: flexible, "ProduceResponse.PartitionProduceResponse.ErrorMessage")
            }
            if flexible {
                self.unknownTaggedFields = try buffer.readTaggedFields("ProduceResponse.PartitionProduceResponse tagged fields") { (tag: UInt32, slice: inout ByteBuffer) throws -> Bool in
                    switch tag {
                    case 0:
                        guard version >= 10 else { return false }
                        self.currentLeader = try LeaderIdAndEpoch(from: &slice, version: version)
                        return true
                    default:
                        return false
                    }
                }
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 9
            buffer.writeInteger(self.index, endianness: .big)
            buffer.writeInteger(self.errorCode, endianness: .big)
            buffer.writeInteger(self.baseOffset, endianness: .big)
            if version >= 2 {
                buffer.writeInteger(self.logAppendTimeMs, endianness: .big)
            }
            if version >= 5 {
                buffer.writeInteger(self.logStartOffset, endianness: .big)
            }
            if version >= 8 {
                try buffer.writeKafkaArray(self.recordErrors, version: version, compact: flexible)
                try buffer.writeKafkaString(self.errorMessage, compact: flexible)
            }
            if version <= 9 && self.currentLeader != LeaderIdAndEpoch() { throw ProtocolError.fieldNotSupported(field: "ProduceResponse.PartitionProduceResponse.CurrentLeader", version: version) }
            if flexible {
                var tagged: [(UInt32, ByteBuffer)] = []
                if version >= 10 && self.currentLeader != LeaderIdAndEpoch() {
                    var field: ByteBuffer = ByteBuffer()
                    try self.currentLeader.encode(into: &field, version: version)
                    tagged.append((0, field))
                }
                buffer.writeTaggedFields(tagged, unknown: self.unknownTaggedFields)
            }
        }
    }

    public struct BatchIndexAndErrorMessage: Sendable, Equatable, KafkaStructCodable {
        public var batchIndex: Int32 = 0
        public var batchIndexErrorMessage: String? = nil
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 9
            self.batchIndex = try buffer.readKafkaInteger(as: Int32.self, "ProduceResponse.BatchIndexAndErrorMessage.BatchIndex")
            self.batchIndexErrorMessage = try buffer.readKafkaNullableString(compact: flexible, "ProduceResponse.BatchIndexAndErrorMessage.BatchIndexErrorMessage")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ProduceResponse.BatchIndexAndErrorMessage tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 9
            buffer.writeInteger(self.batchIndex, endianness: .big)
            try buffer.writeKafkaString(self.batchIndexErrorMessage, compact: flexible)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }

    public struct LeaderIdAndEpoch: Sendable, Equatable, KafkaStructCodable {
        public var leaderId: Int32 = -1
        public var leaderEpoch: Int32 = -1
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.leaderId = try buffer.readKafkaInteger(as: Int32.self, "ProduceResponse.LeaderIdAndEpoch.LeaderId")
            self.leaderEpoch = try buffer.readKafkaInteger(as: Int32.self, "ProduceResponse.LeaderIdAndEpoch.LeaderEpoch")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ProduceResponse.LeaderIdAndEpoch tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeInteger(self.leaderId, endianness: .big)
            buffer.writeInteger(self.leaderEpoch, endianness: .big)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct NodeEndpoint: Sendable, Equatable, KafkaStructCodable {
        public var nodeId: Int32 = 0
        public var host: String = ""
        public var port: Int32 = 0
        public var rack: String? = nil
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.nodeId = try buffer.readKafkaInteger(as: Int32.self, "ProduceResponse.NodeEndpoint.NodeId")
            self.host = try buffer.readKafkaString(compact: true, "ProduceResponse.NodeEndpoint.Host")
            self.port = try buffer.readKafkaInteger(as: Int32.self, "ProduceResponse.NodeEndpoint.Port")
            self.rack = try buffer.readKafkaNullableString(compact: true, "ProduceResponse.NodeEndpoint.Rack")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ProduceResponse.NodeEndpoint tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeInteger(self.nodeId, endianness: .big)
            try buffer.writeKafkaString(self.host, compact: true)
            buffer.writeInteger(self.port, endianness: .big)
            try buffer.writeKafkaString(self.rack, compact: true)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
