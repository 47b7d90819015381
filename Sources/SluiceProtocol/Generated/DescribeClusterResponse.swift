// Generated from DescribeClusterResponse.json by SluiceCodegen. Do not edit.
// DescribeCluster response (API key 60): v0-1, all flexible.

import NIOCore

public struct DescribeClusterResponse: KafkaResponse {
    public static let apiKey: ApiKey = .describeCluster
    public static let validVersions: ClosedRange<Int16> = 0...1
    public static let firstFlexibleVersion: Int16? = 0

    public var throttleTimeMs: Int32 = 0
    public var errorCode: Int16 = 0
    public var errorMessage: String? = nil
    public var endpointType: Int8 = 1
    public var clusterId: String = ""
    public var controllerId: Int32 = -1
    public var brokers: [DescribeClusterBroker] = []
    public var clusterAuthorizedOperations: Int32 = -2147483648
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DescribeClusterResponse", version: version)
        }
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "DescribeClusterResponse.ThrottleTimeMs")
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "DescribeClusterResponse.ErrorCode")
        self.errorMessage = try buffer.readKafkaNullableString(compact: true, "DescribeClusterResponse.ErrorMessage")
        if version >= 1 {
            self.endpointType = try buffer.readKafkaInteger(as: Int8.self, "DescribeClusterResponse.EndpointType")
        }
        self.clusterId = try buffer.readKafkaString(compact: true, "DescribeClusterResponse.ClusterId")
        self.controllerId = try buffer.readKafkaInteger(as: Int32.self, "DescribeClusterResponse.ControllerId")
        self.brokers = try buffer.readKafkaArray(of: DescribeClusterBroker.self, version: version, compact: true, minimumElementSize: 11, "DescribeClusterResponse.Brokers")
        self.clusterAuthorizedOperations = try buffer.readKafkaInteger(as: Int32.self, "DescribeClusterResponse.ClusterAuthorizedOperations")
        self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeClusterResponse tagged fields")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DescribeClusterResponse", version: version)
        }
        buffer.writeInteger(self.throttleTimeMs, endianness: .big)
        buffer.writeInteger(self.errorCode, endianness: .big)
        try buffer.writeKafkaString(self.errorMessage, compact: true)
        if version >= 1 {
            buffer.writeInteger(self.endpointType, endianness: .big)
        } else if self.endpointType != 1 {
            throw ProtocolError.fieldNotSupported(field: "DescribeClusterResponse.EndpointType", version: version)
        }
        try buffer.writeKafkaString(self.clusterId, compact: true)
        buffer.writeInteger(self.controllerId, endianness: .big)
        try buffer.writeKafkaArray(self.brokers, version: version, compact: true)
        buffer.writeInteger(self.clusterAuthorizedOperations, endianness: .big)
        buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
    }

    public struct DescribeClusterBroker: Sendable, Equatable, KafkaStructCodable {
        public var brokerId: Int32 = 0
        public var host: String = ""
        public var port: Int32 = 0
        public var rack: String? = nil
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.brokerId = try buffer.readKafkaInteger(as: Int32.self, "DescribeClusterResponse.DescribeClusterBroker.BrokerId")
            self.host = try buffer.readKafkaString(compact: true, "DescribeClusterResponse.DescribeClusterBroker.Host")
            self.port = try buffer.readKafkaInteger(as: Int32.self, "DescribeClusterResponse.DescribeClusterBroker.Port")
            self.rack = try buffer.readKafkaNullableString(compact: true, "DescribeClusterResponse.DescribeClusterBroker.Rack")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeClusterResponse.DescribeClusterBroker tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeInteger(self.brokerId, endianness: .big)
            try buffer.writeKafkaString(self.host, compact: true)
            buffer.writeInteger(self.port, endianness: .big)
            try buffer.writeKafkaString(self.rack, compact: true)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
