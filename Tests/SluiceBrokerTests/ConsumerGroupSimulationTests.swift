import SluiceProtocol
import SluiceTestKit
import Testing

@testable import SluiceBroker

/// Random memberships driven through `ConsumerGroupState` by model clients that do what KIP-848
/// clients do: keep the last assignment they were sent, report it, and rejoin when fenced.
@Suite struct ConsumerGroupSimulationTests {
    struct Client {
        var memberId: String
        var epoch: Int32 = 0
        var owned: MemberAssignment = .empty
        var subscription: [String]
    }

    static let topicA = KafkaUUID(high: 0xA, low: 1)
    static let topicB = KafkaUUID(high: 0xB, low: 2)

    static func topics(_ a: Int32, _ b: Int32) -> ConsumerGroupTopics {
        ConsumerGroupTopics([
            .init(name: "a", topicId: topicA, partitionCount: a), .init(name: "b", topicId: topicB, partitionCount: b),
        ])
    }

    static func send(_ group: inout ConsumerGroupState, _ client: inout Client, topics: ConsumerGroupTopics, nowMs: Int64) {
        var request = ConsumerGroupHeartbeatRequest()
        request.groupId = "g"
        request.memberId = client.memberId
        request.memberEpoch = client.epoch
        if client.epoch == 0 {
            request.rebalanceTimeoutMs = 60_000
            request.subscribedTopicNames = client.subscription
        }
        request.topicPartitions = client.owned.partitions.map { id, partitions in
            var entry = ConsumerGroupHeartbeatRequest.TopicPartitions()
            entry.topicId = id
            entry.partitions = partitions.sorted()
            return entry
        }
        let outcome = group.heartbeat(request, version: 1, topics: topics, nowMs: nowMs)
        switch outcome.error {
        case .noError:
            client.epoch = outcome.memberEpoch
            if let assignment = outcome.assignment { client.owned = assignment }
        case .fencedMemberEpoch, .unknownMemberId:
            client.epoch = 0
            client.owned = .empty
        default:
            Issue.record("unexpected \(outcome.error) \(outcome.errorMessage ?? "")")
        }
    }

    /// No partition is owned by two clients, nor by two members as the coordinator sees them.
    static func checkExclusive(_ group: ConsumerGroupState, _ clients: [Client], seed: UInt64, step: Int) {
        var owners: [TopicPartitionKey: String] = [:]
        for client in clients {
            for pair in client.owned.sortedPairs {
                let key = TopicPartitionKey(topicId: pair.topicId, partition: pair.partition)
                #expect(owners[key] == nil, "seed \(seed) step \(step): \(pair) owned by \(owners[key] ?? "") and \(client.memberId)")
                owners[key] = client.memberId
            }
        }
        var held: [TopicPartitionKey: String] = [:]
        for member in group.members.values {
            #expect(member.assignedPartitions.topicIds.allSatisfy { member.partitionsPendingRevocation.partitions(of: $0).isDisjoint(with: member.assignedPartitions.partitions(of: $0)) })
            for pair in member.assignedPartitions.sortedPairs + member.partitionsPendingRevocation.sortedPairs {
                let key = TopicPartitionKey(topicId: pair.topicId, partition: pair.partition)
                #expect(held[key] == nil, "seed \(seed) step \(step): \(pair) held twice")
                held[key] = member.memberId
            }
        }
    }

    @Test func randomMembershipsNeverShareAPartitionAndSettle() {
        for seed in UInt64(1)...40 {
            var rng = SplitMix64(seed: seed)
            var group = ConsumerGroupState(groupId: "g")
            var counts = (a: Int32.random(in: 1...10, using: &rng), b: Int32.random(in: 1...10, using: &rng))
            var clients: [Client] = []
            var nextId = 0
            var now: Int64 = 0
            let subscriptions = [["a"], ["b"], ["a", "b"]]
            for step in 0..<150 {
                now += 10
                let topics = Self.topics(counts.a, counts.b)
                switch rng.next() % 10 {
                case 0 where clients.count < 8:
                    let subscription = subscriptions[Int(rng.next() % 3)]
                    clients.append(Client(memberId: "member-\(nextId)", subscription: seed % 2 == 0 ? ["a", "b"] : subscription))
                    nextId += 1
                    Self.send(&group, &clients[clients.count - 1], topics: topics, nowMs: now)
                case 1 where !clients.isEmpty:
                    let index = Int(rng.next() % UInt64(clients.count))
                    var leave = ConsumerGroupHeartbeatRequest()
                    leave.groupId = "g"
                    leave.memberId = clients[index].memberId
                    leave.memberEpoch = -1
                    let outcome = group.heartbeat(leave, version: 1, topics: topics, nowMs: now)
                    #expect(outcome.error == .noError || outcome.error == .unknownMemberId)
                    clients.remove(at: index)
                case 2 where rng.next() % 4 == 0:
                    if rng.next() % 2 == 0 { counts.a += 1 } else { counts.b += 1 }
                default:
                    guard !clients.isEmpty else { continue }
                    let index = Int(rng.next() % UInt64(clients.count))
                    Self.send(&group, &clients[index], topics: topics, nowMs: now)
                }
                Self.checkExclusive(group, clients, seed: seed, step: step)
            }
            // Everyone keeps heartbeating: the group settles on its target assignment.
            let topics = Self.topics(counts.a, counts.b)
            for _ in 0..<12 {
                now += 10
                for index in clients.indices { Self.send(&group, &clients[index], topics: topics, nowMs: now) }
                Self.checkExclusive(group, clients, seed: seed, step: -1)
            }
            if clients.isEmpty {
                #expect(group.state == .empty)
                continue
            }
            #expect(group.state == .stable, "seed \(seed)")
            var owned = 0
            for client in clients {
                #expect(client.owned == group.targetAssignment[client.memberId], "seed \(seed): \(client.memberId)")
                #expect(client.epoch == group.groupEpoch)
                owned += client.owned.count
            }
            let subscribed = Set(clients.flatMap(\.subscription))
            let expected = (subscribed.contains("a") ? Int(counts.a) : 0) + (subscribed.contains("b") ? Int(counts.b) : 0)
            #expect(owned == expected, "seed \(seed)")
        }
    }
}
