import Foundation
import Logging
import SluiceCluster
import SluiceStorage
import Testing

@testable import SluiceBroker

/// The broker's group coordinator glue: load from __consumer_offsets, commits visible only once
/// stored, and retention expiry of an empty group's offsets.
@Suite struct GroupCoordinatorTests {
    private func waitUntilLoaded(_ coordinator: GroupCoordinator) async throws {
        let start = ContinuousClock.now
        while coordinator.isLoading {
            try #require(ContinuousClock.now - start < .seconds(60), "the coordinator never finished loading")
            try await Task.sleep(for: .milliseconds(10))
        }
    }

    @Test func commitsSurviveAReopenAndExpireAfterRetention() async throws {
        let test = try FetchHandlerTests.TestBroker(topics: ["t": 2])
        let coordinator = try test.broker.installGroupCoordinator()
        let running = Task { try await coordinator.run() }
        try await self.waitUntilLoaded(coordinator)
        let now = Broker.wallClockMs()
        let offsets = [
            StoredOffset(topicPartition: GroupTopicPartition(topic: "t", partition: 0), offset: 5, commitTimestamp: now),
            StoredOffset(topicPartition: GroupTopicPartition(topic: "t", partition: 1), offset: 7, metadata: "m", commitTimestamp: now),
        ]
        try await coordinator.commit(group: "g", offsets: offsets)
        #expect(coordinator.committedOffsets(group: "g").mapValues(\.offset) == [
            GroupTopicPartition(topic: "t", partition: 0): 5, GroupTopicPartition(topic: "t", partition: 1): 7,
        ])
        running.cancel()

        // A second coordinator over the same logs (as after a restart) loads what was stored.
        let reloaded = GroupCoordinator(storage: try ConsumerOffsetsStorage(broker: test.broker), logger: Logger(label: "test"))
        let second = Task { try await reloaded.run() }
        try await self.waitUntilLoaded(reloaded)
        #expect(reloaded.committedOffsets(group: "g")[GroupTopicPartition(topic: "t", partition: 1)]?.metadata == "m")

        // Retention: nothing expires before it, everything of the empty group after it.
        let storage = try #require(reloaded.storage as? ConsumerOffsetsStorage)
        await reloaded.expireOffsets(storage: storage, now: now + storage.retentionMs - 1)
        #expect(reloaded.committedOffsets(group: "g").count == 2)
        await reloaded.expireOffsets(storage: storage, now: now + storage.retentionMs + 1)
        #expect(reloaded.committedOffsets(group: "g").isEmpty)
        second.cancel()
    }
}
