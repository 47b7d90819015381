import Logging
import NIOConcurrencyHelpers
import NIOCore
import SluiceCluster
import SluiceCompression
import SluiceProtocol
import SluiceStorage

/// `GroupStorage` over Kafka's internal, compacted `__consumer_offsets` topic, in Kafka's record
/// format (`CoordinatorRecord`), so a group's data survives restarts and SIGKILL.
///
/// A group lives in partition `abs(groupId.hashCode) % offsets.topic.num.partitions`; each write is
/// one batch (producer id -1) appended to that partition's log, and returns once the batch is
/// durable. `load` replays every partition from its log start. The storage keeps a mirror of
/// the committed offsets it stored, which `expiredOffsets` reads.
///
/// Thread-safe. Writes for one group must not race each other (the coordinator serialises a
/// group's operations); the order they reach the log is the order they are replayed in.
public final class ConsumerOffsetsStorage: GroupStorage {
    public static let topicName = "__consumer_offsets"

    let broker: Broker
    /// `offsets.topic.num.partitions` when the topic was created (the topic's actual count wins).
    public let partitionCount: Int32
    /// `offsets.retention.minutes`, in milliseconds.
    public let retentionMs: Int64
    let mirror = NIOLockedValueBox<[String: [GroupTopicPartition: StoredOffset]]>([:])

    /// Creates `__consumer_offsets` if it does not exist yet (internal, compacted, with
    /// `offsets.topic.num.partitions` partitions); an existing topic keeps its partition count.
    public init(broker: Broker) throws {
        self.broker = broker
        self.retentionMs = broker.config.offsetsRetentionMs
        if let topic = broker.metadata.image.topic(named: Self.topicName) {
            self.partitionCount = Int32(truncatingIfNeeded: topic.partitions.count)
        } else {
            let wanted = broker.config.offsetsTopicReplicationFactor
            if wanted > 1 {
                broker.logger.info(
                    "Creating __consumer_offsets with the one replica this node can hold",
                    metadata: ["offsets.topic.replication.factor": "\(wanted)"]
                )
            }
            let topic = try broker.createTopic(
                name: Self.topicName,
                partitionCount: broker.config.offsetsTopicNumPartitions,
                replicationFactor: 1,
                configs: Self.topicConfigs,
                isInternal: true
            )
            self.partitionCount = Int32(truncatingIfNeeded: topic.partitions.count)
        }
    }

    /// Kafka's configs for the offsets topic: compacted, producer compression, 100 MiB segments
    /// (`offsets.topic.segment.bytes`).
    public static let topicConfigs: [String: String] = [
        "cleanup.policy": "compact",
        "compression.type": "producer",
        "segment.bytes": "104857600",
    ]

    /// The `__consumer_offsets` partition holding `group`.
    public func partition(forGroup group: String) -> Int32 {
        Self.partition(forGroup: group, partitionCount: self.partitionCount)
    }

    /// Kafka's `Utils.abs(groupId.hashCode()) % partitionCount`. `Utils.abs` is the absolute
    /// value except for Int32.min, which it maps to 0 (not a sign-bit mask).
    public static func partition(forGroup group: String, partitionCount: Int32) -> Int32 {
        guard partitionCount > 0 else { return 0 }
        let hash = Self.javaHashCode(group)
        let absolute = hash == Int32.min ? 0 : abs(hash)
        return absolute % partitionCount
    }

    /// Java's `String.hashCode`: `s[0]*31^(n-1) + ... + s[n-1]` over UTF-16 code units, wrapping.
    public static func javaHashCode(_ string: String) -> Int32 {
        var hash: Int32 = 0
        for unit in string.utf16 {
            hash = hash &* 31 &+ Int32(unit)
        }
        return hash
    }

    // MARK: GroupStorage

    public func commitOffsets(group: String, offsets: [StoredOffset]) async throws {
        guard !offsets.isEmpty else { return }
        let records = offsets.map { offset in
            CoordinatorRecord.offsetCommit(Self.offsetKey(group, offset.topicPartition), Self.offsetValue(offset))
        }
        try await self.append(records, group: group)
        self.mirror.withLockedValue { mirror in
            for offset in offsets {
                mirror[group, default: [:]][offset.topicPartition] = offset
            }
        }
    }

    public func deleteOffsets(group: String, partitions: [GroupTopicPartition]) async throws {
        guard !partitions.isEmpty else { return }
        let records = partitions.map { CoordinatorRecord.offsetCommit(Self.offsetKey(group, $0), nil) }
        try await self.append(records, group: group)
        self.mirror.withLockedValue { mirror in
            for partition in partitions {
                mirror[group]?[partition] = nil
            }
            if mirror[group]?.isEmpty == true { mirror[group] = nil }
        }
    }

    public func storeGroup(_ group: String, metadata: StoredGroupMetadata?) async throws {
        var key = GroupMetadataKey()
        key.group = group
        try await self.append([.groupMetadata(key, metadata.map(Self.groupValue))], group: group)
    }

    public func appendConsumerGroupRecords(_ group: String, records: [CoordinatorRecord]) throws -> GroupStorageWrite {
        guard !records.isEmpty else { return .durable }
        let (target, info) = try self.appendWithoutWaiting(records, group: group)
        let replicaManager = self.broker.replicaManager
        return GroupStorageWrite { try await replicaManager.waitForAcknowledgement(target, info: info) }
    }

    public func load() async throws -> StoredGroups {
        var stored = StoredGroups()
        for partition in 0..<self.partitionCount {
            guard let target = self.broker.replicaManager.partition(topic: Self.topicName, partition: partition) else {
                throw GroupStorageError("__consumer_offsets-\(partition) is not hosted on this broker")
            }
            try Self.replay(target.log) { record in Self.apply(record, to: &stored) }
        }
        let loaded = stored
        self.mirror.withLockedValue { $0 = loaded.offsets }
        return loaded
    }

    // MARK: Appending

    private func append(_ records: [CoordinatorRecord], group: String) async throws {
        let (target, info) = try self.appendWithoutWaiting(records, group: group)
        try await self.broker.replicaManager.waitForAcknowledgement(target, info: info)
    }

    /// Appends one batch to the group's partition; the caller must wait for its acknowledgement
    /// (which moves the high watermark).
    private func appendWithoutWaiting(_ records: [CoordinatorRecord], group: String) throws -> (Partition, LogAppendInfo) {
        let number = self.partition(forGroup: group)
        guard let target = self.broker.replicaManager.partition(topic: Self.topicName, partition: number) else {
            throw GroupStorageError("__consumer_offsets-\(number) is not hosted on this broker")
        }
        let now = self.broker.clock()
        var builder = RecordBatchBuilder()
        for record in records {
            let (key, value) = try record.encode()
            builder.append(timestamp: now, key: key, value: value)
        }
        let batch = try builder.encode()
        let info = try self.broker.replicaManager.appendToLeader(target, batches: [batch], nowMs: now, awaitedByCaller: true)
        return (target, info)
    }
}

/// `__consumer_offsets` cannot be used (a partition missing on this broker, a log that does not
/// read back).
public struct GroupStorageError: Error, CustomStringConvertible {
    public let description: String

    init(_ description: String) {
        self.description = description
    }
}
