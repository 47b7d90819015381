// OffsetCommit v2-9; v2-4 retention time; v3 throttle time; v6 leader epoch; v7 group instance
// id; v8 flexible; v9 KIP-848 member epochs. Offsets are stored durably in __consumer_offsets
// before the answer. v0-1 (ZooKeeper-era) are not served.

import SluiceProtocol

enum OffsetCommitHandler: APIHandler {
    typealias Request = OffsetCommitRequest
    static let versions: ClosedRange<Int16> = 2...9

    /// Kafka's `offset.metadata.max.bytes`.
    static let offsetMetadataMaxBytes = 4096

    static func handle(_ request: OffsetCommitRequest, context: RequestContext) async throws -> HandlerResult<OffsetCommitResponse> {
        let broker = context.broker
        let version = context.apiVersion
        var response = OffsetCommitResponse()
        response.topics = request.topics.map { topic in
            var answer = OffsetCommitResponse.OffsetCommitResponseTopic()
            answer.name = topic.name
            answer.partitions = topic.partitions.map { partition in
                var result = OffsetCommitResponse.OffsetCommitResponsePartition()
                result.partitionIndex = partition.partitionIndex
                return result
            }
            return answer
        }
        func failAll(_ code: ErrorCode) -> HandlerResult<OffsetCommitResponse> {
            for t in response.topics.indices {
                for p in response.topics[t].partitions.indices { response.topics[t].partitions[p].errorCode = code.rawValue }
            }
            return .response(response)
        }
        guard let coordinator = broker.groupCoordinator else { return failAll(.coordinatorNotAvailable) }
        if coordinator.isLoading { return failAll(.coordinatorLoadInProgress) }
        if let error = Self.validate(request, version: version, broker: broker, coordinator: coordinator) { return failAll(error) }

        let nowMs = broker.clock()
        let image = broker.metadata.image
        var toStore: [StoredOffset] = []
        var stored: [(Int, Int)] = []
        for (t, topic) in request.topics.enumerated() {
            for (p, partition) in topic.partitions.enumerated() {
                let metadata = partition.committedMetadata ?? ""
                if image.topic(named: topic.name)?.partition(partition.partitionIndex) == nil {
                    response.topics[t].partitions[p].errorCode = ErrorCode.unknownTopicOrPartition.rawValue
                } else if metadata.utf8.count > Self.offsetMetadataMaxBytes {
                    response.topics[t].partitions[p].errorCode = ErrorCode.offsetMetadataTooLarge.rawValue
                } else {
                    let retention = version <= 4 ? request.retentionTimeMs : -1
                    toStore.append(
                        StoredOffset(
                            topicPartition: GroupTopicPartition(topic: topic.name, partition: partition.partitionIndex),
                            offset: partition.committedOffset,
                            leaderEpoch: version >= 6 ? partition.committedLeaderEpoch : -1,
                            metadata: metadata,
                            commitTimestamp: nowMs,
                            expireTimestamp: retention >= 0 ? nowMs &+ retention : -1
                        )
                    )
                    stored.append((t, p))
                }
            }
        }
        do {
            try await coordinator.commit(group: request.groupId, offsets: toStore)
        } catch {
            broker.logger.error("Offset commit could not be stored", metadata: ["group": "\(request.groupId)", "error": "\(error)"])
            for (t, p) in stored { response.topics[t].partitions[p].errorCode = ErrorCode.coordinatorNotAvailable.rawValue }
        }
        return .response(response)
    }

    /// The group-level checks: who may commit for this group now.
    private static func validate(_ request: OffsetCommitRequest, version: Int16, broker: Broker, coordinator: GroupCoordinator) -> ErrorCode? {
        if request.groupId.isEmpty { return .invalidGroupId }
        if let group = broker.consumerGroups.group(request.groupId) {
            // A KIP-848 group: the member and its current epoch (KIP-848's OffsetCommit v9 rules).
            if request.memberId.isEmpty && request.generationIdOrMemberEpoch < 0 {
                return group.members.isEmpty ? nil : .unknownMemberId
            }
            guard let member = group.members[request.memberId] else { return .unknownMemberId }
            // Members of the consumer protocol commit with v9 and their current epoch (any other
            // epoch is STALE_MEMBER_EPOCH, as in Kafka 4).
            if version < 9 { return .unsupportedVersion }
            if request.generationIdOrMemberEpoch != member.memberEpoch { return .staleMemberEpoch }
            return nil
        }
        return coordinator.classic.validateOffsetCommit(
            groupId: request.groupId, memberId: request.memberId,
            groupInstanceId: version >= 7 ? request.groupInstanceId : nil,
            generationId: request.generationIdOrMemberEpoch, apiVersion: version
        )
    }
}
