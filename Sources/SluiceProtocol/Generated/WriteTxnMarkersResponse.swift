// Generated from WriteTxnMarkersResponse.json by SluiceCodegen. Do not edit.
// WriteTxnMarkers response (API key 27): v0-1, flexible v1+.

import NIOCore

public struct WriteTxnMarkersResponse: KafkaResponse {
    public static let apiKey: ApiKey = .writeTxnMarkers
    public static let validVersions: ClosedRange<Int16> = 0...1
    public static let firstFlexibleVersion: Int16? = 1

    public var markers: [WritableTxnMarkerResult] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("WriteTxnMarkersResponse", version: version)
        }
        let flexible: Bool = version >= 1
        self.markers = try buffer.readKafkaArray(of: WritableTxnMarkerResult.self, version: version, compact: flexible, minimumElementSize: 10, "WriteTxnMarkersResponse.Markers")
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("WriteTxnMarkersResponse tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("WriteTxnMarkersResponse", version: version)
        }
        let flexible: Bool = version >= 1
        try buffer.writeKafkaArray(self.markers, version: version, compact: flexible)
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct WritableTxnMarkerResult: Sendable, Equatable, KafkaStructCodable {
        public var producerId: Int64 = 0
        public var topics: [WritableTxnMarkerTopicResult] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 1
            self.producerId = try buffer.readKafkaInteger(as: Int64.self, "WriteTxnMarkersResponse.WritableTxnMarkerResult.ProducerId")
            self.topics = try buffer.readKafkaArray(of: WritableTxnMarkerTopicResult.self, version: version, compact: flexible, minimumElementSize: 3, "WriteTxnMarkersResponse.WritableTxnMarkerResult.Topics")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("WriteTxnMarkersResponse.WritableTxnMarkerResult tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 1
            buffer.writeInteger(self.producerId, endianness: .big)
            try buffer.writeKafkaArray(self.topics, version: version, compact: flexible)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }

    public struct WritableTxnMarkerTopicResult: Sendable, Equatable, KafkaStructCodable {
        public var name: String = ""
        public var partitions: [WritableTxnMarkerPartitionResult] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 1
            self.name = try buffer.readKafkaString(compact: flexible, "WriteTxnMarkersResponse.WritableTxnMarkerTopicResult.Name")
            self.partitions = try buffer.readKafkaArray(of: WritableTxnMarkerPartitionResult.self, version: version, compact: flexible, minimumElementSize: 6, "WriteTxnMarkersResponse.WritableTxnMarkerTopicResult.Partitions")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("WriteTxnMarkersResponse.WritableTxnMarkerTopicResult tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 1
            try buffer.writeKafkaString(self.name, compact: flexible)
            try buffer.writeKafkaArray(self.partitions, version: version, compact: flexible)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }

    public struct WritableTxnMarkerPartitionResult: Sendable, Equatable, KafkaStructCodable {
        public var partitionIndex: Int32 = 0
        public var errorCode: Int16 = 0
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 1
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "WriteTxnMarkersResponse.WritableTxnMarkerPartitionResult.PartitionIndex")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "WriteTxnMarkersResponse.WritableTxnMarkerPartitionResult.ErrorCode")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("WriteTxnMarkersResponse.WritableTxnMarkerPartitionResult tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 1
            buffer.writeInteger(self.partitionIndex, endianness: .big)
            buffer.writeInteger(self.errorCode, endianness: .big)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }
}
