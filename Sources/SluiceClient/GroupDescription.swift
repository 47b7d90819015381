import NIOCore
import SluiceProtocol

/// One group as ListGroups reports it. `state` is empty before ListGroups v4 and `type` before
/// v5 (Kafka's `GroupType`: "classic" or "consumer").
public struct GroupListing: Sendable, Hashable {
    public var groupId: String
    public var protocolType: String
    public var state: String
    public var type: String
    /// The coordinator that listed it.
    public var coordinator: Int32

    public init(groupId: String, protocolType: String, state: String, type: String, coordinator: Int32) {
        self.groupId = groupId
        self.protocolType = protocolType
        self.state = state
        self.type = type
        self.coordinator = coordinator
    }
}

/// A group member and what it was assigned. `assignment` is nil when the member's assignment
/// bytes are not the consumer protocol's (another `protocolType`) or cannot be read.
public struct GroupMember: Sendable, Hashable {
    public var memberId: String
    public var instanceId: String?
    public var clientId: String
    public var host: String
    /// Sorted by topic, then partition.
    public var assignment: [TopicPartition]?

    public init(memberId: String, instanceId: String? = nil, clientId: String, host: String, assignment: [TopicPartition]?) {
        self.memberId = memberId
        self.instanceId = instanceId
        self.clientId = clientId
        self.host = host
        self.assignment = assignment
    }
}

/// A group as DescribeGroups (classic) or ConsumerGroupDescribe (KIP-848 "consumer") reports it.
public struct GroupDescription: Sendable, Hashable {
    public var groupId: String
    /// "classic" or "consumer".
    public var type: String
    /// Kafka's state names: Empty, Stable, PreparingRebalance, CompletingRebalance, Dead for
    /// classic groups; Empty, Assigning, Reconciling, Stable, Dead for consumer groups.
    public var state: String
    /// "consumer" for Kafka consumers; empty for a group that only commits offsets.
    public var protocolType: String
    /// The assignor (classic: the chosen protocol, e.g. "range").
    public var assignor: String
    public var members: [GroupMember]
    public var coordinator: Int32

    public init(groupId: String, type: String, state: String, protocolType: String, assignor: String, members: [GroupMember], coordinator: Int32) {
        self.groupId = groupId
        self.type = type
        self.state = state
        self.protocolType = protocolType
        self.assignor = assignor
        self.members = members
        self.coordinator = coordinator
    }

    /// True when offsets may be reset: no member is in the group (Kafka allows it only for
    /// Empty and Dead, i.e. unknown, groups).
    public var isInactive: Bool { self.state == "Empty" || self.state == "Dead" }
}

/// The consumer protocol's embedded messages, as carried in JoinGroup/SyncGroup and reported
/// by DescribeGroups: an Int16 version, then the versioned struct.
public enum ConsumerProtocol {
    /// The assigned partitions in `bytes`, sorted; empty bytes (a member between rebalances) are
    /// no partitions. A version newer than ours is read as our newest: later versions only append
    /// fields. Throws on bytes that are not an assignment.
    public static func assignment(from bytes: [UInt8]) throws(KafkaClientError) -> [TopicPartition] {
        guard !bytes.isEmpty else { return [] }
        var buffer = ByteBuffer(bytes: bytes)
        guard let version = buffer.readInteger(as: Int16.self), version >= 0 else {
            throw KafkaClientError(.protocolViolation, code: .inconsistentGroupProtocol, "the member assignment has no valid version")
        }
        let readVersion = min(version, ConsumerProtocolAssignment.validVersions.upperBound)
        let assignment: ConsumerProtocolAssignment
        do {
            assignment = try ConsumerProtocolAssignment(from: &buffer, version: readVersion)
        } catch {
            throw KafkaClientError(.protocolViolation, code: .inconsistentGroupProtocol, "unreadable consumer assignment v\(version): \(error)")
        }
        return assignment.assignedPartitions
            .flatMap { topic in topic.partitions.map { TopicPartition(topic: topic.topic, partition: $0) } }
            .sorted()
    }

    /// The topics a member subscribed to, from its JoinGroup metadata; [] for empty bytes.
    public static func subscription(from bytes: [UInt8]) throws(KafkaClientError) -> [String] {
        guard !bytes.isEmpty else { return [] }
        var buffer = ByteBuffer(bytes: bytes)
        guard let version = buffer.readInteger(as: Int16.self), version >= 0 else {
            throw KafkaClientError(.protocolViolation, code: .inconsistentGroupProtocol, "the member metadata has no valid version")
        }
        do {
            return try ConsumerProtocolSubscription(from: &buffer, version: min(version, ConsumerProtocolSubscription.validVersions.upperBound)).topics
        } catch {
            throw KafkaClientError(.protocolViolation, code: .inconsistentGroupProtocol, "unreadable consumer subscription v\(version): \(error)")
        }
    }

    /// The bytes a leader would send for `partitions` at `version` (for tests and tools).
    public static func encodeAssignment(_ partitions: [TopicPartition], version: Int16 = 0) throws -> [UInt8] {
        var assignment = ConsumerProtocolAssignment()
        var byTopic: [String: [Int32]] = [:]
        for partition in partitions { byTopic[partition.topic, default: []].append(partition.partition) }
        assignment.assignedPartitions = byTopic.sorted { $0.key < $1.key }.map {
            var topic = ConsumerProtocolAssignment.TopicPartition()
            topic.topic = $0.key
            topic.partitions = $0.value
            return topic
        }
        var buffer = ByteBuffer()
        buffer.writeInteger(version)
        try assignment.encode(into: &buffer, version: version)
        return Array(buffer.readableBytesView)
    }
}

extension TopicPartition: Comparable {
    public static func < (lhs: TopicPartition, rhs: TopicPartition) -> Bool {
        (lhs.topic, lhs.partition) < (rhs.topic, rhs.partition)
    }
}
