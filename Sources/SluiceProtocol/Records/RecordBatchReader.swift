import NIOCore

/// What `RecordBatchReader` checks beyond framing and CRC, which it always checks.
public struct RecordBatchValidationOptions: Sendable, Hashable {
    /// Parse every record (decompressing compressed batches): lengths, counts and offset deltas.
    public var validatesRecords: Bool
    /// Rules for batches from a producer (Kafka's `LogValidator` and `UnifiedLog` for client
    /// appends): baseOffset 0, at least one record, `lastOffsetDelta == recordCount - 1`, offset
    /// deltas exactly 0, 1, 2 ..., a non-negative `baseSequence` when a producer id is set, and no
    /// control batches. Without them
    /// (batches from a log, a leader or compaction) empty batches and gaps in offset deltas pass.
    ///
    /// Kafka itself rewrites, rather than rejects, a compressed producer batch whose inner offsets
    /// are not 0, 1, 2 ... (a workaround for old magic 0/1 clients); Sluice rejects it.
    public var enforcesProducerRules: Bool
    /// Exactly one batch in the `records` field, as Kafka requires of Produce v3 and later
    /// (`ProduceRequest.validateRecords`); none, or a second one, is `.wrongBatchCount`.
    public var requiresSingleBatch: Bool
    /// The most bytes one compressed batch may inflate to; larger batches are rejected
    /// (`CORRUPT_MESSAGE`) and never allocate more than this.
    public var maximumDecompressedBytes: Int

    /// 64 MiB: far above `message.max.bytes` at realistic compression ratios, small enough that a
    /// hostile request cannot exhaust memory.
    public static let defaultMaximumDecompressedBytes = 64 * 1024 * 1024

    public init(
        validatesRecords: Bool,
        enforcesProducerRules: Bool,
        requiresSingleBatch: Bool = false,
        maximumDecompressedBytes: Int = RecordBatchValidationOptions.defaultMaximumDecompressedBytes
    ) {
        self.validatesRecords = validatesRecords
        self.enforcesProducerRules = enforcesProducerRules
        self.requiresSingleBatch = requiresSingleBatch
        self.maximumDecompressedBytes = maximumDecompressedBytes
    }

    /// One partition's records in a Produce request (v3+) from a client: everything.
    public static let produce = RecordBatchValidationOptions(validatesRecords: true, enforcesProducerRules: true, requiresSingleBatch: true)
    /// Batches already in a log (recovery, replication, compaction input): structure and records.
    public static let log = RecordBatchValidationOptions(validatesRecords: true, enforcesProducerRules: false)
    /// Framing, header and CRC only; records are not parsed and compressed ones not inflated.
    public static let headersOnly = RecordBatchValidationOptions(validatesRecords: false, enforcesProducerRules: false)
}

/// The validating reader a broker runs over a Produce request's `records` field (or any
/// concatenation of v2 batches) without copying it.
///
/// Each `next()` checks one batch and returns it as a `RecordBatch` whose buffer is a slice of the
/// input holding exactly that batch's bytes. Checks, in order: at least 17 bytes to see the
/// magic; magic 2 (0 and 1 are `.unsupportedMagic`, anything else `.unknownMagic`); a whole
/// 61-byte header; `batchLength` at least 49 and within the bytes that remain; the CRC; a known
/// compression codec; a non-negative record count that (uncompressed) fits the bytes; then the
/// `options`: producer rules, and every record (see `RecordIterator` for those checks). A
/// truncated last batch is an error, not silently dropped as Kafka's reader does for fetches. The
/// first error ends the iteration; errors carry the batch's index and byte position in the input.
///
/// Not checked here, because they need broker state or configuration: timestamps against
/// `message.timestamp.*`, batch size against `max.message.bytes`, keys on compacted topics,
/// producer epochs and sequences against the producer state.
///
/// Nothing is allocated from an unchecked length: the only allocation that depends on the input
/// is the buffer a compressed batch inflates into, bounded by `maximumDecompressedBytes`.
public struct RecordBatchReader: Sendable {
    public let options: RecordBatchValidationOptions
    private let codecs: CompressionCodecs?
    private var remaining: ByteBuffer
    private let startIndex: Int
    private var batchIndex = 0
    private var failed = false

    /// - Parameters:
    ///   - records: the `records` field; read from its reader index, never modified.
    ///   - codecs: looks up codecs for compressed batches; nil accepts only uncompressed batches
    ///     (unless `options.validatesRecords` is false).
    public init(_ records: ByteBuffer, options: RecordBatchValidationOptions = .produce, codecs: CompressionCodecs? = nil) {
        self.options = options
        self.codecs = codecs
        self.remaining = records
        self.startIndex = records.readerIndex
    }

    /// The next batch, or nil once every byte has been consumed (or after an error).
    public mutating func next() throws(RecordBatchValidationError) -> RecordBatch? {
        guard !self.failed else { return nil }
        let position = self.remaining.readerIndex - self.startIndex
        if self.options.requiresSingleBatch && (self.batchIndex > 0) == (self.remaining.readableBytes > 0) {
            self.failed = true
            let error = RecordBatchValidationError(
                .wrongBatchCount,
                self.batchIndex == 0
                    ? "a Produce request must carry one record batch for each partition, and this one has none"
                    : "a Produce request may carry only one record batch for each partition"
            )
            throw error.located(batchIndex: self.batchIndex, batchPosition: position)
        }
        guard self.remaining.readableBytes > 0 else { return nil }
        do {
            let batch = try Self.readBatch(from: &self.remaining, options: self.options, codecs: self.codecs)
            self.batchIndex += 1
            return batch
        } catch {
            self.failed = true
            throw error.located(batchIndex: self.batchIndex, batchPosition: position)
        }
    }

    /// Validates every batch in `records` and returns them in order.
    public static func validate(
        _ records: ByteBuffer,
        options: RecordBatchValidationOptions = .produce,
        codecs: CompressionCodecs? = nil
    ) throws(RecordBatchValidationError) -> [RecordBatch] {
        var reader = RecordBatchReader(records, options: options, codecs: codecs)
        var batches: [RecordBatch] = []
        while let batch = try reader.next() {
            batches.append(batch)
        }
        return batches
    }

    // MARK: One batch

    /// Bytes needed to see a batch's magic byte.
    static let bytesThroughMagic = RecordBatchHeader.magicOffset + 1

    /// Checks the batch at `buffer`'s reader index and, when it passes, moves past it.
    static func readBatch(
        from buffer: inout ByteBuffer,
        options: RecordBatchValidationOptions,
        codecs: CompressionCodecs?
    ) throws(RecordBatchValidationError) -> RecordBatch {
        let start = buffer.readerIndex
        let available = buffer.readableBytes
        guard available >= Self.bytesThroughMagic else {
            throw RecordBatchValidationError(
                .truncated,
                "only \(available) bytes remain, fewer than the \(RecordBatchHeader.size)-byte record batch header"
            )
        }
        let magic = buffer.getInteger(at: start + RecordBatchHeader.magicOffset, as: Int8.self)!
        guard magic == RecordBatchHeader.currentMagic else {
            if magic == 0 || magic == 1 {
                throw RecordBatchValidationError(
                    .unsupportedMagic,
                    "magic \(magic) is a legacy message set; only magic 2 record batches are accepted",
                    magic: magic
                )
            }
            throw RecordBatchValidationError(.unknownMagic, "magic byte \(magic) is no known record format (expected 2)", magic: magic)
        }
        guard available >= RecordBatchHeader.size else {
            throw RecordBatchValidationError(
                .truncated,
                "only \(available) bytes remain, fewer than the \(RecordBatchHeader.size)-byte record batch header"
            )
        }
        let header = RecordBatchHeader(buffer, at: start)!
        guard header.batchLength >= RecordBatchHeader.minimumBatchLength else {
            throw RecordBatchValidationError(
                .invalidBatchLength,
                "batchLength \(header.batchLength) is smaller than the \(RecordBatchHeader.minimumBatchLength) bytes of a batch without records"
            )
        }
        guard header.totalSize <= available else {
            throw RecordBatchValidationError(
                .truncated,
                "batchLength \(header.batchLength) needs \(header.totalSize) bytes but only \(available) remain"
            )
        }
        let crcLength = header.totalSize - RecordBatchHeader.attributesOffset
        let computed = CRC32C.checksum(buffer, at: start + RecordBatchHeader.attributesOffset, length: crcLength)!
        guard computed == header.crc else {
            throw RecordBatchValidationError(
                .crcMismatch,
                "stored CRC-32C 0x\(String(header.crc, radix: 16)) does not match 0x\(String(computed, radix: 16)) computed over the batch: it was damaged or framed wrongly"
            )
        }
        guard header.compression != nil else {
            throw RecordBatchValidationError(
                .unknownCompressionType,
                "attributes name compression codec \(header.attributes.compressionBits), which does not exist"
            )
        }
        guard header.recordCount >= 0 else {
            throw RecordBatchValidationError(.invalidRecordCount, "record count \(header.recordCount) is negative")
        }
        // Cheap even without record checks, so a storage layer can trust the count of an
        // uncompressed batch: every record takes at least 7 bytes.
        let sectionSize = header.totalSize - RecordBatchHeader.size
        guard header.compression != CompressionType.none || Int(header.recordCount) <= sectionSize / Record.minimumSize else {
            throw RecordBatchValidationError(
                .invalidRecordCount,
                "record count \(header.recordCount) cannot fit in \(sectionSize) bytes of records (each takes at least \(Record.minimumSize))"
            )
        }
        if options.enforcesProducerRules {
            try Self.checkProducerRules(header)
        } else if header.recordCount > 0 && Int64(header.lastOffsetDelta) < Int64(header.recordCount) - 1 {
            throw RecordBatchValidationError(
                .invalidOffsets,
                "lastOffsetDelta \(header.lastOffsetDelta) leaves no room for \(header.recordCount) records with distinct offsets"
            )
        }

        let batch = RecordBatch(header: header, buffer: buffer.getSlice(at: start, length: header.totalSize)!)
        if options.validatesRecords {
            var records = try RecordIterator(
                header: header,
                section: buffer.getSlice(at: start + RecordBatchHeader.size, length: sectionSize)!,
                codecs: codecs,
                maximumDecompressedBytes: options.maximumDecompressedBytes,
                contiguousOffsets: options.enforcesProducerRules
            )
            try records.validateRemaining()
        }
        buffer.moveReaderIndex(forwardBy: header.totalSize)
        return batch
    }

    private static func checkProducerRules(_ header: RecordBatchHeader) throws(RecordBatchValidationError) {
        guard !header.isControl else {
            throw RecordBatchValidationError(
                .controlBatchNotAllowed,
                "clients may not write control batches; only the transaction coordinator writes them"
            )
        }
        guard header.baseOffset == 0 else {
            throw RecordBatchValidationError(
                .invalidOffsets,
                "baseOffset is \(header.baseOffset) but a producer's batch must start at 0; the broker assigns offsets"
            )
        }
        guard header.recordCount > 0 else {
            throw RecordBatchValidationError(.invalidRecordCount, "a producer's batch must hold at least one record")
        }
        guard Int64(header.lastOffsetDelta) == Int64(header.recordCount) - 1 else {
            throw RecordBatchValidationError(
                .invalidOffsets,
                "lastOffsetDelta \(header.lastOffsetDelta) disagrees with record count \(header.recordCount) (expected \(header.recordCount - 1))"
            )
        }
        guard !header.hasProducerId || header.baseSequence >= 0 else {
            throw RecordBatchValidationError(
                .invalidSequence,
                "base sequence \(header.baseSequence) is negative but producer id \(header.producerId) is set"
            )
        }
    }
}
