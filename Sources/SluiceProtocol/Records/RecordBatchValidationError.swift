/// Why a record batch (or a record inside one) was rejected, and the Kafka error code a broker
/// answers with.
///
/// Problems with the batch framing or its checksum (the bytes were damaged, or the sender cannot
/// frame) map to `CORRUPT_MESSAGE`; well-framed batches whose records break the v2 rules map to
/// `INVALID_RECORD`, as Kafka's `CorruptRecordException` and `InvalidRecordException` do.
///
/// Magic 0 and 1 (`.unsupportedMagic`, with `magic` set) map to `INVALID_RECORD`, Kafka's answer to
/// legacy batches in Produce v3 and later ("only allowed to contain record batches with magic
/// version 2"); a broker that prefers `UNSUPPORTED_FOR_MESSAGE_FORMAT` (Produce v0-2, or a topic
/// pinned to an old format) switches on `kind`. `kind` is public (unlike `ProtocolError`'s) so a
/// broker can choose such answers and count rejections by cause, as Kafka's metrics recorder does.
public struct RecordBatchValidationError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable, CaseIterable {
        /// Fewer bytes remain than the batch header or the declared `batchLength` needs.
        case truncated
        /// `batchLength` is smaller than a v2 batch header.
        case invalidBatchLength
        /// Magic 0 or 1: a legacy message set, which this broker does not accept.
        case unsupportedMagic
        /// A magic byte that no Kafka version has written.
        case unknownMagic
        /// The stored CRC-32C does not match the bytes from `attributes` to the end.
        case crcMismatch
        /// Attribute bits 0-2 name no codec (5, 6 or 7).
        case unknownCompressionType
        /// The batch's codec is known but not available to this process.
        case compressionUnavailable
        /// The codec failed, or the records would inflate past the configured bound.
        case decompressionFailed
        /// The record count is negative, cannot fit, or disagrees with the records present.
        case invalidRecordCount
        /// Offset deltas are out of order, or disagree with `lastOffsetDelta`.
        case invalidOffsets
        /// A record is malformed: bad lengths, overlong varints, or bytes left over.
        case invalidRecord
        /// A producer id is set but the base sequence is negative.
        case invalidSequence
        /// A client sent a control batch; only the transaction coordinator writes those.
        case controlBatchNotAllowed
        /// A Produce request's records hold no batch, or more than one.
        case wrongBatchCount
    }

    public let kind: Kind
    /// Index of the batch in the `records` field it came from, when known.
    public internal(set) var batchIndex: Int?
    /// Byte position of the batch's first byte in the `records` field, when known.
    public internal(set) var batchPosition: Int?
    /// Index of the offending record within its batch (Kafka's `RecordError.batchIndex`), when the
    /// problem lies in one record.
    public internal(set) var recordIndex: Int?
    /// The magic byte found, for `unsupportedMagic` and `unknownMagic`.
    public internal(set) var magic: Int8?
    private let detail: String

    init(_ kind: Kind, _ detail: String, recordIndex: Int? = nil, magic: Int8? = nil) {
        self.kind = kind
        self.detail = detail
        self.recordIndex = recordIndex
        self.magic = magic
    }

    /// The Kafka error code a broker puts in its response for this failure.
    public var errorCode: ErrorCode {
        switch self.kind {
        case .truncated, .invalidBatchLength, .unknownMagic, .crcMismatch, .unknownCompressionType, .decompressionFailed:
            .corruptMessage
        case .compressionUnavailable:
            .unsupportedCompressionType
        case .unsupportedMagic, .invalidRecordCount, .invalidOffsets, .invalidRecord, .invalidSequence,
            .controlBatchNotAllowed, .wrongBatchCount:
            .invalidRecord
        }
    }

    /// What went wrong and where, in words a person can act on.
    public var message: String {
        var location = ""
        if let batchIndex = self.batchIndex {
            location += "record batch \(batchIndex)"
            if let position = self.batchPosition { location += " at byte \(position)" }
        } else if let position = self.batchPosition {
            location += "record batch at byte \(position)"
        }
        if let recordIndex = self.recordIndex {
            location += location.isEmpty ? "record \(recordIndex)" : ", record \(recordIndex)"
        }
        return location.isEmpty ? self.detail : "\(location): \(self.detail)"
    }

    public var description: String { "\(self.errorCode): \(self.message)" }

    /// The same failure as a `ProtocolError` for code that handles wire errors uniformly.
    public var protocolError: ProtocolError {
        switch self.kind {
        case .compressionUnavailable, .decompressionFailed: .compression(self.message)
        default: .corruptRecordBatch(self.message)
        }
    }

    /// This error, placed at a batch within a `records` field.
    func located(batchIndex: Int?, batchPosition: Int?) -> RecordBatchValidationError {
        var copy = self
        if copy.batchIndex == nil { copy.batchIndex = batchIndex }
        if copy.batchPosition == nil { copy.batchPosition = batchPosition }
        return copy
    }
}
