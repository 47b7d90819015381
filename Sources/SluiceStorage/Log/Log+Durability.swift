import NIOPosix
import SluiceProtocol

/// Durability inside the log: every log owns a `GroupCommitter` built from
/// `LogConfig.durabilityPolicy` whose sync is `Log.flush()` (fsyncs outside the main lock, so
/// appends continue while it runs and the next sync covers them all).
///
/// - `append` / `appendAsFollower` report the new log end offset (`appended(upTo:)`), which may
///   start a sync; truncations report `truncated(to:)`; `close` shuts the committer down.
/// - `appendAndWait` returns once the batches may be acknowledged under the policy: fsynced under
///   `.groupCommit`, written under `.kafka` / `.none`.
/// - The high watermark is separate: on a single node the caller moves it with
///   `advanceHighWatermarkToDurable()` after acknowledgements; with replication the replication
///   layer drives it instead.
/// - The policy is fixed when the log opens: changing `config` later does not change it (the
///   broker reopens the log, or a later change re-creates the committer).
/// - `waitUntilDurable` is by offset: an `info` whose offsets a truncation already removed
///   (truncation between `append` and the wait) is acknowledged once new data at those offsets
///   is durable. `appendAndWait` waits right after appending, so only a truncation racing it can
///   hit this; the truncation path fails waiters registered before it.
/// - A failed fsync takes the log offline (`flush` records the `StorageError`) and every pending
///   and later waiter throws `DurabilityError` (`KAFKA_STORAGE_ERROR`).
extension Log {
    static func makeCommitter(
        for log: Log, policy: DurabilityPolicy, threadPool: NIOThreadPool, clock: any MillisecondClock
    ) -> GroupCommitter {
        GroupCommitter(
            policy: policy,
            logEndOffset: log.logEndOffset,
            durableOffset: log.recoveryPoint,
            threadPool: threadPool,
            clock: clock
        ) { [weak log] in
            guard let log else { throw DurabilityError.shutDown }
            try log.flush()
        }
    }

    /// The policy the log's committer runs under (from the config when the log opened).
    public var durabilityPolicy: DurabilityPolicy { self.committer.policy }

    /// Appends below it may be acknowledged: the committer's durable offset under group commit,
    /// the log end offset otherwise. On a single node, the bound for the high watermark.
    public var acknowledgeableOffset: Int64 { self.committer.acknowledgeableOffset }

    /// Whether a failed fsync took the log's committer offline.
    public var isDurabilityFailed: Bool { self.committer.isFailed }

    /// `append`, then waits until the batches may be acknowledged (see `waitUntilDurable`).
    /// Throws what `append` throws, or `DurabilityError` when the fsync covering the batches
    /// failed (`KAFKA_STORAGE_ERROR`), the log closed, or a truncation removed them
    /// (`NOT_LEADER_OR_FOLLOWER`). Does not move the high watermark.
    public func appendAndWait(
        _ batches: [RecordBatch], leaderEpoch: Int32, nowMs: Int64, timestampType: TimestampType? = nil
    ) async throws -> LogAppendInfo {
        let info = try self.append(batches, leaderEpoch: leaderEpoch, nowMs: nowMs, timestampType: timestampType)
        try await self.waitUntilDurable(info)
        return info
    }

    /// Returns once the appends described by `info` may be acknowledged under the policy.
    public func waitUntilDurable(_ info: LogAppendInfo) async throws {
        try await self.committer.waitUntilDurable(info.lastOffset + 1)
    }

    /// Single node: raises the high watermark to `acknowledgeableOffset` (never lowers it).
    /// Under group commit it therefore never passes the durable offset. Returns the new value.
    @discardableResult
    public func advanceHighWatermarkToDurable() -> Int64 {
        self.advanceHighWatermark(to: self.committer.acknowledgeableOffset)
    }

    /// Fsyncs everything appended so far through the committer, whatever the policy, and returns
    /// once it is on disk (shutdown, tests). Throws `DurabilityError` like `appendAndWait`.
    public func flushDurably() async throws {
        try await self.committer.flush()
    }

    /// Re-evaluates `flush.ms` against the committer's clock (the log manager's service calls
    /// it periodically).
    public func tickDurability() {
        self.committer.tick()
    }
}
