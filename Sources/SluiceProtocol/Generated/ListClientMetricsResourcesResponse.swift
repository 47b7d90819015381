// Generated from ListClientMetricsResourcesResponse.json by SluiceCodegen. Do not edit.
// ListClientMetricsResources response (API key 74): v0, all flexible.

import NIOCore

public struct ListClientMetricsResourcesResponse: KafkaResponse {
    public static let apiKey: ApiKey = .listClientMetricsResources
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    public var throttleTimeMs: Int32 = 0
    public var errorCode: Int16 = 0
    public var clientMetricsResources: [ClientMetricsResource] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ListClientMetricsResourcesResponse", version: version)
        }
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "ListClientMetricsResourcesResponse.ThrottleTimeMs")
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "ListClientMetricsResourcesResponse.ErrorCode")
        self.clientMetricsResources = try buffer.readKafkaArray(of: ClientMetricsResource.self, version: version, compact: true, minimumElementSize: 2, "ListClientMetricsResourcesResponse.ClientMetricsResources")
        self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ListClientMetricsResourcesResponse tagged fields")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ListClientMetricsResourcesResponse", version: version)
        }
        buffer.writeInteger(self.throttleTimeMs, endianness: .big)
        buffer.writeInteger(self.errorCode, endianness: .big)
        try buffer.writeKafkaArray(self.clientMetricsResources, version: version, compact: true)
        buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
    }

    public struct ClientMetricsResource: Sendable, Equatable, KafkaStructCodable {
        public var name: String = ""
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.name = try buffer.readKafkaString(compact: true, "ListClientMetricsResourcesResponse.ClientMetricsResource.Name")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ListClientMetricsResourcesResponse.ClientMetricsResource tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            try buffer.writeKafkaString(self.name, compact: true)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
