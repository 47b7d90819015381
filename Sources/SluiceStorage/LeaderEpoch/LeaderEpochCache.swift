/// The answer to OffsetForLeaderEpoch for one partition: the largest known epoch not above the
/// requested one, and the offset where it ends (the start offset of the next epoch, or the log
/// end offset for the latest epoch). Both are -1 (`UNDEFINED_EPOCH`, `UNDEFINED_EPOCH_OFFSET`)
/// when the cache cannot answer.
public struct LeaderEpochEndOffset: Sendable, Hashable, CustomStringConvertible {
    public var leaderEpoch: Int32
    public var endOffset: Int64

    public init(leaderEpoch: Int32, endOffset: Int64) {
        self.leaderEpoch = leaderEpoch
        self.endOffset = endOffset
    }

    public static let undefined = LeaderEpochEndOffset(
        leaderEpoch: LeaderEpochCache.undefinedEpoch,
        endOffset: LeaderEpochCache.undefinedEpochOffset
    )

    public var description: String { "(epoch \(self.leaderEpoch), endOffset \(self.endOffset))" }
}

/// Which leader epoch wrote which offsets, for one partition: Kafka's `LeaderEpochFileCache`.
///
/// Entries `(epoch, startOffset)`: the first offset written by each leader epoch. Invariant:
/// both epochs and start offsets are strictly increasing along `epochEntries` (`assign` drops
/// entries that would break this, as Kafka does). Consumers of the cache: the follower's
/// truncation (OffsetForLeaderEpoch), consumers validating positions after a leader change,
/// and `ListOffsets` for the max-timestamp epoch.
///
/// Persistence: every change is written to the `LeaderEpochCheckpoint` *before* it becomes
/// visible in memory, so after any call returns or throws the entries in memory equal the last
/// successful checkpoint write. (Kafka updates memory first and, for truncations, flushes in the
/// background; a thrown error here means the write failed and the log directory should go
/// offline.) Truncations are flushed synchronously here; moving them off the fetcher's path
/// is left for later.
///
/// Owned by the partition's log; not thread-safe (callers hold the log's lock).
public final class LeaderEpochCache {
    /// `UNDEFINED_EPOCH` in OffsetForLeaderEpoch.
    public static let undefinedEpoch: Int32 = -1
    /// `UNDEFINED_EPOCH_OFFSET` in OffsetForLeaderEpoch.
    public static let undefinedEpochOffset: Int64 = -1

    /// Ordered by epoch (and therefore by start offset).
    public private(set) var epochEntries: [EpochEntry]
    public let checkpoint: any LeaderEpochCheckpoint

    /// Loads the cache from `checkpoint`, applying `assign`'s rules to each entry in file order
    /// (as Kafka does, so a checkpoint with non-monotonic entries is repaired in memory). The
    /// file is not rewritten until the next change.
    public init(checkpoint: any LeaderEpochCheckpoint) throws {
        self.checkpoint = checkpoint
        var entries: [EpochEntry] = []
        for entry in try checkpoint.read() {
            try Self.validate(entry)
            _ = Self.assigning(entry, to: &entries)
        }
        self.epochEntries = entries
    }

    // MARK: - Changes

    /// Records that `epoch` started writing at `startOffset` (when a leader is elected, or a
    /// batch with a new epoch is appended).
    ///
    /// Kafka's rules: nothing changes when the latest entry has the same epoch and a start
    /// offset not above `startOffset`. Otherwise every entry at the end whose epoch is
    /// `>= epoch` or whose start offset is `>= startOffset` is removed (it conflicts with the
    /// new one), and the new entry is appended. So a smaller epoch is *not* ignored: it replaces
    /// the later epochs, as after an unclean leader election. Returns whether anything changed;
    /// throws `LeaderEpochError.invalidEntry` for a negative epoch or offset, or the checkpoint's
    /// error (then nothing changed).
    @discardableResult
    public func assign(epoch: Int32, startOffset: Int64) throws -> Bool {
        let entry = EpochEntry(epoch: epoch, startOffset: startOffset)
        try Self.validate(entry)
        var entries = self.epochEntries
        guard Self.assigning(entry, to: &entries) else { return false }
        try self.replace(with: entries)
        return true
    }

    /// Assigns several entries in order with one checkpoint write (Kafka's `assign(List)`, used
    /// when rebuilding from remote storage).
    public func assign(_ newEntries: [EpochEntry]) throws {
        var entries = self.epochEntries
        for entry in newEntries {
            try Self.validate(entry)
            _ = Self.assigning(entry, to: &entries)
        }
        if !newEntries.isEmpty { try self.replace(with: entries) }
    }

    /// After the log was truncated to `endOffset` (offsets `>= endOffset` removed): removes
    /// every entry whose start offset is `>= endOffset`. A negative `endOffset` is ignored.
    public func truncateFromEnd(endOffset: Int64) throws {
        var entries = self.epochEntries
        Self.truncateFromEnd(&entries, endOffset: endOffset)
        if entries != self.epochEntries { try self.replace(with: entries) }
    }

    /// After logStartOffset moved to `startOffset` (retention, DeleteRecords): removes every
    /// entry starting at or below it and puts back the last of them starting at `startOffset`,
    /// so the first entry's start offset becomes the new log start offset. Entries starting
    /// above `startOffset` are kept (so `truncateFromStart(6)` keeps an entry at offset 7).
    public func truncateFromStart(startOffset: Int64) throws {
        var entries = self.epochEntries
        Self.truncateFromStart(&entries, startOffset: startOffset)
        if entries != self.epochEntries { try self.replace(with: entries) }
    }

    /// Removes every entry and writes the empty checkpoint (the log was deleted or fully
    /// truncated).
    public func clearAndFlush() throws {
        try self.replace(with: [])
    }

    // MARK: - Queries

    public var latestEntry: EpochEntry? { self.epochEntries.last }
    public var earliestEntry: EpochEntry? { self.epochEntries.first }
    /// The epoch of the latest leader that wrote (or is about to write) to this log.
    public var latestEpoch: Int32? { self.epochEntries.last?.epoch }
    public var isEmpty: Bool { self.epochEntries.isEmpty }

    /// The epoch just before the latest one.
    public var previousEpoch: Int32? {
        self.epochEntries.count >= 2 ? self.epochEntries[self.epochEntries.count - 2].epoch : nil
    }

    /// The largest known epoch below `epoch`.
    public func previousEpoch(before epoch: Int32) -> Int32? {
        self.epochEntries.last(where: { $0.epoch < epoch })?.epoch
    }

    /// The smallest known epoch above `epoch`.
    public func nextEpoch(after epoch: Int32) -> Int32? {
        self.epochEntries.first(where: { $0.epoch > epoch })?.epoch
    }

    public func entry(for epoch: Int32) -> EpochEntry? {
        self.epochEntries.first(where: { $0.epoch == epoch })
    }

    /// The epoch that wrote `offset`: the last entry starting at or before it.
    public func epoch(forOffset offset: Int64) -> Int32? {
        self.epochEntries.last(where: { $0.startOffset <= offset })?.epoch
    }

    /// OffsetForLeaderEpoch, with Kafka's rules:
    /// - `requestedEpoch` is `UNDEFINED_EPOCH` (-1): `(-1, -1)`.
    /// - `requestedEpoch` is the latest epoch: `(latest, logEndOffset)`.
    /// - no known epoch is above `requestedEpoch` (above the latest, or the cache is empty):
    ///   `(-1, -1)`.
    /// - `requestedEpoch` is below every known epoch: `(requestedEpoch, start offset of the
    ///   first epoch)`; the data before it was deleted, so the follower restarts from there.
    /// - otherwise: `(largest known epoch <= requestedEpoch, start offset of the first epoch
    ///   above requestedEpoch)`; the requested epoch itself need not be known.
    public func endOffset(for requestedEpoch: Int32, logEndOffset: Int64) -> LeaderEpochEndOffset {
        if requestedEpoch == Self.undefinedEpoch { return .undefined }
        if let latest = self.latestEpoch, latest == requestedEpoch {
            return LeaderEpochEndOffset(leaderEpoch: requestedEpoch, endOffset: logEndOffset)
        }
        guard let higher = self.epochEntries.first(where: { $0.epoch > requestedEpoch }) else {
            return .undefined
        }
        guard let floor = self.epochEntries.last(where: { $0.epoch <= requestedEpoch }) else {
            return LeaderEpochEndOffset(leaderEpoch: requestedEpoch, endOffset: higher.startOffset)
        }
        return LeaderEpochEndOffset(leaderEpoch: floor.epoch, endOffset: higher.startOffset)
    }

    /// The entries covering offsets `startOffset..<endOffset`: a copy truncated from the start
    /// (when `startOffset >= 0`) and from the end, as for uploading a segment to remote storage.
    public func epochEntries(startOffset: Int64, endOffset: Int64) -> [EpochEntry] {
        var entries = self.epochEntries
        if startOffset >= 0 { Self.truncateFromStart(&entries, startOffset: startOffset) }
        Self.truncateFromEnd(&entries, endOffset: endOffset)
        return entries
    }

    // MARK: - Rules (pure)

    private func replace(with entries: [EpochEntry]) throws {
        try self.checkpoint.write(entries)
        self.epochEntries = entries
    }

    private static func validate(_ entry: EpochEntry) throws {
        guard entry.epoch >= 0, entry.startOffset >= 0 else {
            throw LeaderEpochError.invalidEntry(epoch: entry.epoch, startOffset: entry.startOffset)
        }
    }

    /// Kafka's `assign(EpochEntry)`: `isUpdateNeeded`, then `maybeTruncateNonMonotonicEntries`,
    /// then the put. Returns whether `entries` changed.
    static func assigning(_ entry: EpochEntry, to entries: inout [EpochEntry]) -> Bool {
        if let latest = entries.last, latest.epoch == entry.epoch, entry.startOffset >= latest.startOffset {
            return false
        }
        while let last = entries.last, last.epoch >= entry.epoch || last.startOffset >= entry.startOffset {
            entries.removeLast()
        }
        entries.append(entry)
        return true
    }

    static func truncateFromEnd(_ entries: inout [EpochEntry], endOffset: Int64) {
        guard endOffset >= 0, let last = entries.last, last.startOffset >= endOffset else { return }
        while let last = entries.last, last.startOffset >= endOffset {
            entries.removeLast()
        }
    }

    static func truncateFromStart(_ entries: inout [EpochEntry], startOffset: Int64) {
        var removed = 0
        while removed < entries.count && entries[removed].startOffset <= startOffset { removed += 1 }
        guard removed > 0 else { return }
        let firstBeforeStart = entries[removed - 1]
        entries.removeFirst(removed)
        entries.insert(EpochEntry(epoch: firstBeforeStart.epoch, startOffset: startOffset), at: 0)
    }
}
