// Generated from ListTransactionsRequest.json by SluiceCodegen. Do not edit.
// ListTransactions request (API key 66): v0-1, all flexible.

import NIOCore

public struct ListTransactionsRequest: KafkaRequest {
    public typealias Response = ListTransactionsResponse
    public static let apiKey: ApiKey = .listTransactions
    public static let validVersions: ClosedRange<Int16> = 0...1
    public static let firstFlexibleVersion: Int16? = 0

    public var stateFilters: [String] = []
    public var producerIdFilters: [Int64] = []
    public var durationFilter: Int64 = -1
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ListTransactionsRequest", version: version)
        }
        self.stateFilters = try buffer.readKafkaArray(of: String.self, version: version, compact: true, minimumElementSize: 1, "ListTransactionsRequest.StateFilters")
        self.producerIdFilters = try buffer.readKafkaArray(of: Int64.self, version: version, compact: true, minimumElementSize: 8, "ListTransactionsRequest.ProducerIdFilters")
        if version >= 1 {
            self.durationFilter = try buffer.readKafkaInteger(as: Int64.self, "ListTransactionsRequest.DurationFilter")
        }
        self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ListTransactionsRequest tagged fields")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ListTransactionsRequest", version: version)
        }
        try buffer.writeKafkaArray(self.stateFilters, version: version, compact: true)
        try buffer.writeKafkaArray(self.producerIdFilters, version: version, compact: true)
        if version >= 1 {
            buffer.writeInteger(self.durationFilter, endianness: .big)
        } else if self.durationFilter != -1 {
            throw ProtocolError.fieldNotSupported(field: "ListTransactionsRequest.DurationFilter", version: version)
        }
        buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
    }
}
