/// Which `DurabilityPolicy` a log runs under: Sluice's own setting `sluice.durability`
/// (a topic config; the broker default will be `log.sluice.durability`, as Kafka prefixes `log.`).
///
/// - `group-commit` (default): a produce is acknowledged only once its batches are fsynced;
///   concurrent producers share fsyncs. `flush.messages` / `flush.ms` are ignored.
/// - `kafka`: Kafka's behaviour. Acknowledged once written to the page cache; fsynced when
///   `flush.messages` messages are unsynced or `flush.ms` has passed since the last fsync (both
///   default to `Long.MAX_VALUE`: never, durability comes from replication).
/// - `none`: acknowledged once written; fsynced only on explicit flush (roll, shutdown).
public enum DurabilityMode: String, Sendable, Hashable, CaseIterable {
    case groupCommit = "group-commit"
    case kafka
    case none

    /// The topic config key.
    public static let configName = "sluice.durability"

    public init?(configValue: String) {
        self.init(rawValue: configValue.lowercased())
    }
}

extension LogConfig {
    /// The policy for the log's `GroupCommitter`, combining `sluice.durability` with
    /// `flush.messages` and `flush.ms`.
    public var durabilityPolicy: DurabilityPolicy {
        switch self.durabilityMode {
        case .groupCommit: .groupCommit
        case .kafka: .kafka(flushMessages: self.flushMessages, flushMs: self.flushMs)
        case .none: .none
        }
    }
}
