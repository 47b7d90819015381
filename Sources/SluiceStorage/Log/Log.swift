import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import SluiceProtocol

/// One partition's log: the directory `<data-dir>/<topic>-<partition>/` holding its segments in
/// base-offset order, the last of them active (the only one appended to), and `partition.metadata`.
///
/// Offsets and their invariants:
/// `logStartOffset <= highWatermark <= logEndOffset` and `recoveryPoint <= logEndOffset`.
/// - `logEndOffset`: the next offset to assign. Offsets are dense: every append starts there.
/// - `highWatermark`: what consumers may read. Kept apart from `logEndOffset`; set by the
///   replication layer through `updateHighWatermark`, or on a single node by
///   `advanceHighWatermarkToDurable()` (the committer's acknowledgeable offset).
/// - `recoveryPoint` (`durableOffset`): everything below it was fsynced by `flush(upTo:)`; after
///   an unclean shutdown only segments from the one holding it are recovered.
///
/// Each log owns a `GroupCommitter` (`Log+Durability.swift`: when appends are fsynced and may be
/// acknowledged, `appendAndWait`) and a `LeaderEpochCache` persisted to `leader-epoch-checkpoint`
/// (`Log+LeaderEpoch.swift`), and the producer state of idempotent producers with its
/// `<offset>.snapshot` files (`Log+ProducerState.swift`).
///
/// Thread safety: a class with internal locks per log. Every call takes the main lock for its
/// whole duration, so appends, reads and retention on one partition are serialised, while logs of
/// different partitions never contend. `flush(upTo:)` holds it only to pick the segments and to
/// move the recovery point: its fsyncs run while appends continue, which is what lets a group
/// committer batch producers. That relies on `LogSegment.flush` only calling `sync` on the
/// segment's open file handles, which a concurrent append neither replaces nor closes; whatever
/// closes, deletes or renames segments also takes `flushLock`. (An actor would force every
/// produce through an executor hop; locks keep the fast path synchronous and let the group
/// committer call `flush` from its own thread.)
///
/// Slices returned by `read` stay readable after the call; a segment deleted by retention keeps
/// its files for `file.delete.delay.ms`, which is what protects them.
///
/// A `StorageError` from any call takes the log offline: that call and every later one throw
/// a `StorageError` (KAFKA_STORAGE_ERROR) until the log is reopened, so nothing that may not
/// have been written is ever acknowledged.
public final class Log: @unchecked Sendable {
    public let topic: String
    public let partition: Int32
    public let directory: String
    public let fileIO: any FileIO
    public let codecs: CompressionCodecs?

    /// Guards all state below. Held for every call except the fsyncs of `flush(upTo:)`.
    /// Internal (not private) for the `Log+*.swift` extensions.
    let lock = NIOLock()
    /// Serialises flushes against each other and against calls that close, delete or rename
    /// segments (truncation, retention, DeleteRecords, follower appends, close). Taken before
    /// `lock`, never after it.
    private let flushLock = NIOLock()
    /// Internal (not private) for the `Log+*.swift` extensions, like the offsets below.
    var _config: LogConfig
    /// Ordered by base offset; never empty while open.
    private var segments: [LogSegment]
    var _logStartOffset: Int64
    private var _highWatermark: Int64
    private var _recoveryPoint: Int64
    private var _topicId: KafkaUUID?
    private var offlineError: StorageError?
    private var closed = false
    /// A segment was created since the directory was last fsynced.
    private var directoryDirty = false
    /// Segments renamed to `.deleted`, removed once `dueMs` has passed.
    private var pendingDeletes: [(segment: LogSegment, dueMs: Int64)] = []
    public let loadSummary: LogLoadSummary
    /// Decides when appends are fsynced and may be acknowledged (`LogConfig.durabilityPolicy`,
    /// fixed when the log opens); its sync is `flush()`. Set once at the end of `init`, never
    /// replaced. See `Log+Durability.swift`.
    private(set) var committer: GroupCommitter!
    /// `leader-epoch-checkpoint`: which leader epoch wrote which offsets. Guarded by `lock`;
    /// set once in `init`. See `Log+LeaderEpoch.swift`.
    private(set) var epochCache: LeaderEpochCache!
    /// Idempotent producers: epochs and recent batches per producer id; reflects exactly the
    /// batches below the log end offset. See `Log+ProducerState.swift`.
    var producerState: ProducerStateManager
    /// The `<offset>.snapshot` files of `producerState`.
    var producerSnapshots: ProducerSnapshotStore

    /// `<topic>-<partition>`.
    public static func directoryName(topic: String, partition: Int32) -> String { "\(topic)-\(partition)" }

    /// Parses `<topic>-<partition>` (the topic may contain `-`).
    public static func parseDirectoryName(_ name: String) -> (topic: String, partition: Int32)? {
        guard let dash = name.lastIndex(of: "-"), dash != name.startIndex,
            let partition = Int32(name[name.index(after: dash)...]), partition >= 0
        else { return nil }
        return (String(name[..<dash]), partition)
    }

    // MARK: Opening

    /// Opens (or creates) the log in `directory`.
    ///
    /// - Parameters:
    ///   - hadCleanShutdown: the data dir's clean-shutdown marker was present: segments are
    ///     trusted as they are. Otherwise every segment from the one holding `recoveryPoint` on is
    ///     recovered (CRCs and records validated, torn tails cut, segments after a cut deleted).
    ///   - recoveryPoint: from `recovery-point-offset-checkpoint` (0 when absent).
    ///   - logStartOffset: from `log-start-offset-checkpoint` (0 when absent).
    ///   - topicId: written to `partition.metadata` when given and the file is absent; a
    ///     different id already there throws `LogError.inconsistentTopicId`.
    public init(
        directory: String,
        topic: String,
        partition: Int32,
        topicId: KafkaUUID? = nil,
        config: LogConfig = LogConfig(),
        fileIO: any FileIO,
        codecs: CompressionCodecs? = nil,
        hadCleanShutdown: Bool,
        recoveryPoint: Int64 = 0,
        logStartOffset: Int64 = 0,
        highWatermark: Int64? = nil,
        nowMs: Int64,
        threadPool: NIOThreadPool = .singleton,
        clock: any MillisecondClock = MonotonicMillisecondClock()
    ) throws {
        self.topic = topic
        self.partition = partition
        self.directory = directory
        self.fileIO = fileIO
        self.codecs = codecs
        self._config = config
        try fileIO.createDirectory(directory)

        let metadata = PartitionMetadataFile(directory: directory, fileIO: fileIO)
        if let existing = try metadata.read() {
            if let topicId, topicId != existing {
                throw LogError.inconsistentTopicId("\(directory) belongs to topic id \(existing), not \(topicId)")
            }
            self._topicId = existing
        } else if let topicId {
            try metadata.write(topicId: topicId)
            self._topicId = topicId
        }

        var loader = LogLoader(directory: directory, config: config, fileIO: fileIO, codecs: codecs, nowMs: nowMs)
        let loaded = try loader.load(hadCleanShutdown: hadCleanShutdown, recoveryPoint: recoveryPoint, logStartOffset: logStartOffset)
        self.segments = loaded.segments
        let logEnd = loaded.segments[loaded.segments.count - 1].nextOffset
        self._logStartOffset = min(max(logStartOffset, loaded.segments[0].baseOffset), logEnd)
        self._recoveryPoint = hadCleanShutdown ? logEnd : min(max(recoveryPoint, self._logStartOffset), logEnd)
        self._highWatermark = min(max(highWatermark ?? self._recoveryPoint, self._logStartOffset), logEnd)
        self.directoryDirty = loaded.createdSegment
        let producers: LogLoader.LoadedProducerState
        do {
            producers = try loader.loadProducerState(
                segments: loaded.segments, logStartOffset: self._logStartOffset, logEndOffset: logEnd,
                hadCleanShutdown: hadCleanShutdown, recoveryPoint: recoveryPoint
            )
        } catch {
            for segment in loaded.segments { try? segment.close() }
            throw error
        }
        self.producerState = producers.state
        self.producerSnapshots = producers.snapshots
        self.epochCache = try Self.loadLeaderEpochCache(directory: directory, fileIO: fileIO, logStartOffset: self._logStartOffset, logEndOffset: logEnd)
        self.loadSummary = LogLoadSummary(
            segmentCount: loaded.segments.count,
            recoveredSegments: loader.recoveredSegments,
            recoveredBytes: loader.recoveredBytes,
            truncatedBytes: loader.truncatedBytes,
            removedLeftoverFiles: loader.removedFiles,
            completedSwaps: loader.completedSwaps,
            logStartOffset: self._logStartOffset,
            logEndOffset: logEnd,
            recoveryPoint: self._recoveryPoint,
            producerSnapshotOffset: producers.snapshotOffset,
            producerCount: self.producerState.producers.count
        )
        self.committer = Self.makeCommitter(for: self, policy: config.durabilityPolicy, threadPool: threadPool, clock: clock)
    }

    // MARK: State

    public var config: LogConfig {
        get { self.lock.withLock { self._config } }
        set { self.lock.withLock { self._config = newValue } }
    }

    public var topicId: KafkaUUID? { self.lock.withLock { self._topicId } }
    public var logStartOffset: Int64 { self.lock.withLock { self._logStartOffset } }
    public var logEndOffset: Int64 { self.lock.withLock { self.logEnd } }
    public var highWatermark: Int64 { self.lock.withLock { self._highWatermark } }
    /// Everything below this offset has been flushed to disk.
    public var recoveryPoint: Int64 { self.lock.withLock { self._recoveryPoint } }
    /// The offset up to which data is durable (exclusive): what a group committer reports to
    /// waiting producers. Today the recovery point.
    public var durableOffset: Int64 { self.recoveryPoint }
    /// False once a storage failure took the log offline.
    public var isOnline: Bool { self.lock.withLock { self.offlineError == nil } }
    public var segmentCount: Int { self.lock.withLock { self.segments.count } }
    /// Base offsets of the segments, oldest first.
    public var segmentBaseOffsets: [Int64] { self.lock.withLock { self.segments.map(\.baseOffset) } }
    /// Bytes in all segments.
    public var size: Int64 { self.lock.withLock { self.segments.reduce(0) { $0 + $1.sizeInBytes } } }

    /// Under `lock`. Internal for the `Log+*.swift` extensions.
    var logEnd: Int64 { self.segments[self.segments.count - 1].nextOffset }
    private var activeSegment: LogSegment { self.segments[self.segments.count - 1] }

    /// Runs `body` under the lock after checking the log is usable; a `StorageError` thrown by
    /// `body` takes the log offline.
    ///
    /// With `excludingFlush`, also holds `flushLock` (taken first): for every call that closes,
    /// deletes or renames segments, which must not happen under a flush running outside `lock`.
    private func withOnlineLock<T>(excludingFlush: Bool = false, _ body: () throws -> T) throws -> T {
        if excludingFlush {
            return try self.flushLock.withLock { try self.withOnlineLock(body) }
        }
        return try self.lock.withLock {
            if let error = self.offlineError {
                throw StorageError.unusable(path: self.directory, "the log is offline after an earlier failure: \(error.message)")
            }
            if self.closed { throw StorageError.closed(path: self.directory) }
            do {
                return try body()
            } catch let error as StorageError {
                self.offlineError = error
                throw error
            }
        }
    }

    // MARK: Appending

    /// Appends batches from a producer, assigning offsets from `logEndOffset` (written into each
    /// batch's bytes, CRC unaffected), stamping `leaderEpoch` as each batch's partition leader
    /// epoch, and under `message.timestamp.type=LogAppendTime` setting every batch's
    /// `maxTimestamp` to `nowMs` (CRC recomputed). The batches were validated by the caller with
    /// `.produce` options. `timestampType` overrides the config's `message.timestamp.type` (the
    /// broker may pass the topic's current value). Rolls a new segment first when `shouldRoll`
    /// says so. Not durable until `flush(upTo:)`.
    ///
    /// Batches with a producer id are checked against producer state first
    /// (`ProducerStateManager.validate`): a retry of a batch already written returns the earlier
    /// append's offsets with `isDuplicate` and writes nothing.
    ///
    /// Throws `LogError.messageTooLarge` for a batch over `max.message.bytes`,
    /// `LogError.recordListTooLarge` when the batches pass `segment.bytes`, `LogError.producerState`
    /// (`OUT_OF_ORDER_SEQUENCE_NUMBER`, `INVALID_PRODUCER_EPOCH`, ...) when producer state refuses a
    /// batch, and `StorageError` (taking the log offline) when the disk fails; then nothing of this
    /// call was appended.
    @discardableResult
    public func append(_ batches: [RecordBatch], leaderEpoch: Int32, nowMs: Int64, timestampType: TimestampType? = nil) throws -> LogAppendInfo {
        try self.withOnlineLock {
            guard !batches.isEmpty else { throw LogError.invalidRequest("no batches to append") }
            var config = self._config
            if let timestampType { config.messageTimestampType = timestampType }
            var total = 0
            for batch in batches {
                if batch.sizeInBytes > config.maxMessageBytes {
                    throw LogError.messageTooLarge(
                        "a batch of \(batch.sizeInBytes) bytes is larger than max.message.bytes (\(config.maxMessageBytes))"
                    )
                }
                total += batch.sizeInBytes
            }
            if total > config.segmentBytes {
                throw LogError.recordListTooLarge("\(total) bytes of batches are larger than segment.bytes (\(config.segmentBytes))")
            }
            let firstOffset = self.logEnd
            var offset = firstOffset
            var records = ByteBuffer()
            records.reserveCapacity(total)
            var maxTimestamp = RecordBatchHeader.noTimestamp
            var offsetOfMax = firstOffset
            var producerUpdate = ProducerStateUpdate()
            for var batch in batches {
                let marker = batch.header.isControl && batch.header.hasProducerId ? Self.endTransactionMarker(of: batch, codecs: self.codecs) : nil
                switch self.producerState.validate(batch.header, pending: producerUpdate, marker: marker) {
                case .append:
                    break
                case .duplicate(let earlier):
                    // As Kafka: the whole call is answered with the earlier append, nothing is written.
                    return LogAppendInfo(
                        firstOffset: earlier.firstOffset,
                        lastOffset: earlier.lastOffset,
                        maxTimestamp: earlier.timestamp,
                        offsetOfMaxTimestamp: earlier.lastOffset,
                        logAppendTime: earlier.timestamp,
                        logStartOffset: self._logStartOffset,
                        validBytes: 0,
                        batchCount: 0,
                        isDuplicate: true
                    )
                case .error(let code, let message):
                    throw LogError.producerState(code, "\(message) (partition \(self.topic)-\(self.partition))")
                }
                batch.setBaseOffset(offset)
                batch.setPartitionLeaderEpoch(leaderEpoch)
                if config.messageTimestampType == .logAppendTime {
                    batch.setMaxTimestamp(nowMs, timestampType: .logAppendTime)
                }
                if batch.header.maxTimestamp > maxTimestamp {
                    maxTimestamp = batch.header.maxTimestamp
                    offsetOfMax = batch.header.lastOffset
                }
                self.producerState.record(batch.header, marker: marker, into: &producerUpdate)
                var bytes = batch.buffer
                records.writeBuffer(&bytes)
                offset = batch.header.nextOffset
            }
            try self.appendRecords(records, lastOffset: offset - 1, maxTimestamp: maxTimestamp, nowMs: nowMs)
            self.producerState.apply(producerUpdate, endOffset: offset)
            try self.assignLeaderEpoch(leaderEpoch, startOffset: firstOffset)
            self.committer.appended(upTo: offset)
            return LogAppendInfo(
                firstOffset: firstOffset,
                lastOffset: offset - 1,
                maxTimestamp: maxTimestamp,
                offsetOfMaxTimestamp: offsetOfMax,
                logAppendTime: config.messageTimestampType == .logAppendTime ? nowMs : -1,
                logStartOffset: self._logStartOffset,
                validBytes: total,
                batchCount: batches.count
            )
        }
    }

    /// Appends batches that already carry their offsets (a follower's fetch, Kafka's
    /// `appendAsFollower`): the first must start at `logEndOffset` or later, offsets increase.
    /// Leader epochs and timestamps are kept as they are. The caller validated the batches.
    @discardableResult
    public func appendAsFollower(_ batches: [RecordBatch], nowMs: Int64) throws -> LogAppendInfo {
        try self.withOnlineLock(excludingFlush: true) {
            guard let first = batches.first, let last = batches.last else { throw LogError.invalidRequest("no batches to append") }
            guard first.header.baseOffset >= self.logEnd else {
                throw LogError.offsetOutOfRange("batch offset \(first.header.baseOffset) is below the log end offset \(self.logEnd)")
            }
            var records = ByteBuffer()
            var maxTimestamp = RecordBatchHeader.noTimestamp
            var offsetOfMax = first.header.lastOffset
            var expected = first.header.baseOffset
            for batch in batches {
                guard batch.header.baseOffset >= expected else {
                    throw LogError.invalidRequest("batch offsets go backwards at \(batch.header.baseOffset)")
                }
                if batch.sizeInBytes > self._config.segmentBytes {
                    throw LogError.recordListTooLarge("a \(batch.sizeInBytes)-byte batch is larger than segment.bytes")
                }
                if batch.header.maxTimestamp > maxTimestamp {
                    maxTimestamp = batch.header.maxTimestamp
                    offsetOfMax = batch.header.lastOffset
                }
                var bytes = batch.buffer
                records.writeBuffer(&bytes)
                expected = batch.header.nextOffset
            }
            try self.appendRecords(records, lastOffset: last.header.lastOffset, maxTimestamp: maxTimestamp, nowMs: nowMs, firstOffset: first.header.baseOffset)
            // Not validated: the leader did that (Kafka's REPLICATION origin).
            for batch in batches {
                let marker = batch.header.isControl && batch.header.hasProducerId ? Self.endTransactionMarker(of: batch, codecs: self.codecs) : nil
                self.producerState.replay(batch.header, marker: marker)
            }
            for batch in batches {
                try self.assignLeaderEpoch(batch.header.partitionLeaderEpoch, startOffset: batch.header.baseOffset)
            }
            self.committer.appended(upTo: last.header.lastOffset + 1)
            return LogAppendInfo(
                firstOffset: first.header.baseOffset,
                lastOffset: last.header.lastOffset,
                maxTimestamp: maxTimestamp,
                offsetOfMaxTimestamp: offsetOfMax,
                logAppendTime: -1,
                logStartOffset: self._logStartOffset,
                validBytes: records.readableBytes,
                batchCount: batches.count
            )
        }
    }

    /// Rolls when needed, then appends `records` to the active segment. Under the lock.
    private func appendRecords(_ records: ByteBuffer, lastOffset: Int64, maxTimestamp: Int64, nowMs: Int64, firstOffset: Int64? = nil) throws {
        let parameters = RollParameters(
            maxSegmentMs: self._config.segmentMs,
            maxSegmentBytes: self._config.segmentBytes,
            maxTimestampInMessages: maxTimestamp,
            maxOffsetInMessages: lastOffset,
            messagesSize: records.readableBytes,
            nowMs: nowMs
        )
        if self.activeSegment.shouldRoll(parameters) {
            try self.roll(baseOffset: max(self.logEnd, firstOffset ?? self.logEnd), nowMs: nowMs)
        }
        try self.activeSegment.append(records: records)
    }

    /// Seals the active segment and starts a new one at `baseOffset` (Kafka's `roll`). An empty
    /// active segment at that offset is kept instead.
    private func roll(baseOffset: Int64, nowMs: Int64) throws {
        let active = self.activeSegment
        if active.sizeInBytes == 0 && active.baseOffset == baseOffset { return }
        if active.sizeInBytes == 0 {
            // An empty segment below the new base offset (a follower jumping ahead): replace it.
            self.segments.removeLast()
            try active.delete()
        } else {
            try active.seal()
        }
        let segment = try LogSegment.create(
            directory: self.directory, baseOffset: baseOffset, config: self._config.segmentConfig(jitter: true),
            fileIO: self.fileIO, nowMs: nowMs
        )
        self.segments.append(segment)
        self.directoryDirty = true
        // The state reflects every batch below the new segment (Kafka snapshots on roll).
        self.producerState.mapEndOffset = max(self.producerState.mapEndOffset, baseOffset)
        try self.takeProducerSnapshot(at: baseOffset)
    }

    /// Seals the active segment and starts a new one at `logEndOffset` if the active one is not
    /// empty (Kafka's `roll()` on request).
    public func roll(nowMs: Int64) throws {
        try self.withOnlineLock(excludingFlush: true) { try self.roll(baseOffset: self.logEnd, nowMs: nowMs) }
    }

    // MARK: Offsets

    /// Sets the high watermark, clamped to `[logStartOffset, logEndOffset]`. Returns the value set.
    @discardableResult
    public func updateHighWatermark(_ offset: Int64) -> Int64 {
        self.lock.withLock {
            self._highWatermark = min(max(offset, self._logStartOffset), self.logEnd)
            return self._highWatermark
        }
    }

    /// Like `updateHighWatermark` but never lowers it, so concurrent callers cannot move it
    /// backwards. Returns the value after the call.
    @discardableResult
    public func advanceHighWatermark(to offset: Int64) -> Int64 {
        self.lock.withLock {
            let target = min(max(offset, self._logStartOffset), self.logEnd)
            self._highWatermark = max(self._highWatermark, target)
            return self._highWatermark
        }
    }

    // MARK: Reading

    /// Reads from the batch holding `offset`, within one segment, up to `maxBytes` (the whole
    /// first batch when `minOneMessage`), never past the isolation bound: the batch holding the
    /// high watermark and everything after it are excluded under `.highWatermark`.
    ///
    /// Throws `LogError.offsetOutOfRange` when `offset < logStartOffset` or `offset >
    /// logEndOffset`. At the bound (or at the end) the result has no records.
    public func read(from offset: Int64, maxBytes: Int, isolation: LogReadIsolation = .highWatermark, minOneMessage: Bool = false) throws -> LogReadResult {
        try self.withOnlineLock {
            let logEnd = self.logEnd
            var result = LogReadResult(records: nil, highWatermark: self._highWatermark, logStartOffset: self._logStartOffset, logEndOffset: logEnd)
            guard offset >= self._logStartOffset, offset <= logEnd else {
                throw LogError.offsetOutOfRange(
                    "offset \(offset) is outside the log's range \(self._logStartOffset)...\(logEnd) of \(self.topic)-\(self.partition)"
                )
            }
            let bound = isolation == .highWatermark ? self._highWatermark : logEnd
            guard offset < bound else { return result }
            var index = self.floorSegmentIndex(offset)
            while index < self.segments.count {
                let segment = self.segments[index]
                if segment.baseOffset >= bound { break }
                var maxPosition: Int64? = nil
                if bound < segment.nextOffset {
                    maxPosition = try segment.translateOffset(bound)?.position
                }
                if let slice = try segment.read(from: offset, maxBytes: maxBytes, maxPosition: maxPosition, minOneMessage: minOneMessage) {
                    result.records = slice
                    return result
                }
                index += 1
            }
            return result
        }
    }

    /// The index of the last segment whose base offset is `<= offset` (0 when none).
    private func floorSegmentIndex(_ offset: Int64) -> Int {
        var low = 0
        var high = self.segments.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if self.segments[mid].baseOffset <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// ListOffsets: `ListOffsetsTimestamp.earliest` (-2) gives `logStartOffset`, `.latest` (-1)
    /// `logEndOffset` (the broker bounds it by the isolation level), `.maxTimestamp` (-3, KIP-734)
    /// the offset of the largest timestamp; any timestamp `>= 0` the first offset whose
    /// timestamp is `>= timestamp`. Nil when no record qualifies (the broker answers -1, -1).
    /// Leader epochs: for earliest and latest from the leader epoch cache (the epoch holding
    /// `logStartOffset`, the latest epoch), otherwise those stamped in the batches.
    public func offset(forTimestamp timestamp: Int64) throws -> TimestampAndOffset? {
        try self.withOnlineLock {
            switch timestamp {
            case ListOffsetsTimestamp.earliest, ListOffsetsTimestamp.earliestLocal:
                return TimestampAndOffset(
                    timestamp: RecordBatchHeader.noTimestamp, offset: self._logStartOffset,
                    leaderEpoch: self.epochCache.epoch(forOffset: self._logStartOffset)
                )
            case ListOffsetsTimestamp.latest:
                return TimestampAndOffset(timestamp: RecordBatchHeader.noTimestamp, offset: self.logEnd, leaderEpoch: self.epochCache.latestEpoch)
            case ListOffsetsTimestamp.maxTimestamp:
                var best: LogSegment?
                for segment in self.segments where segment.maxTimestampSoFar >= 0 {
                    if best.map({ segment.maxTimestampSoFar > $0.maxTimestampSoFar }) ?? true { best = segment }
                }
                guard let best else { return nil }
                // The exact record carrying the maximum (KAFKA-16310), not its batch's last offset.
                if let exact = try best.findOffset(
                    forTimestamp: best.maxTimestampSoFar, startingOffset: max(self._logStartOffset, best.baseOffset), codecs: self.codecs
                ) {
                    return exact
                }
                let offset = max(best.offsetOfMaxTimestampSoFar, self._logStartOffset)
                let epoch = try best.translateOffset(offset).map { $0.header.partitionLeaderEpoch }
                return TimestampAndOffset(
                    timestamp: best.maxTimestampSoFar, offset: offset,
                    leaderEpoch: epoch == nil || epoch == RecordBatchHeader.noPartitionLeaderEpoch ? nil : epoch
                )
            case ..<0:
                throw LogError.invalidRequest("unsupported ListOffsets timestamp \(timestamp)")
            default:
                for segment in self.segments where segment.maxTimestampSoFar >= timestamp && segment.nextOffset > self._logStartOffset {
                    if let found = try segment.findOffset(forTimestamp: timestamp, startingOffset: max(self._logStartOffset, segment.baseOffset), codecs: self.codecs) {
                        return found
                    }
                }
                return nil
            }
        }
    }

    // MARK: Truncation and deletion

    /// Removes every offset `>= offset` (a follower truncating to its leader). Whole batches go:
    /// the log end offset becomes the base offset of the batch holding `offset`, and the log
    /// start offset follows it down if needed. Below the first segment the log is emptied and
    /// starts at `offset`. Segments after the point are
    /// deleted; the recovery point and high watermark follow the log end offset down. Producer
    /// state is reloaded from the newest snapshot below the new end and the batches after it.
    public func truncate(to offset: Int64, nowMs: Int64) throws {
        try self.withOnlineLock(excludingFlush: true) {
            guard offset < self.logEnd else { return }
            if offset < self.segments[0].baseOffset {
                try self.truncateFullyAndStart(at: max(offset, 0), nowMs: nowMs)
                return
            }
            var removed: [LogSegment] = []
            while self.segments.count > 1, self.activeSegment.baseOffset >= offset {
                removed.append(self.segments.removeLast())
            }
            try self.scheduleDeletion(removed, nowMs: nowMs)
            try self.activeSegment.truncate(to: offset)
            try self.activeSegment.activate()
            self.clampOffsetsToLogEnd()
            try self.reloadProducerState(segments: self.segments, logStartOffset: self._logStartOffset, logEnd: self.logEnd, nowMs: nowMs)
            try self.epochCache.truncateFromEnd(endOffset: self.logEnd)
            self.committer.truncated(to: self.logEnd)
        }
    }

    /// Deletes every segment and starts an empty log at `offset` (Kafka's `truncateFullyAndStartAt`).
    public func truncateFullyAndStartAt(_ offset: Int64, nowMs: Int64) throws {
        try self.withOnlineLock(excludingFlush: true) { try self.truncateFullyAndStart(at: offset, nowMs: nowMs) }
    }

    private func truncateFullyAndStart(at offset: Int64, nowMs: Int64) throws {
        let old = self.segments
        self.segments = []
        // Renamed before the new segment is created: its base offset may equal an old one.
        try self.scheduleDeletion(old, nowMs: nowMs)
        let segment = try LogSegment.create(
            directory: self.directory, baseOffset: offset, config: self._config.segmentConfig(jitter: true), fileIO: self.fileIO, nowMs: nowMs
        )
        self.segments = [segment]
        self.directoryDirty = true
        self._logStartOffset = offset
        self._highWatermark = offset
        self._recoveryPoint = offset
        // Everything before is gone: waiters fail, and the next sync (the directory) vouches
        // for the new start.
        self.committer.truncated(to: 0)
        self.committer.appended(upTo: offset)
        self.producerState.clear(startingAt: offset)
        try self.producerSnapshots.delete { _ in true }
        // As Kafka's truncateFullyAndStartAt: no offset remains, so no epoch is known for any.
        try self.epochCache.clearAndFlush()
    }

    private func clampOffsetsToLogEnd() {
        let end = self.logEnd
        self._recoveryPoint = min(self._recoveryPoint, end)
        self._logStartOffset = min(self._logStartOffset, end)
        self._highWatermark = min(max(self._highWatermark, self._logStartOffset), end)
    }

    /// DeleteRecords: moves `logStartOffset` up to `offset` (never down) and deletes the segments
    /// wholly below it. `offset` must not pass the high watermark (`OFFSET_OUT_OF_RANGE`).
    /// Returns the new log start offset (the response's low watermark).
    @discardableResult
    public func deleteRecords(before offset: Int64, nowMs: Int64) throws -> Int64 {
        try self.withOnlineLock(excludingFlush: true) {
            guard offset <= self._highWatermark else {
                throw LogError.offsetOutOfRange("cannot delete records before \(offset): the high watermark is \(self._highWatermark)")
            }
            if offset > self._logStartOffset {
                self._logStartOffset = offset
                self._recoveryPoint = max(self._recoveryPoint, offset)
            }
            _ = try self.deleteSegments(nowMs: nowMs, reason: .logStartOffset)
            try self.epochCache.truncateFromStart(startOffset: self._logStartOffset)
            try self.producerSnapshots.deleteOld(logStartOffset: self._logStartOffset)
            return self._logStartOffset
        }
    }

    /// What retention deleted.
    public struct RetentionResult: Sendable, Hashable {
        public var deletedSegments: Int = 0
        public var deletedBytes: Int64 = 0
    }

    private enum DeletionReason { case retentionMs, retentionBytes, logStartOffset }

    /// One retention pass (Kafka's `deleteOldSegments`): always, segments wholly below
    /// `logStartOffset`; with `cleanup.policy` containing `delete`, the oldest segments while the
    /// log is over `retention.bytes`, then segments whose largest timestamp is more than
    /// `retention.ms` before `nowMs`. Only segments wholly below the high watermark go; if every segment would
    /// go, a new active segment is rolled first (an empty active segment is never deleted).
    /// Deleted segments are renamed `.deleted` and removed after `file.delete.delay.ms`.
    @discardableResult
    public func deleteOldSegments(nowMs: Int64) throws -> RetentionResult {
        try self.withOnlineLock(excludingFlush: true) {
            // Kafka's order: log start offset, then size, then time.
            var result = try self.deleteSegments(nowMs: nowMs, reason: .logStartOffset)
            if self._config.cleanupPolicy.deletes {
                result.add(try self.deleteSegments(nowMs: nowMs, reason: .retentionBytes))
                result.add(try self.deleteSegments(nowMs: nowMs, reason: .retentionMs))
            }
            try self.removeDueSegments(nowMs: nowMs)
            try self.epochCache.truncateFromStart(startOffset: self._logStartOffset)
            try self.producerSnapshots.deleteOld(logStartOffset: self._logStartOffset)
            return result
        }
    }

    private func deleteSegments(nowMs: Int64, reason: DeletionReason) throws -> RetentionResult {
        let config = self._config
        switch reason {
        case .retentionMs: if config.retentionMs < 0 { return RetentionResult() }
        case .retentionBytes: if config.retentionBytes < 0 { return RetentionResult() }
        case .logStartOffset: break
        }
        var bytesOver = self.segments.reduce(0) { $0 + $1.sizeInBytes } - config.retentionBytes
        var count = 0
        for (index, segment) in self.segments.enumerated() {
            let next = index + 1 < self.segments.count ? self.segments[index + 1] : nil
            let upperBound = next?.baseOffset ?? self.logEnd
            let matches: Bool
            switch reason {
            case .retentionMs:
                matches = nowMs - (try segment.largestTimestamp()) > config.retentionMs
            case .retentionBytes:
                matches = bytesOver - segment.sizeInBytes >= 0
                if matches { bytesOver -= segment.sizeInBytes }
            case .logStartOffset:
                matches = next.map { $0.baseOffset <= self._logStartOffset } ?? false
            }
            let lastAndEmpty = next == nil && segment.sizeInBytes == 0
            guard matches, upperBound <= self._highWatermark, !lastAndEmpty else { break }
            count += 1
        }
        guard count > 0 else { return RetentionResult() }
        if count == self.segments.count {
            try self.roll(baseOffset: self.logEnd, nowMs: nowMs)
        }
        let doomed = Array(self.segments.prefix(count))
        self.segments.removeFirst(count)
        let result = RetentionResult(deletedSegments: count, deletedBytes: doomed.reduce(0) { $0 + $1.sizeInBytes })
        try self.scheduleDeletion(doomed, nowMs: nowMs)
        self._logStartOffset = max(self._logStartOffset, self.segments[0].baseOffset)
        self._recoveryPoint = max(self._recoveryPoint, self._logStartOffset)
        self._highWatermark = max(self._highWatermark, self._logStartOffset)
        return result
    }

    /// Renames the segments to `.deleted` and removes them now or after `file.delete.delay.ms`.
    private func scheduleDeletion(_ doomed: [LogSegment], nowMs: Int64) throws {
        for segment in doomed {
            try segment.changeFileSuffixes(from: "", to: LogFileSuffix.deleted)
            self.pendingDeletes.append((segment, nowMs + self._config.fileDeleteDelayMs))
        }
        try self.removeDueSegments(nowMs: nowMs)
    }

    /// Removes `.deleted` segments whose delay has passed.
    private func removeDueSegments(nowMs: Int64) throws {
        var remaining: [(segment: LogSegment, dueMs: Int64)] = []
        for pending in self.pendingDeletes {
            if pending.dueMs <= nowMs { try pending.segment.delete() } else { remaining.append(pending) }
        }
        self.pendingDeletes = remaining
    }

    // MARK: Durability and lifecycle

    /// Fsyncs every segment holding offsets from the recovery point to below `offset` (and the
    /// directory when segments were created), then moves the recovery point to `offset` (capped
    /// at the log end offset). This is the `sync` a group committer calls; a failure takes the
    /// log offline and the recovery point stays where it was.
    ///
    /// The fsyncs run outside the log's main lock, so appends and reads continue meanwhile (what
    /// they add may be made durable too; the recovery point only claims `offset`). Flushes are
    /// serialised with each other and with segment deletion through `flushLock`.
    public func flush(upTo offset: Int64) throws {
        try self.flushLock.withLock {
            let (target, toSync, syncDirectory) = try self.withOnlineLock { () -> (Int64, [LogSegment], Bool) in
                let target = min(offset, self.logEnd)
                guard target > self._recoveryPoint || self.directoryDirty else { return (target, [], false) }
                let toSync = self.segments.filter { $0.nextOffset > self._recoveryPoint && $0.baseOffset < target }
                let syncDirectory = self.directoryDirty
                self.directoryDirty = false
                return (target, toSync, syncDirectory)
            }
            do {
                if syncDirectory { try self.fileIO.syncDirectory(self.directory) }
                for segment in toSync { try segment.flush() }
            } catch let error as StorageError {
                self.lock.withLock { self.offlineError = self.offlineError ?? error }
                throw error
            }
            self.lock.withLock { self._recoveryPoint = max(self._recoveryPoint, target) }
        }
    }

    /// Flushes everything appended so far.
    public func flush() throws {
        try self.flush(upTo: Int64.max)
    }

    /// Closes every segment (indexes trimmed) and removes pending `.deleted` segments. Does not
    /// flush: the log manager flushes before a clean shutdown. Further calls throw. Producers
    /// still waiting in `appendAndWait` fail with `DurabilityError.shutDown`.
    public func close() throws {
        self.committer.shutDown()
        try self.flushLock.withLock { try self.lock.withLock {
            guard !self.closed else { return }
            self.closed = true
            var firstError: Error?
            // A snapshot at the log end offset, so the next open replays nothing (Kafka's clean
            // shutdown). Skipped for a log taken offline: its state may not match the disk.
            if self.offlineError == nil {
                do { try self.takeProducerSnapshot(at: self.logEnd) } catch { firstError = error }
            }
            for pending in self.pendingDeletes {
                do { try pending.segment.delete() } catch { firstError = firstError ?? error }
            }
            self.pendingDeletes = []
            for segment in self.segments {
                do { try segment.close() } catch { firstError = firstError ?? error }
            }
            if let firstError { throw firstError }
        } }
    }

    /// Closes the log and removes its files and directory (used for a directory already renamed
    /// for deletion by the log manager).
    func closeAndRemoveFiles() throws {
        try? self.close()
        try removeDirectoryTree(self.directory, fileIO: self.fileIO)
    }

    // MARK: Compaction hooks (Log+Compaction.swift)

    /// The state compaction reads and replaces. Only valid inside `withCompactionAccess`.
    struct CompactionAccess {
        fileprivate let log: Log
        var segments: [LogSegment] {
            get { self.log.segments }
            nonmutating set { self.log.segments = newValue }
        }
        var logStartOffset: Int64 { self.log._logStartOffset }
        var highWatermark: Int64 { self.log._highWatermark }
        var config: LogConfig { self.log._config }
        /// Each known producer's last data offset and epoch, so compaction keeps the batches
        /// producer state is rebuilt from (Kafka's `activeProducers`).
        var activeProducers: [Int64: ProducerLastRecord] {
            self.log.producerState.producers.mapValues {
                ProducerLastRecord(producerId: $0.producerId, lastDataOffset: $0.batches.last?.lastOffset, producerEpoch: $0.producerEpoch)
            }
        }
        /// Renames `doomed` to `.deleted` and removes them after `file.delete.delay.ms`, as retention does.
        func scheduleDeletion(_ doomed: [LogSegment], nowMs: Int64) throws { try self.log.scheduleDeletion(doomed, nowMs: nowMs) }
    }

    /// Runs `body` under the main lock (and `flushLock` first with `excludingFlush`) with the log
    /// online; a `StorageError` from `body` takes the log offline, as for every other call.
    func withCompactionAccess<T>(excludingFlush: Bool, _ body: (CompactionAccess) throws -> T) throws -> T {
        try self.withOnlineLock(excludingFlush: excludingFlush) { try body(CompactionAccess(log: self)) }
    }
}

extension Log.RetentionResult {
    fileprivate mutating func add(_ other: Log.RetentionResult) {
        self.deletedSegments += other.deletedSegments
        self.deletedBytes += other.deletedBytes
    }
}

/// Removes a directory's files, then the directory (one level: log directories are flat).
func removeDirectoryTree(_ path: String, fileIO: any FileIO) throws {
    guard fileIO.fileExists(path) else { return }
    for name in try fileIO.contentsOfDirectory(path) {
        try fileIO.removeFile(joinPath(path, name))
    }
    try fileIO.removeDirectory(path)
}
