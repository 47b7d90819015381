import SluiceProtocol

/// `cleanup.policy` values.
public enum CleanupPolicy: String, Sendable, Hashable {
    case delete
    case compact
}

/// A partition log's topic-level settings, named as Kafka's topic configs. Defaults are Kafka's.
public struct LogConfig: Sendable, Hashable {
    /// `segment.bytes`: roll when the active segment would pass this size.
    public var segmentBytes: Int = 1024 * 1024 * 1024
    /// `segment.ms`: roll when the active segment's first batch is older than this.
    public var segmentMs: Int64 = 7 * 24 * 60 * 60 * 1000
    /// `segment.jitter.ms`: each new segment's `segment.ms` is reduced by a random draw below this.
    public var segmentJitterMs: Int64 = 0
    /// `retention.ms`: segments whose largest timestamp is older are deleted; -1 keeps forever.
    public var retentionMs: Int64 = 7 * 24 * 60 * 60 * 1000
    /// `retention.bytes`: oldest segments are deleted while the log is larger; -1 is no limit.
    public var retentionBytes: Int64 = -1
    /// `index.interval.bytes`.
    public var indexIntervalBytes: Int = LogSegmentConfig.defaultIndexIntervalBytes
    /// `segment.index.bytes`.
    public var segmentIndexBytes: Int = LogSegmentConfig.defaultMaxIndexSize
    /// `max.message.bytes`: the largest batch accepted (Kafka's default, 1 MiB + 12).
    public var maxMessageBytes: Int = 1024 * 1024 + 12
    /// `message.timestamp.type`.
    public var messageTimestampType: TimestampType = .createTime
    /// `file.delete.delay.ms`: how long a segment renamed to `.deleted` stays before removal
    /// (readers holding slices of it keep working meanwhile). 0 removes at once.
    public var fileDeleteDelayMs: Int64 = 60_000
    /// `cleanup.policy`: time and size retention apply only with `.delete`.
    public var cleanupPolicy: Set<CleanupPolicy> = [.delete]

    public init() {}

    /// The segment settings for a new segment, drawing its roll jitter.
    func segmentConfig(jitter: Bool) -> LogSegmentConfig {
        let jitterMs: Int64 = jitter && self.segmentJitterMs > 0 ? Int64.random(in: 0..<self.segmentJitterMs) : 0
        return LogSegmentConfig(indexIntervalBytes: self.indexIntervalBytes, maxIndexSize: self.segmentIndexBytes, rollJitterMs: jitterMs)
    }
}
