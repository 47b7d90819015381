import ServiceLifecycle

/// The log manager's periodic work as a ServiceLifecycle `Service` (STYLE habit 5):
///
/// - every `tickInterval`: each log's group committer re-checks `flush.ms` (Kafka's log flusher,
///   `log.flush.scheduler.interval.ms`; only `.kafka` policies with a finite `flush.ms` need it);
/// - every `retentionCheckInterval` (`log.retention.check.interval.ms`, Kafka's 300000):
///   `LogManager.runRetention`;
/// - every `checkpointInterval` (`log.flush.offset.checkpoint.interval.ms`, Kafka's 60000):
///   `LogManager.checkpoint` (recovery points and log start offsets);
/// - every `cleanerBackoff` (`log.cleaner.backoff.ms`, Kafka's 15000), when `cleanerEnable`
///   (`log.cleaner.enable`, Kafka's true): `LogManager.runCleaner` at `nowMs()`, its result (the
///   logs cleaned, per-log failures, or the error of a pass that could not read or write the
///   `cleaner-offset-checkpoint`) handed to `onCleaner`. A failing log does not stop the service
///   or the other logs' cleaning; it is tried again at the next pass.
///
/// On graceful shutdown (or cancellation) it stops the timers, flushes every online log through
/// its committer (so producers waiting in `appendAndWait` are acknowledged, not failed), then
/// calls `LogManager.shutdown()`, which writes the checkpoints and, when everything succeeded,
/// the clean-shutdown marker. `run` throws that shutdown's error, if any.
///
/// The clock and the intervals are injected, so tests run the service in milliseconds; `nowMs`
/// supplies the wall-clock milliseconds retention compares segment timestamps with.
public struct LogManagerService<C: Clock>: Service where C.Duration == Duration {
    public let manager: LogManager
    public let clock: C
    public let tickInterval: Duration
    public let retentionCheckInterval: Duration
    public let checkpointInterval: Duration
    public let nowMs: @Sendable () -> Int64
    /// Called after each retention pass with its result (for logging and metrics).
    public let onRetention: @Sendable ((deletedSegments: Int, deletedBytes: Int64, failures: [LogManager.TopicPartition: Error])) -> Void
    /// `log.cleaner.enable`.
    public let cleanerEnable: Bool
    /// `log.cleaner.backoff.ms`: the pause between cleaner passes.
    public let cleanerBackoff: Duration
    /// `log.cleaner.dedupe.buffer.size`: the offset map's memory for one pass.
    public let offsetMapMemory: Int
    /// Each topic's compaction configs (`delete.retention.ms`, `min.cleanable.dirty.ratio`, ...).
    public let cleaningConfig: @Sendable (String) -> LogCleaningConfig
    /// Called after each cleaner pass with its result, or the error that stopped the whole pass.
    public let onCleaner: @Sendable (Result<CleanerRunResult, any Error>) -> Void

    public init(
        manager: LogManager,
        clock: C,
        tickInterval: Duration = .milliseconds(100),
        retentionCheckInterval: Duration = .milliseconds(LogManager.defaultRetentionCheckIntervalMs),
        checkpointInterval: Duration = .milliseconds(LogManagerService.defaultCheckpointIntervalMs),
        nowMs: @escaping @Sendable () -> Int64,
        onRetention: @escaping @Sendable ((deletedSegments: Int, deletedBytes: Int64, failures: [LogManager.TopicPartition: Error])) -> Void = { _ in },
        cleanerEnable: Bool = true,
        cleanerBackoff: Duration = .milliseconds(LogManagerService.defaultCleanerBackoffMs),
        offsetMapMemory: Int = OffsetMap.defaultMemoryBudget,
        cleaningConfig: @escaping @Sendable (String) -> LogCleaningConfig = { _ in LogCleaningConfig() },
        onCleaner: @escaping @Sendable (Result<CleanerRunResult, any Error>) -> Void = { _ in }
    ) {
        self.manager = manager
        self.clock = clock
        self.tickInterval = tickInterval
        self.retentionCheckInterval = retentionCheckInterval
        self.checkpointInterval = checkpointInterval
        self.nowMs = nowMs
        self.onRetention = onRetention
        self.cleanerEnable = cleanerEnable
        self.cleanerBackoff = cleanerBackoff
        self.offsetMapMemory = offsetMapMemory
        self.cleaningConfig = cleaningConfig
        self.onCleaner = onCleaner
    }

    /// `log.flush.offset.checkpoint.interval.ms`.
    public static var defaultCheckpointIntervalMs: Int64 { 60_000 }
    /// `log.cleaner.backoff.ms`.
    public static var defaultCleanerBackoffMs: Int64 { 15_000 }

    public func run() async throws {
        var nextRetention = self.clock.now.advanced(by: self.retentionCheckInterval)
        var nextCheckpoint = self.clock.now.advanced(by: self.checkpointInterval)
        var nextCleaning = self.clock.now.advanced(by: self.cleanerBackoff)
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            do {
                try await cancelWhenGracefulShutdown {
                    try await self.clock.sleep(for: self.tickInterval)
                }
            } catch {
                break  // cancelled or shutting down
            }
            for log in self.manager.allLogs where log.isOnline { log.tickDurability() }
            let now = self.clock.now
            if now >= nextRetention {
                self.onRetention(self.manager.runRetention(nowMs: self.nowMs()))
                nextRetention = now.advanced(by: self.retentionCheckInterval)
            }
            if now >= nextCheckpoint {
                // A failing checkpoint write is retried at the next interval; logs whose disk
                // failed are offline and left out of it.
                try? self.manager.checkpoint()
                nextCheckpoint = now.advanced(by: self.checkpointInterval)
            }
            if self.cleanerEnable && now >= nextCleaning {
                let result = Result { try self.manager.runCleaner(nowMs: self.nowMs(), offsetMapMemory: self.offsetMapMemory, cleaningConfig: self.cleaningConfig) }
                self.onCleaner(result)
                nextCleaning = self.clock.now.advanced(by: self.cleanerBackoff)
            }
        }
        for log in self.manager.allLogs where log.isOnline {
            // Errors surface through the log going offline, which keeps the marker from being
            // written by `shutdown()`.
            try? await log.flushDurably()
        }
        try self.manager.shutdown()
    }
}
