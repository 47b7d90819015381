import NIOConcurrencyHelpers
import ServiceLifecycle
import SluiceProtocol

/// The KIP-848 groups of this broker, by group id: the shell around `ConsumerGroupState` values
/// that ConsumerGroupHeartbeat and ConsumerGroupDescribe handlers call, and that persists them.
///
/// Persistence: once `attach` has given it a storage, every change of a group is written to
/// `__consumer_offsets` as Kafka's records (`ConsumerGroupState.records(since:)`), appended under
/// the lock so they reach the log in the order the changes were made, and a request is answered
/// only once the group's last write is durable. Until `load` has run, requests get
/// COORDINATOR_LOAD_IN_PROGRESS. Without a storage (unit tests) groups live in memory only.
///
/// Thread-safe: one lock around every group; operations are short and their only I/O is the
/// append of a small batch (the wait for durability happens outside the lock).
public final class ConsumerGroupCoordinator: Sendable {
    public let config: ConsumerGroupConfig

    private struct State {
        var groups: [String: ConsumerGroupState] = [:]
        /// Each group's latest write; an answer waits for it, even when its own request wrote
        /// nothing, so no client sees a state a crash could take back.
        var lastWrites: [String: GroupStorageWrite] = [:]
        var storage: (any GroupStorage)?
        var loading = false
    }

    private let state = NIOLockedValueBox(State())

    public init(config: ConsumerGroupConfig = ConsumerGroupConfig()) {
        self.config = config
    }

    /// Persists groups in `storage` from now on; requests get COORDINATOR_LOAD_IN_PROGRESS until
    /// `load` has installed what it stored.
    public func attach(storage: any GroupStorage) {
        self.state.withLockedValue { state in
            state.storage = storage
            state.loading = true
        }
    }

    /// Installs the groups read from `__consumer_offsets`; their members' sessions start at `nowMs`.
    public func load(_ stored: [String: StoredConsumerGroup], nowMs: Int64) {
        self.state.withLockedValue { state in
            for (groupId, group) in stored {
                state.groups[groupId] = ConsumerGroupState(groupId: groupId, restoring: group, config: self.config, nowMs: nowMs)
            }
            state.loading = false
        }
    }

    public var isLoading: Bool { self.state.withLockedValue { $0.loading } }

    /// One ConsumerGroupHeartbeat. A joining member (epoch 0) creates its group; any other epoch
    /// for a group that does not exist is answered GROUP_ID_NOT_FOUND after the request checks.
    public func heartbeat(
        _ request: ConsumerGroupHeartbeatRequest, version: Int16, clientId: String, clientHost: String,
        topics: ConsumerGroupTopics, nowMs: Int64
    ) async -> ConsumerGroupHeartbeatResponse {
        let (outcome, write) = self.state.withLockedValue { state -> (ConsumerGroupHeartbeatOutcome, GroupStorageWrite?) in
            if state.loading { return (.failure(.coordinatorLoadInProgress, "The coordinator is loading the group metadata."), nil) }
            let existing = state.groups[request.groupId]
            var group = existing ?? ConsumerGroupState(groupId: request.groupId, config: self.config)
            if existing == nil {
                do throws(ConsumerGroupHeartbeatError) {
                    try group.validate(request, version: version)
                } catch {
                    return (.failure(error.code, error.message), nil)
                }
                guard request.memberEpoch == 0 else {
                    return (.failure(.groupIdNotFound, "Consumer group \(request.groupId) not found."), nil)
                }
            }
            let outcome = group.heartbeat(request, version: version, clientId: clientId, clientHost: clientHost, topics: topics, nowMs: nowMs)
            // A failed join does not create the group (a failure changes nothing else).
            if existing == nil && outcome.error != .noError { return (outcome, nil) }
            do {
                return (outcome, try Self.commit(group, replacing: existing, in: &state))
            } catch {
                return (.failure(.coordinatorNotAvailable, "The group could not be stored: \(error)"), nil)
            }
        }
        if let write {
            do {
                try await write.waitUntilDurable()
            } catch {
                return ConsumerGroupHeartbeatOutcome.failure(.coordinatorNotAvailable, "The group could not be stored: \(error)").response
            }
        }
        return outcome.response
    }

    /// Installs `group` and appends the records of its change; on a failed append the old state
    /// stays. Returns the write to wait for (the group's latest).
    private static func commit(_ group: ConsumerGroupState, replacing old: ConsumerGroupState?, in state: inout State) throws -> GroupStorageWrite? {
        let records = group.records(since: old)
        if !records.isEmpty, let storage = state.storage {
            state.lastWrites[group.groupId] = try storage.appendConsumerGroupRecords(group.groupId, records: records)
        }
        state.groups[group.groupId] = group
        return state.lastWrites[group.groupId]
    }

    /// ConsumerGroupDescribe for each id, in request order: INVALID_GROUP_ID for an empty id,
    /// GROUP_ID_NOT_FOUND for a group this coordinator does not hold, COORDINATOR_LOAD_IN_PROGRESS
    /// while loading.
    public func describe(groupIds: [String], topics: ConsumerGroupTopics) -> [ConsumerGroupDescribeResponse.DescribedGroup] {
        self.state.withLockedValue { state in
            groupIds.map { groupId in
                var failed = ConsumerGroupDescribeResponse.DescribedGroup()
                failed.groupId = groupId
                if groupId.isEmpty {
                    failed.errorCode = ErrorCode.invalidGroupId.rawValue
                    return failed
                }
                if state.loading {
                    failed.errorCode = ErrorCode.coordinatorLoadInProgress.rawValue
                    return failed
                }
                guard let group = state.groups[groupId] else {
                    failed.errorCode = ErrorCode.groupIdNotFound.rawValue
                    return failed
                }
                return group.describe(topics: topics)
            }
        }
    }

    /// Runs every group's session and rebalance timers and persists the removals; returns what
    /// expired, by group, once it is durable.
    @discardableResult
    public func expireMembers(nowMs: Int64, topics: ConsumerGroupTopics) async throws -> [String: [ConsumerGroupState.Expiry]] {
        let (expired, writes) = try self.state.withLockedValue { state throws -> ([String: [ConsumerGroupState.Expiry]], [GroupStorageWrite]) in
            guard !state.loading else { return ([:], []) }
            var expired: [String: [ConsumerGroupState.Expiry]] = [:]
            var writes: [GroupStorageWrite] = []
            for groupId in state.groups.keys.sorted() {
                guard let old = state.groups[groupId], let deadline = old.nextDeadlineMs, deadline <= nowMs else { continue }
                var group = old
                let removed = group.expireMembers(nowMs: nowMs, topics: topics)
                if let write = try Self.commit(group, replacing: old, in: &state) { writes.append(write) }
                if !removed.isEmpty { expired[groupId] = removed }
            }
            return (expired, writes)
        }
        for write in writes { try await write.waitUntilDurable() }
        return expired
    }

    /// Calls `expireMembers` every `interval` until cancelled or a graceful shutdown; a failed
    /// write is reported to `onError` and retried at the next tick (the group kept its state).
    public func runTimers(
        interval: Duration = .milliseconds(250), clock: @escaping @Sendable () -> Int64,
        topics: @escaping @Sendable () -> ConsumerGroupTopics, onError: @escaping @Sendable (any Error) -> Void
    ) async {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                if Task.isCancelled { break }
                do {
                    try await self.expireMembers(nowMs: clock(), topics: topics())
                } catch {
                    onError(error)
                }
            }
        }
    }

    /// The earliest session or rebalance deadline over all groups.
    public var nextDeadlineMs: Int64? {
        self.state.withLockedValue { state in state.groups.values.compactMap(\.nextDeadlineMs).min() }
    }

    /// A copy of one group's state (for tests and tools).
    public func group(_ groupId: String) -> ConsumerGroupState? {
        self.state.withLockedValue { $0.groups[groupId] }
    }

    /// Every group's id and state name (ListGroups).
    public var listing: [(groupId: String, state: String)] {
        self.state.withLockedValue { state in state.groups.map { ($0.key, $0.value.state.rawValue) } }
    }

    /// Removes an empty group (DeleteGroups) and its records: GROUP_ID_NOT_FOUND or
    /// NON_EMPTY_GROUP otherwise, COORDINATOR_NOT_AVAILABLE when the tombstones cannot be stored.
    public func deleteGroup(_ groupId: String) async -> ErrorCode? {
        let result = self.state.withLockedValue { state -> Result<GroupStorageWrite?, ErrorCode> in
            guard let group = state.groups[groupId] else { return .failure(.groupIdNotFound) }
            guard group.members.isEmpty else { return .failure(.nonEmptyGroup) }
            var write: GroupStorageWrite?
            if let storage = state.storage {
                do {
                    write = try storage.appendConsumerGroupRecords(groupId, records: group.deletionRecords())
                } catch {
                    return .failure(.coordinatorNotAvailable)
                }
            }
            state.groups[groupId] = nil
            state.lastWrites[groupId] = nil
            return .success(write)
        }
        switch result {
        case .failure(let error):
            return error
        case .success(let write):
            do {
                try await write?.waitUntilDurable()
            } catch {
                return .coordinatorNotAvailable
            }
            return nil
        }
    }
}
