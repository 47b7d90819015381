#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NIOCore
import SluiceProtocol

/// Settings a segment needs, named as Kafka's topic configs.
public struct LogSegmentConfig: Sendable, Hashable {
    /// `index.interval.bytes`: log bytes appended between two offset index entries.
    public var indexIntervalBytes: Int
    /// `segment.index.bytes`: the size the index files are preallocated to, which bounds how
    /// many entries they hold.
    public var maxIndexSize: Int
    /// Random reduction of `segment.ms` for this segment (Kafka's `segment.jitter.ms` draw).
    public var rollJitterMs: Int64

    public static let defaultIndexIntervalBytes = 4096
    public static let defaultMaxIndexSize = 10 * 1024 * 1024

    public init(
        indexIntervalBytes: Int = LogSegmentConfig.defaultIndexIntervalBytes,
        maxIndexSize: Int = LogSegmentConfig.defaultMaxIndexSize,
        rollJitterMs: Int64 = 0
    ) {
        self.indexIntervalBytes = indexIntervalBytes
        self.maxIndexSize = maxIndexSize
        self.rollJitterMs = rollJitterMs
    }
}

/// What the partition's log knows about the next append, for `LogSegment.shouldRoll`
/// (Kafka's `RollParams`).
public struct RollParameters: Sendable, Hashable {
    /// `segment.ms`.
    public var maxSegmentMs: Int64
    /// `segment.bytes`.
    public var maxSegmentBytes: Int
    /// The largest `maxTimestamp` among the batches about to be appended.
    public var maxTimestampInMessages: Int64
    /// The last offset among the batches about to be appended.
    public var maxOffsetInMessages: Int64
    /// Bytes about to be appended.
    public var messagesSize: Int
    public var nowMs: Int64

    public init(maxSegmentMs: Int64, maxSegmentBytes: Int, maxTimestampInMessages: Int64, maxOffsetInMessages: Int64, messagesSize: Int, nowMs: Int64) {
        self.maxSegmentMs = maxSegmentMs
        self.maxSegmentBytes = maxSegmentBytes
        self.maxTimestampInMessages = maxTimestampInMessages
        self.maxOffsetInMessages = maxOffsetInMessages
        self.messagesSize = messagesSize
        self.nowMs = nowMs
    }
}

/// A range of a segment's `.log` to send to a consumer or follower, without copying it.
///
/// Starts at the first byte of the batch holding the requested offset. `length` is bounded by
/// `maxBytes` and the segment's `maxPosition`, so (as in Kafka) the last batch may be cut short
/// unless it is the first one and `minOneMessage` was set; clients skip a partial last batch.
public struct LogReadSlice {
    /// The open `.log`; its `descriptor` can feed `sendfile`. Valid while the segment is open.
    public let file: any StorageFile
    public let position: Int64
    public let length: Int
    /// The header of the first batch in the slice (the batch holding the requested offset).
    public let firstBatch: RecordBatchHeader

    /// Copies the slice into memory (tests and paths that cannot use `sendfile`).
    public func readBytes() throws -> ByteBuffer {
        var buffer = ByteBuffer()
        buffer.reserveCapacity(self.length)
        let read = try self.file.read(into: &buffer, at: self.position, count: self.length)
        guard read == self.length else {
            throw StorageError.corruptSegment(path: self.file.path, "expected \(self.length) bytes at \(self.position), read \(read)")
        }
        return buffer
    }
}

/// What `LogSegment.findOffset(forTimestamp:)` found (Kafka's `TimestampAndOffset`).
public struct TimestampAndOffset: Sendable, Hashable {
    public var timestamp: Int64
    public var offset: Int64
    /// The `partitionLeaderEpoch` of the batch holding `offset`, nil when the batch has none
    /// (ListOffsets answers with it).
    public var leaderEpoch: Int32?

    public init(timestamp: Int64, offset: Int64, leaderEpoch: Int32?) {
        self.timestamp = timestamp
        self.offset = offset
        self.leaderEpoch = leaderEpoch
    }

    init(timestamp: Int64, offset: Int64, header: RecordBatchHeader) {
        let epoch = header.partitionLeaderEpoch
        self.init(timestamp: timestamp, offset: offset, leaderEpoch: epoch == RecordBatchHeader.noPartitionLeaderEpoch ? nil : epoch)
    }
}

/// Why `LogSegment.recover` stopped where it did.
public enum RecoveryStop: Sendable, Hashable {
    /// Every byte belonged to a valid batch.
    case endOfSegment
    /// The bytes from `position` on are shorter than the batch they start (a torn write:
    /// cut inside a header or inside the records).
    case incompleteBatch(position: Int64, detail: String)
    /// The bytes from `position` to the end are all zero (preallocated or never written).
    case zeroFilled(position: Int64)
    /// A complete-looking batch at `position` failed validation (bad CRC, bad framing, offsets
    /// going backwards). When it is not the last thing in the file, data after it was lost.
    case invalidBatch(position: Int64, detail: String)

    /// The byte position recovery stopped at, nil when it reached the end.
    public var position: Int64? {
        switch self {
        case .endOfSegment: nil
        case .incompleteBatch(let position, _), .zeroFilled(let position), .invalidBatch(let position, _): position
        }
    }
}

/// The outcome of `LogSegment.recover`.
public struct RecoveryResult: Sendable, Hashable {
    public var validBatches: Int
    public var validBytes: Int64
    /// Bytes cut from the end of the `.log` (0 when nothing was wrong or truncation was off).
    public var truncatedBytes: Int64
    public var stop: RecoveryStop

    public init(validBatches: Int, validBytes: Int64, truncatedBytes: Int64, stop: RecoveryStop) {
        self.validBatches = validBatches
        self.validBytes = validBytes
        self.truncatedBytes = truncatedBytes
        self.stop = stop
    }
}

/// One segment of a partition's log: `<baseOffset>.log` holding record batches back to back,
/// with its `.index` (offset -> position) and `.timeindex` (timestamp -> offset), all named by
/// the base offset as 20 zero-padded digits (`00000000000000000000.log`).
///
/// Invariants:
/// - The `.log` holds whole v2 batches from byte 0 to `sizeInBytes`, in increasing offset
///   order, each with offsets in `baseOffset ... baseOffset + Int32.max`; the size stays below
///   2 GiB (positions fit the index). Batches are stored exactly as appended (offsets are
///   assigned by the caller).
/// - `nextOffset` is the last batch's `lastOffset + 1` (`baseOffset` when empty).
/// - Index entries are derived from the log; they may be rebuilt at any time by `recover`.
/// - A failed append leaves the files and the in-memory state as before the call. If rolling
///   back itself fails, the segment refuses further appends (`isUsable == false`) until
///   reopened and recovered.
///
/// The high watermark, leader epochs, producer state and the flushed/recovery point belong to
/// the partition's `Log`, not to the segment. Segments are owned by their partition's log and
/// are not thread-safe: the log serialises every call.
public final class LogSegment {
    public let baseOffset: Int64
    public let directory: String
    public let config: LogSegmentConfig
    public let fileIO: any FileIO
    public let offsetIndex: OffsetIndex
    public let timeIndex: TimeIndex
    private var log: (any StorageFile)?
    public private(set) var logPath: String

    /// Bytes of whole batches in the `.log`.
    public private(set) var sizeInBytes: Int64 = 0
    /// The offset the next batch appended must start at or after.
    public private(set) var nextOffset: Int64
    /// The largest batch `maxTimestamp` so far, -1 when none.
    public private(set) var maxTimestampSoFar: Int64 = RecordBatchHeader.noTimestamp
    /// The last offset of the batch that first reached `maxTimestampSoFar`.
    public private(set) var offsetOfMaxTimestampSoFar: Int64
    /// When the segment object was created (or reopened), for `segment.ms` on empty segments.
    public let createdMs: Int64
    /// The `maxTimestamp` of the first batch, which `segment.ms` is measured from.
    public private(set) var rollingBasedTimestamp: Int64?
    /// False after a failure that could not be rolled back.
    public private(set) var isUsable = true
    /// How `open` had to recover the segment, if it had to.
    public private(set) var recoveryOnOpen: RecoveryResult?
    private var bytesSinceLastIndexEntry = 0

    /// The largest offset - baseOffset a segment holds. The index stores relative offsets as 4
    /// bytes; Kafka reads them as a signed Int32, so Sluice keeps to `Int32.max` and its files
    /// stay readable by Kafka's tools (`kafka-dump-log.sh`).
    public static let maxRelativeOffset = Int64(Int32.max)
    /// The largest `.log` size (positions are Int32 in Kafka).
    public static let maxSegmentSize = Int64(Int32.max)

    // MARK: File names

    /// `00000000000000000042` for base offset 42.
    public static func fileStem(baseOffset: Int64) -> String {
        let digits = String(baseOffset)
        return String(repeating: "0", count: max(0, 20 - digits.count)) + digits
    }

    public static func logFileName(baseOffset: Int64) -> String { self.fileStem(baseOffset: baseOffset) + ".log" }
    public static func indexFileName(baseOffset: Int64) -> String { self.fileStem(baseOffset: baseOffset) + ".index" }
    public static func timeIndexFileName(baseOffset: Int64) -> String { self.fileStem(baseOffset: baseOffset) + ".timeindex" }

    /// The base offset a `.log`, `.index` or `.timeindex` file name encodes, or nil.
    public static func baseOffset(fromFileName name: String) -> Int64? {
        guard let dot = name.firstIndex(of: "."), name.distance(from: name.startIndex, to: dot) == 20 else { return nil }
        return Int64(name[..<dot])
    }

    // MARK: Opening

    private init(directory: String, baseOffset: Int64, config: LogSegmentConfig, fileIO: any FileIO, nowMs: Int64, log: any StorageFile, fileSuffix: String = "") throws {
        self.directory = directory
        self.baseOffset = baseOffset
        self.config = config
        self.fileIO = fileIO
        self.createdMs = nowMs
        self.log = log
        self.logPath = log.path
        self.nextOffset = baseOffset
        self.offsetOfMaxTimestampSoFar = baseOffset
        do {
            self.offsetIndex = try OffsetIndex(
                path: joinPath(directory, Self.indexFileName(baseOffset: baseOffset) + fileSuffix),
                baseOffset: baseOffset, maxIndexSize: config.maxIndexSize, fileIO: fileIO
            )
        } catch {
            try? log.close()
            throw error
        }
        do {
            self.timeIndex = try TimeIndex(
                path: joinPath(directory, Self.timeIndexFileName(baseOffset: baseOffset) + fileSuffix),
                baseOffset: baseOffset, maxIndexSize: config.maxIndexSize, fileIO: fileIO
            )
        } catch {
            try? log.close()
            self.offsetIndex.abandon()
            throw error
        }
    }

    /// Creates a new, empty, active segment (index files preallocated). Existing files of the
    /// same base offset (and suffix) are emptied. `fileSuffix` (`.cleaned` for a compaction's
    /// output) is appended to all three file names; `changeFileSuffixes` renames them later.
    public static func create(
        directory: String,
        baseOffset: Int64,
        config: LogSegmentConfig = LogSegmentConfig(),
        fileIO: any FileIO,
        nowMs: Int64,
        fileSuffix: String = ""
    ) throws -> LogSegment {
        let logPath = joinPath(directory, self.logFileName(baseOffset: baseOffset) + fileSuffix)
        let log = try fileIO.open(logPath, mode: .createOrTruncate)
        let segment = try LogSegment(
            directory: directory, baseOffset: baseOffset, config: config, fileIO: fileIO, nowMs: nowMs, log: log, fileSuffix: fileSuffix
        )
        do {
            try segment.offsetIndex.reset()
            try segment.timeIndex.reset()
            try segment.activate()
        } catch {
            segment.abandon()
            throw error
        }
        return segment
    }

    /// Opens an existing segment. Indexes that are missing, fail `sanityCheck`, or disagree
    /// with the log, and a log whose tail does not end on a batch boundary, are repaired by
    /// `recover(validating: .headersOnly)` (reported in `recoveryOnOpen`). A segment written by
    /// a process that did not shut down cleanly should be recovered explicitly instead: this
    /// does not check CRCs of a log whose shape looks right. `sealed` (not the log's last
    /// segment) is passed to that repair: an invalid batch found there throws `corruptSegment`
    /// and nothing is cut.
    public static func open(
        directory: String,
        baseOffset: Int64,
        config: LogSegmentConfig = LogSegmentConfig(),
        fileIO: any FileIO,
        nowMs: Int64,
        sealed: Bool = false
    ) throws -> LogSegment {
        let logPath = joinPath(directory, self.logFileName(baseOffset: baseOffset))
        let indexesExisted = fileIO.fileExists(joinPath(directory, self.indexFileName(baseOffset: baseOffset)))
            && fileIO.fileExists(joinPath(directory, self.timeIndexFileName(baseOffset: baseOffset)))
        let log = try fileIO.open(logPath, mode: .readWrite)
        let segment = try LogSegment(directory: directory, baseOffset: baseOffset, config: config, fileIO: fileIO, nowMs: nowMs, log: log)
        do {
            segment.sizeInBytes = try log.size()
            var needsRecovery = !indexesExisted
            if !needsRecovery {
                do {
                    try segment.offsetIndex.sanityCheck()
                    try segment.timeIndex.sanityCheck()
                    try segment.loadTail()
                } catch let error as StorageError where error.isCorruptSegment {
                    needsRecovery = true
                }
            }
            if needsRecovery {
                segment.recoveryOnOpen = try segment.recover(validating: .headersOnly, sealed: sealed)
            }
        } catch {
            segment.abandon()
            throw error
        }
        return segment
    }

    private func logFile() throws -> any StorageFile {
        guard let log = self.log else { throw StorageError.closed(path: self.logPath) }
        return log
    }

    /// The `.log` file, for zero-copy reads.
    public var file: any StorageFile {
        get throws { try self.logFile() }
    }

    // MARK: Batch headers on disk

    /// The header of the batch at `position`, or nil when fewer than 61 bytes remain before
    /// `limit`. Nothing but the length is checked.
    private func readHeader(at position: Int64, limit: Int64) throws -> RecordBatchHeader? {
        guard limit - position >= Int64(RecordBatchHeader.size) else { return nil }
        var buffer = ByteBuffer()
        let read = try self.logFile().read(into: &buffer, at: position, count: RecordBatchHeader.size)
        guard read == RecordBatchHeader.size else { return nil }
        return RecordBatchHeader(buffer, at: buffer.readerIndex)
    }

    /// Calls `body` with the position and header of each batch from `position` (a batch start)
    /// up to `sizeInBytes`, until it returns false. Throws `corruptSegment` when the bytes do not
    /// frame as batches (headers only: CRCs are not checked).
    public func forEachBatchHeader(from position: Int64 = 0, _ body: (Int64, RecordBatchHeader) throws -> Bool) throws {
        var position = position
        let limit = self.sizeInBytes
        while position < limit {
            guard let header = try self.readHeader(at: position, limit: limit) else {
                throw StorageError.corruptSegment(path: self.logPath, "\(limit - position) bytes at position \(position) are too few for a batch header")
            }
            guard header.magic == RecordBatchHeader.currentMagic,
                header.batchLength >= RecordBatchHeader.minimumBatchLength,
                position + Int64(header.totalSize) <= limit
            else {
                throw StorageError.corruptSegment(
                    path: self.logPath,
                    "the batch at position \(position) (magic \(header.magic), batchLength \(header.batchLength)) does not fit the \(limit)-byte log"
                )
            }
            guard try body(position, header) else { return }
            position += Int64(header.totalSize)
        }
    }

    /// Sets `nextOffset` and the max timestamp from the indexes and the batches after them.
    private func loadTail() throws {
        if let last = self.offsetIndex.lastEntry, last.position >= self.sizeInBytes {
            throw StorageError.corruptSegment(path: self.offsetIndex.path, "entry at position \(last.position) lies past the log's \(self.sizeInBytes) bytes")
        }
        var maxTimestamp = RecordBatchHeader.noTimestamp
        var offsetOfMax = self.baseOffset
        var start: Int64 = 0
        if let entry = self.timeIndex.lastEntry {
            // Batches before the entry's offset have smaller timestamps; without an entry every
            // batch has to be seen for the maximum.
            maxTimestamp = entry.timestamp
            offsetOfMax = entry.offset
            start = self.offsetIndex.lookup(entry.offset).position
        }
        var lastHeader: RecordBatchHeader?
        var bytesSinceLastEntry = 0
        let lastIndexedPosition = self.offsetIndex.lastEntry?.position ?? -1
        try self.forEachBatchHeader(from: start) { position, header in
            if header.maxTimestamp > maxTimestamp {
                maxTimestamp = header.maxTimestamp
                offsetOfMax = header.lastOffset
            }
            if position >= lastIndexedPosition { bytesSinceLastEntry += header.totalSize }
            lastHeader = header
            return true
        }
        let firstHeader = try self.readHeader(at: 0, limit: self.sizeInBytes)
        if let last = self.offsetIndex.lastEntry, let lastHeader, last.offset > lastHeader.lastOffset {
            throw StorageError.corruptSegment(path: self.offsetIndex.path, "entry for offset \(last.offset) lies past the log's last offset \(lastHeader.lastOffset)")
        }
        if let last = self.timeIndex.lastEntry, last.offset > (lastHeader?.lastOffset ?? self.baseOffset) {
            throw StorageError.corruptSegment(path: self.timeIndex.path, "entry for offset \(last.offset) lies past the log's last offset")
        }
        self.nextOffset = lastHeader?.nextOffset ?? self.baseOffset
        self.maxTimestampSoFar = maxTimestamp
        self.offsetOfMaxTimestampSoFar = offsetOfMax
        self.rollingBasedTimestamp = firstHeader?.maxTimestamp
        // With no index entry yet, every byte counts towards the first one.
        self.bytesSinceLastIndexEntry = lastIndexedPosition < 0 ? Int(self.sizeInBytes) : bytesSinceLastEntry
    }

    // MARK: Appending

    /// Appends one batch exactly as given. `header` must describe `batch` (its readable bytes
    /// are the whole batch) and offsets must already be assigned: `baseOffset >= nextOffset`,
    /// `lastOffset - self.baseOffset <= maxRelativeOffset`. Adds an offset index entry (and
    /// maybe a time index entry) when more than `index.interval.bytes` were appended since the
    /// last one.
    ///
    /// Not durable until `flush()`. On failure the segment is left as before the call and the
    /// error is thrown (`StorageError`; `isNoSpace` when the disk is full).
    public func append(batch: ByteBuffer, header: RecordBatchHeader) throws {
        try self.append(records: batch, headers: [header])
    }

    /// Appends a batch from `RecordBatchBuilder` or `RecordBatchReader`.
    public func append(_ batch: RecordBatch) throws {
        try self.append(batch: batch.buffer, header: batch.header)
    }

    /// Appends several batches lying back to back in `records` (a follower's fetch, or a
    /// compacted segment being rewritten) with one write, indexing each as `append(batch:header:)`
    /// does. Headers are read from the bytes and only their framing is checked: the caller has
    /// validated the batches (CRC included). All or nothing: on failure nothing is appended.
    public func append(records: ByteBuffer) throws {
        var headers: [RecordBatchHeader] = []
        var index = records.readerIndex
        while index < records.writerIndex {
            guard let header = RecordBatchHeader(records, at: index),
                header.batchLength >= RecordBatchHeader.minimumBatchLength,
                header.totalSize <= records.writerIndex - index
            else {
                throw StorageError.invalidAppend(path: self.logPath, "the bytes at \(index - records.readerIndex) of the records do not frame as a record batch")
            }
            headers.append(header)
            index += header.totalSize
        }
        guard !headers.isEmpty else { return }
        try self.append(records: records, headers: headers)
    }

    /// `records` holds exactly the batches `headers` describe, in order.
    private func append(records: ByteBuffer, headers: [RecordBatchHeader]) throws {
        guard self.isUsable else {
            throw StorageError.unusable(path: self.logPath, "an earlier failed append could not be rolled back")
        }
        let log = try self.logFile()
        var index = records.readerIndex
        var expectedOffset = self.nextOffset
        for header in headers {
            guard header.batchLength >= RecordBatchHeader.minimumBatchLength, header.totalSize <= records.writerIndex - index else {
                throw StorageError.invalidAppend(
                    path: self.logPath, "the batch has \(records.writerIndex - index) bytes but its header says \(header.totalSize)"
                )
            }
            guard records.getInteger(at: index + RecordBatchHeader.baseOffsetOffset, as: Int64.self) == header.baseOffset,
                records.getInteger(at: index + RecordBatchHeader.lastOffsetDeltaOffset, as: Int32.self) == header.lastOffsetDelta
            else {
                throw StorageError.invalidAppend(path: self.logPath, "the batch's bytes disagree with its header on baseOffset or lastOffsetDelta")
            }
            guard header.baseOffset >= expectedOffset, header.lastOffset >= header.baseOffset else {
                throw StorageError.invalidAppend(
                    path: self.logPath,
                    "batch offsets \(header.baseOffset)...\(header.lastOffset) do not follow the next offset \(expectedOffset)"
                )
            }
            guard header.lastOffset - self.baseOffset <= Self.maxRelativeOffset else {
                throw StorageError.invalidAppend(
                    path: self.logPath,
                    "offset \(header.lastOffset) is too far from base offset \(self.baseOffset) for a relative offset (at most \(Self.maxRelativeOffset)); roll a new segment"
                )
            }
            expectedOffset = header.nextOffset
            index += header.totalSize
        }
        guard index == records.writerIndex else {
            throw StorageError.invalidAppend(path: self.logPath, "\(records.writerIndex - index) bytes follow the last batch")
        }
        guard self.sizeInBytes + Int64(records.readableBytes) <= Self.maxSegmentSize else {
            throw StorageError.segmentFull(path: self.logPath, "appending \(records.readableBytes) bytes would pass the 2 GiB segment limit")
        }

        let start = self.sizeInBytes
        do {
            try log.write(records, at: start)
        } catch {
            self.rollBack(to: start)
            throw error
        }

        // Index entries as Kafka's LogSegment.append adds them, batch by batch.
        var maxTimestamp = self.maxTimestampSoFar
        var offsetOfMax = self.offsetOfMaxTimestampSoFar
        var bytesSinceLastEntry = self.bytesSinceLastIndexEntry
        var position = start
        do {
            for header in headers {
                if header.maxTimestamp > maxTimestamp {
                    maxTimestamp = header.maxTimestamp
                    offsetOfMax = header.lastOffset
                }
                if bytesSinceLastEntry > self.config.indexIntervalBytes {
                    try self.offsetIndex.append(offset: header.lastOffset, position: position)
                    try self.timeIndex.maybeAppend(timestamp: maxTimestamp, offset: offsetOfMax)
                    bytesSinceLastEntry = 0
                }
                bytesSinceLastEntry += header.totalSize
                position += Int64(header.totalSize)
            }
        } catch {
            // Every entry added here has an offset >= the first batch's base offset.
            try? self.offsetIndex.truncate(toOffset: headers[0].baseOffset)
            try? self.timeIndex.truncate(toOffset: headers[0].baseOffset)
            self.rollBack(to: start)
            throw error
        }

        if start == 0 { self.rollingBasedTimestamp = headers[0].maxTimestamp }
        self.sizeInBytes = position
        self.nextOffset = headers[headers.count - 1].nextOffset
        self.maxTimestampSoFar = maxTimestamp
        self.offsetOfMaxTimestampSoFar = offsetOfMax
        self.bytesSinceLastIndexEntry = bytesSinceLastEntry
    }

    /// Cuts the log back to `position` after a failed write; marks the segment unusable when
    /// even that fails.
    private func rollBack(to position: Int64) {
        do {
            try self.logFile().truncate(to: position)
        } catch {
            self.isUsable = false
        }
    }

    // MARK: Reading

    /// The position and header of the first batch whose last offset is `>= offset`, scanning
    /// from the offset index entry at or below it; nil when no batch qualifies.
    public func translateOffset(_ offset: Int64) throws -> (position: Int64, header: RecordBatchHeader)? {
        let start = self.offsetIndex.lookup(offset).position
        var found: (Int64, RecordBatchHeader)?
        try self.forEachBatchHeader(from: start) { position, header in
            if header.lastOffset >= offset {
                found = (position, header)
                return false
            }
            return true
        }
        return found
    }

    /// Reads from the batch holding `offset` (or the first batch after it).
    ///
    /// - Parameters:
    ///   - maxBytes: the most bytes to return.
    ///   - maxPosition: bytes at or past this position are not returned (the partition log
    ///     passes the position of the high watermark or last stable offset); defaults to the end.
    ///   - minOneMessage: return the whole first batch even when it is larger than `maxBytes`
    ///     (Kafka does this for the first partition of a fetch response so consumers progress).
    /// - Returns: nil when `offset >= nextOffset` (nothing at or after it in this segment).
    public func read(from offset: Int64, maxBytes: Int, maxPosition: Int64? = nil, minOneMessage: Bool = false) throws -> LogReadSlice? {
        guard offset < self.nextOffset, let (position, header) = try self.translateOffset(offset) else { return nil }
        let limit = min(maxPosition ?? self.sizeInBytes, self.sizeInBytes)
        let allowed = minOneMessage ? max(maxBytes, header.totalSize) : max(maxBytes, 0)
        let length = max(0, min(limit - position, Int64(allowed)))
        return LogReadSlice(file: try self.logFile(), position: position, length: Int(length), firstBatch: header)
    }

    /// Reads the whole batch at `position` into memory.
    public func readBatch(at position: Int64, header: RecordBatchHeader) throws -> ByteBuffer {
        var buffer = ByteBuffer()
        let read = try self.logFile().read(into: &buffer, at: position, count: header.totalSize)
        guard read == header.totalSize else {
            throw StorageError.corruptSegment(path: self.logPath, "batch at \(position) is cut short: \(read) of \(header.totalSize) bytes")
        }
        return buffer
    }

    /// The first offset at or after `startingOffset` whose timestamp is `>= timestamp`, with
    /// that timestamp (Kafka's `findOffsetByTimestamp`), or nil when no batch in the segment has
    /// a `maxTimestamp >= timestamp`.
    ///
    /// Found through the time index, the offset index, then a scan of batch headers. Within the
    /// batch the records are read to find the exact record; for a compressed batch that needs
    /// `codecs`, and without them the batch's first offset is returned (still a correct place to
    /// start consuming, but not the exact record).
    public func findOffset(
        forTimestamp timestamp: Int64,
        startingOffset: Int64? = nil,
        codecs: CompressionCodecs? = nil
    ) throws -> TimestampAndOffset? {
        let startingOffset = startingOffset ?? self.baseOffset
        let indexed = self.timeIndex.lookup(timestamp)
        let start = self.offsetIndex.lookup(max(indexed.offset, startingOffset)).position
        var found: (Int64, RecordBatchHeader)?
        try self.forEachBatchHeader(from: start) { position, header in
            if header.maxTimestamp >= timestamp && header.lastOffset >= startingOffset {
                found = (position, header)
                return false
            }
            return true
        }
        guard let (position, header) = found else { return nil }
        if header.timestampType == .logAppendTime {
            return TimestampAndOffset(timestamp: header.maxTimestamp, offset: max(header.baseOffset, startingOffset), header: header)
        }
        if header.compression != CompressionType.none && codecs == nil {
            return TimestampAndOffset(timestamp: header.maxTimestamp, offset: max(header.baseOffset, startingOffset), header: header)
        }
        let bytes = try self.readBatch(at: position, header: header)
        do {
            let batch = try RecordBatch(validating: bytes, options: .headersOnly)
            var records = try batch.records(codecs: codecs)
            while let record = try records.next() {
                let offset = record.offset(in: header)
                let recordTimestamp = record.timestamp(in: header)
                if offset >= startingOffset && recordTimestamp >= timestamp { return TimestampAndOffset(timestamp: recordTimestamp, offset: offset, header: header) }
            }
        } catch {
            throw StorageError.corruptSegment(path: self.logPath, "batch at position \(position): \(error)")
        }
        return TimestampAndOffset(timestamp: header.maxTimestamp, offset: max(header.baseOffset, startingOffset), header: header)
    }

    // MARK: Recovery

    /// Reads the whole log from byte 0, validating each batch (CRC and framing always; records
    /// too with `.log` options and `codecs` for compressed batches), rebuilds both indexes, and
    /// (when `truncate` is true) cuts the log after the last valid batch.
    ///
    /// Stops at the first batch that is incomplete (torn tail), all zeros, invalid (bad CRC,
    /// bad framing), or whose offsets do not follow the previous batch or fit this segment. What
    /// stopped it is reported: `.invalidBatch` with more data after it may mean corruption in
    /// the middle rather than a torn write, and the caller decides how loud to be.
    ///
    /// With `truncate` false, a segment that is not valid to the end is left untouched and a
    /// `corruptSegment` error is thrown. A batch whose codec is unavailable (`codecs` lacks it
    /// while records are validated) throws instead of truncating: that is not corruption.
    ///
    /// With `sealed` true (the segment is not the log's last, so its bytes were complete before
    /// the next segment was rolled), an `.invalidBatch` stop is corruption, not a torn tail: the
    /// segment is left untouched (no truncation, indexes not rebuilt) and a `corruptSegment`
    /// error naming the file, the byte position and the offset of the bad batch, and what an
    /// operator can do, is thrown. Torn (`.incompleteBatch`) and zero-filled tails are still cut.
    @discardableResult
    public func recover(
        validating options: RecordBatchValidationOptions = .headersOnly,
        codecs: CompressionCodecs? = nil,
        truncate: Bool = true,
        sealed: Bool = false
    ) throws -> RecoveryResult {
        let log = try self.logFile()
        let fileSize = try log.size()
        var position: Int64 = 0
        var batches = 0
        var stop = RecoveryStop.endOfSegment
        var offsetEntries: [OffsetIndex.Entry] = []
        var timeEntries: [TimeIndex.Entry] = []
        var maxTimestamp = RecordBatchHeader.noTimestamp
        var offsetOfMax = self.baseOffset
        var bytesSinceLastEntry = 0
        var expectedOffset = self.baseOffset
        var firstMaxTimestamp: Int64?
        var lastHeader: RecordBatchHeader?

        scan: while position < fileSize {
            let remaining = fileSize - position
            var headerBytes = ByteBuffer()
            try log.read(into: &headerBytes, at: position, count: Int(min(remaining, Int64(RecordBatchHeader.size))))
            guard let header = RecordBatchHeader(headerBytes, at: headerBytes.readerIndex) else {
                stop = try self.classifyTail(at: position, fileSize: fileSize) ?? .incompleteBatch(position: position, detail: "\(remaining) bytes are too few for a batch header")
                break scan
            }
            guard header.magic == RecordBatchHeader.currentMagic, header.batchLength >= RecordBatchHeader.minimumBatchLength else {
                stop = try self.classifyTail(at: position, fileSize: fileSize) ?? .invalidBatch(
                    position: position, detail: "magic \(header.magic), batchLength \(header.batchLength) is no v2 batch"
                )
                break scan
            }
            guard Int64(header.totalSize) <= remaining else {
                stop = try self.classifyTail(at: position, fileSize: fileSize) ?? .incompleteBatch(
                    position: position, detail: "the batch needs \(header.totalSize) bytes but \(remaining) remain"
                )
                break scan
            }
            let bytes = try self.readBatch(at: position, header: header)
            do {
                _ = try RecordBatch(validating: bytes, options: options, codecs: codecs)
            } catch {
                if error.kind == .compressionUnavailable {
                    throw StorageError.corruptSegment(path: self.logPath, "cannot validate the batch at position \(position): \(error.message)")
                }
                stop = .invalidBatch(position: position, detail: error.message)
                break scan
            }
            guard header.baseOffset >= expectedOffset, header.lastOffset >= header.baseOffset,
                header.lastOffset - self.baseOffset <= Self.maxRelativeOffset
            else {
                stop = .invalidBatch(
                    position: position,
                    detail: "offsets \(header.baseOffset)...\(header.lastOffset) do not follow \(expectedOffset - 1) within base offset \(self.baseOffset)"
                )
                break scan
            }
            if header.maxTimestamp > maxTimestamp {
                maxTimestamp = header.maxTimestamp
                offsetOfMax = header.lastOffset
            }
            if bytesSinceLastEntry > self.config.indexIntervalBytes {
                offsetEntries.append(OffsetIndex.Entry(offset: header.lastOffset, position: position))
                if timeEntries.last.map({ maxTimestamp > $0.timestamp }) ?? true {
                    timeEntries.append(TimeIndex.Entry(timestamp: maxTimestamp, offset: offsetOfMax))
                }
                bytesSinceLastEntry = 0
            }
            bytesSinceLastEntry += header.totalSize
            if firstMaxTimestamp == nil { firstMaxTimestamp = header.maxTimestamp }
            expectedOffset = header.nextOffset
            lastHeader = header
            batches += 1
            position += Int64(header.totalSize)
        }

        if sealed, case .invalidBatch(let badPosition, let detail) = stop {
            throw StorageError.corruptSegment(
                path: self.logPath,
                "the sealed segment (\(fileSize) bytes) has an invalid batch at byte position \(badPosition), offset \(expectedOffset) "
                    + "(the valid batches before it end at offset \(expectedOffset - 1)): \(detail). Nothing was truncated or deleted and the partition "
                    + "stays offline so the corrupt data is never served. To bring it back, restore the partition from an in-sync replica or a backup "
                    + "(for example, delete the partition directory and let it re-replicate), or accept losing offsets \(expectedOffset) and later "
                    + "by truncating \(self.logPath) to \(badPosition) bytes and deleting every later segment's .log, .index and .timeindex files "
                    + "of \(self.directory), then restart"
            )
        }
        if stop != .endOfSegment && !truncate {
            throw StorageError.corruptSegment(path: self.logPath, "recovery stopped at position \(position): \(stop)")
        }
        try self.offsetIndex.rebuild(offsetEntries)
        try self.timeIndex.rebuild(timeEntries)
        if fileSize > position { try log.truncate(to: position) }
        self.sizeInBytes = position
        self.nextOffset = lastHeader?.nextOffset ?? self.baseOffset
        self.maxTimestampSoFar = maxTimestamp
        self.offsetOfMaxTimestampSoFar = offsetOfMax
        self.rollingBasedTimestamp = firstMaxTimestamp
        self.bytesSinceLastIndexEntry = bytesSinceLastEntry
        self.isUsable = true
        return RecoveryResult(validBatches: batches, validBytes: position, truncatedBytes: fileSize - position, stop: stop)
    }

    /// `.zeroFilled` when every byte from `position` to the end is zero, else nil.
    private func classifyTail(at position: Int64, fileSize: Int64) throws -> RecoveryStop? {
        var offset = position
        let log = try self.logFile()
        while offset < fileSize {
            var chunk = ByteBuffer()
            let read = try log.read(into: &chunk, at: offset, count: Int(min(fileSize - offset, 1 << 20)))
            if read == 0 { break }
            if !isAllZero(chunk, from: chunk.readerIndex) { return nil }
            offset += Int64(read)
        }
        return .zeroFilled(position: position)
    }

    // MARK: Truncation

    /// Removes every batch with offsets `>= offset`: the batch holding `offset` goes entirely
    /// (batches are never split). Returns the bytes removed. Index entries for removed batches
    /// go too; `nextOffset` becomes the last remaining batch's next offset.
    @discardableResult
    public func truncate(to offset: Int64) throws -> Int64 {
        let log = try self.logFile()
        guard offset < self.nextOffset, let (position, _) = try self.translateOffset(offset) else { return 0 }
        let removed = self.sizeInBytes - position
        try self.offsetIndex.truncate(toOffset: offset)
        try self.timeIndex.truncate(toOffset: offset)
        try log.truncate(to: position)
        self.sizeInBytes = position
        try self.loadTail()
        return removed
    }

    // MARK: Durability and lifecycle

    /// Fsyncs the log and both indexes. A failure is thrown as a `StorageError`; data appended
    /// since the last successful flush must then be treated as not durable.
    public func flush() throws {
        try self.logFile().sync()
        try self.offsetIndex.flush()
        try self.timeIndex.flush()
    }

    /// Preallocates the index files: this segment takes appends.
    public func activate() throws {
        try self.offsetIndex.preallocate()
        try self.timeIndex.preallocate()
    }

    /// The segment stops being the active one (Kafka's `onBecomeInactiveSegment`): records the
    /// final max timestamp in the time index and trims both index files.
    public func seal() throws {
        // The reserved slot is free unless the index was loaded fuller than this config allows.
        if self.maxTimestampSoFar >= 0 && self.timeIndex.entryCount < self.timeIndex.maxEntries {
            try self.timeIndex.maybeAppend(timestamp: self.maxTimestampSoFar, offset: self.offsetOfMaxTimestampSoFar, skipFullCheck: true)
        }
        try self.offsetIndex.trim()
        try self.timeIndex.trim()
    }

    /// Whether the log should roll a new segment before appending (Kafka's `shouldRoll`): this
    /// one would pass `segment.bytes`, it is older than `segment.ms` (minus jitter) and not
    /// empty, an index is full, or the new offsets do not fit `maxRelativeOffset`.
    public func shouldRoll(_ parameters: RollParameters) -> Bool {
        let waited: Int64
        if let rolling = self.rollingBasedTimestamp, rolling >= 0 {
            waited = parameters.maxTimestampInMessages - rolling
        } else {
            waited = parameters.nowMs - self.createdMs
        }
        let reachedRollMs = waited > parameters.maxSegmentMs - self.config.rollJitterMs
        return self.sizeInBytes > Int64(parameters.maxSegmentBytes) - Int64(parameters.messagesSize)
            || (self.sizeInBytes > 0 && reachedRollMs)
            || self.offsetIndex.isFull
            || self.timeIndex.isFull
            || parameters.maxOffsetInMessages - self.baseOffset > Self.maxRelativeOffset
            || parameters.maxOffsetInMessages < self.baseOffset
    }

    /// Modification time of the `.log` in milliseconds.
    public func lastModifiedMs() throws -> Int64 { try self.logFile().lastModifiedMs() }

    /// The largest timestamp for time-based retention: the max batch timestamp, or the file's
    /// modification time when no batch carries one (Kafka's `largestTimestamp`).
    public func largestTimestamp() throws -> Int64 {
        self.maxTimestampSoFar >= 0 ? self.maxTimestampSoFar : try self.lastModifiedMs()
    }

    /// Trims the indexes and closes all three files.
    public func close() throws {
        guard let log = self.log else { return }
        defer { self.abandon() }
        try self.offsetIndex.close()
        try self.timeIndex.close()
        self.log = nil
        try log.close()
    }

    /// Closes without trimming or reporting errors.
    private func abandon() {
        try? self.log?.close()
        self.log = nil
        self.offsetIndex.abandon()
        self.timeIndex.abandon()
    }

    /// Renames all three files from `<name><oldSuffix>` to `<name><newSuffix>` (Kafka's
    /// `changeFileSuffixes`): `""` -> `".deleted"` before asynchronous deletion, `".cleaned"` ->
    /// `".swap"` -> `""` during compaction. The segment stays usable; open descriptors follow
    /// the files. Not atomic across the three files: after a crash in between, the log loader
    /// must finish or undo the rename (Kafka completes `.swap` and deletes `.deleted` files).
    /// The directory is not fsynced; call `fileIO.syncDirectory(directory)` when it must be.
    public func changeFileSuffixes(from oldSuffix: String, to newSuffix: String) throws {
        func renamed(_ path: String) throws -> String {
            guard path.hasSuffix(oldSuffix) else {
                throw StorageError.io("rename", path: path, errno: EINVAL, "the name does not end in \"\(oldSuffix)\"")
            }
            return String(path.dropLast(oldSuffix.count)) + newSuffix
        }
        let newLogPath = try renamed(self.logPath)
        let newIndexPath = try renamed(self.offsetIndex.path)
        let newTimeIndexPath = try renamed(self.timeIndex.path)
        try self.fileIO.rename(self.logPath, to: newLogPath)
        self.logPath = newLogPath
        self.log?.path = newLogPath
        try self.offsetIndex.renameFile(to: newIndexPath)
        try self.timeIndex.renameFile(to: newTimeIndexPath)
    }

    /// Closes and removes the segment's files.
    public func delete() throws {
        self.abandon()
        for path in [self.logPath, self.offsetIndex.path, self.timeIndex.path] where self.fileIO.fileExists(path) {
            try self.fileIO.removeFile(path)
        }
    }
}
