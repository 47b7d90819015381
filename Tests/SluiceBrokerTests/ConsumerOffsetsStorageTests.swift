import Foundation
import Logging
import NIOCore
import SluiceProtocol
import SluiceStorage
import Testing

@testable import SluiceBroker

/// `ConsumerOffsetsStorage` over a real `Broker` and its logs in a temporary directory.
@Suite struct ConsumerOffsetsStorageTests {
    /// A data directory that outlives the brokers opened on it.
    final class DataDirectory: Sendable {
        let path: String

        init() throws {
            self.path = FileManager.default.temporaryDirectory.appendingPathComponent("sluice-offsets-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: self.path, withIntermediateDirectories: true)
        }

        deinit {
            try? FileManager.default.removeItem(atPath: self.path)
        }

        func openBroker(partitions: Int32 = 50, retentionMinutes: Int64? = nil) throws -> Broker {
            var config = BrokerConfig()
            config.logDir = self.path
            config.offsetsTopicNumPartitions = partitions
            if let retentionMinutes { config.offsetsRetentionMs = retentionMinutes * 60_000 }
            return try Broker(config: config, logger: Logger(label: "offsets-test"))
        }
    }

    private func offset(_ topic: String, _ partition: Int32, _ value: Int64, at time: Int64 = 1_000, expire: Int64 = -1) -> StoredOffset {
        StoredOffset(
            topicPartition: GroupTopicPartition(topic: topic, partition: partition), offset: value, leaderEpoch: 2, metadata: "meta-\(value)",
            commitTimestamp: time, expireTimestamp: expire
        )
    }

    private func group(members: Int = 1, stateTime: Int64 = 500) -> StoredGroupMetadata {
        StoredGroupMetadata(
            protocolType: "consumer", generation: 3, protocolName: "range", leader: members > 0 ? "m-0" : nil, currentStateTimestamp: stateTime,
            members: (0..<members).map {
                .init(
                    memberId: "m-\($0)", groupInstanceId: $0 == 0 ? "static-0" : nil, clientId: "client", clientHost: "/127.0.0.1",
                    rebalanceTimeoutMs: 60_000, sessionTimeoutMs: 45_000, subscription: [0, 1, UInt8($0)], assignment: [9, UInt8($0)]
                )
            }
        )
    }

    @Test func createsTheInternalCompactedTopicOnce() throws {
        let directory = try DataDirectory()
        let broker = try directory.openBroker()
        let storage = try ConsumerOffsetsStorage(broker: broker)
        let topic = try #require(broker.metadata.image.topic(named: "__consumer_offsets"))
        #expect(topic.isInternal)
        #expect(topic.partitions.count == 50)
        #expect(storage.partitionCount == 50)
        #expect(topic.configs["cleanup.policy"] == "compact")
        #expect(broker.logConfig(forTopic: "__consumer_offsets").cleanupPolicy == .compact)
        let last = try #require(broker.replicaManager.partition(topic: "__consumer_offsets", partition: 49))
        #expect(last.log.config.cleanupPolicy == .compact)
        // A second storage on the same broker finds the topic instead of failing to create it.
        _ = try ConsumerOffsetsStorage(broker: broker)
        try broker.shutdown()
        // The partition count is the topic's, not the config's, once it exists.
        let reopened = try directory.openBroker(partitions: 7)
        #expect(try ConsumerOffsetsStorage(broker: reopened).partitionCount == 50)
        try reopened.shutdown()
    }

    @Test func commitsSurviveACleanRestart() async throws {
        let directory = try DataDirectory()
        let broker = try directory.openBroker()
        let storage = try ConsumerOffsetsStorage(broker: broker)
        try await storage.commitOffsets(group: "my-group", offsets: [self.offset("t", 0, 10), self.offset("t", 1, 20)])
        try await storage.commitOffsets(group: "my-group", offsets: [self.offset("t", 0, 15, at: 2_000)])
        try await storage.commitOffsets(group: "other", offsets: [self.offset("u", 0, 1)])
        try await storage.storeGroup("my-group", metadata: self.group(members: 2))
        // The records went to the group's partition (Utils.abs("my-group".hashCode) % 50 = 12).
        let partition12 = try #require(broker.replicaManager.partition(topic: "__consumer_offsets", partition: 12))
        #expect(partition12.log.logEndOffset == 4)
        try broker.shutdown()

        let reopened = try directory.openBroker()
        let loaded = try await ConsumerOffsetsStorage(broker: reopened).load()
        #expect(loaded.offsets["my-group"]?[GroupTopicPartition(topic: "t", partition: 0)] == self.offset("t", 0, 15, at: 2_000))
        #expect(loaded.offsets["my-group"]?[GroupTopicPartition(topic: "t", partition: 1)] == self.offset("t", 1, 20))
        #expect(loaded.offsets["my-group"]?.count == 2)
        #expect(loaded.offsets["other"] == [GroupTopicPartition(topic: "u", partition: 0): self.offset("u", 0, 1)])
        #expect(loaded.groups == ["my-group": self.group(members: 2)])
        try reopened.shutdown()
    }

    @Test func tombstonesDeleteOffsetsAndGroups() async throws {
        let directory = try DataDirectory()
        let broker = try directory.openBroker()
        let storage = try ConsumerOffsetsStorage(broker: broker)
        try await storage.commitOffsets(group: "g", offsets: [self.offset("t", 0, 10), self.offset("t", 1, 20)])
        try await storage.storeGroup("g", metadata: self.group())
        try await storage.storeGroup("h", metadata: self.group())
        try await storage.deleteOffsets(group: "g", partitions: [GroupTopicPartition(topic: "t", partition: 0)])
        try await storage.storeGroup("h", metadata: nil)
        try await storage.commitOffsets(group: "k", offsets: [self.offset("t", 0, 1)])
        try await storage.deleteOffsets(group: "k", partitions: [GroupTopicPartition(topic: "t", partition: 0)])
        try broker.shutdown()

        let reopened = try directory.openBroker()
        let loaded = try await ConsumerOffsetsStorage(broker: reopened).load()
        #expect(loaded.offsets == ["g": [GroupTopicPartition(topic: "t", partition: 1): self.offset("t", 1, 20)]])
        #expect(loaded.groups == ["g": self.group()])
        try reopened.shutdown()
    }

    @Test func answeredCommitsSurviveACrash() async throws {
        let directory = try DataDirectory()
        do {
            let broker = try directory.openBroker()
            let storage = try ConsumerOffsetsStorage(broker: broker)
            try await storage.commitOffsets(group: "crash", offsets: [self.offset("t", 0, 99)])
            try await storage.storeGroup("crash", metadata: self.group(members: 0))
            // Dropped without shutdown: no clean-shutdown marker, no final flush or checkpoints.
        }
        let reopened = try directory.openBroker()
        let loaded = try await ConsumerOffsetsStorage(broker: reopened).load()
        #expect(loaded.offsets["crash"] == [GroupTopicPartition(topic: "t", partition: 0): self.offset("t", 0, 99)])
        #expect(loaded.groups["crash"] == self.group(members: 0))
        try reopened.shutdown()
    }

    @Test func loadSkipsRecordsOfUnknownTypes() async throws {
        let directory = try DataDirectory()
        let broker = try directory.openBroker(partitions: 1)
        let storage = try ConsumerOffsetsStorage(broker: broker)
        // A share-group record (type 9 here: unknown to this broker) sits before a commit.
        var builder = RecordBatchBuilder()
        builder.append(timestamp: 1, key: ByteBuffer(bytes: [0, 9, 0, 1, 0x67]), value: ByteBuffer(bytes: [0, 0, 1, 2, 3]))
        let target = try #require(broker.replicaManager.partition(topic: "__consumer_offsets", partition: 0))
        let info = try broker.replicaManager.appendToLeader(target, batches: [try builder.encode()], nowMs: 1)
        try await broker.replicaManager.waitForAcknowledgement(target, info: info)
        try await storage.commitOffsets(group: "g", offsets: [self.offset("t", 0, 3)])
        let loaded = try await storage.load()
        #expect(loaded.offsets == ["g": [GroupTopicPartition(topic: "t", partition: 0): self.offset("t", 0, 3)]])
        try broker.shutdown()
    }

    @Test func compactionKeepsTheLatestValue() async throws {
        let directory = try DataDirectory()
        let broker = try directory.openBroker(partitions: 1)
        let storage = try ConsumerOffsetsStorage(broker: broker)
        for value in 1...5 {
            try await storage.commitOffsets(group: "g", offsets: [self.offset("t", 0, Int64(value)), self.offset("t", 1, Int64(value * 10))])
        }
        try await storage.deleteOffsets(group: "g", partitions: [GroupTopicPartition(topic: "t", partition: 1)])
        let log = try #require(broker.replicaManager.partition(topic: "__consumer_offsets", partition: 0)).log
        try log.roll(nowMs: 10_000)
        let config = LogCleaningConfig(cleanupPolicy: .compact, minCleanableDirtyRatio: 0)
        _ = try log.clean(nowMs: 10_000, cleaningConfig: config, firstDirtyOffset: nil)
        var records: [CoordinatorRecord] = []
        try ConsumerOffsetsStorage.replay(log) { records.append($0) }
        // One value for t-0 (the last) and the tombstone of t-1 (kept for delete.retention.ms).
        #expect(records.count == 2)
        #expect(records.contains(.offsetCommit(ConsumerOffsetsStorage.offsetKey("g", GroupTopicPartition(topic: "t", partition: 1)), nil)))
        let loaded = try await storage.load()
        #expect(loaded.offsets == ["g": [GroupTopicPartition(topic: "t", partition: 0): self.offset("t", 0, 5)]])
        try broker.shutdown()
    }

    @Test func expiryFollowsKafkasRule() {
        let day: Int64 = 86_400_000
        let retention = 7 * day
        var offsets: [String: [GroupTopicPartition: StoredOffset]] = [:]
        let t0 = GroupTopicPartition(topic: "t", partition: 0)
        let u0 = GroupTopicPartition(topic: "u", partition: 0)
        // A classic group, empty since day 10, offsets committed on day 1: counts from day 10.
        offsets["classic"] = [t0: self.offset("t", 0, 1, at: 1 * day)]
        // A standalone committer (no group): expiry counts from the commit (day 5).
        offsets["standalone"] = [t0: self.offset("t", 0, 1, at: 5 * day)]
        // A group that consumes t keeps its offsets of t however old, not those of u (day 2).
        offsets["active"] = [t0: self.offset("t", 0, 1, at: 0), u0: self.offset("u", 0, 1, at: 2 * day)]
        // An explicit expire timestamp (OffsetCommit v2-4 RetentionTimeMs) wins over the retention, except for a
        // topic the group consumes.
        offsets["explicit"] = [t0: self.offset("t", 0, 1, at: 0, expire: 3 * day)]
        offsets["explicit-active"] = [t0: self.offset("t", 0, 1, at: 0, expire: 3 * day)]
        // A group in the middle of a rebalance keeps everything.
        offsets["rebalancing"] = [t0: self.offset("t", 0, 1, at: 0)]
        let rules: [String: OffsetExpiryRule] = [
            "classic": OffsetExpiryRule(subscribedTopics: [], since: .groupBecameEmpty(10 * day)),
            "standalone": .byCommitTime, "explicit": .byCommitTime,
            "active": OffsetExpiryRule(subscribedTopics: ["t"], since: .commit),
            "explicit-active": OffsetExpiryRule(subscribedTopics: ["t"], since: .commit),
        ]

        func expired(_ now: Int64) -> [String: [GroupTopicPartition]] {
            ConsumerOffsetsStorage.expiredOffsets(in: offsets, now: now, retentionMs: retention) { rules[$0] }
        }
        #expect(expired(3 * day - 1) == [:])
        #expect(expired(3 * day) == ["explicit": [t0]])
        #expect(expired(9 * day) == ["explicit": [t0], "active": [u0]])
        #expect(expired(12 * day - 1) == ["explicit": [t0], "active": [u0]])
        #expect(expired(12 * day) == ["explicit": [t0], "active": [u0], "standalone": [t0]])
        #expect(expired(17 * day - 1) == ["explicit": [t0], "active": [u0], "standalone": [t0]])
        #expect(expired(17 * day) == ["explicit": [t0], "active": [u0], "standalone": [t0], "classic": [t0]])
        #expect(expired(1_000 * day)["explicit-active"] == nil)
        #expect(expired(1_000 * day)["rebalancing"] == nil)
    }

    @Test func expireOffsetsWritesTombstones() async throws {
        let directory = try DataDirectory()
        let broker = try directory.openBroker(partitions: 3, retentionMinutes: 1)
        let storage = try ConsumerOffsetsStorage(broker: broker)
        #expect(storage.retentionMs == 60_000)
        try await storage.commitOffsets(group: "old", offsets: [self.offset("t", 0, 1, at: 1_000), self.offset("t", 1, 2, at: 1_000)])
        try await storage.commitOffsets(group: "new", offsets: [self.offset("t", 0, 1, at: 50_000)])
        let removed = storage.expiredOffsets(now: 61_000) { _ in .byCommitTime }
        #expect(removed == ["old": [GroupTopicPartition(topic: "t", partition: 0), GroupTopicPartition(topic: "t", partition: 1)]])
        try await storage.deleteOffsets(group: "old", partitions: removed["old"] ?? [])
        #expect(storage.expiredOffsets(now: 61_000) { _ in .byCommitTime } == [:])
        try broker.shutdown()

        let reopened = try directory.openBroker(partitions: 3, retentionMinutes: 1)
        let loaded = try await ConsumerOffsetsStorage(broker: reopened).load()
        #expect(loaded.offsets.keys.sorted() == ["new"])
        try reopened.shutdown()
    }
}
