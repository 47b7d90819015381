import SluiceProtocol

/// Where the group coordinator keeps committed offsets and group metadata: Kafka's internal,
/// compacted `__consumer_offsets` topic. The coordinator calls it and does not care how it is
/// stored; `InMemoryGroupStorage` serves unit tests.
///
/// Every write returns only once it is durable (acknowledged under the topic's durability mode),
/// so an answered OffsetCommit survives SIGKILL.
public protocol GroupStorage: Sendable {
    /// Stores offset commits of one group, all or nothing.
    func commitOffsets(group: String, offsets: [StoredOffset]) async throws
    /// Removes committed offsets (OffsetDelete, expiry); tombstones in `__consumer_offsets`.
    func deleteOffsets(group: String, partitions: [GroupTopicPartition]) async throws
    /// Stores a classic group's metadata (after each completed rebalance); `nil` removes the
    /// group (DeleteGroups, or an empty group expiring).
    func storeGroup(_ group: String, metadata: StoredGroupMetadata?) async throws
    /// Appends a KIP-848 group's records (tombstones included) as one atomic write, before it
    /// returns, so records reach the log in the order of the calls; the returned write completes
    /// once they are durable.
    func appendConsumerGroupRecords(_ group: String, records: [CoordinatorRecord]) throws -> GroupStorageWrite
    /// Everything stored, read once at startup before the coordinator answers (it answers
    /// COORDINATOR_LOAD_IN_PROGRESS until then).
    func load() async throws -> StoredGroups
}

public struct GroupTopicPartition: Sendable, Hashable, Comparable {
    public var topic: String
    public var partition: Int32

    public init(topic: String, partition: Int32) {
        self.topic = topic
        self.partition = partition
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { (lhs.topic, lhs.partition) < (rhs.topic, rhs.partition) }
}

/// One committed offset, as Kafka's `OffsetCommitValue` keeps it.
public struct StoredOffset: Sendable, Hashable {
    public var topicPartition: GroupTopicPartition
    public var offset: Int64
    /// -1 when the client sent none.
    public var leaderEpoch: Int32
    public var metadata: String
    public var commitTimestamp: Int64
    /// Commit time plus OffsetCommit v2-4 RetentionTimeMs (a per-commit retention); -1 otherwise.
    public var expireTimestamp: Int64

    public init(topicPartition: GroupTopicPartition, offset: Int64, leaderEpoch: Int32 = -1, metadata: String = "", commitTimestamp: Int64, expireTimestamp: Int64 = -1) {
        self.topicPartition = topicPartition
        self.offset = offset
        self.leaderEpoch = leaderEpoch
        self.metadata = metadata
        self.commitTimestamp = commitTimestamp
        self.expireTimestamp = expireTimestamp
    }
}

/// A classic group's metadata as Kafka's `GroupMetadataValue` keeps it.
public struct StoredGroupMetadata: Sendable, Hashable {
    public struct Member: Sendable, Hashable {
        public var memberId: String
        public var groupInstanceId: String?
        public var clientId: String
        public var clientHost: String
        public var rebalanceTimeoutMs: Int32
        public var sessionTimeoutMs: Int32
        /// The member's metadata for the chosen protocol, passed through untouched.
        public var subscription: [UInt8]
        public var assignment: [UInt8]

        public init(
            memberId: String, groupInstanceId: String?, clientId: String, clientHost: String,
            rebalanceTimeoutMs: Int32, sessionTimeoutMs: Int32, subscription: [UInt8], assignment: [UInt8]
        ) {
            self.memberId = memberId
            self.groupInstanceId = groupInstanceId
            self.clientId = clientId
            self.clientHost = clientHost
            self.rebalanceTimeoutMs = rebalanceTimeoutMs
            self.sessionTimeoutMs = sessionTimeoutMs
            self.subscription = subscription
            self.assignment = assignment
        }
    }

    public var protocolType: String
    public var generation: Int32
    public var protocolName: String?
    public var leader: String?
    public var currentStateTimestamp: Int64
    public var members: [Member]

    public init(protocolType: String, generation: Int32, protocolName: String?, leader: String?, currentStateTimestamp: Int64, members: [Member]) {
        self.protocolType = protocolType
        self.generation = generation
        self.protocolName = protocolName
        self.leader = leader
        self.currentStateTimestamp = currentStateTimestamp
        self.members = members
    }
}

/// A write appended to the storage that is not necessarily durable yet.
public struct GroupStorageWrite: Sendable {
    private let waitForDurability: @Sendable () async throws -> Void

    public init(waitForDurability: @escaping @Sendable () async throws -> Void) {
        self.waitForDurability = waitForDurability
    }

    /// A write that is durable already (nothing was written, or the storage is in memory).
    public static let durable = GroupStorageWrite {}

    /// Returns once the write is durable; may be called any number of times.
    public func waitUntilDurable() async throws { try await self.waitForDurability() }
}

/// A KIP-848 group as its records in `__consumer_offsets` describe it (the group epoch, each
/// member's metadata merged with its current assignment, the target assignment and its epoch,
/// the subscribed topics' metadata).
public struct StoredConsumerGroup: Sendable, Hashable {
    public var groupEpoch: Int32 = 0
    public var members: [String: ConsumerGroupMember] = [:]
    public var targetAssignmentEpoch: Int32 = 0
    public var targetAssignment: [String: MemberAssignment] = [:]
    public var subscribedTopics: [String: ConsumerGroupTopics.Topic] = [:]

    public init() {}
}

/// What `GroupStorage.load` found.
public struct StoredGroups: Sendable {
    public var offsets: [String: [GroupTopicPartition: StoredOffset]]
    public var groups: [String: StoredGroupMetadata]
    public var consumerGroups: [String: StoredConsumerGroup]

    public init(
        offsets: [String: [GroupTopicPartition: StoredOffset]] = [:], groups: [String: StoredGroupMetadata] = [:],
        consumerGroups: [String: StoredConsumerGroup] = [:]
    ) {
        self.offsets = offsets
        self.groups = groups
        self.consumerGroups = consumerGroups
    }
}
