import NIOCore
import SluiceProtocol

/// Producer state inside the log (see `ProducerStateManager`), guarded by the log's lock:
///
/// - `append` validates every batch of a producer id before anything is written; a retried batch
///   still in the producer's window is not written again and the result (`isDuplicate`) carries
///   the first append's offsets; a refused batch throws `LogError` with Kafka's error code and
///   nothing of the call is written. `appendAsFollower` updates the state without validating.
/// - Snapshots `<offset>.snapshot` (`ProducerSnapshot`) are written when a segment rolls (at the
///   new segment's base offset) and by `close` (at the log end offset); the newest
///   `ProducerSnapshotStore.retainedCount` are kept, none below the log start offset.
/// - `truncate(to:)` deletes snapshots past the new end and, when the state reflected more,
///   reloads it from the newest snapshot left and replays the batches after it (Kafka's
///   `truncateAndReload`); `truncateFullyAndStartAt` forgets every producer and snapshot.
/// - Deleting segments (retention, DeleteRecords) keeps producers in memory (KIP-360) and deletes
///   snapshots below the new log start offset.
/// - Producers idle for `producer.id.expiration.ms` are forgotten by `removeExpiredProducers`
///   (the log manager calls it with each retention pass) and skipped when a snapshot is read.
extension Log {
    /// The state of `producerId` (epoch, retained batches), nil when the log does not know it.
    public func producerStateEntry(for producerId: Int64) -> ProducerStateEntry? {
        self.lock.withLock { self.producerState.entry(for: producerId) }
    }

    /// Every producer the log knows.
    public var activeProducers: [Int64: ProducerStateEntry] {
        self.lock.withLock { self.producerState.producers }
    }

    /// Offsets of the producer snapshot files, ascending.
    public var producerSnapshotOffsets: [Int64] {
        self.lock.withLock { self.producerSnapshots.offsets }
    }

    /// Forgets producers idle for `producer.id.expiration.ms` (Kafka checks every
    /// `producer.id.expiration.check.interval.ms`). Returns how many were removed.
    @discardableResult
    public func removeExpiredProducers(nowMs: Int64) -> Int {
        self.lock.withLock {
            self.producerState.producerIdExpirationMs = self._config.producerIdExpirationMs
            return self.producerState.removeExpiredProducers(nowMs: nowMs)
        }
    }

    /// Under `lock`: writes the snapshot at `offset` and deletes old ones.
    func takeProducerSnapshot(at offset: Int64) throws {
        try self.producerSnapshots.write(self.producerState, at: offset)
        try self.producerSnapshots.deleteOld(logStartOffset: self._logStartOffset)
    }

    /// Under `lock`, after a truncation moved the log end offset to `logEnd`: the state again
    /// reflects exactly the batches below it.
    func reloadProducerState(segments: [LogSegment], logStartOffset: Int64, logEnd: Int64, nowMs: Int64) throws {
        try self.producerSnapshots.delete { $0 > logEnd }
        guard self.producerState.mapEndOffset != logEnd else { return }
        var (state, _) = try self.producerSnapshots.loadLatest(
            atOrBelow: logEnd, logStartOffset: logStartOffset,
            producerIdExpirationMs: self._config.producerIdExpirationMs, nowMs: nowMs
        )
        try state.replay(segments: segments, to: logEnd, codecs: self.codecs)
        self.producerState = state
    }

    /// The transaction marker a control batch carries, nil when it has none or it does not parse.
    static func endTransactionMarker(of batch: RecordBatch, codecs: CompressionCodecs?) -> EndTransactionMarker? {
        guard batch.header.isControl, let record = try? batch.decodeRecords(codecs: codecs).first else { return nil }
        return try? EndTransactionMarker(record: record)
    }
}
