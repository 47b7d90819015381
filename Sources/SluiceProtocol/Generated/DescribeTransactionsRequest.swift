// Generated from DescribeTransactionsRequest.json by SluiceCodegen. Do not edit.
// DescribeTransactions request (API key 65): v0, all flexible.

import NIOCore

public struct DescribeTransactionsRequest: KafkaRequest {
    public typealias Response = DescribeTransactionsResponse
    public static let apiKey: ApiKey = .describeTransactions
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    public var transactionalIds: [String] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DescribeTransactionsRequest", version: version)
        }
        self.transactionalIds = try buffer.readKafkaArray(of: String.self, version: version, compact: true, minimumElementSize: 1, "DescribeTransactionsRequest.TransactionalIds")
        self.unknownTaggedFields = try buffer.readUnknownTaggedFields("DescribeTransactionsRequest tagged fields")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("DescribeTransactionsRequest", version: version)
        }
        try buffer.writeKafkaArray(self.transactionalIds, version: version, compact: true)
        buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
    }
}
