import SluiceProtocol

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
    /// `cleanup.policy`: time and size retention apply only when it `deletes`.
    public var cleanupPolicy: CleanupPolicy = .delete
    /// `flush.messages`: under `sluice.durability=kafka`, fsync once this many messages are
    /// unsynced. Kafka's default `Long.MAX_VALUE` (never). See `LogConfig+Durability.swift`.
    public var flushMessages: Int64 = .max
    /// `flush.ms`: under `sluice.durability=kafka`, fsync when unsynced data is this old.
    /// Kafka's default `Long.MAX_VALUE` (never).
    public var flushMs: Int64 = .max
    /// `sluice.durability`: `group-commit` (default; acknowledged once fsynced), `kafka`
    /// (acknowledged once written, fsync per `flush.messages` / `flush.ms`) or `none`.
    public var durabilityMode: DurabilityMode = .groupCommit
    /// `producer.id.expiration.ms` (a broker config in Kafka, passed down by the broker): a
    /// producer id idle this long is forgotten by the partition. Default one day.
    public var producerIdExpirationMs: Int64 = ProducerStateManager.defaultProducerIdExpirationMs

    public init() {}

    /// The segment settings for a new segment, drawing its roll jitter.
    func segmentConfig(jitter: Bool) -> LogSegmentConfig {
        let jitterMs: Int64 = jitter && self.segmentJitterMs > 0 ? Int64.random(in: 0..<self.segmentJitterMs) : 0
        return LogSegmentConfig(indexIntervalBytes: self.indexIntervalBytes, maxIndexSize: self.segmentIndexBytes, rollJitterMs: jitterMs)
    }

    /// Reads Kafka topic configs (`segment.bytes`, `retention.ms`, ...) over the defaults.
    /// Keys this layer does not use are ignored; a value that does not parse or is out of
    /// Kafka's range throws `LogError.invalidConfig` naming the key.
    public init(properties: [String: String]) throws {
        self.init()
        func integer(_ key: String, atLeast minimum: Int64) throws -> Int64? {
            guard let text = properties[key] else { return nil }
            guard let value = Int64(text.trimmingSpaces), value >= minimum else {
                throw LogError.invalidConfig("\(key)=\(text): expected an integer of at least \(minimum)")
            }
            return value
        }
        func int(_ key: String, atLeast minimum: Int64) throws -> Int? {
            guard let value = try integer(key, atLeast: minimum) else { return nil }
            guard value <= Int64(Int32.max) else { throw LogError.invalidConfig("\(key)=\(value): at most \(Int32.max)") }
            return Int(value)
        }
        if let value = try int("segment.bytes", atLeast: 14) { self.segmentBytes = value }
        if let value = try integer("segment.ms", atLeast: 1) { self.segmentMs = value }
        if let value = try integer("segment.jitter.ms", atLeast: 0) { self.segmentJitterMs = value }
        if let value = try integer("retention.ms", atLeast: -1) { self.retentionMs = value }
        if let value = try integer("retention.bytes", atLeast: -1) { self.retentionBytes = value }
        if let value = try int("index.interval.bytes", atLeast: 0) { self.indexIntervalBytes = value }
        if let value = try int("segment.index.bytes", atLeast: 4) { self.segmentIndexBytes = value }
        if let value = try int("max.message.bytes", atLeast: 0) { self.maxMessageBytes = value }
        if let value = try integer("file.delete.delay.ms", atLeast: 0) { self.fileDeleteDelayMs = value }
        if let value = try integer("flush.messages", atLeast: 1) { self.flushMessages = value }
        if let value = try integer("flush.ms", atLeast: 0) { self.flushMs = value }
        if let text = properties[DurabilityMode.configName] {
            guard let mode = DurabilityMode(configValue: text.trimmingSpaces) else {
                throw LogError.invalidConfig("\(DurabilityMode.configName)=\(text): expected group-commit, kafka or none")
            }
            self.durabilityMode = mode
        }
        if let text = properties["message.timestamp.type"] {
            switch text.trimmingSpaces {
            case "CreateTime": self.messageTimestampType = .createTime
            case "LogAppendTime": self.messageTimestampType = .logAppendTime
            default: throw LogError.invalidConfig("message.timestamp.type=\(text): expected CreateTime or LogAppendTime")
            }
        }
        if let text = properties["cleanup.policy"] {
            guard let policy = CleanupPolicy(configValue: text) else {
                throw LogError.invalidConfig("cleanup.policy=\(text): expected delete, compact or both")
            }
            self.cleanupPolicy = policy
        }
    }
}

extension String {
    fileprivate var trimmingSpaces: String {
        String(self.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
