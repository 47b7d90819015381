/// One partition of a group's `describe`: the committed offset against the log end offset, and
/// the member it is assigned to (kafka-consumer-groups.sh --describe).
public struct GroupPartitionLag: Sendable, Hashable {
    public var partition: TopicPartition
    /// Nil when the group has committed nothing for the partition.
    public var currentOffset: Int64?
    /// Nil when it could not be listed.
    public var logEndOffset: Int64?
    /// `logEndOffset - currentOffset`; nil when either is unknown.
    public var lag: Int64?
    public var memberId: String?
    public var clientId: String?
    public var host: String?

    public init(partition: TopicPartition, currentOffset: Int64?, logEndOffset: Int64?, memberId: String? = nil, clientId: String? = nil, host: String? = nil) {
        self.partition = partition
        self.currentOffset = currentOffset
        self.logEndOffset = logEndOffset
        self.lag = GroupLag.lag(current: currentOffset, logEnd: logEndOffset)
        self.memberId = memberId
        self.clientId = clientId
        self.host = host
    }
}

public enum GroupLag {
    /// Kafka's lag: log end minus the committed offset, unknown when either is. (A committed
    /// offset past the log end, after a truncation, gives a negative lag, as Kafka shows it.)
    public static func lag(current: Int64?, logEnd: Int64?) -> Int64? {
        guard let current, current >= 0, let logEnd else { return nil }
        let (lag, overflow) = logEnd.subtractingReportingOverflow(current)
        return overflow ? nil : lag
    }

    /// Rows for every partition that has a committed offset or is assigned to a member, sorted by
    /// topic and partition.
    public static func rows(group: GroupDescription, committed: [TopicPartition: Int64], logEnd: [TopicPartition: Int64]) -> [GroupPartitionLag] {
        var owners: [TopicPartition: GroupMember] = [:]
        for member in group.members {
            for partition in member.assignment ?? [] { owners[partition] = member }
        }
        let partitions = Set(committed.keys).union(owners.keys).sorted()
        return partitions.map { partition in
            let owner = owners[partition]
            return GroupPartitionLag(
                partition: partition, currentOffset: committed[partition], logEndOffset: logEnd[partition],
                memberId: owner?.memberId, clientId: owner?.clientId, host: owner?.host
            )
        }
    }
}

extension KafkaClient {
    /// A group's description with each partition's committed offset, log end offset and lag.
    /// Partitions whose log end cannot be listed (a deleted topic) have no log end and no lag.
    public func describeGroupLag(_ group: String) async throws(KafkaClientError) -> (GroupDescription, [GroupPartitionLag]) {
        let description = try await self.describeGroup(group)
        let committed = try await self.committedOffsets(group: group)
        var partitions = Set(committed.keys)
        for member in description.members { partitions.formUnion(member.assignment ?? []) }
        var logEnd: [TopicPartition: Int64] = [:]
        let byTopic = Dictionary(grouping: partitions, by: \.topic)
        for (_, topicPartitions) in byTopic.sorted(by: { $0.key < $1.key }) {
            // One topic's failure (deleted, no leader) leaves only its partitions without a log end.
            if let ends = try? await self.listOffsets(topicPartitions, timestamp: Self.latestOffsetTimestamp) {
                logEnd.merge(ends) { _, new in new }
            }
        }
        return (description, GroupLag.rows(group: description, committed: committed, logEnd: logEnd))
    }
}
