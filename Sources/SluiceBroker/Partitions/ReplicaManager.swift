import Logging
import NIOConcurrencyHelpers
import SluiceCluster
import SluiceProtocol
import SluiceStorage

/// The partitions this node hosts, and the appends and reads on them. Also wakes long-polling
/// fetches when a partition's high watermark moves.
///
/// On one node every partition is led here; the high watermark follows what is durable under the
/// topic's `sluice.durability` mode (the single replica is the whole ISR), so consumers never read
/// what a crash could take back.
public final class ReplicaManager: Sendable {
    public let nodeId: Int32
    public let logManager: LogManager
    let logger: Logger
    private let state = NIOLockedValueBox(State())
    public let fetchWaiters = FetchWaiters()

    private struct State {
        var partitions: [LogManager.TopicPartition: Partition] = [:]
    }

    init(nodeId: Int32, logManager: LogManager, logger: Logger) {
        self.nodeId = nodeId
        self.logManager = logManager
        self.logger = logger
    }

    public func partition(_ topicPartition: LogManager.TopicPartition) -> Partition? {
        self.state.withLockedValue { $0.partitions[topicPartition] }
    }

    public func partition(topic: String, partition: Int32) -> Partition? {
        self.partition(LogManager.TopicPartition(topic: topic, partition: partition))
    }

    /// Opens or creates the log of every partition in `image` this node leads, and drops the
    /// partitions it no longer hosts.
    func becomeLeader(for image: MetadataImage, config: BrokerConfig, nowMs: Int64) throws {
        for topic in image.topics {
            try self.ensurePartitions(of: topic, config: config, nowMs: nowMs)
        }
    }

    /// Makes sure every partition of `topic` led by this node has an open log.
    func ensurePartitions(of topic: TopicMetadata, config: BrokerConfig, nowMs: Int64) throws {
        let logConfig = config.effectiveLogConfig(overrides: topic.configs)
        for assignment in topic.partitions where assignment.replicas.contains(self.nodeId) {
            let key = LogManager.TopicPartition(topic: topic.name, partition: assignment.partition)
            if self.logManager.offlineLogs[key] != nil { continue }
            let log = try self.logManager.getOrCreateLog(
                topic: topic.name, partition: assignment.partition, topicId: topic.topicId, config: logConfig, nowMs: nowMs
            )
            log.config = logConfig
            if assignment.leader == self.nodeId, log.highWatermark < log.logEndOffset {
                // A leader whose ISR is itself: everything in the log is committed (Kafka moves the
                // high watermark to the log end offset on becoming leader). What recovery kept
                // after an unclean shutdown is made durable first, so the watermark never
                // passes what is on disk.
                try log.flush()
                _ = log.advanceHighWatermark(to: log.logEndOffset)
            }
            let partition = Partition(topicPartition: key, log: log, assignment: assignment, nodeId: self.nodeId)
            self.state.withLockedValue { $0.partitions[key] = partition }
        }
    }

    /// Stops hosting every partition of `topic` and deletes their logs.
    func removePartitions(ofTopic topic: String) throws {
        let removed = self.state.withLockedValue { state in
            let keys = state.partitions.keys.filter { $0.topic == topic }
            return keys.compactMap { state.partitions.removeValue(forKey: $0) }
        }
        for partition in removed {
            _ = try self.logManager.deleteLog(topic: partition.topicPartition.topic, partition: partition.topicPartition.partition)
        }
        self.fetchWaiters.wakeAll()
    }

    /// Pushes a changed config into every open log of `topic`.
    func updateConfig(ofTopic topic: String, to config: LogConfig) {
        let partitions = self.state.withLockedValue { $0.partitions.values.filter { $0.topicPartition.topic == topic } }
        for partition in partitions { partition.log.config = config }
    }

    public var allPartitions: [Partition] {
        self.state.withLockedValue { Array($0.partitions.values) }
    }
}
