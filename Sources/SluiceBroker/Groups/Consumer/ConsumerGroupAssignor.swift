import SluiceProtocol

/// What a server-side assignor sees of one member (Kafka's `MemberSubscriptionAndAssignment`).
public struct AssignmentMemberSpec: Sendable, Hashable {
    /// Static members' instance ids order the range assignor's members (they keep their ranges
    /// across restarts, whatever member id they come back with).
    public var instanceId: String?
    public var rackId: String?
    /// Topic ids the member subscribes to that exist; topics unknown to the metadata are left out.
    public var subscribedTopicIds: Set<KafkaUUID>
    /// The member's current *target* assignment; the assignor keeps it where it can (stickiness).
    public var assignment: MemberAssignment

    public init(instanceId: String? = nil, rackId: String? = nil, subscribedTopicIds: Set<KafkaUUID>, assignment: MemberAssignment = .empty) {
        self.instanceId = instanceId
        self.rackId = rackId
        self.subscribedTopicIds = subscribedTopicIds
        self.assignment = assignment
    }
}

/// The input of an assignor (Kafka's `GroupSpec` plus `SubscribedTopicDescriber`).
public struct AssignmentSpec: Sendable, Hashable {
    /// By member id.
    public var members: [String: AssignmentMemberSpec]
    /// Partition count by topic id, for every topic some member subscribes to.
    public var partitionCounts: [KafkaUUID: Int32]

    public init(members: [String: AssignmentMemberSpec], partitionCounts: [KafkaUUID: Int32]) {
        self.members = members
        self.partitionCounts = partitionCounts
    }

    /// True when every member subscribes to the same topics (Kafka's HOMOGENEOUS subscription type).
    public var isHomogeneous: Bool {
        let subscriptions = Set(self.members.values.map(\.subscribedTopicIds))
        return subscriptions.count <= 1
    }

    /// Partitions of `topicId` that exist (0..<count); empty for an unknown topic.
    func partitionRange(_ topicId: KafkaUUID) -> Range<Int32> {
        0..<max(0, self.partitionCounts[topicId] ?? 0)
    }
}

/// A server-side assignor for KIP-848 groups (Kafka's `ConsumerGroupPartitionAssignor`): a pure
/// function from the group's members, subscriptions and topics to a target assignment.
///
/// Result invariants: one entry per member (possibly empty); a partition is assigned only to a
/// member subscribed to its topic, and at most once.
public protocol ConsumerGroupPartitionAssignor: Sendable {
    /// The name clients put in ConsumerGroupHeartbeat's `ServerAssignor`.
    var name: String { get }
    func assign(_ spec: AssignmentSpec) -> [String: MemberAssignment]
}

/// The assignors a broker offers (Kafka's `group.consumer.assignors`, default `uniform,range`;
/// the first is the default).
public struct ConsumerGroupAssignors: Sendable {
    public let all: [any ConsumerGroupPartitionAssignor]

    public static let standard = ConsumerGroupAssignors([UniformAssignor(), RangeAssignor()])

    public init(_ all: [any ConsumerGroupPartitionAssignor]) {
        precondition(!all.isEmpty, "group.consumer.assignors needs at least one assignor")
        self.all = all
    }

    public var defaultAssignor: any ConsumerGroupPartitionAssignor { self.all[0] }
    public var names: [String] { self.all.map(\.name) }

    /// Kafka's class names of its two assignors, which `group.consumer.assignors` may give.
    public static let uniformClassName = "org.apache.kafka.coordinator.group.assignor.UniformAssignor"
    public static let rangeClassName = "org.apache.kafka.coordinator.group.assignor.RangeAssignor"

    /// The assignor of that name (as clients ask for it) or Kafka class name.
    public func named(_ name: String) -> (any ConsumerGroupPartitionAssignor)? {
        let short = name == Self.uniformClassName ? "uniform" : name == Self.rangeClassName ? "range" : name
        return self.all.first { $0.name == short }
    }
}
