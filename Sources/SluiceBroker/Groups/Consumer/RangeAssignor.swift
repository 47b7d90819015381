import SluiceProtocol

/// Kafka's server-side `range` assignor: for each topic, the members subscribed to it (static
/// members first, by instance id, then the others by member id) take contiguous ranges of partitions; the first `partitions % members` members take
/// one more. Members with the same subscriptions on topics with equal partition counts get the
/// same partition numbers on each (co-partitioning), which is what joins need.
///
/// Not sticky: the ranges depend only on the member ids, subscriptions and partition counts.
public struct RangeAssignor: ConsumerGroupPartitionAssignor {
    public let name = "range"

    public init() {}

    public func assign(_ spec: AssignmentSpec) -> [String: MemberAssignment] {
        var result: [String: MemberAssignment] = [:]
        for memberId in spec.members.keys { result[memberId] = .empty }
        var subscribersByTopic: [KafkaUUID: [String]] = [:]
        for (memberId, member) in spec.members {
            for topicId in member.subscribedTopicIds where spec.partitionCounts[topicId] != nil {
                subscribersByTopic[topicId, default: []].append(memberId)
            }
        }
        for (topicId, unsortedSubscribers) in subscribersByTopic {
            let subscribers = unsortedSubscribers.sorted { Self.order(spec, $0, $1) }
            let partitionCount = Int(max(0, spec.partitionCounts[topicId] ?? 0))
            let base = partitionCount / subscribers.count
            let extra = partitionCount % subscribers.count
            var start = 0
            for (index, memberId) in subscribers.enumerated() {
                let length = base + (index < extra ? 1 : 0)
                for partition in start..<(start + length) {
                    result[memberId, default: .empty].insert(topicId, Int32(partition))
                }
                start += length
            }
        }
        return result
    }

    /// Static members (by instance id) before dynamic ones (by member id).
    static func order(_ spec: AssignmentSpec, _ a: String, _ b: String) -> Bool {
        switch (spec.members[a]?.instanceId, spec.members[b]?.instanceId) {
        case (let x?, let y?): return (x, a) < (y, b)
        case (.some, nil): return true
        case (nil, .some): return false
        case (nil, nil): return a < b
        }
    }
}
