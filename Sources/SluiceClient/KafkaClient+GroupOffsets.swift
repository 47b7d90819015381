import SluiceProtocol

// Committed offsets of groups and the log offsets they are measured against: OffsetFetch v2-9
// (v8+ several groups in one request), OffsetCommit v0-9 (an admin commit: generation -1, no
// member id), OffsetDelete v0, ListOffsets v1-10 (grouped by partition leader).

extension KafkaClient {
    /// ListOffsets' timestamp for the log end offset (the high watermark for read_uncommitted).
    public static let latestOffsetTimestamp: Int64 = -1
    /// ListOffsets' timestamp for the log start offset.
    public static let earliestOffsetTimestamp: Int64 = -2

    // MARK: Committed offsets

    /// The offsets `group` has committed, by partition (partitions without one are left out).
    /// A group without offsets, or one that does not exist, has none.
    public func committedOffsets(group: String) async throws(KafkaClientError) -> [TopicPartition: Int64] {
        try await self.committedOffsets(groups: [group])[group] ?? [:]
    }

    /// The committed offsets of several groups. Coordinators with OffsetFetch v8+ get one request
    /// for all their groups; older ones one per group. A group whose coordinator moved or is
    /// loading is asked again at its new coordinator.
    public func committedOffsets(groups: [String]) async throws(KafkaClientError) -> [String: [TopicPartition: Int64]] {
        let coordinators = try await self.findCoordinators(groups)
        var byNode: [Int32: [String]] = [:]
        for (group, node) in coordinators { byNode[node, default: []].append(group) }
        var result: [String: [TopicPartition: Int64]] = [:]
        for (node, nodeGroups) in byNode.sorted(by: { $0.key < $1.key }) {
            var single = nodeGroups.sorted()
            let connection = try await self.connection(to: node)
            let version = try connection.apiVersions.version(for: OffsetFetchRequest.self)
            if version >= 8 {
                single = []
                for (group, outcome) in try await Self.offsetFetch(groups: nodeGroups.sorted(), connection: connection, version: version) {
                    switch outcome {
                    case .success(let offsets):
                        result[group] = offsets
                    case .failure(let error):
                        guard let code = error.code, Self.isCoordinatorRetriable(code) else { throw error }
                        single.append(group)
                    }
                }
            }
            for group in single {
                result[group] = try await self.withCoordinator(group) { (connection, _) async throws(KafkaClientError) -> [TopicPartition: Int64] in
                    try await Self.offsetFetch(group: group, connection: connection)
                }
            }
        }
        return result
    }

    /// OffsetFetch v8+ for several groups at one coordinator: each group's offsets or error.
    private static func offsetFetch(
        groups: [String], connection: KafkaConnection, version: Int16
    ) async throws(KafkaClientError) -> [(String, Result<[TopicPartition: Int64], KafkaClientError>)] {
        var request = OffsetFetchRequest()
        request.groups = groups.map {
            var entry = OffsetFetchRequest.OffsetFetchRequestGroup()
            entry.groupId = $0
            entry.topics = nil
            return entry
        }
        let response = try await connection.send(request, version: version)
        var answers: [(String, Result<[TopicPartition: Int64], KafkaClientError>)] = []
        for group in response.groups {
            let code = ErrorCode(code: group.errorCode)
            guard code == .noError else {
                answers.append((group.groupId, .failure(Self.groupError(code, group: group.groupId))))
                continue
            }
            var offsets: [TopicPartition: Int64] = [:]
            do throws(KafkaClientError) {
                for topic in group.topics {
                    for partition in topic.partitions {
                        try Self.collect(topic: topic.name, partition: partition.partitionIndex, offset: partition.committedOffset, code: partition.errorCode, into: &offsets)
                    }
                }
                answers.append((group.groupId, .success(offsets)))
            } catch {
                answers.append((group.groupId, .failure(error)))
            }
        }
        if let missing = groups.first(where: { name in !answers.contains { $0.0 == name } }) {
            throw KafkaClientError(.protocolViolation, code: .unknownServerError, "the OffsetFetch response says nothing about group '\(missing)'")
        }
        return answers
    }

    /// OffsetFetch for one group at the version the connection supports (v2+: all partitions).
    private static func offsetFetch(group: String, connection: KafkaConnection) async throws(KafkaClientError) -> [TopicPartition: Int64] {
        let version = try connection.apiVersions.version(for: OffsetFetchRequest.self)
        if version >= 8 {
            let answers = try await Self.offsetFetch(groups: [group], connection: connection, version: version)
            guard let answer = answers.first(where: { $0.0 == group }) else {
                throw KafkaClientError(.protocolViolation, code: .unknownServerError, "the OffsetFetch response says nothing about group '\(group)'")
            }
            return try answer.1.get()
        }
        guard version >= 2 else {
            throw KafkaClientError(.unsupportedVersion, code: .unsupportedVersion, "fetching all of a group's offsets needs OffsetFetch v2, the broker has at most v\(version)")
        }
        var request = OffsetFetchRequest()
        request.groupId = group
        request.topics = nil
        let response = try await connection.send(request, version: version)
        let code = ErrorCode(code: response.errorCode)
        guard code == .noError else { throw Self.groupError(code, group: group) }
        var offsets: [TopicPartition: Int64] = [:]
        for topic in response.topics {
            for partition in topic.partitions {
                try Self.collect(topic: topic.name, partition: partition.partitionIndex, offset: partition.committedOffset, code: partition.errorCode, into: &offsets)
            }
        }
        return offsets
    }

    /// Adds one partition's OffsetFetch answer; -1 means no committed offset.
    private static func collect(topic: String, partition: Int32, offset: Int64, code: Int16, into offsets: inout [TopicPartition: Int64]) throws(KafkaClientError) {
        let error = ErrorCode(code: code)
        guard error == .noError else {
            throw KafkaClientError.broker(error, nil, context: "committed offset of \(topic)-\(partition)")
        }
        if offset >= 0 { offsets[TopicPartition(topic: topic, partition: partition)] = offset }
    }

    /// Commits `offsets` for `group` as an admin (generation -1, empty member id), which the
    /// coordinator accepts only while the group has no members. Throws the first partition's
    /// error.
    public func commitOffsets(group: String, offsets: [TopicPartition: Int64]) async throws(KafkaClientError) {
        guard !offsets.isEmpty else { return }
        try await self.withCoordinator(group) { (connection, _) async throws(KafkaClientError) -> Void in
            var request = OffsetCommitRequest()
            request.groupId = group
            request.generationIdOrMemberEpoch = -1
            request.memberId = ""
            request.retentionTimeMs = -1
            var byTopic: [String: [OffsetCommitRequest.OffsetCommitRequestPartition]] = [:]
            for (partition, offset) in offsets.sorted(by: { $0.key < $1.key }) {
                var entry = OffsetCommitRequest.OffsetCommitRequestPartition()
                entry.partitionIndex = partition.partition
                entry.committedOffset = offset
                entry.committedLeaderEpoch = -1
                entry.committedMetadata = ""
                byTopic[partition.topic, default: []].append(entry)
            }
            request.topics = byTopic.sorted { $0.key < $1.key }.map {
                var topic = OffsetCommitRequest.OffsetCommitRequestTopic()
                topic.name = $0.key
                topic.partitions = $0.value
                return topic
            }
            let response = try await connection.send(request)
            for topic in response.topics {
                for partition in topic.partitions {
                    let code = ErrorCode(code: partition.errorCode)
                    guard code == .noError else {
                        switch code {
                        case .unknownMemberId, .illegalGeneration, .rebalanceInProgress, .fencedMemberEpoch, .staleMemberEpoch:
                            throw KafkaClientError(.broker, code: code, "group '\(group)' has active members; offsets can only be reset while it is inactive")
                        case _ where Self.isCoordinatorRetriable(code):
                            throw KafkaClientError.broker(code, context: "group '\(group)'")
                        default:
                            throw KafkaClientError.broker(code, nil, context: "committing \(topic.name)-\(partition.partitionIndex) for group '\(group)'")
                        }
                    }
                }
            }
        }
    }

    /// Deletes `group`'s committed offsets of `partitions` (OffsetDelete); the result names each
    /// partition's error (GROUP_SUBSCRIBED_TO_TOPIC while a member consumes the topic).
    public func deleteOffsets(group: String, partitions: [TopicPartition]) async throws(KafkaClientError) -> [TopicPartition: ErrorCode] {
        guard !partitions.isEmpty else { return [:] }
        return try await self.withCoordinator(group) { (connection, _) async throws(KafkaClientError) -> [TopicPartition: ErrorCode] in
            var request = OffsetDeleteRequest()
            request.groupId = group
            var byTopic: [String: [Int32]] = [:]
            for partition in Set(partitions) { byTopic[partition.topic, default: []].append(partition.partition) }
            request.topics = byTopic.sorted { $0.key < $1.key }.map {
                var topic = OffsetDeleteRequest.OffsetDeleteRequestTopic()
                topic.name = $0.key
                topic.partitions = $0.value.sorted().map {
                    var entry = OffsetDeleteRequest.OffsetDeleteRequestPartition()
                    entry.partitionIndex = $0
                    return entry
                }
                return topic
            }
            let response = try await connection.send(request)
            let code = ErrorCode(code: response.errorCode)
            guard code == .noError else { throw Self.groupError(code, group: group) }
            var results: [TopicPartition: ErrorCode] = [:]
            for topic in response.topics {
                for partition in topic.partitions {
                    results[TopicPartition(topic: topic.name, partition: partition.partitionIndex)] = ErrorCode(code: partition.errorCode)
                }
            }
            return results
        }
    }

    // MARK: Log offsets

    /// ListOffsets for `partitions` at `timestamp` (`latestOffsetTimestamp`, `earliestOffsetTimestamp`, or
    /// milliseconds since the epoch: the first offset with a timestamp at or after it), one
    /// request per leader. A partition with no such offset maps to -1. Throws the first
    /// partition's error.
    public func listOffsets(_ partitions: [TopicPartition], timestamp: Int64) async throws(KafkaClientError) -> [TopicPartition: Int64] {
        var byLeader: [Int32: [TopicPartition]] = [:]
        for partition in Set(partitions) {
            let (_, info) = try await self.leaderConnection(topic: partition.topic, partition: partition.partition)
            byLeader[info.leader, default: []].append(partition)
        }
        var result: [TopicPartition: Int64] = [:]
        for (leader, leaderPartitions) in byLeader.sorted(by: { $0.key < $1.key }) {
            let connection = try await self.connection(to: leader)
            let version = try connection.apiVersions.version(for: ListOffsetsRequest.self)
            var request = ListOffsetsRequest()
            request.replicaId = -1
            var byTopic: [String: [Int32]] = [:]
            for partition in leaderPartitions { byTopic[partition.topic, default: []].append(partition.partition) }
            request.topics = byTopic.sorted { $0.key < $1.key }.map {
                var topic = ListOffsetsRequest.ListOffsetsTopic()
                topic.name = $0.key
                topic.partitions = $0.value.sorted().map {
                    var entry = ListOffsetsRequest.ListOffsetsPartition()
                    entry.partitionIndex = $0
                    entry.timestamp = timestamp
                    entry.maxNumOffsets = 1
                    return entry
                }
                return topic
            }
            request.timeoutMs = Int32(clamping: connection.requestTimeout.milliseconds)
            let response = try await connection.send(request, version: version)
            for topic in response.topics {
                for partition in topic.partitions {
                    let code = ErrorCode(code: partition.errorCode)
                    guard code == .noError else {
                        if code == .notLeaderOrFollower { self.invalidate(topic: topic.name) }
                        throw KafkaClientError.broker(code, nil, context: "listing offsets of \(topic.name)-\(partition.partitionIndex)")
                    }
                    let offset = version == 0 ? (partition.oldStyleOffsets.first ?? -1) : partition.offset
                    result[TopicPartition(topic: topic.name, partition: partition.partitionIndex)] = offset
                }
            }
        }
        for partition in partitions where result[partition] == nil {
            throw KafkaClientError(.protocolViolation, code: .unknownServerError, "the ListOffsets response says nothing about \(partition)")
        }
        return result
    }
}
