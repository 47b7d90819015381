import SluiceProtocol
import SluiceTestKit
import Testing

@testable import SluiceBroker

@Suite struct ConsumerGroupAssignorTests {
    static func topicId(_ n: UInt64) -> KafkaUUID { KafkaUUID(high: 0x1000 + n, low: n) }

    static func spec(_ members: [String: Set<KafkaUUID>], _ counts: [KafkaUUID: Int32], current: [String: MemberAssignment] = [:]) -> AssignmentSpec {
        AssignmentSpec(
            members: members.mapValues { AssignmentMemberSpec(subscribedTopicIds: $0) }.reduce(into: [:]) { result, entry in
                var member = entry.value
                member.assignment = current[entry.key] ?? .empty
                result[entry.key] = member
            },
            partitionCounts: counts)
    }

    /// Every partition of a topic someone subscribes to is assigned exactly once, to a subscriber.
    static func checkComplete(_ spec: AssignmentSpec, _ result: [String: MemberAssignment]) {
        #expect(Set(result.keys) == Set(spec.members.keys))
        var seen: [TopicPartitionKey: String] = [:]
        for (memberId, assignment) in result {
            for pair in assignment.sortedPairs {
                #expect(spec.members[memberId]?.subscribedTopicIds.contains(pair.topicId) == true, "\(memberId) got \(pair) unsubscribed")
                #expect(spec.partitionRange(pair.topicId).contains(pair.partition))
                let key = TopicPartitionKey(topicId: pair.topicId, partition: pair.partition)
                #expect(seen[key] == nil, "\(pair) assigned twice")
                seen[key] = memberId
            }
        }
        for (topicId, count) in spec.partitionCounts where spec.members.values.contains(where: { $0.subscribedTopicIds.contains(topicId) }) {
            for partition in 0..<count {
                #expect(seen[TopicPartitionKey(topicId: topicId, partition: partition)] != nil, "\(topicId):\(partition) unassigned")
            }
        }
    }

    /// No member could take a partition from one holding two or more partitions more.
    static func checkBalanced(_ spec: AssignmentSpec, _ result: [String: MemberAssignment]) {
        for (u, ua) in result {
            for (v, va) in result where u != v && ua.count >= va.count + 2 {
                let movable = ua.topicIds.intersection(spec.members[v]?.subscribedTopicIds ?? [])
                #expect(movable.isEmpty, "\(u) has \(ua.count), \(v) has \(va.count) and could take one")
            }
        }
        var countsBySubscription: [Set<KafkaUUID>: [Int]] = [:]
        for (memberId, assignment) in result {
            countsBySubscription[spec.members[memberId]?.subscribedTopicIds ?? [], default: []].append(assignment.count)
        }
        for counts in countsBySubscription.values {
            #expect((counts.max() ?? 0) - (counts.min() ?? 0) <= 1, "identical subscriptions, counts \(counts)")
        }
    }

    static func randomMembership(_ rng: inout SplitMix64, topics: [KafkaUUID], homogeneous: Bool, names: Range<Int>) -> [String: Set<KafkaUUID>] {
        func subset() -> Set<KafkaUUID> {
            var set = Set(topics.filter { _ in rng.next() % 2 == 0 })
            if set.isEmpty, let first = topics.randomElement(using: &rng) { set.insert(first) }
            if rng.next() % 5 == 0 { set.insert(topicId(999)) }  // a topic that does not exist
            return set
        }
        let shared = subset()
        var members: [String: Set<KafkaUUID>] = [:]
        for index in names where rng.next() % 4 != 0 || members.isEmpty {
            members["member-\(index)"] = homogeneous ? shared : subset()
        }
        return members
    }

    @Test(arguments: [true, false])
    func uniformIsCompleteBalancedAndStickyOverRandomMemberships(homogeneous: Bool) {
        let assignor = UniformAssignor()
        for seed in UInt64(0)..<120 {
            var rng = SplitMix64(seed: seed &* 7919 &+ (homogeneous ? 1 : 2))
            let topics = (0..<Int.random(in: 1...5, using: &rng)).map { Self.topicId(UInt64($0)) }
            var counts: [KafkaUUID: Int32] = [:]
            for topic in topics { counts[topic] = Int32.random(in: 1...16, using: &rng) }
            var members = Self.randomMembership(&rng, topics: topics, homogeneous: homogeneous, names: 0..<Int.random(in: 1...9, using: &rng))
            var current: [String: MemberAssignment] = [:]
            for _ in 0..<4 {
                let spec = Self.spec(members, counts, current: current)
                let result = assignor.assign(spec)
                Self.checkComplete(spec, result)
                Self.checkBalanced(spec, result)
                #expect(assignor.assign(spec) == result, "deterministic")
                if homogeneous, !current.isEmpty, let subscription = members.values.first {
                    // Each surviving member keeps at least min(what it had, the minimum quota).
                    let total = subscription.reduce(0) { $0 + Int(counts[$1] ?? 0) }
                    let minQuota = total / members.count
                    for (memberId, before) in current where members[memberId] != nil {
                        let kept = before.sortedPairs.filter { result[memberId]?.contains($0.topicId, $0.partition) == true }.count
                        #expect(kept >= min(before.count, minQuota), "seed \(seed): \(memberId) kept \(kept) of \(before.count), quota \(minQuota)")
                    }
                }
                current = result
                // Membership changes: some leave, some join, sometimes a topic grows.
                let next = Self.randomMembership(&rng, topics: topics, homogeneous: homogeneous, names: 0..<Int.random(in: 1...9, using: &rng))
                if homogeneous {
                    let subscription = members.values.first ?? []
                    members = next.mapValues { _ in subscription }
                } else {
                    members = next
                }
                if rng.next() % 3 == 0, let topic = topics.randomElement(using: &rng) { counts[topic, default: 1] += 2 }
                current = current.filter { members[$0.key] != nil }
            }
        }
    }

    @Test func uniformMovesOnlyWhatANewMemberNeeds() {
        let t = Self.topicId(1)
        let first = UniformAssignor().assign(Self.spec(["a": [t], "b": [t]], [t: 10]))
        #expect(first["a"]?.count == 5 && first["b"]?.count == 5)
        let second = UniformAssignor().assign(Self.spec(["a": [t], "b": [t], "c": [t]], [t: 10], current: first))
        // c takes 3; a and b each give up only partitions c gets.
        #expect(second["c"]?.count == 3)
        for member in ["a", "b"] {
            #expect(second[member]?.isSubset(of: first[member] ?? .empty) == true)
        }
        // The member leaving: its partitions go to the others, nothing else moves.
        let third = UniformAssignor().assign(Self.spec(["a": [t], "c": [t]], [t: 10], current: second.filter { $0.key != "b" }))
        #expect(third["a"]?.count == 5 && third["c"]?.count == 5)
        #expect(second["a"]?.isSubset(of: third["a"] ?? .empty) == true)
        #expect(second["c"]?.isSubset(of: third["c"] ?? .empty) == true)
    }

    @Test func uniformHeterogeneousGivesSharedTopicToTheLessLoaded() {
        let t1 = Self.topicId(1), t2 = Self.topicId(2)
        // a reads only t1 (4 partitions); b reads t1 and t2 (4 partitions): b should not take t1.
        let result = UniformAssignor().assign(Self.spec(["a": [t1], "b": [t1, t2]], [t1: 4, t2: 4]))
        #expect(result["a"] == MemberAssignment([t1: [0, 1, 2, 3]]))
        #expect(result["b"] == MemberAssignment([t2: [0, 1, 2, 3]]))
    }

    @Test func rangeGivesContiguousCoPartitionedRanges() {
        let t1 = Self.topicId(1), t2 = Self.topicId(2)
        let result = RangeAssignor().assign(Self.spec(["a": [t1, t2], "b": [t1, t2]], [t1: 3, t2: 3]))
        #expect(result["a"] == MemberAssignment([t1: [0, 1], t2: [0, 1]]))
        #expect(result["b"] == MemberAssignment([t1: [2], t2: [2]]))
        // Same input with uniform: balanced 3/3 rather than co-partitioned 4/2.
        let uniform = UniformAssignor().assign(Self.spec(["a": [t1, t2], "b": [t1, t2]], [t1: 3, t2: 3]))
        #expect(uniform["a"]?.count == 3 && uniform["b"]?.count == 3)
        #expect(uniform != result)
    }

    @Test func rangePutsStaticMembersFirstByInstanceId() {
        let t = Self.topicId(1)
        var spec = Self.spec(["a": [t], "b": [t], "c": [t]], [t: 5])
        spec.members["c"]?.instanceId = "i1"
        spec.members["b"]?.instanceId = "i2"
        let result = RangeAssignor().assign(spec)
        #expect(result["c"] == MemberAssignment([t: [0, 1]]))
        #expect(result["b"] == MemberAssignment([t: [2, 3]]))
        #expect(result["a"] == MemberAssignment([t: [4]]))
    }

    @Test func rangeOverRandomMemberships() {
        for seed in UInt64(0)..<100 {
            var rng = SplitMix64(seed: seed)
            let topics = (0..<Int.random(in: 1...4, using: &rng)).map { Self.topicId(UInt64($0)) }
            var counts: [KafkaUUID: Int32] = [:]
            let sameCount = Int32.random(in: 1...12, using: &rng)
            for topic in topics { counts[topic] = rng.next() % 2 == 0 ? sameCount : Int32.random(in: 1...12, using: &rng) }
            let members = Self.randomMembership(&rng, topics: topics, homogeneous: seed % 2 == 0, names: 0..<Int.random(in: 1...7, using: &rng))
            let spec = Self.spec(members, counts)
            let result = RangeAssignor().assign(spec)
            Self.checkComplete(spec, result)
            for topic in topics {
                let subscribers = members.filter { $0.value.contains(topic) }.keys.sorted()
                guard !subscribers.isEmpty else { continue }
                var next: Int32 = 0
                for (index, memberId) in subscribers.enumerated() {
                    let partitions = (result[memberId]?.partitions(of: topic) ?? []).sorted()
                    // Contiguous, in member id order, sizes differing by at most one, larger first.
                    #expect(partitions == Array(next..<(next + Int32(partitions.count))))
                    let count = Int(counts[topic] ?? 0)
                    #expect(partitions.count == count / subscribers.count + (index < count % subscribers.count ? 1 : 0))
                    next += Int32(partitions.count)
                }
            }
            // Co-partitioning: same subscribers and partition count -> same partition numbers.
            for a in topics {
                for b in topics where a != b && counts[a] == counts[b] {
                    guard members.values.allSatisfy({ $0.contains(a) == $0.contains(b) }) else { continue }
                    for memberId in members.keys {
                        #expect(result[memberId]?.partitions(of: a) == result[memberId]?.partitions(of: b))
                    }
                }
            }
        }
    }
}
