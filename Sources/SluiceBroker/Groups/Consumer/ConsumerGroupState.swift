import SluiceProtocol

/// One KIP-848 consumer group (Kafka's `ConsumerGroup` with the heartbeat logic of
/// `GroupMetadataManager`), as a value: operations take `nowMs` and return the response fields;
/// the caller does the I/O and persists nothing yet.
///
/// Epochs: `groupEpoch` is bumped by every membership, subscription or subscribed-topic change;
/// `targetAssignmentEpoch` catches up with it when a heartbeat recomputes the target assignment
/// with the group's assignor; each member moves to the target epoch through
/// `CurrentAssignmentBuilder` steps. Invariant: a partition is owned (assigned or pending
/// revocation) by at most one member, and `partitionEpochs` records which epoch owns it.
public struct ConsumerGroupState: Sendable {
    /// Kafka's group state, as ConsumerGroupDescribe and ListGroups spell it.
    public enum GroupState: String, Sendable, Hashable {
        case empty = "Empty"
        case assigning = "Assigning"
        case reconciling = "Reconciling"
        case stable = "Stable"
    }

    /// Why a member was removed by time passing.
    public enum Expiry: Sendable, Hashable {
        case sessionTimeout(memberId: String)
        case rebalanceTimeout(memberId: String)
    }

    public static let leaveGroupMemberEpoch: Int32 = -1
    public static let leaveGroupStaticMemberEpoch: Int32 = -2

    public let groupId: String
    public var config: ConsumerGroupConfig
    public internal(set) var members: [String: ConsumerGroupMember] = [:]
    /// instance id -> member id.
    public internal(set) var staticMembers: [String: String] = [:]
    public internal(set) var groupEpoch: Int32 = 0
    public internal(set) var targetAssignmentEpoch: Int32 = 0
    /// By member id; computed by the assignor at `targetAssignmentEpoch`.
    public internal(set) var targetAssignment: [String: MemberAssignment] = [:]
    /// The subscribed topics that exist, by name, as last seen: a difference bumps the group epoch.
    public internal(set) var subscribedTopics: [String: ConsumerGroupTopics.Topic] = [:]
    var partitionEpochs: [TopicPartitionKey: Int32] = [:]
    var sessionDeadlines: [String: Int64] = [:]
    var rebalanceDeadlines: [String: (deadlineMs: Int64, memberEpoch: Int32)] = [:]

    public init(groupId: String, config: ConsumerGroupConfig = ConsumerGroupConfig()) {
        self.groupId = groupId
        self.config = config
    }

    public var state: GroupState {
        if self.members.isEmpty { return .empty }
        if self.groupEpoch > self.targetAssignmentEpoch { return .assigning }
        if self.members.values.contains(where: { !$0.isReconciled(to: self.targetAssignmentEpoch) }) { return .reconciling }
        return .stable
    }

    /// The epoch of the member owning a partition, assigned or pending revocation; -1 if free.
    public func currentPartitionEpoch(_ topicId: KafkaUUID, _ partition: Int32) -> Int32 {
        self.partitionEpochs[TopicPartitionKey(topicId: topicId, partition: partition)] ?? -1
    }

    /// The assignor the members prefer most (ties: smallest name), else the broker's default.
    public var preferredAssignor: any ConsumerGroupPartitionAssignor {
        var votes: [String: Int] = [:]
        for member in self.members.values {
            if let name = member.serverAssignor { votes[name, default: 0] += 1 }
        }
        let best = votes.max { ($0.value, $1.key) < ($1.value, $0.key) }
        return best.flatMap { self.config.assignors.named($0.key) } ?? self.config.assignors.defaultAssignor
    }

    /// The earliest session or rebalance deadline, for the caller's timer.
    public var nextDeadlineMs: Int64? {
        (Array(self.sessionDeadlines.values) + self.rebalanceDeadlines.values.map(\.deadlineMs)).min()
    }

    // MARK: - Member bookkeeping

    /// Replaces (or inserts, or with `nil` removes) a member, keeping partition epochs and the
    /// static member index in step.
    mutating func updateMember(old: ConsumerGroupMember?, new: ConsumerGroupMember?) {
        if let old {
            for pair in old.assignedPartitions.sortedPairs + old.partitionsPendingRevocation.sortedPairs {
                self.partitionEpochs[TopicPartitionKey(topicId: pair.topicId, partition: pair.partition)] = nil
            }
            self.members[old.memberId] = nil
            if let instanceId = old.instanceId, self.staticMembers[instanceId] == old.memberId {
                self.staticMembers[instanceId] = nil
            }
        }
        if let new {
            for pair in new.assignedPartitions.sortedPairs + new.partitionsPendingRevocation.sortedPairs {
                self.partitionEpochs[TopicPartitionKey(topicId: pair.topicId, partition: pair.partition)] = new.memberEpoch
            }
            self.members[new.memberId] = new
            if let instanceId = new.instanceId { self.staticMembers[instanceId] = new.memberId }
        }
    }

    /// Kafka's fencing of a member: it leaves with its partitions, and the group epoch is bumped
    /// so the next heartbeat computes a new target assignment.
    mutating func removeMember(_ memberId: String, topics: ConsumerGroupTopics?) {
        guard let member = self.members[memberId] else { return }
        self.updateMember(old: member, new: nil)
        self.targetAssignment[memberId] = nil
        self.sessionDeadlines[memberId] = nil
        self.rebalanceDeadlines[memberId] = nil
        if let topics { self.subscribedTopics = self.computeSubscribedTopics(topics) }
        self.groupEpoch += 1
    }

    func computeSubscribedTopics(_ topics: ConsumerGroupTopics) -> [String: ConsumerGroupTopics.Topic] {
        var result: [String: ConsumerGroupTopics.Topic] = [:]
        for member in self.members.values {
            for name in member.subscribedTopicNames {
                if let topic = topics.topic(named: name) { result[name] = topic }
            }
        }
        return result
    }

    /// Runs the assignor over every member and moves `targetAssignmentEpoch` to `groupEpoch`.
    mutating func computeTargetAssignment() {
        var specs: [String: AssignmentMemberSpec] = [:]
        for (memberId, member) in self.members {
            let ids = Set(member.subscribedTopicNames.compactMap { self.subscribedTopics[$0]?.topicId })
            specs[memberId] = AssignmentMemberSpec(
                instanceId: member.instanceId, rackId: member.rackId, subscribedTopicIds: ids, assignment: self.targetAssignment[memberId] ?? .empty
            )
        }
        var counts: [KafkaUUID: Int32] = [:]
        for topic in self.subscribedTopics.values { counts[topic.topicId] = topic.partitionCount }
        let result = self.preferredAssignor.assign(AssignmentSpec(members: specs, partitionCounts: counts))
        var target: [String: MemberAssignment] = [:]
        for memberId in self.members.keys { target[memberId] = result[memberId] ?? .empty }
        self.targetAssignment = target
        self.targetAssignmentEpoch = self.groupEpoch
    }
}
