// Generated from DescribeClusterRequest.json by SluiceCodegen. Do not edit.
// DescribeCluster request (API key 60): v0-1, all flexible.

import NIOCore

public struct DescribeClusterRequest: KafkaRequest {
    public typealias Response = DescribeClusterResponse
    public static let apiKey: ApiKey = .describeCluster
    public static let validVersions: ClosedRange<Int16> = 0...1
    public static let firstFlexibleVersion: Int16? = 0

    public var includeClusterAuthorizedOperations: Bool = false
    public var endpointType: Int8 = 1
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DescribeClusterRequest", version: version)
        }
        self.includeClusterAuthorizedOperations = try buffer.readKafkaBool("DescribeClusterRequest.IncludeClusterAuthorizedOperations")
        if version >= 1 {
            self.endpointType = try buffer.readKafkaInteger(as: Int8.self, "DescribeClusterRequest.EndpointType")
        }
        self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeClusterRequest tagged fields")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DescribeClusterRequest", version: version)
        }
        buffer.writeKafkaBool(self.includeClusterAuthorizedOperations)
        if version >= 1 {
            buffer.writeInteger(self.endpointType, endianness: .big)
        } else if self.endpointType != 1 {
            throw ProtocolError.fieldNotSupported(field: "DescribeClusterRequest.EndpointType", version: version)
        }
        buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
    }
}
