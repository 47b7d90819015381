import NIOConcurrencyHelpers
import SluiceProtocol

/// The KIP-848 groups of this broker, by group id: the shell around `ConsumerGroupState` values
/// that ConsumerGroupHeartbeat and ConsumerGroupDescribe handlers call.
///
/// Nothing is persisted yet: a restart forgets every group (members rejoin with epoch 0 after
/// UNKNOWN_MEMBER_ID / GROUP_ID_NOT_FOUND). Kafka would write, per change, the records
/// `ConsumerGroupMetadata` (group epoch), `ConsumerGroupMemberMetadata` (subscription, rack,
/// instance id, rebalance timeout, assignor), `ConsumerGroupPartitionMetadata` (subscribed topics'
/// ids and partition counts), `ConsumerGroupTargetAssignmentMember` and
/// `ConsumerGroupTargetAssignmentMetadata` (target assignment and its epoch) and
/// `ConsumerGroupCurrentMemberAssignment` (member epoch, previous epoch, state, assigned and
/// pending-revocation partitions) to `__consumer_offsets`, and replay them on load.
///
/// Thread-safe: one lock around every group; operations are short and do no I/O.
public final class ConsumerGroupCoordinator: Sendable {
    public let config: ConsumerGroupConfig
    private let groups = NIOLockedValueBox<[String: ConsumerGroupState]>([:])

    public init(config: ConsumerGroupConfig = ConsumerGroupConfig()) {
        self.config = config
    }

    /// One ConsumerGroupHeartbeat. A joining member (epoch 0) creates its group; any other epoch
    /// for a group that does not exist is answered GROUP_ID_NOT_FOUND after the request checks.
    public func heartbeat(
        _ request: ConsumerGroupHeartbeatRequest, version: Int16, clientId: String, clientHost: String,
        topics: ConsumerGroupTopics, nowMs: Int64
    ) -> ConsumerGroupHeartbeatResponse {
        self.groups.withLockedValue { groups in
            if var group = groups[request.groupId] {
                let outcome = group.heartbeat(request, version: version, clientId: clientId, clientHost: clientHost, topics: topics, nowMs: nowMs)
                groups[request.groupId] = group
                return outcome.response
            }
            var group = ConsumerGroupState(groupId: request.groupId, config: self.config)
            do throws(ConsumerGroupHeartbeatError) {
                try group.validate(request, version: version)
            } catch {
                return ConsumerGroupHeartbeatOutcome.failure(error.code, error.message).response
            }
            guard request.memberEpoch == 0 else {
                return ConsumerGroupHeartbeatOutcome.failure(.groupIdNotFound, "Consumer group \(request.groupId) not found.").response
            }
            let outcome = group.heartbeat(request, version: version, clientId: clientId, clientHost: clientHost, topics: topics, nowMs: nowMs)
            if outcome.error == .noError { groups[request.groupId] = group }
            return outcome.response
        }
    }

    /// ConsumerGroupDescribe for each id, in request order: INVALID_GROUP_ID for an empty id,
    /// GROUP_ID_NOT_FOUND for a group this coordinator does not hold.
    public func describe(groupIds: [String], topics: ConsumerGroupTopics, nowMs: Int64) -> [ConsumerGroupDescribeResponse.DescribedGroup] {
        self.groups.withLockedValue { groups in
            groupIds.map { groupId in
                if groupId.isEmpty {
                    var invalid = ConsumerGroupDescribeResponse.DescribedGroup()
                    invalid.errorCode = ErrorCode.invalidGroupId.rawValue
                    return invalid
                }
                guard var group = groups[groupId] else {
                    var missing = ConsumerGroupDescribeResponse.DescribedGroup()
                    missing.groupId = groupId
                    missing.errorCode = ErrorCode.groupIdNotFound.rawValue
                    return missing
                }
                group.expireMembers(nowMs: nowMs, topics: topics)
                groups[groupId] = group
                return group.describe(topics: topics)
            }
        }
    }

    /// Runs every group's session and rebalance timers; returns what expired, by group.
    @discardableResult
    public func expireMembers(nowMs: Int64, topics: ConsumerGroupTopics) -> [String: [ConsumerGroupState.Expiry]] {
        self.groups.withLockedValue { groups in
            var expired: [String: [ConsumerGroupState.Expiry]] = [:]
            for groupId in groups.keys.sorted() {
                guard var group = groups[groupId] else { continue }
                let removed = group.expireMembers(nowMs: nowMs, topics: topics)
                groups[groupId] = group
                if !removed.isEmpty { expired[groupId] = removed }
            }
            return expired
        }
    }

    /// The earliest session or rebalance deadline over all groups.
    public var nextDeadlineMs: Int64? {
        self.groups.withLockedValue { groups in groups.values.compactMap(\.nextDeadlineMs).min() }
    }

    /// A copy of one group's state (for tests and tools).
    public func group(_ groupId: String) -> ConsumerGroupState? {
        self.groups.withLockedValue { $0[groupId] }
    }

    /// Every group's id and state name (ListGroups).
    public var listing: [(groupId: String, state: String)] {
        self.groups.withLockedValue { groups in groups.map { ($0.key, $0.value.state.rawValue) } }
    }

    /// Removes an empty group (DeleteGroups): GROUP_ID_NOT_FOUND or NON_EMPTY_GROUP otherwise.
    public func deleteGroup(_ groupId: String) -> ErrorCode? {
        self.groups.withLockedValue { groups in
            guard let group = groups[groupId] else { return .groupIdNotFound }
            guard group.members.isEmpty else { return .nonEmptyGroup }
            groups[groupId] = nil
            return nil
        }
    }
}
