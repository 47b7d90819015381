import SluiceProtocol

/// Kafka's server-side `uniform` assignor: balanced and sticky.
///
/// 1. Every member keeps the partitions of its current target assignment that still exist and
///    that it still subscribes to.
/// 2. Partitions nobody kept go, one by one, to the least loaded member subscribed to their topic
///    (ties: smallest member id).
/// 3. While a member holds at least two partitions more than another member that subscribes to
///    one of its topics, one such partition moves from the most loaded to the least loaded.
///
/// Result: every partition of a subscribed topic is assigned exactly once; no member can take a
/// partition from a member holding two or more partitions more (so members with identical
/// subscriptions differ by at most one, in the homogeneous and the heterogeneous case alike);
/// partitions move only to fill a new member or to restore that balance. Each move lowers the
/// sum of squared loads, so step 3 ends. Racks are not used (Kafka's uniform assignor may prefer
/// rack-local members; here `rackId` is ignored).
public struct UniformAssignor: ConsumerGroupPartitionAssignor {
    public let name = "uniform"

    public init() {}

    public func assign(_ spec: AssignmentSpec) -> [String: MemberAssignment] {
        let memberIds = spec.members.keys.sorted()
        let subscriptions: [Set<KafkaUUID>] = memberIds.map { id in
            (spec.members[id]?.subscribedTopicIds ?? []).filter { spec.partitionCounts[$0] != nil }
        }
        var assignments = [MemberAssignment](repeating: .empty, count: memberIds.count)
        var loads = [Int](repeating: 0, count: memberIds.count)
        var taken = Set<TopicPartitionKey>()

        // 1. Stickiness: keep what is still valid.
        for (index, memberId) in memberIds.enumerated() {
            guard let current = spec.members[memberId]?.assignment else { continue }
            for pair in current.sortedPairs
            where subscriptions[index].contains(pair.topicId) && spec.partitionRange(pair.topicId).contains(pair.partition) {
                let key = TopicPartitionKey(topicId: pair.topicId, partition: pair.partition)
                guard taken.insert(key).inserted else { continue }
                assignments[index].insert(pair.topicId, pair.partition)
                loads[index] += 1
            }
        }

        // 2. Unassigned partitions to the least loaded subscriber.
        var subscribersByTopic: [KafkaUUID: [Int]] = [:]
        for (index, topics) in subscriptions.enumerated() {
            for topicId in topics { subscribersByTopic[topicId, default: []].append(index) }
        }
        for topicId in subscribersByTopic.keys.sorted(by: { $0.description < $1.description }) {
            let subscribers = subscribersByTopic[topicId] ?? []
            for partition in spec.partitionRange(topicId)
            where !taken.contains(TopicPartitionKey(topicId: topicId, partition: partition)) {
                guard let target = subscribers.min(by: { (loads[$0], $0) < (loads[$1], $1) }) else { break }
                assignments[target].insert(topicId, partition)
                loads[target] += 1
            }
        }

        // 3. Balance: move from the most loaded to the least loaded eligible member.
        var moved = true
        while moved {
            moved = false
            let descending = loads.indices.sorted { (loads[$0], $1) > (loads[$1], $0) }
            let ascending = Array(descending.reversed())
            search: for from in descending {
                for to in ascending {
                    guard loads[from] - loads[to] >= 2 else { break }
                    let movable = assignments[from].topicIds.intersection(subscriptions[to])
                    guard let topicId = movable.min(by: { $0.description < $1.description }),
                        let partition = assignments[from].partitions(of: topicId).max()
                    else { continue }
                    assignments[from].remove(topicId, partition)
                    assignments[to].insert(topicId, partition)
                    loads[from] -= 1
                    loads[to] += 1
                    moved = true
                    break search
                }
            }
        }

        var result: [String: MemberAssignment] = [:]
        for (index, memberId) in memberIds.enumerated() { result[memberId] = assignments[index] }
        return result
    }
}

struct TopicPartitionKey: Hashable, Sendable {
    var topicId: KafkaUUID
    var partition: Int32
}
