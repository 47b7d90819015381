/// `cleanup.policy`: what happens to old data in a log. Kafka spells the combined policy
/// `compact,delete` (either order): old segments are deleted by retention and the rest compacted.
public enum CleanupPolicy: Sendable, Hashable, CustomStringConvertible {
    case delete
    case compact
    case compactAndDelete

    /// Parses Kafka's list form: `delete`, `compact`, `compact,delete` or `delete,compact`
    /// (whitespace around names ignored). Nil for anything else, including an empty list.
    public init?(configValue: String) {
        let names = Set(configValue.split(separator: ",", omittingEmptySubsequences: false).map(\.trimmedBlanks))
        switch names {
        case ["delete"]: self = .delete
        case ["compact"]: self = .compact
        case ["compact", "delete"]: self = .compactAndDelete
        default: return nil
        }
    }

    public var compacts: Bool { self != .delete }
    public var deletes: Bool { self != .compact }

    public var description: String {
        switch self {
        case .delete: "delete"
        case .compact: "compact"
        case .compactAndDelete: "compact,delete"
        }
    }
}

/// The topic configs that drive compaction, with Kafka's names and defaults. Times in ms.
///
/// Invariants (checked by `validate()`, as Kafka's `LogConfig.validate`): retention and lag values
/// are non-negative, `min.compaction.lag.ms <= max.compaction.lag.ms`, and the dirty ratio lies in
/// 0...1.
public struct LogCleaningConfig: Sendable, Hashable {
    /// `cleanup.policy`, default `delete`.
    public var cleanupPolicy: CleanupPolicy
    /// `delete.retention.ms`, default one day: how long a tombstone (and a transaction marker with
    /// no data left) survives after the cleaning pass that first retained it (KIP-534).
    public var deleteRetentionMs: Int64
    /// `min.compaction.lag.ms`, default 0: segments holding a record younger than this are not cleaned.
    public var minCompactionLagMs: Int64
    /// `max.compaction.lag.ms`, default `Int64.max`: a dirty segment whose first batch is older than
    /// this makes the log eligible regardless of the dirty ratio.
    public var maxCompactionLagMs: Int64
    /// `min.cleanable.dirty.ratio`, default 0.5: clean when dirty bytes / all cleanable-or-clean
    /// bytes exceed it (strictly, as Kafka's `grabFilthiestCompactedLog`).
    public var minCleanableDirtyRatio: Double
    /// `segment.ms`, default seven days: when the active segment rolls.
    public var segmentMs: Int64

    public static let defaultDeleteRetentionMs: Int64 = 86_400_000
    public static let defaultSegmentMs: Int64 = 604_800_000

    public init(
        cleanupPolicy: CleanupPolicy = .delete,
        deleteRetentionMs: Int64 = LogCleaningConfig.defaultDeleteRetentionMs,
        minCompactionLagMs: Int64 = 0,
        maxCompactionLagMs: Int64 = .max,
        minCleanableDirtyRatio: Double = 0.5,
        segmentMs: Int64 = LogCleaningConfig.defaultSegmentMs
    ) {
        self.cleanupPolicy = cleanupPolicy
        self.deleteRetentionMs = deleteRetentionMs
        self.minCompactionLagMs = minCompactionLagMs
        self.maxCompactionLagMs = maxCompactionLagMs
        self.minCleanableDirtyRatio = minCleanableDirtyRatio
        self.segmentMs = segmentMs
    }

    /// Reads the configs Kafka names (`cleanup.policy`, `delete.retention.ms`,
    /// `min.compaction.lag.ms`, `max.compaction.lag.ms`, `min.cleanable.dirty.ratio`, `segment.ms`)
    /// over the defaults; other names are ignored. Throws on a value that does not parse or breaks
    /// an invariant.
    public init(topicConfigs: [String: String]) throws(CleanerError) {
        self.init()
        func int(_ name: String) throws(CleanerError) -> Int64? {
            guard let text = topicConfigs[name] else { return nil }
            guard let value = Int64(text[...].trimmedBlanks) else { throw .invalidConfig(name, text) }
            return value
        }
        if let text = topicConfigs["cleanup.policy"] {
            guard let policy = CleanupPolicy(configValue: text) else { throw .invalidConfig("cleanup.policy", text) }
            self.cleanupPolicy = policy
        }
        if let value = try int("delete.retention.ms") { self.deleteRetentionMs = value }
        if let value = try int("min.compaction.lag.ms") { self.minCompactionLagMs = value }
        if let value = try int("max.compaction.lag.ms") { self.maxCompactionLagMs = value }
        if let value = try int("segment.ms") { self.segmentMs = value }
        if let text = topicConfigs["min.cleanable.dirty.ratio"] {
            guard let value = Double(text[...].trimmedBlanks) else {
                throw .invalidConfig("min.cleanable.dirty.ratio", text)
            }
            self.minCleanableDirtyRatio = value
        }
        try self.validate()
    }

    public func validate() throws(CleanerError) {
        guard self.deleteRetentionMs >= 0 else { throw .invalidConfig("delete.retention.ms", "\(self.deleteRetentionMs)") }
        guard self.minCompactionLagMs >= 0 else { throw .invalidConfig("min.compaction.lag.ms", "\(self.minCompactionLagMs)") }
        guard self.maxCompactionLagMs >= 1 else { throw .invalidConfig("max.compaction.lag.ms", "\(self.maxCompactionLagMs)") }
        guard self.segmentMs >= 1 else { throw .invalidConfig("segment.ms", "\(self.segmentMs)") }
        guard (0...1).contains(self.minCleanableDirtyRatio) else {
            throw .invalidConfig("min.cleanable.dirty.ratio", "\(self.minCleanableDirtyRatio)")
        }
        guard self.minCompactionLagMs <= self.maxCompactionLagMs else {
            throw CleanerError(.invalidConfig, "min.compaction.lag.ms (\(self.minCompactionLagMs)) exceeds max.compaction.lag.ms (\(self.maxCompactionLagMs))")
        }
    }

    /// The age at which the active segment rolls. For a compacted log `max.compaction.lag.ms` caps
    /// `segment.ms`, or data in the active segment (which is never cleaned) could outlive the lag:
    /// Kafka's `LogConfig.maxSegmentMs`.
    public var maxSegmentMs: Int64 {
        self.cleanupPolicy.compacts && self.maxCompactionLagMs > 0
            ? min(self.maxCompactionLagMs, self.segmentMs)
            : self.segmentMs
    }
}

private extension Substring {
    /// Without leading and trailing spaces and tabs (no Foundation in this target).
    var trimmedBlanks: String {
        var s = self
        while let c = s.first, c == " " || c == "\t" { s.removeFirst() }
        while let c = s.last, c == " " || c == "\t" { s.removeLast() }
        return String(s)
    }
}
