#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// When a log's appends are fsynced, and when they may be acknowledged.
///
/// - `groupCommit` (Sluice's default): an append is acknowledged only once it is on disk.
///   A sync starts whenever unsynced data exists and no sync is running, so concurrent
///   producers share one fsync: everything appended while a sync runs is covered by the next.
/// - `kafka(flushMessages:flushMs:)`: Kafka's topic configs `flush.messages` and `flush.ms`
///   (broker `log.flush.interval.messages` / `log.flush.interval.ms`). Appends are acknowledged
///   once written to the page cache; a sync starts when `logEndOffset - durableOffset >=
///   flushMessages`, or when unsynced data exists and `flushMs` milliseconds have passed since
///   the last sync started. Kafka's defaults (both `Int64.max`, `kafkaDefault`) mean "never
///   fsync, rely on replication".
/// - `none`: acknowledged on write, never synced except on explicit request (`requestSync`,
///   e.g. segment roll or clean shutdown).
public enum DurabilityPolicy: Sendable, Hashable {
    case groupCommit
    case kafka(flushMessages: Int64, flushMs: Int64)
    case none

    /// Kafka's out-of-the-box settings: `flush.messages` = `flush.ms` = `Long.MAX_VALUE`.
    public static let kafkaDefault = DurabilityPolicy.kafka(flushMessages: .max, flushMs: .max)

    /// Whether an acknowledgement waits for the fsync (`true`) or only for the write to the
    /// page cache (`false`).
    public var acknowledgesAfterSync: Bool {
        if case .groupCommit = self { true } else { false }
    }
}

/// A monotonic millisecond clock, injected so that `flush.ms` can be tested without sleeping.
/// Readings only need to be comparable with each other, not with wall-clock time.
public protocol MillisecondClock: Sendable {
    func nowMilliseconds() -> Int64
}

/// `CLOCK_MONOTONIC` in milliseconds: unaffected by wall-clock adjustments.
public struct MonotonicMillisecondClock: MillisecondClock {
    public init() {}

    public func nowMilliseconds() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Int64(time.tv_sec) * 1000 + Int64(time.tv_nsec) / 1_000_000
    }
}
