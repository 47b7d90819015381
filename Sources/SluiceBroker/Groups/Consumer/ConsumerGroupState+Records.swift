import SluiceProtocol

/// A KIP-848 group's persistence: the `__consumer_offsets` records that describe a change, and
/// the group rebuilt from what they stored.
///
/// The records of a change are computed by comparing the group before and after it, so every
/// operation (heartbeat, leave, timer, deletion) persists the same way. A heartbeat that changes
/// nothing writes nothing.
extension ConsumerGroupState {
    /// The records that take the stored group from `old` (nil: nothing stored) to this state, in
    /// the order Kafka writes them: departed members' tombstones, member metadata, subscribed
    /// topics, group epoch, target assignment, its epoch, then current assignments.
    func records(since old: ConsumerGroupState?) -> [CoordinatorRecord] {
        let groupId = self.groupId
        var records: [CoordinatorRecord] = []
        let oldMembers = old?.members ?? [:]
        for memberId in oldMembers.keys.sorted() where self.members[memberId] == nil {
            records += Self.memberTombstones(groupId: groupId, memberId: memberId)
        }
        for memberId in self.members.keys.sorted() {
            guard let member = self.members[memberId] else { continue }
            if oldMembers[memberId].map({ !$0.hasSameMetadata(as: member) }) ?? true {
                records.append(.consumerGroupMemberMetadata(Self.memberKey(groupId, memberId), member.metadataValue))
            }
        }
        if old == nil || old?.subscribedTopics != self.subscribedTopics {
            records.append(.consumerGroupPartitionMetadata(Self.groupKey(groupId), self.partitionMetadataValue))
        }
        if old == nil || old?.groupEpoch != self.groupEpoch {
            var value = ConsumerGroupMetadataValue()
            value.epoch = self.groupEpoch
            records.append(.consumerGroupMetadata(Self.groupKey(groupId), value))
        }
        let oldTarget = old?.targetAssignment ?? [:]
        for memberId in self.targetAssignment.keys.sorted() {
            guard let target = self.targetAssignment[memberId], oldTarget[memberId] != target else { continue }
            records.append(.consumerGroupTargetAssignmentMember(Self.memberKey(groupId, memberId), target.targetValue))
        }
        for memberId in oldTarget.keys.sorted() where self.targetAssignment[memberId] == nil && self.members[memberId] != nil {
            records.append(.consumerGroupTargetAssignmentMember(Self.memberKey(groupId, memberId), nil))
        }
        if old == nil || old?.targetAssignmentEpoch != self.targetAssignmentEpoch {
            var value = ConsumerGroupTargetAssignmentMetadataValue()
            value.assignmentEpoch = self.targetAssignmentEpoch
            records.append(.consumerGroupTargetAssignmentMetadata(Self.groupKey(groupId), value))
        }
        for memberId in self.members.keys.sorted() {
            guard let member = self.members[memberId] else { continue }
            if oldMembers[memberId].map({ !$0.hasSameAssignment(as: member) }) ?? true {
                records.append(.consumerGroupCurrentMemberAssignment(Self.memberKey(groupId, memberId), member.currentAssignmentValue))
            }
        }
        return records
    }

    /// The records that delete the group from `__consumer_offsets`: every member's tombstones,
    /// then the group's own (Kafka's order; the group epoch's tombstone comes last).
    func deletionRecords() -> [CoordinatorRecord] {
        var records: [CoordinatorRecord] = []
        for memberId in Set(self.members.keys).union(self.targetAssignment.keys).sorted() {
            records += Self.memberTombstones(groupId: self.groupId, memberId: memberId)
        }
        records.append(.consumerGroupTargetAssignmentMetadata(Self.groupKey(self.groupId), nil))
        records.append(.consumerGroupPartitionMetadata(Self.groupKey(self.groupId), nil))
        records.append(.consumerGroupMetadata(Self.groupKey(self.groupId), nil))
        return records
    }

    /// The group as its records store it.
    public var stored: StoredConsumerGroup {
        var stored = StoredConsumerGroup()
        stored.groupEpoch = self.groupEpoch
        stored.members = self.members
        stored.targetAssignmentEpoch = self.targetAssignmentEpoch
        stored.targetAssignment = self.targetAssignment
        stored.subscribedTopics = self.subscribedTopics
        return stored
    }

    /// The group rebuilt from its records (at coordinator load). Every member gets a fresh
    /// session, and a member still revoking partitions a fresh rebalance timeout, from `nowMs`,
    /// as Kafka schedules both when it loads a group.
    public init(groupId: String, restoring stored: StoredConsumerGroup, config: ConsumerGroupConfig, nowMs: Int64) {
        self.init(groupId: groupId, config: config)
        self.groupEpoch = stored.groupEpoch
        self.targetAssignmentEpoch = stored.targetAssignmentEpoch
        self.targetAssignment = stored.targetAssignment
        self.subscribedTopics = stored.subscribedTopics
        for memberId in stored.members.keys.sorted() {
            guard let member = stored.members[memberId] else { continue }
            self.updateMember(old: nil, new: member)
            self.sessionDeadlines[memberId] = nowMs + Int64(config.sessionTimeoutMs)
            if member.state == .unrevokedPartitions {
                self.rebalanceDeadlines[memberId] = (nowMs + Int64(max(0, member.rebalanceTimeoutMs)), member.memberEpoch)
            }
        }
    }

    // MARK: Keys and values

    private static func memberTombstones(groupId: String, memberId: String) -> [CoordinatorRecord] {
        [
            .consumerGroupCurrentMemberAssignment(Self.memberKey(groupId, memberId), nil),
            .consumerGroupTargetAssignmentMember(Self.memberKey(groupId, memberId), nil),
            .consumerGroupMemberMetadata(Self.memberKey(groupId, memberId), nil),
        ]
    }

    private static func groupKey<Key: ConsumerGroupRecordKey>(_ groupId: String) -> Key {
        var key = Key()
        key.groupId = groupId
        return key
    }

    private static func memberKey<Key: ConsumerGroupMemberRecordKey>(_ groupId: String, _ memberId: String) -> Key {
        var key: Key = Self.groupKey(groupId)
        key.memberId = memberId
        return key
    }

    private var partitionMetadataValue: ConsumerGroupPartitionMetadataValue {
        var value = ConsumerGroupPartitionMetadataValue()
        value.topics = self.subscribedTopics.keys.sorted().compactMap { name in
            guard let topic = self.subscribedTopics[name] else { return nil }
            var entry = ConsumerGroupPartitionMetadataValue.TopicMetadata()
            entry.topicId = topic.topicId
            entry.topicName = topic.name
            entry.numPartitions = topic.partitionCount
            return entry
        }
        return value
    }
}

extension ConsumerGroupMember {
    /// The fields of Kafka's `ConsumerGroupMemberMetadataValue`.
    func hasSameMetadata(as other: ConsumerGroupMember) -> Bool {
        self.instanceId == other.instanceId && self.rackId == other.rackId && self.clientId == other.clientId
            && self.clientHost == other.clientHost && self.subscribedTopicNames == other.subscribedTopicNames
            && self.subscribedTopicRegex == other.subscribedTopicRegex && self.rebalanceTimeoutMs == other.rebalanceTimeoutMs
            && self.serverAssignor == other.serverAssignor
    }

    /// The fields of Kafka's `ConsumerGroupCurrentMemberAssignmentValue`.
    func hasSameAssignment(as other: ConsumerGroupMember) -> Bool {
        self.memberEpoch == other.memberEpoch && self.previousMemberEpoch == other.previousMemberEpoch
            && self.state == other.state && self.assignedPartitions == other.assignedPartitions
            && self.partitionsPendingRevocation == other.partitionsPendingRevocation
    }

    var metadataValue: ConsumerGroupMemberMetadataValue {
        var value = ConsumerGroupMemberMetadataValue()
        value.instanceId = self.instanceId
        value.rackId = self.rackId
        value.clientId = self.clientId
        value.clientHost = self.clientHost
        value.subscribedTopicNames = self.subscribedTopicNames
        value.subscribedTopicRegex = self.subscribedTopicRegex
        value.rebalanceTimeoutMs = self.rebalanceTimeoutMs
        value.serverAssignor = self.serverAssignor
        value.classicMemberMetadata = nil
        return value
    }

    var currentAssignmentValue: ConsumerGroupCurrentMemberAssignmentValue {
        var value = ConsumerGroupCurrentMemberAssignmentValue()
        value.memberEpoch = self.memberEpoch
        value.previousMemberEpoch = self.previousMemberEpoch
        value.state = self.state.recordValue
        value.assignedPartitions = self.assignedPartitions.recordTopics(ConsumerGroupCurrentMemberAssignmentValue.TopicPartitions.init)
        value.partitionsPendingRevocation = self.partitionsPendingRevocation.recordTopics(
            ConsumerGroupCurrentMemberAssignmentValue.TopicPartitions.init)
        return value
    }

    /// Takes the metadata fields of a stored `ConsumerGroupMemberMetadataValue`.
    mutating func apply(_ value: ConsumerGroupMemberMetadataValue) {
        self.instanceId = value.instanceId
        self.rackId = value.rackId
        self.clientId = value.clientId
        self.clientHost = value.clientHost
        self.subscribedTopicNames = value.subscribedTopicNames
        self.subscribedTopicRegex = value.subscribedTopicRegex
        self.rebalanceTimeoutMs = value.rebalanceTimeoutMs
        self.serverAssignor = value.serverAssignor
    }

    /// Takes the assignment of a stored `ConsumerGroupCurrentMemberAssignmentValue`; nil (a
    /// tombstone) clears it.
    mutating func apply(_ value: ConsumerGroupCurrentMemberAssignmentValue?) {
        let empty = ConsumerGroupMember(memberId: self.memberId)
        self.memberEpoch = value?.memberEpoch ?? empty.memberEpoch
        self.previousMemberEpoch = value?.previousMemberEpoch ?? empty.previousMemberEpoch
        self.state = value.map { ConsumerGroupMemberState(recordValue: $0.state) } ?? empty.state
        self.assignedPartitions = value.map { MemberAssignment(recordTopics: $0.assignedPartitions.map { ($0.topicId, $0.partitions) }) } ?? .empty
        self.partitionsPendingRevocation =
            value.map { MemberAssignment(recordTopics: $0.partitionsPendingRevocation.map { ($0.topicId, $0.partitions) }) } ?? .empty
    }
}

extension ConsumerGroupMemberState {
    /// Kafka's `MemberState` byte: STABLE 0, UNREVOKED_PARTITIONS 1, UNRELEASED_PARTITIONS 2.
    var recordValue: Int8 {
        switch self {
        case .stable: 0
        case .unrevokedPartitions: 1
        case .unreleasedPartitions: 2
        }
    }

    /// An unknown byte (a later version's state) reads as UNRELEASED_PARTITIONS: the member keeps
    /// its epoch and reconciles on its next heartbeat, which recomputes its state.
    init(recordValue: Int8) {
        switch recordValue {
        case 0: self = .stable
        case 1: self = .unrevokedPartitions
        default: self = .unreleasedPartitions
        }
    }
}

extension MemberAssignment {
    /// One entry per topic, partitions ascending, in `sortedPairs`' topic order.
    func recordTopics<T>(_ make: () -> T) -> [T] where T: TopicPartitionsRecord {
        self.partitions.keys.sorted { $0.description < $1.description }.map { id in
            var entry = make()
            entry.topicId = id
            entry.partitions = (self.partitions[id] ?? []).sorted()
            return entry
        }
    }

    var targetValue: ConsumerGroupTargetAssignmentMemberValue {
        var value = ConsumerGroupTargetAssignmentMemberValue()
        value.topicPartitions = self.recordTopics(ConsumerGroupTargetAssignmentMemberValue.TopicPartition.init)
        return value
    }

    init(recordTopics: [(KafkaUUID, [Int32])]) {
        self.init(Dictionary(recordTopics.map { ($0.0, Set($0.1)) }, uniquingKeysWith: { $0.union($1) }))
    }
}

/// The generated `TopicPartitions` shapes of the KIP-848 records, which differ only in name.
protocol TopicPartitionsRecord {
    var topicId: KafkaUUID { get set }
    var partitions: [Int32] { get set }
}

extension ConsumerGroupCurrentMemberAssignmentValue.TopicPartitions: TopicPartitionsRecord {}
extension ConsumerGroupTargetAssignmentMemberValue.TopicPartition: TopicPartitionsRecord {}

/// The generated keys of the KIP-848 records, which differ only in name: the group's own
/// records are keyed by group id, the members' by group and member id.
protocol ConsumerGroupRecordKey {
    init()
    var groupId: String { get set }
}

protocol ConsumerGroupMemberRecordKey: ConsumerGroupRecordKey {
    var memberId: String { get set }
}

extension ConsumerGroupMetadataKey: ConsumerGroupRecordKey {}
extension ConsumerGroupPartitionMetadataKey: ConsumerGroupRecordKey {}
extension ConsumerGroupTargetAssignmentMetadataKey: ConsumerGroupRecordKey {}
extension ConsumerGroupMemberMetadataKey: ConsumerGroupMemberRecordKey {}
extension ConsumerGroupTargetAssignmentMemberKey: ConsumerGroupMemberRecordKey {}
extension ConsumerGroupCurrentMemberAssignmentKey: ConsumerGroupMemberRecordKey {}
