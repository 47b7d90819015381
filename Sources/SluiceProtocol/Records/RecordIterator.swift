import NIOCore

/// Reads the records of one batch in order, checking each as it goes.
///
/// For an uncompressed batch the records (and their keys, values and header values) are slices of
/// the batch buffer; for a compressed one, of a single buffer the section was inflated into, which
/// is never larger than the bound the iterator was made with. Checks: `recordCount` records exactly
/// and no bytes after them; every record's declared length used exactly; offset deltas strictly
/// increasing and at most `lastOffsetDelta` (exactly 0, 1, 2 ... when validating a producer's batch).
/// After the first error the iterator is finished and returns nil.
public struct RecordIterator: Sendable {
    public let header: RecordBatchHeader
    private var body: ByteBuffer
    private var index: Int32 = 0
    private var previousOffsetDelta: Int64 = -1
    private var finished = false
    private let contiguousOffsets: Bool

    /// - Parameters:
    ///   - section: the bytes after the 61-byte header.
    ///   - contiguousOffsets: require offset deltas 0, 1, 2 ... (a producer's batch).
    init(
        header: RecordBatchHeader,
        section: ByteBuffer,
        codecs: CompressionCodecs?,
        maximumDecompressedBytes: Int,
        contiguousOffsets: Bool
    ) throws(RecordBatchValidationError) {
        self.header = header
        self.contiguousOffsets = contiguousOffsets
        guard header.recordCount >= 0 else {
            throw RecordBatchValidationError(.invalidRecordCount, "record count \(header.recordCount) is negative")
        }
        guard let compression = header.compression else {
            throw RecordBatchValidationError(
                .unknownCompressionType,
                "attributes 0x\(String(UInt16(bitPattern: header.attributes.rawValue), radix: 16)) name compression codec \(header.attributes.compressionBits), which does not exist"
            )
        }
        if compression == .none {
            self.body = section
        } else {
            self.body = try Self.decompress(section, compression, codecs: codecs, maximumBytes: maximumDecompressedBytes)
        }
        guard Int(header.recordCount) <= self.body.readableBytes / Record.minimumSize else {
            throw RecordBatchValidationError(
                .invalidRecordCount,
                "record count \(header.recordCount) cannot fit in \(self.body.readableBytes) bytes of records (each takes at least \(Record.minimumSize))"
            )
        }
    }

    /// Records not yet read, as the header declares them.
    public var remainingCount: Int { Int(self.header.recordCount) - Int(self.index) }

    public mutating func next() throws(RecordBatchValidationError) -> Record? {
        guard !self.finished else { return nil }
        do {
            return try self.readNext()
        } catch {
            self.finished = true
            throw error
        }
    }

    private mutating func readNext() throws(RecordBatchValidationError) -> Record? {
        let index = Int(self.index)
        if self.index == self.header.recordCount {
            self.finished = true
            try Self.checkNoTrailingBytes(self.body.readableBytes, self.header)
            return nil
        }
        guard self.body.readableBytes > 0 else {
            throw Self.tooFewRecords(index, self.header)
        }
        let record: Record
        do {
            record = try Record.read(from: &self.body)
        } catch {
            var located = error
            located.recordIndex = index
            throw located
        }
        self.previousOffsetDelta = try Self.checkOffsetDelta(
            record.offsetDelta, index: index, previous: self.previousOffsetDelta,
            header: self.header, contiguous: self.contiguousOffsets
        )
        self.index += 1
        return record
    }

    /// Checks every remaining record without materializing any, in one pass over the raw bytes:
    /// what `RecordBatchReader` runs. Same checks and errors as calling `next()` to the end.
    mutating func validateRemaining() throws(RecordBatchValidationError) {
        guard !self.finished else { return }
        self.finished = true
        let header = self.header
        let contiguous = self.contiguousOffsets
        var index = Int(self.index)
        var previous = self.previousOffsetDelta
        let outcome = self.body.withUnsafeReadableBytes { bytes -> Result<Int, RecordBatchValidationError> in
            var position = 0
            do throws(RecordBatchValidationError) {
                while index < Int(header.recordCount) {
                    guard position < bytes.count else { throw Self.tooFewRecords(index, header) }
                    let layout: RecordLayout
                    do throws(RecordBatchValidationError) {
                        layout = try RecordLayout.parse(bytes, at: position)
                    } catch {
                        var located = error
                        located.recordIndex = index
                        throw located
                    }
                    previous = try Self.checkOffsetDelta(layout.offsetDelta, index: index, previous: previous, header: header, contiguous: contiguous)
                    position = layout.end
                    index += 1
                }
                try Self.checkNoTrailingBytes(bytes.count - position, header)
                return .success(position)
            } catch {
                return .failure(error)
            }
        }
        let consumed = try outcome.get()
        self.body.moveReaderIndex(forwardBy: consumed)
        self.index = Int32(index)
        self.previousOffsetDelta = previous
    }

    // MARK: Checks

    /// Returns the delta as the new "previous" when it is in order.
    private static func checkOffsetDelta(
        _ offsetDelta: Int32,
        index: Int,
        previous: Int64,
        header: RecordBatchHeader,
        contiguous: Bool
    ) throws(RecordBatchValidationError) -> Int64 {
        let offsetDelta = Int64(offsetDelta)
        if contiguous {
            guard offsetDelta == Int64(index) else {
                throw RecordBatchValidationError(
                    .invalidOffsets,
                    "offsetDelta \(offsetDelta) where \(index) was expected: a producer's batch numbers its records 0, 1, 2 ...",
                    recordIndex: index
                )
            }
        } else {
            guard offsetDelta > previous else {
                throw RecordBatchValidationError(
                    .invalidOffsets,
                    "offsetDelta \(offsetDelta) does not follow the previous record's \(previous)",
                    recordIndex: index
                )
            }
        }
        guard offsetDelta <= Int64(header.lastOffsetDelta) else {
            throw RecordBatchValidationError(
                .invalidOffsets,
                "offsetDelta \(offsetDelta) is past the batch's lastOffsetDelta \(header.lastOffsetDelta)",
                recordIndex: index
            )
        }
        return offsetDelta
    }

    private static func checkNoTrailingBytes(_ remaining: Int, _ header: RecordBatchHeader) throws(RecordBatchValidationError) {
        guard remaining == 0 else {
            throw RecordBatchValidationError(
                .invalidRecordCount,
                "\(remaining) bytes follow the \(header.recordCount) records the batch declares"
            )
        }
    }

    private static func tooFewRecords(_ found: Int, _ header: RecordBatchHeader) -> RecordBatchValidationError {
        RecordBatchValidationError(
            .invalidRecordCount,
            "the batch declares \(header.recordCount) records but holds only \(found)"
        )
    }

    private static func decompress(
        _ section: ByteBuffer,
        _ compression: CompressionType,
        codecs: CompressionCodecs?,
        maximumBytes: Int
    ) throws(RecordBatchValidationError) -> ByteBuffer {
        guard let codec = codecs?(compression) else {
            throw RecordBatchValidationError(.compressionUnavailable, "records are compressed with \(compression), which this broker cannot decompress")
        }
        // Start small: a hostile batch must not make us reserve the whole bound up front.
        let initialCapacity = min(maximumBytes, max(256, section.readableBytes.multipliedReportingOverflow(by: 4).partialValue))
        var output = ByteBufferAllocator().buffer(capacity: max(0, initialCapacity))
        do {
            try codec.decompress(section, into: &output, maximumOutputBytes: maximumBytes)
        } catch {
            throw RecordBatchValidationError(.decompressionFailed, "\(compression) records could not be decompressed: \(error)")
        }
        guard output.readableBytes <= maximumBytes else {
            throw RecordBatchValidationError(
                .decompressionFailed,
                "\(compression) records inflate to \(output.readableBytes) bytes, more than the limit of \(maximumBytes)"
            )
        }
        return output
    }
}
