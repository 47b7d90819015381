import SluiceProtocol

// Group administration, as Kafka's admin client does it: FindCoordinator v0-6 (v4+ batched
// keys), ListGroups v0-5 (v4 states filter, v5 types), DescribeGroups v0-5,
// ConsumerGroupDescribe v0 (KIP-848 groups; DescribeGroups when the broker lacks it or the group
// is classic), DeleteGroups v0-2.

extension KafkaClient {
    /// How often a call is retried after COORDINATOR_LOAD_IN_PROGRESS, COORDINATOR_NOT_AVAILABLE
    /// or NOT_COORDINATOR before the error is reported.
    static let coordinatorAttempts = 5

    // MARK: Coordinators

    /// The coordinator node of each group (FindCoordinator, key type 0). v4+ asks for all groups
    /// at once; older brokers get one request per group. Throws the first group's error.
    public func findCoordinators(_ groups: [String]) async throws(KafkaClientError) -> [String: Int32] {
        guard !groups.isEmpty else { return [:] }
        let connection = try await self.anyConnection()
        guard let version = connection.apiVersions.version(.findCoordinator, ours: FindCoordinatorRequest.validVersions) else {
            throw KafkaClientError(.unsupportedVersion, code: .unsupportedVersion, "the broker at \(connection.address) has no group coordinator (it does not support FindCoordinator)")
        }
        var found: [String: Int32] = [:]
        var pending = Array(Set(groups)).sorted()
        for attempt in 0..<Self.coordinatorAttempts {
            var retry: [String] = []
            var lastError: KafkaClientError?
            if version >= 4 {
                var request = FindCoordinatorRequest()
                request.keyType = 0
                request.coordinatorKeys = pending
                let response = try await connection.send(request, version: version)
                for coordinator in response.coordinators {
                    let code = ErrorCode(code: coordinator.errorCode)
                    switch code {
                    case .noError:
                        self.remember(BrokerInfo(nodeId: coordinator.nodeId, host: coordinator.host, port: Int(coordinator.port)))
                        found[coordinator.key] = coordinator.nodeId
                    case _ where code.isRetriable:
                        retry.append(coordinator.key)
                        lastError = KafkaClientError.broker(code, coordinator.errorMessage, context: "finding the coordinator of group '\(coordinator.key)'")
                    default:
                        throw Self.groupError(code, group: coordinator.key, brokerMessage: coordinator.errorMessage)
                    }
                }
                if let missing = pending.first(where: { found[$0] == nil && !retry.contains($0) }) {
                    throw KafkaClientError(.protocolViolation, code: .unknownServerError, "the FindCoordinator response says nothing about group '\(missing)'")
                }
            } else {
                for group in pending {
                    var request = FindCoordinatorRequest()
                    request.key = group
                    request.keyType = 0
                    let response = try await connection.send(request, version: version)
                    let code = ErrorCode(code: response.errorCode)
                    if code == .noError {
                        self.remember(BrokerInfo(nodeId: response.nodeId, host: response.host, port: Int(response.port)))
                        found[group] = response.nodeId
                    } else if code.isRetriable {
                        retry.append(group)
                        lastError = KafkaClientError.broker(code, response.errorMessage, context: "finding the coordinator of group '\(group)'")
                    } else {
                        throw Self.groupError(code, group: group, brokerMessage: response.errorMessage)
                    }
                }
            }
            guard !retry.isEmpty else { return found }
            if attempt == Self.coordinatorAttempts - 1, let lastError { throw lastError }
            pending = retry
            try? await Task.sleep(for: .milliseconds(100 * (attempt + 1)))
        }
        return found
    }

    /// The connection to `group`'s coordinator.
    func coordinatorConnection(_ group: String) async throws(KafkaClientError) -> (KafkaConnection, Int32) {
        let nodes = try await self.findCoordinators([group])
        guard let node = nodes[group] else {
            throw KafkaClientError(.broker, code: .coordinatorNotAvailable, "group '\(group)' has no coordinator")
        }
        return (try await self.connection(to: node), node)
    }

    /// Runs `body` against `group`'s coordinator, finding it again and retrying when the answer
    /// is COORDINATOR_LOAD_IN_PROGRESS, COORDINATOR_NOT_AVAILABLE or NOT_COORDINATOR.
    func withCoordinator<T>(
        _ group: String, _ body: (KafkaConnection, Int32) async throws(KafkaClientError) -> T
    ) async throws(KafkaClientError) -> T {
        var attempt = 0
        while true {
            let (connection, node) = try await self.coordinatorConnection(group)
            do {
                return try await body(connection, node)
            } catch {
                attempt += 1
                guard let code = error.code, Self.isCoordinatorRetriable(code), attempt < Self.coordinatorAttempts else { throw error }
                try? await Task.sleep(for: .milliseconds(100 * attempt))
            }
        }
    }

    static func isCoordinatorRetriable(_ code: ErrorCode) -> Bool {
        code == .coordinatorLoadInProgress || code == .coordinatorNotAvailable || code == .notCoordinator
    }

    // MARK: Listing

    /// Every group on every broker (each broker coordinates some), sorted by id. `states` filters
    /// by Kafka's state names (case-insensitive); it needs ListGroups v4+.
    public func listGroups(states: [String] = [], types: [String] = []) async throws(KafkaClientError) -> [GroupListing] {
        let metadata = try await self.metadata(topics: [])
        var nodes = metadata.brokers.map(\.nodeId)
        if nodes.isEmpty { nodes = [-1] }
        var listed: [String: GroupListing] = [:]
        for node in nodes {
            let connection: KafkaConnection
            if node < 0 { connection = try await self.anyConnection() } else { connection = try await self.connection(to: node) }
            guard let version = connection.apiVersions.version(.listGroups, ours: ListGroupsRequest.validVersions) else {
                throw KafkaClientError(.unsupportedVersion, code: .unsupportedVersion, "the broker at \(connection.address) cannot list groups (it does not support ListGroups)")
            }
            if !states.isEmpty && version < 4 {
                throw KafkaClientError(.unsupportedVersion, code: .unsupportedVersion, "filtering groups by state needs ListGroups v4, the broker has at most v\(version)")
            }
            if !types.isEmpty && version < 5 {
                throw KafkaClientError(.unsupportedVersion, code: .unsupportedVersion, "filtering groups by type needs ListGroups v5, the broker has at most v\(version)")
            }
            var request = ListGroupsRequest()
            request.statesFilter = states
            request.typesFilter = types
            let response = try await connection.send(request, version: version)
            let code = ErrorCode(code: response.errorCode)
            guard code == .noError else { throw KafkaClientError.broker(code, nil, context: "listing groups on broker \(node)") }
            for group in response.groups {
                listed[group.groupId] = GroupListing(
                    groupId: group.groupId, protocolType: group.protocolType, state: group.groupState,
                    type: version >= 5 ? group.groupType : (group.protocolType == "consumer" || group.protocolType.isEmpty ? "classic" : group.protocolType),
                    coordinator: node
                )
            }
        }
        return listed.values.sorted { $0.groupId < $1.groupId }
    }

    // MARK: Describing

    /// Describes a group: ConsumerGroupDescribe first when the coordinator has it (a KIP-848
    /// group), DescribeGroups for classic groups or older brokers. A group that does not exist is
    /// reported with state "Dead" and no members, as DescribeGroups does.
    public func describeGroup(_ group: String) async throws(KafkaClientError) -> GroupDescription {
        try await self.withCoordinator(group) { (connection, node) async throws(KafkaClientError) -> GroupDescription in
            if connection.apiVersions.supports(.consumerGroupDescribe, ours: ConsumerGroupDescribeRequest.validVersions) {
                var request = ConsumerGroupDescribeRequest()
                request.groupIds = [group]
                let response = try await connection.send(request)
                guard let described = response.groups.first(where: { $0.groupId == group }) else {
                    throw KafkaClientError(.protocolViolation, code: .unknownServerError, "the ConsumerGroupDescribe response says nothing about group '\(group)'")
                }
                let code = ErrorCode(code: described.errorCode)
                switch code {
                case .noError:
                    return Self.description(of: described, coordinator: node)
                case .groupIdNotFound, .unsupportedVersion:
                    // A classic group, or none: DescribeGroups says which.
                    break
                default:
                    throw Self.groupError(code, group: group, brokerMessage: described.errorMessage)
                }
            }
            var request = DescribeGroupsRequest()
            request.groups = [group]
            let response = try await connection.send(request)
            guard let described = response.groups.first(where: { $0.groupId == group }) else {
                throw KafkaClientError(.protocolViolation, code: .unknownServerError, "the DescribeGroups response says nothing about group '\(group)'")
            }
            let code = ErrorCode(code: described.errorCode)
            guard code == .noError else { throw Self.groupError(code, group: group) }
            return Self.description(of: described, coordinator: node)
        }
    }

    static func description(of group: DescribeGroupsResponse.DescribedGroup, coordinator: Int32) -> GroupDescription {
        let isConsumer = group.protocolType == "consumer"
        return GroupDescription(
            groupId: group.groupId, type: "classic", state: group.groupState, protocolType: group.protocolType,
            assignor: group.protocolData,
            members: group.members.map { member in
                GroupMember(
                    memberId: member.memberId, instanceId: member.groupInstanceId, clientId: member.clientId, host: member.clientHost,
                    assignment: isConsumer ? try? ConsumerProtocol.assignment(from: member.memberAssignment) : nil
                )
            }.sorted { $0.memberId < $1.memberId },
            coordinator: coordinator
        )
    }

    static func description(of group: ConsumerGroupDescribeResponse.DescribedGroup, coordinator: Int32) -> GroupDescription {
        GroupDescription(
            groupId: group.groupId, type: "consumer", state: group.groupState, protocolType: "consumer", assignor: group.assignorName,
            members: group.members.map { member in
                GroupMember(
                    memberId: member.memberId, instanceId: member.instanceId, clientId: member.clientId, host: member.clientHost,
                    assignment: member.assignment.topicPartitions
                        .flatMap { topic in topic.partitions.map { TopicPartition(topic: topic.topicName, partition: $0) } }
                        .sorted()
                )
            }.sorted { $0.memberId < $1.memberId },
            coordinator: coordinator
        )
    }

    // MARK: Deleting

    /// Deletes groups (DeleteGroups at each coordinator); the result names each group's error,
    /// NO_ERROR when deleted (Kafka: NON_EMPTY_GROUP while members remain, GROUP_ID_NOT_FOUND for
    /// an unknown group).
    public func deleteGroups(_ groups: [String]) async throws(KafkaClientError) -> [String: ErrorCode] {
        var results: [String: ErrorCode] = [:]
        for group in Set(groups).sorted() {
            do throws(KafkaClientError) {
                try await self.withCoordinator(group) { (connection, _) async throws(KafkaClientError) -> Void in
                    var request = DeleteGroupsRequest()
                    request.groupsNames = [group]
                    let response = try await connection.send(request)
                    guard let result = response.results.first(where: { $0.groupId == group }) else {
                        throw KafkaClientError(.protocolViolation, code: .unknownServerError, "the DeleteGroups response says nothing about group '\(group)'")
                    }
                    let code = ErrorCode(code: result.errorCode)
                    if Self.isCoordinatorRetriable(code) { throw KafkaClientError.broker(code, context: "group '\(group)'") }
                    results[group] = code
                }
            } catch where error.kind == .broker && error.code != nil {
                results[group] = error.code
            }
        }
        return results
    }

    /// A message naming the group for the errors group calls commonly get.
    static func groupError(_ code: ErrorCode, group: String, brokerMessage: String? = nil) -> KafkaClientError {
        switch code {
        case .groupIdNotFound:
            return KafkaClientError(.broker, code: code, "group '\(group)' does not exist")
        case .nonEmptyGroup:
            return KafkaClientError(.broker, code: code, "group '\(group)' still has members")
        case .invalidGroupId:
            return KafkaClientError(.broker, code: code, "'\(group)' is not a valid group id")
        case .groupAuthorizationFailed:
            return KafkaClientError(.broker, code: code, "not authorized to access group '\(group)'")
        default:
            return KafkaClientError.broker(code, brokerMessage, context: "group '\(group)'")
        }
    }
}
