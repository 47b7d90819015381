import Foundation
import Logging
import NIOCore
import SluiceCluster
import SluiceProtocol
import SluiceTestKit
import Testing

@testable import SluiceBroker

/// KIP-848 groups in `__consumer_offsets`: the records of each change replay to the same group,
/// and a coordinator over the same logs (as after a restart) carries on where the first stopped.
@Suite struct ConsumerGroupPersistenceTests {
    /// Encodes, decodes and replays `records` as a load would.
    static func replay(_ records: [CoordinatorRecord], into stored: inout StoredGroups) throws {
        for record in records {
            let (key, value) = try record.encode()
            let decoded = try #require(try CoordinatorRecord.decode(key: key, value: value))
            #expect(decoded == record)
            ConsumerOffsetsStorage.apply(decoded, to: &stored)
        }
    }

    @Test func randomMembershipsReplayToTheSameGroupAfterEveryStep() throws {
        for seed in UInt64(1)...25 {
            var rng = SplitMix64(seed: seed)
            var group = ConsumerGroupState(groupId: "g")
            var stored = StoredGroups()
            var persisted: ConsumerGroupState?
            var clients: [ConsumerGroupSimulationTests.Client] = []
            var counts: (a: Int32, b: Int32) = (3, 4)
            var now: Int64 = 0
            for step in 0..<120 {
                now += 10
                let topics = ConsumerGroupSimulationTests.topics(counts.a, counts.b)
                switch rng.next() % 8 {
                case 0 where clients.count < 6:
                    clients.append(.init(memberId: "m\(step)", subscription: step % 3 == 0 ? ["a"] : ["a", "b"]))
                    ConsumerGroupSimulationTests.send(&group, &clients[clients.count - 1], topics: topics, nowMs: now)
                case 1 where !clients.isEmpty:
                    let index = Int(rng.next() % UInt64(clients.count))
                    var leave = ConsumerGroupHeartbeatRequest()
                    leave.groupId = "g"
                    leave.memberId = clients.remove(at: index).memberId
                    leave.memberEpoch = -1
                    _ = group.heartbeat(leave, version: 1, topics: topics, nowMs: now)
                case 2:
                    counts.b += 1
                case 3 where !clients.isEmpty && rng.next() % 3 == 0:
                    // A member falls silent until its session runs out.
                    clients.remove(at: Int(rng.next() % UInt64(clients.count)))
                    now += Int64(group.config.sessionTimeoutMs)
                    group.expireMembers(nowMs: now, topics: topics)
                default:
                    guard !clients.isEmpty else { continue }
                    let index = Int(rng.next() % UInt64(clients.count))
                    ConsumerGroupSimulationTests.send(&group, &clients[index], topics: topics, nowMs: now)
                }
                try Self.replay(group.records(since: persisted), into: &stored)
                persisted = group
                #expect(stored.consumerGroups["g"] == group.stored, "seed \(seed) step \(step)")
            }
            // Nothing changed, nothing written.
            #expect(group.records(since: group).isEmpty)

            let restored = ConsumerGroupState(groupId: "g", restoring: try #require(stored.consumerGroups["g"]), config: group.config, nowMs: now)
            #expect(restored.stored == group.stored)
            #expect(restored.partitionEpochs == group.partitionEpochs)
            #expect(restored.state == group.state)

            try Self.replay(group.deletionRecords(), into: &stored)
            #expect(stored.consumerGroups["g"] == nil)
        }
    }

    @Test func aStaticMemberThatLeftIsStoredAndReplacedOnRejoin() throws {
        let topics = ConsumerGroupSimulationTests.topics(2, 2)
        var group = ConsumerGroupState(groupId: "g")
        var stored = StoredGroups()
        var join = ConsumerGroupCoordinatorTests.join("g", "first", topics: ["a"])
        join.instanceId = "instance-1"
        #expect(group.heartbeat(join, version: 1, topics: topics, nowMs: 0).error == .noError)
        try Self.replay(group.records(since: nil), into: &stored)

        var leave = ConsumerGroupHeartbeatRequest()
        leave.groupId = "g"
        leave.memberId = "first"
        leave.instanceId = "instance-1"
        leave.memberEpoch = -2
        var before = group
        #expect(group.heartbeat(leave, version: 1, topics: topics, nowMs: 10).error == .noError)
        try Self.replay(group.records(since: before), into: &stored)
        #expect(stored.consumerGroups["g"]?.members["first"]?.memberEpoch == -2)

        var rejoin = ConsumerGroupCoordinatorTests.join("g", "second", topics: ["a"])
        rejoin.instanceId = "instance-1"
        before = group
        let outcome = group.heartbeat(rejoin, version: 1, topics: topics, nowMs: 20)
        #expect(outcome.error == .noError)
        #expect(outcome.assignment?.count == 2)
        try Self.replay(group.records(since: before), into: &stored)
        #expect(stored.consumerGroups["g"]?.members.keys.sorted() == ["second"])
        #expect(stored.consumerGroups["g"] == group.stored)
    }

    // MARK: Through the coordinator and `__consumer_offsets`

    private static func waitUntilLoaded(_ coordinator: GroupCoordinator) async throws {
        let start = ContinuousClock.now
        while coordinator.isLoading {
            try #require(ContinuousClock.now - start < .seconds(60), "the coordinator never finished loading")
            try await Task.sleep(for: .milliseconds(10))
        }
    }

    /// A second group coordinator over the broker's logs, as after a restart.
    private static func reopen(_ broker: Broker) async throws -> (GroupCoordinator, ConsumerGroupCoordinator, Task<Void, any Error>) {
        let groups = ConsumerGroupCoordinator()
        let metadata = broker.metadata
        let coordinator = GroupCoordinator(
            storage: try ConsumerOffsetsStorage(broker: broker), logger: Logger(label: "test"), consumerGroups: groups,
            consumerGroupTopics: { ConsumerGroupTopics(metadata.image) })
        let running = Task { try await coordinator.run() }
        try await Self.waitUntilLoaded(coordinator)
        return (coordinator, groups, running)
    }

    @Test func aReopenedCoordinatorKeepsGroupsEpochsAndAssignments() async throws {
        let fixture = try ConsumerGroupCoordinatorTests.Fixture()
        _ = try fixture.broker.createTopic(name: "orders", partitionCount: 4, replicationFactor: 1, configs: [:])
        #expect(fixture.broker.consumerGroups.isLoading == false)
        let coordinator = try fixture.broker.installGroupCoordinator()
        // Until the coordinator has loaded, heartbeats are refused as Kafka refuses them.
        #expect(try await fixture.heartbeat(ConsumerGroupCoordinatorTests.join("g", "m1", topics: ["orders"])).errorCode
            == ErrorCode.coordinatorLoadInProgress.rawValue)
        let running = Task { try await coordinator.run() }
        try await Self.waitUntilLoaded(coordinator)

        let first = try await fixture.heartbeat(ConsumerGroupCoordinatorTests.join("g", "m1", topics: ["orders"]))
        #expect(first.memberEpoch == 1)
        let second = try await fixture.heartbeat(ConsumerGroupCoordinatorTests.join("g", "m2", topics: ["orders"]))
        #expect(second.memberEpoch == 2)
        let live = try #require(fixture.broker.consumerGroups.group("g"))
        running.cancel()

        let (_, reopened, reopenedTask) = try await Self.reopen(fixture.broker)
        let loaded = try #require(reopened.group("g"))
        #expect(loaded.stored == live.stored)
        #expect(loaded.groupEpoch == 2)
        // m2 heartbeats at the epoch it was given: accepted, nothing to rejoin.
        var heartbeat = ConsumerGroupHeartbeatRequest()
        heartbeat.groupId = "g"
        heartbeat.memberId = "m2"
        heartbeat.memberEpoch = second.memberEpoch
        let topics = ConsumerGroupTopics(fixture.broker.metadata.image)
        let answer = await reopened.heartbeat(heartbeat, version: 1, clientId: "c", clientHost: "h", topics: topics, nowMs: fixture.broker.clock())
        #expect(answer.errorCode == 0)
        #expect(answer.memberEpoch == 2)

        // A session that runs out is stored too: a third coordinator no longer has the member.
        let expired = try await reopened.expireMembers(nowMs: fixture.broker.clock() + 3_600_000, topics: topics)
        #expect(expired["g"]?.count == 2)
        reopenedTask.cancel()
        let (third, thirdGroups, thirdTask) = try await Self.reopen(fixture.broker)
        #expect(thirdGroups.group("g")?.members.isEmpty == true)
        #expect(thirdGroups.group("g")?.groupEpoch == 4)

        // The periodic cleanup deletes the empty group (it has no committed offsets) for good.
        let storage = try #require(third.storage as? ConsumerOffsetsStorage)
        await third.expireOffsets(storage: storage, now: fixture.broker.clock())
        #expect(thirdGroups.group("g") == nil)
        #expect(await thirdGroups.deleteGroup("g") == .groupIdNotFound)
        thirdTask.cancel()
        let (_, fourthGroups, fourthTask) = try await Self.reopen(fixture.broker)
        #expect(fourthGroups.group("g") == nil)
        fourthTask.cancel()
    }
}

extension ConsumerGroupPersistenceTests {
    @Test func aChangeThatCannotBeStoredIsNotMade() async throws {
        let storage = ClassicRecordingStorage()
        let groups = ConsumerGroupCoordinator()
        groups.attach(storage: storage)
        groups.load([:], nowMs: 0)
        let topics = ConsumerGroupSimulationTests.topics(2, 2)
        let joined = await groups.heartbeat(ConsumerGroupCoordinatorTests.join("g", "m1", topics: ["a"]), version: 1, clientId: "c", clientHost: "h", topics: topics, nowMs: 0)
        #expect(joined.memberEpoch == 1)

        storage.setFailing(true)
        let refused = await groups.heartbeat(ConsumerGroupCoordinatorTests.join("g", "m2", topics: ["a"]), version: 1, clientId: "c", clientHost: "h", topics: topics, nowMs: 10)
        #expect(refused.errorCode == ErrorCode.coordinatorNotAvailable.rawValue)
        #expect(groups.group("g")?.members.keys.sorted() == ["m1"])
        #expect(groups.group("g")?.groupEpoch == 1)

        // The client retries once the storage is back; the join goes through.
        storage.setFailing(false)
        let retried = await groups.heartbeat(ConsumerGroupCoordinatorTests.join("g", "m2", topics: ["a"]), version: 1, clientId: "c", clientHost: "h", topics: topics, nowMs: 20)
        #expect(retried.errorCode == 0)
        #expect(retried.memberEpoch == 2)
    }
}
