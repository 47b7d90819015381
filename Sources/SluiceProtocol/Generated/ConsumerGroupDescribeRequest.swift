// Generated from ConsumerGroupDescribeRequest.json by SluiceCodegen. Do not edit.
// ConsumerGroupDescribe request (API key 69): v0, all flexible.

import NIOCore

public struct ConsumerGroupDescribeRequest: KafkaRequest {
    public typealias Response = ConsumerGroupDescribeResponse
    public static let apiKey: ApiKey = .consumerGroupDescribe
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    public var groupIds: [String] = []
    public var includeAuthorizedOperations: Bool = false
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ConsumerGroupDescribeRequest", version: version)
        }
        self.groupIds = try buffer.readKafkaArray(of: String.self, version: version, compact: true, minimumElementSize: 1, "ConsumerGroupDescribeRequest.GroupIds")
        self.includeAuthorizedOperations = try buffer.readKafkaBool("ConsumerGroupDescribeRequest.IncludeAuthorizedOperations")
        self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ConsumerGroupDescribeRequest tagged fields")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ConsumerGroupDescribeRequest", version: version)
        }
        try buffer.writeKafkaArray(self.groupIds, version: version, compact: true)
        buffer.writeKafkaBool(self.includeAuthorizedOperations)
        buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
    }
}
