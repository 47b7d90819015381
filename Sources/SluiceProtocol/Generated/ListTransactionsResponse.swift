// Generated from ListTransactionsResponse.json by SluiceCodegen. Do not edit.
// ListTransactions response (API key 66): v0-1, all flexible.

import NIOCore

public struct ListTransactionsResponse: KafkaResponse {
    public static let apiKey: ApiKey = .listTransactions
    public static let validVersions: ClosedRange<Int16> = 0...1
    public static let firstFlexibleVersion: Int16? = 0

    public var throttleTimeMs: Int32 = 0
    public var errorCode: Int16 = 0
    public var unknownStateFilters: [String] = []
    public var transactionStates: [TransactionState] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ListTransactionsResponse", version: version)
        }
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "ListTransactionsResponse.ThrottleTimeMs")
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "ListTransactionsResponse.ErrorCode")
        self.unknownStateFilters = try buffer.readKafkaArray(of: String.self, version: version, compact: true, minimumElementSize: 1, "ListTransactionsResponse.UnknownStateFilters")
        self.transactionStates = try buffer.readKafkaArray(of: TransactionState.self, version: version, compact: true, minimumElementSize: 11, "ListTransactionsResponse.TransactionStates")
        self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ListTransactionsResponse tagged fields")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ListTransactionsResponse", version: version)
        }
        buffer.writeInteger(self.throttleTimeMs, endianness: .big)
        buffer.writeInteger(self.errorCode, endianness: .big)
        try buffer.writeKafkaArray(self.unknownStateFilters, version: version, compact: true)
        try buffer.writeKafkaArray(self.transactionStates, version: version, compact: true)
        buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
    }

    public struct TransactionState: Sendable, Equatable, KafkaStructCodable {
        public var transactionalId: String = ""
        public var producerId: Int64 = 0
        public var transactionState: String = ""
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.transactionalId = try buffer.readKafkaString(compact: true, "ListTransactionsResponse.TransactionState.TransactionalId")
            self.producerId = try buffer.readKafkaInteger(as: Int64.self, "ListTransactionsResponse.TransactionState.ProducerId")
            self.transactionState = try buffer.readKafkaString(compact: true, "ListTransactionsResponse.TransactionState.TransactionState")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ListTransactionsResponse.TransactionState tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            try buffer.writeKafkaString(self.transactionalId, compact: true)
            buffer.writeInteger(self.producerId, endianness: .big)
            try buffer.writeKafkaString(self.transactionState, compact: true)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
