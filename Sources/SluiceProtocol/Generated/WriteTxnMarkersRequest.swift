// Generated from WriteTxnMarkersRequest.json by SluiceCodegen. Do not edit.
// WriteTxnMarkers request (API key 27): v0-1, flexible v1+.

import NIOCore

public struct WriteTxnMarkersRequest: KafkaRequest {
    public typealias Response = WriteTxnMarkersResponse
    public static let apiKey: ApiKey = .writeTxnMarkers
    public static let validVersions: ClosedRange<Int16> = 0...1
    public static let firstFlexibleVersion: Int16? = 1

    public var markers: [WritableTxnMarker] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("WriteTxnMarkersRequest", version: version)
        }
        let flexible: Bool = version >= 1
        self.markers = try buffer.readKafkaArray(of: WritableTxnMarker.self, version: version, compact: flexible, minimumElementSize: 17, "WriteTxnMarkersRequest.Markers")
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("WriteTxnMarkersRequest tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("WriteTxnMarkersRequest", version: version)
        }
        let flexible: Bool = version >= 1
        try buffer.writeKafkaArray(self.markers, version: version, compact: flexible)
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct WritableTxnMarker: Sendable, Equatable, KafkaStructCodable {
        public var producerId: Int64 = 0
        public var producerEpoch: Int16 = 0
        public var transactionResult: Bool = false
        public var topics: [WritableTxnMarkerTopic] = []
        public var coordinatorEpoch: Int32 = 0
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 1
            self.producerId = try buffer.readKafkaInteger(as: Int64.self, "WriteTxnMarkersRequest.WritableTxnMarker.ProducerId")
            self.producerEpoch = try buffer.readKafkaInteger(as: Int16.self, "WriteTxnMarkersRequest.WritableTxnMarker.ProducerEpoch")
            self.transactionResult = try buffer.readKafkaBool("WriteTxnMarkersRequest.WritableTxnMarker.TransactionResult")
            self.topics = try buffer.readKafkaArray(of: WritableTxnMarkerTopic.self, version: version, compact: flexible, minimumElementSize: 3, "WriteTxnMarkersRequest.WritableTxnMarker.Topics")
            self.coordinatorEpoch = try buffer.readKafkaInteger(as: Int32.self, "WriteTxnMarkersRequest.WritableTxnMarker.CoordinatorEpoch")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("WriteTxnMarkersRequest.WritableTxnMarker tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 1
            buffer.writeInteger(self.producerId, endianness: .big)
            buffer.writeInteger(self.producerEpoch, endianness: .big)
            buffer.writeKafkaBool(self.transactionResult)
            try buffer.writeKafkaArray(self.topics, version: version, compact: flexible)
            buffer.writeInteger(self.coordinatorEpoch, endianness: .big)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }

    public struct WritableTxnMarkerTopic: Sendable, Equatable, KafkaStructCodable {
        public var name: String = ""
        public var partitionIndexes: [Int32] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 1
            self.name = try buffer.readKafkaString(compact: flexible, "WriteTxnMarkersRequest.WritableTxnMarkerTopic.Name")
            self.partitionIndexes = try buffer.readKafkaArray(of: Int32.self, version: version, compact: flexible, minimumElementSize: 4, "WriteTxnMarkersRequest.WritableTxnMarkerTopic.PartitionIndexes")
            if flexible {
                self.unknownTaggedFields = try buffer.readUnknownTaggedFields("WriteTxnMarkersRequest.WritableTxnMarkerTopic tagged fields")
            }
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            let flexible: Bool = version >= 1
            try buffer.writeKafkaString(self.name, compact: flexible)
            try buffer.writeKafkaArray(self.partitionIndexes, version: version, compact: flexible)
            if flexible {
                buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }
    }
}
