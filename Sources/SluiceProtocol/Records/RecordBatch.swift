import NIOCore

/// One v2 record batch as it lies on the wire: its parsed header and a buffer holding exactly the
/// batch's `totalSize` bytes, usually a slice of a Produce request's `records` field (no copy).
///
/// A storage layer appends `buffer` as it is. Values come from `RecordBatchReader`, which has
/// checked the framing and CRC (and, unless told otherwise, every record) before handing one out,
/// or from `RecordBatchBuilder`. `header` always describes `buffer`: the mutating methods change
/// both together.
public struct RecordBatch: Sendable, Hashable {
    public private(set) var header: RecordBatchHeader
    /// The whole batch, header included: readable bytes are exactly `header.totalSize`.
    public private(set) var buffer: ByteBuffer

    /// Pairs a header with its bytes; the caller has checked that they agree.
    init(header: RecordBatchHeader, buffer: ByteBuffer) {
        self.header = header
        self.buffer = buffer
    }

    /// Validates a buffer holding exactly one batch. Bytes after the batch are an error
    /// (`.invalidBatchLength`): use `RecordBatchReader` for a `records` field holding several.
    public init(
        validating buffer: ByteBuffer,
        options: RecordBatchValidationOptions = .log,
        codecs: CompressionCodecs? = nil
    ) throws(RecordBatchValidationError) {
        var remaining = buffer
        let batch = try RecordBatchReader.readBatch(from: &remaining, options: options, codecs: codecs)
        guard remaining.readableBytes == 0 else {
            throw RecordBatchValidationError(
                .invalidBatchLength,
                "\(remaining.readableBytes) bytes follow the batch's declared length of \(batch.header.batchLength)"
            )
        }
        self = batch
    }

    /// Bytes of the whole batch.
    public var sizeInBytes: Int { self.buffer.readableBytes }

    /// The records section as stored after the 61-byte header: compressed when the attributes say so.
    public var recordsSection: ByteBuffer {
        self.buffer.getSlice(
            at: self.buffer.readerIndex + RecordBatchHeader.size,
            length: self.buffer.readableBytes - RecordBatchHeader.size
        )!
    }

    // MARK: Records

    /// Iterates over the records, decompressing the section first when it is compressed (through
    /// `codecs`, inflating to at most `maximumDecompressedBytes`). Records are checked as they are
    /// read: exact lengths, offset deltas strictly increasing and at most `lastOffsetDelta`, and
    /// exactly `recordCount` of them with no bytes left over.
    public func records(
        codecs: CompressionCodecs? = nil,
        maximumDecompressedBytes: Int = RecordBatchValidationOptions.defaultMaximumDecompressedBytes
    ) throws(RecordBatchValidationError) -> RecordIterator {
        try RecordIterator(
            header: self.header,
            section: self.recordsSection,
            codecs: codecs,
            maximumDecompressedBytes: maximumDecompressedBytes,
            contiguousOffsets: false
        )
    }

    /// All records at once; see `records(codecs:maximumDecompressedBytes:)`.
    public func decodeRecords(
        codecs: CompressionCodecs? = nil,
        maximumDecompressedBytes: Int = RecordBatchValidationOptions.defaultMaximumDecompressedBytes
    ) throws(RecordBatchValidationError) -> [Record] {
        var iterator = try self.records(codecs: codecs, maximumDecompressedBytes: maximumDecompressedBytes)
        var records: [Record] = []
        records.reserveCapacity(Swift.min(iterator.remainingCount, 4096))
        while let record = try iterator.next() {
            records.append(record)
        }
        return records
    }

    // MARK: In-place edits

    /// Sets `baseOffset` in the buffer and the header; the CRC stays valid.
    public mutating func setBaseOffset(_ baseOffset: Int64) {
        try! self.buffer.setRecordBatchBaseOffset(baseOffset, at: self.buffer.readerIndex)
        self.header.baseOffset = baseOffset
    }

    /// Sets `partitionLeaderEpoch` in the buffer and the header; the CRC stays valid.
    public mutating func setPartitionLeaderEpoch(_ epoch: Int32) {
        try! self.buffer.setRecordBatchPartitionLeaderEpoch(epoch, at: self.buffer.readerIndex)
        self.header.partitionLeaderEpoch = epoch
    }

    /// Sets the timestamp type and `maxTimestamp` (a broker stamping LogAppendTime) and recomputes
    /// the CRC, in the buffer and the header.
    public mutating func setMaxTimestamp(_ maxTimestamp: Int64, timestampType: TimestampType) {
        let crc = try! self.buffer.setRecordBatchMaxTimestamp(maxTimestamp, timestampType: timestampType, at: self.buffer.readerIndex)
        self.header.attributes.timestampType = timestampType
        self.header.maxTimestamp = maxTimestamp
        self.header.crc = crc
    }
}
