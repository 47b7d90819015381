import Logging
import NIOCore
import NIOPosix
import SluiceCluster
import SluiceCompression
import SluiceProtocol
import SluiceStorage

/// Everything a request handler can reach: configuration, metadata, the partitions this node
/// hosts, and the log. One per process; shared by every connection.
public final class Broker: Sendable {
    public let config: BrokerConfig
    public let metadata: MetadataStore
    public let logManager: LogManager
    public let replicaManager: ReplicaManager
    public let producerIds: ProducerIdManager
    /// KIP-227 incremental fetch sessions (`max.incremental.fetch.session.cache.slots`: 1000).
    public let fetchSessions: FetchSessionCache
    public let logger: Logger
    /// Wall-clock milliseconds; injectable so tests can move time.
    public let clock: @Sendable () -> Int64

    /// Opens (and recovers) the data directory. Throws with a message a person can act on when the
    /// directory cannot be used.
    public init(config: BrokerConfig, logger: Logger, clock: @escaping @Sendable () -> Int64 = Broker.wallClockMs) throws {
        self.config = config
        self.logger = logger
        self.clock = clock
        let fileIO = PosixFileIO()
        let metadata = try MetadataStore(directory: config.logDir, nodeId: config.nodeId, fileIO: fileIO)
        self.metadata = metadata
        let image = metadata.image
        let brokerConfig = config
        self.logManager = try LogManager(
            dataDirectory: config.logDir,
            fileIO: fileIO,
            codecs: Compression.codecs,
            nowMs: clock(),
            configForTopic: { topic in
                brokerConfig.effectiveLogConfig(overrides: image.topic(named: topic)?.configs ?? [:])
            }
        )
        self.replicaManager = ReplicaManager(nodeId: config.nodeId, logManager: self.logManager, logger: logger)
        self.producerIds = try ProducerIdManager(directory: config.logDir, fileIO: fileIO)
        self.fetchSessions = FetchSessionCache(clock: clock)
        try self.replicaManager.becomeLeader(for: image, config: config, nowMs: clock())
    }

    public static let wallClockMs: @Sendable () -> Int64 = {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return Int64(now.tv_sec) * 1000 + Int64(now.tv_nsec) / 1_000_000
    }

    /// The effective log config of a topic, from its overrides over the broker's defaults.
    public func logConfig(forTopic name: String) -> LogConfig {
        self.config.effectiveLogConfig(overrides: self.metadata.image.topic(named: name)?.configs ?? [:])
    }

    /// Flushes and closes every log and writes the clean-shutdown marker.
    public func shutdown() throws {
        try self.logManager.shutdown()
    }
}

extension BrokerConfig {
    /// Topic overrides over the broker's defaults. Overrides were validated when set, so a value
    /// that fails here (written by an older version, say) falls back to the broker default.
    public func effectiveLogConfig(overrides: [String: String]) -> LogConfig {
        guard !overrides.isEmpty else { return self.logDefaults }
        var merged = self.logDefaultProperties
        for (key, value) in overrides { merged[key] = value }
        return (try? LogConfig(properties: merged)) ?? self.logDefaults
    }

    /// `logDefaults` as topic-config properties, the base that overrides apply to.
    var logDefaultProperties: [String: String] {
        let defaults = self.logDefaults
        return [
            "segment.bytes": String(defaults.segmentBytes),
            "segment.ms": String(defaults.segmentMs),
            "segment.jitter.ms": String(defaults.segmentJitterMs),
            "retention.ms": String(defaults.retentionMs),
            "retention.bytes": String(defaults.retentionBytes),
            "index.interval.bytes": String(defaults.indexIntervalBytes),
            "segment.index.bytes": String(defaults.segmentIndexBytes),
            "max.message.bytes": String(defaults.maxMessageBytes),
            "message.timestamp.type": defaults.messageTimestampType == .logAppendTime ? "LogAppendTime" : "CreateTime",
            "file.delete.delay.ms": String(defaults.fileDeleteDelayMs),
            "cleanup.policy": defaults.cleanupPolicy.description,
            "flush.messages": String(defaults.flushMessages),
            "flush.ms": String(defaults.flushMs),
            "sluice.durability": defaults.durabilityMode.rawValue,
        ]
    }
}
