import Logging
import NIOConcurrencyHelpers
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
    /// KIP-848 consumer groups (persisted once the group coordinator is installed).
    public let consumerGroups: ConsumerGroupCoordinator
    /// The classic group coordinator and committed offsets; installed by whoever runs the broker
    /// (it needs the broker to create `__consumer_offsets`). Nil: group APIs answer
    /// COORDINATOR_NOT_AVAILABLE.
    public var groupCoordinator: GroupCoordinator? { self.installedGroupCoordinator.withLockedValue { $0 } }
    private let installedGroupCoordinator = NIOLockedValueBox<GroupCoordinator?>(nil)
    let produceSettings = ProduceSettingsCache()
    public let logger: Logger
    /// Wall-clock milliseconds; injectable so tests can move time.
    public let clock: @Sendable () -> Int64

    /// Opens (and recovers) the data directory. Throws with a message a person can act on when the
    /// directory cannot be used.
    public init(config: BrokerConfig, logger: Logger, clock: @escaping @Sendable () -> Int64 = Broker.wallClockMs) throws {
        self.config = config
        self.logger = logger
        self.clock = clock
        self.consumerGroups = ConsumerGroupCoordinator(config: config.consumerGroups)
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

    /// Creates `__consumer_offsets` if needed and the group coordinator over it. Run the returned
    /// service (it loads the groups, then ticks their timers).
    @discardableResult
    public func installGroupCoordinator() throws -> GroupCoordinator {
        let metadata = self.metadata
        let coordinator = GroupCoordinator(
            storage: try ConsumerOffsetsStorage(broker: self), logger: self.logger, consumerGroups: self.consumerGroups,
            consumerGroupTopics: { ConsumerGroupTopics(metadata.image) }, classicConfig: self.config.classicGroups,
            retentionCheckInterval: .milliseconds(self.config.offsetsRetentionCheckIntervalMs), clock: self.clock
        )
        self.installedGroupCoordinator.withLockedValue { $0 = coordinator }
        return coordinator
    }

    /// Flushes and closes every log and writes the clean-shutdown marker.
    public func shutdown() throws {
        try self.logManager.shutdown()
    }
}

extension BrokerConfig {
    /// A topic's effective log config: its overrides over the broker's settings over Kafka's
    /// defaults. Overrides were validated when set, so one that fails now (written by another
    /// version, say) falls back to the broker's defaults rather than taking the partition down.
    public func effectiveLogConfig(overrides: [String: String]) -> LogConfig {
        guard !overrides.isEmpty else { return self.logDefaults }
        return (try? self.logConfig(topicOverrides: overrides)) ?? self.logDefaults
    }

    /// Every topic config's effective value as text (`compression.type`, timestamps bounds, ...),
    /// with the same fallback as `effectiveLogConfig`.
    public func effectiveTopicConfigText(overrides: [String: String]) -> [String: String] {
        let values = (try? self.effectiveTopicConfigs(overrides: overrides)) ?? (try? self.effectiveTopicConfigs(overrides: [:])) ?? [:]
        return values.mapValues(\.description)
    }
}
