// OffsetFetch v1-9; v2 null topics means all and a top-level error; v5 leader epochs; v6
// flexible; v7 requireStable; v8 several groups at once; v9 KIP-848 member id and epoch.
// v0 (ZooKeeper-era) is not served.

import SluiceProtocol

enum OffsetFetchHandler: APIHandler {
    typealias Request = OffsetFetchRequest
    static let versions: ClosedRange<Int16> = 1...9

    static func handle(_ request: OffsetFetchRequest, context: RequestContext) async throws -> HandlerResult<OffsetFetchResponse> {
        let broker = context.broker
        let version = context.apiVersion
        var response = OffsetFetchResponse()
        if version >= 8 {
            response.groups = request.groups.map { group in
                let wanted = group.topics.map { $0.map { ($0.name, $0.partitionIndexes) } }
                let member = version >= 9 ? (group.memberId, group.memberEpoch) : (nil, -1)
                let (error, topics) = Self.fetch(group: group.groupId, topics: wanted, member: member, broker: broker, version: version)
                var answer = OffsetFetchResponse.OffsetFetchResponseGroup()
                answer.groupId = group.groupId
                answer.errorCode = error.rawValue
                answer.topics = topics.map { name, partitions in
                    var topic = OffsetFetchResponse.OffsetFetchResponseTopics()
                    topic.name = name
                    topic.partitions = partitions.map { entry in
                        var partition = OffsetFetchResponse.OffsetFetchResponsePartitions()
                        partition.partitionIndex = entry.partition
                        partition.committedOffset = entry.offset
                        partition.committedLeaderEpoch = entry.leaderEpoch
                        partition.metadata = entry.metadata
                        return partition
                    }
                    return topic
                }
                return answer
            }
            return .response(response)
        }
        let wanted = request.topics.map { $0.map { ($0.name, $0.partitionIndexes) } }
        let (error, topics) = Self.fetch(group: request.groupId, topics: wanted, member: (nil, -1), broker: broker, version: version)
        response.topics = topics.map { name, partitions in
            var topic = OffsetFetchResponse.OffsetFetchResponseTopic()
            topic.name = name
            topic.partitions = partitions.map { entry in
                var partition = OffsetFetchResponse.OffsetFetchResponsePartition()
                partition.partitionIndex = entry.partition
                partition.committedOffset = entry.offset
                partition.committedLeaderEpoch = version >= 5 ? entry.leaderEpoch : -1
                partition.metadata = entry.metadata
                // v0-1 have no top-level error: it goes on every partition.
                if version < 2 { partition.errorCode = error.rawValue }
                return partition
            }
            return topic
        }
        if version >= 2 { response.errorCode = error.rawValue }
        return .response(response)
    }

    private struct Entry {
        var partition: Int32
        var offset: Int64
        var leaderEpoch: Int32
        var metadata: String
    }

    /// One group's committed offsets: the requested partitions (-1 when none is committed), or
    /// every committed one when `topics` is nil.
    ///
    /// `member` (v9): a KIP-848 member must be in the group at the epoch it gives; no member id
    /// and a negative epoch (admin clients, standalone consumers) are always served.
    private static func fetch(
        group: String, topics: [(String, [Int32])]?, member: (id: String?, epoch: Int32), broker: Broker, version: Int16
    ) -> (ErrorCode, [(String, [Entry])]) {
        guard let coordinator = broker.groupCoordinator else { return (.coordinatorNotAvailable, Self.empty(topics)) }
        if coordinator.isLoading { return (.coordinatorLoadInProgress, Self.empty(topics)) }
        if group.isEmpty { return (.invalidGroupId, Self.empty(topics)) }
        if member.id != nil || member.epoch >= 0, let consumerGroup = broker.consumerGroups.group(group) {
            guard let current = consumerGroup.members[member.id ?? ""] else { return (.unknownMemberId, Self.empty(topics)) }
            if current.memberEpoch != member.epoch { return (.staleMemberEpoch, Self.empty(topics)) }
        }
        let committed = coordinator.committedOffsets(group: group)
        func entry(_ topic: String, _ partition: Int32) -> Entry {
            guard let stored = committed[GroupTopicPartition(topic: topic, partition: partition)] else {
                return Entry(partition: partition, offset: -1, leaderEpoch: -1, metadata: "")
            }
            return Entry(partition: partition, offset: stored.offset, leaderEpoch: stored.leaderEpoch, metadata: stored.metadata)
        }
        guard let topics else {
            let grouped = Dictionary(grouping: committed.keys, by: \.topic)
            return (.noError, grouped.keys.sorted().map { name in
                (name, (grouped[name] ?? []).sorted().map { entry(name, $0.partition) })
            })
        }
        return (.noError, topics.map { name, partitions in (name, partitions.map { entry(name, $0) }) })
    }

    private static func empty(_ topics: [(String, [Int32])]?) -> [(String, [Entry])] {
        (topics ?? []).map { name, partitions in
            (name, partitions.map { Entry(partition: $0, offset: -1, leaderEpoch: -1, metadata: "") })
        }
    }
}
