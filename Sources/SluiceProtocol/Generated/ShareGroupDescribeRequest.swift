// Generated from ShareGroupDescribeRequest.json by SluiceCodegen. Do not edit.
// ShareGroupDescribe request (API key 77): v0, all flexible.

import NIOCore

public struct ShareGroupDescribeRequest: KafkaRequest {
    public typealias Response = ShareGroupDescribeResponse
    public static let apiKey: ApiKey = .shareGroupDescribe
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    public var groupIds: [String] = []
    public var includeAuthorizedOperations: Bool = false
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ShareGroupDescribeRequest", version: version)
        }
        self.groupIds = try buffer.readKafkaArray(of: String.self, version: version, compact: true, minimumElementSize: 1, "ShareGroupDescribeRequest.GroupIds")
        self.includeAuthorizedOperations = try buffer.readKafkaBool("ShareGroupDescribeRequest.IncludeAuthorizedOperations")
        self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ShareGroupDescribeRequest tagged fields")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ShareGroupDescribeRequest", version: version)
        }
        try buffer.writeKafkaArray(self.groupIds, version: version, compact: true)
        buffer.writeKafkaBool(self.includeAuthorizedOperations)
        buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
    }
}
