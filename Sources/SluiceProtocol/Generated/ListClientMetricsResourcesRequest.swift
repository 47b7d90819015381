// Generated from ListClientMetricsResourcesRequest.json by SluiceCodegen. Do not edit.
// ListClientMetricsResources request (API key 74): v0, all flexible.

import NIOCore

public struct ListClientMetricsResourcesRequest: KafkaRequest {
    public typealias Response = ListClientMetricsResourcesResponse
    public static let apiKey: ApiKey = .listClientMetricsResources
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ListClientMetricsResourcesRequest", version: version)
        }
        self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ListClientMetricsResourcesRequest tagged fields")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ListClientMetricsResourcesRequest", version: version)
        }
        buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
    }
}
