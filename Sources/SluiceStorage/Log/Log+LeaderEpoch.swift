import SluiceProtocol

/// The log's leader epoch cache, persisted to `leader-epoch-checkpoint` in the log directory.
///
/// - `append(leaderEpoch:)` assigns `(leaderEpoch, firstOffset)` when the epoch is new;
///   `appendAsFollower` assigns each batch's `partitionLeaderEpoch` at its base offset.
/// - `truncate(to:)` drops entries from the new log end offset on (`truncateFromEnd`);
///   DeleteRecords and retention move the first entry up to the log start offset
///   (`truncateFromStart`); `truncateFullyAndStartAt` clears it, as Kafka does.
/// - On open, entries at or beyond the log end offset are dropped (recovery may have cut the
///   tail) and entries below the log start offset are trimmed.
///
/// A failed checkpoint write is a `StorageError` and takes the log offline like any other.
/// Not rebuilt from the segments when the file is missing (Kafka does that during recovery).
extension Log {
    static func loadLeaderEpochCache(directory: String, fileIO: any FileIO, logStartOffset: Int64, logEndOffset: Int64) throws -> LeaderEpochCache {
        let file = LeaderEpochCheckpointFile(path: joinPath(directory, CheckpointFileName.leaderEpoch), fileIO: fileIO)
        let cache = try LeaderEpochCache(checkpoint: file)
        try cache.truncateFromEnd(endOffset: logEndOffset)
        if let first = cache.earliestEntry, first.startOffset < logStartOffset {
            try cache.truncateFromStart(startOffset: logStartOffset)
        }
        return cache
    }

    /// Under `lock`: records that `epoch` wrote from `startOffset` when it is a new epoch.
    /// Batches without an epoch (-1, older clients' followers) are ignored.
    func assignLeaderEpoch(_ epoch: Int32, startOffset: Int64) throws {
        guard epoch >= 0, self.epochCache.latestEpoch != epoch else { return }
        _ = try self.epochCache.assign(epoch: epoch, startOffset: startOffset)
    }

    /// The latest leader epoch that wrote to this log, nil when none is known.
    public var latestEpoch: Int32? { self.lock.withLock { self.epochCache.latestEpoch } }

    /// The entries `(epoch, startOffset)`, oldest first.
    public var leaderEpochEntries: [EpochEntry] { self.lock.withLock { self.epochCache.epochEntries } }

    /// The epoch that wrote `offset`, nil when none is known.
    public func leaderEpoch(forOffset offset: Int64) -> Int32? {
        self.lock.withLock { self.epochCache.epoch(forOffset: offset) }
    }

    /// OffsetForLeaderEpoch: the largest known epoch not above `epoch` and where it ends (the
    /// log end offset for the latest epoch). `(-1, -1)` when unknown; see
    /// `LeaderEpochCache.endOffset(for:logEndOffset:)`.
    public func endOffset(forEpoch epoch: Int32) -> LeaderEpochEndOffset {
        self.lock.withLock {
            self.epochCache.endOffset(for: epoch, logEndOffset: self.logEnd)
        }
    }
}
