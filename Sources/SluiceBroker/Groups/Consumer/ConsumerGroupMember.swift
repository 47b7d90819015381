import SluiceProtocol

/// Where a member is in reconciling its assignment with its target (Kafka's `MemberState`).
public enum ConsumerGroupMemberState: String, Sendable, Hashable {
    /// Owns its target assignment at the target assignment epoch, or waits for a newer one.
    case stable = "STABLE"
    /// Was asked to revoke `partitionsPendingRevocation`; stays at its epoch until it has.
    case unrevokedPartitions = "UNREVOKED_PARTITIONS"
    /// At the target epoch, but some target partitions are still owned by other members.
    case unreleasedPartitions = "UNRELEASED_PARTITIONS"
}

/// One member of a KIP-848 group (Kafka's `ConsumerGroupMember`).
///
/// Invariants: `assignedPartitions` and `partitionsPendingRevocation` are disjoint; a partition
/// is in at most one member's union of the two across the group (the group's partition epochs).
public struct ConsumerGroupMember: Sendable, Hashable {
    public var memberId: String
    /// -2 after a static member left with epoch -2 (its assignment is kept until it rejoins or
    /// its session expires).
    public var memberEpoch: Int32
    /// Accepted in place of `memberEpoch` when the member sends no partition outside its
    /// assignment: the response carrying the new epoch may have been lost.
    public var previousMemberEpoch: Int32
    public var state: ConsumerGroupMemberState
    public var instanceId: String?
    public var rackId: String?
    public var rebalanceTimeoutMs: Int32
    public var clientId: String
    public var clientHost: String
    public var subscribedTopicNames: [String]
    public var subscribedTopicRegex: String?
    public var serverAssignor: String?
    public var assignedPartitions: MemberAssignment
    public var partitionsPendingRevocation: MemberAssignment

    public init(memberId: String) {
        self.memberId = memberId
        self.memberEpoch = 0
        self.previousMemberEpoch = 0
        self.state = .stable
        self.instanceId = nil
        self.rackId = nil
        self.rebalanceTimeoutMs = -1
        self.clientId = ""
        self.clientHost = ""
        self.subscribedTopicNames = []
        self.subscribedTopicRegex = nil
        self.serverAssignor = nil
        self.assignedPartitions = .empty
        self.partitionsPendingRevocation = .empty
    }

    /// Kafka's `isReconciledTo`.
    public func isReconciled(to targetAssignmentEpoch: Int32) -> Bool {
        self.state == .stable && self.memberEpoch == targetAssignmentEpoch
    }

    mutating func updateMemberEpoch(_ epoch: Int32) {
        self.previousMemberEpoch = self.memberEpoch
        self.memberEpoch = epoch
    }
}

/// Kafka's `CurrentAssignmentBuilder`: one reconciliation step of a member toward its target.
///
/// A partition of the target still owned by another member (its `currentPartitionEpoch` is not
/// -1) is withheld until that member has released it; partitions leaving the member are first
/// put in `partitionsPendingRevocation`, and the member moves to the target epoch only once it
/// no longer reports them in its owned partitions. `ownedTopicPartitions == nil` (a heartbeat
/// without them) counts as still owning everything pending revocation.
public struct CurrentAssignmentBuilder: Sendable {
    public var member: ConsumerGroupMember
    public var targetAssignmentEpoch: Int32
    public var targetAssignment: MemberAssignment
    public var ownedTopicPartitions: MemberAssignment?
    /// The epoch of the member owning a partition (assigned or pending revocation), or -1.
    public var currentPartitionEpoch: @Sendable (KafkaUUID, Int32) -> Int32

    public init(
        member: ConsumerGroupMember, targetAssignmentEpoch: Int32, targetAssignment: MemberAssignment,
        ownedTopicPartitions: MemberAssignment?, currentPartitionEpoch: @escaping @Sendable (KafkaUUID, Int32) -> Int32
    ) {
        self.member = member
        self.targetAssignmentEpoch = targetAssignmentEpoch
        self.targetAssignment = targetAssignment
        self.ownedTopicPartitions = ownedTopicPartitions
        self.currentPartitionEpoch = currentPartitionEpoch
    }

    public func build() -> ConsumerGroupMember {
        switch self.member.state {
        case .stable:
            if self.member.memberEpoch != self.targetAssignmentEpoch {
                return self.computeNextAssignment(memberEpoch: self.member.memberEpoch)
            }
            return self.member
        case .unrevokedPartitions:
            if self.ownsRevokedPartitions(self.member.partitionsPendingRevocation) { return self.member }
            return self.computeNextAssignment(memberEpoch: self.member.memberEpoch + 1)
        case .unreleasedPartitions:
            return self.computeNextAssignment(memberEpoch: self.member.memberEpoch)
        }
    }

    private func ownsRevokedPartitions(_ pending: MemberAssignment) -> Bool {
        guard let owned = self.ownedTopicPartitions else { return true }
        return owned.partitions.contains { topicId, partitions in
            !partitions.isDisjoint(with: pending.partitions(of: topicId))
        }
    }

    private func computeNextAssignment(memberEpoch: Int32) -> ConsumerGroupMember {
        var hasUnreleasedPartitions = false
        var newAssigned: [KafkaUUID: Set<Int32>] = [:]
        var newPendingRevocation: [KafkaUUID: Set<Int32>] = [:]
        var newPendingAssignment: [KafkaUUID: Set<Int32>] = [:]
        let current = self.member.assignedPartitions
        for topicId in self.targetAssignment.topicIds.union(current.topicIds) {
            let target = self.targetAssignment.partitions(of: topicId)
            let currentPartitions = current.partitions(of: topicId)
            let kept = currentPartitions.intersection(target)
            let revoking = currentPartitions.subtracting(kept)
            var pendingAssignment = target.subtracting(kept)
            let unreleased = pendingAssignment.filter { self.currentPartitionEpoch(topicId, $0) != -1 }
            if !unreleased.isEmpty {
                hasUnreleasedPartitions = true
                pendingAssignment.subtract(unreleased)
            }
            newAssigned[topicId] = kept
            newPendingRevocation[topicId] = revoking
            newPendingAssignment[topicId] = pendingAssignment
        }
        let pendingRevocation = MemberAssignment(newPendingRevocation)
        let pendingAssignment = MemberAssignment(newPendingAssignment)
        var next = self.member
        if !pendingRevocation.isEmpty && self.ownsRevokedPartitions(pendingRevocation) {
            next.state = .unrevokedPartitions
            next.updateMemberEpoch(memberEpoch)
            next.assignedPartitions = MemberAssignment(newAssigned)
            next.partitionsPendingRevocation = pendingRevocation
            return next
        }
        for (topicId, partitions) in pendingAssignment.partitions {
            newAssigned[topicId, default: []].formUnion(partitions)
        }
        next.state = hasUnreleasedPartitions ? .unreleasedPartitions : .stable
        next.updateMemberEpoch(self.targetAssignmentEpoch)
        next.assignedPartitions = MemberAssignment(newAssigned)
        next.partitionsPendingRevocation = .empty
        return next
    }
}
