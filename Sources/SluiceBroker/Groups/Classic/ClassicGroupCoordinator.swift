import NIOConcurrencyHelpers
import ServiceLifecycle
import SluiceProtocol

import struct Foundation.Date
import struct Foundation.UUID

/// The classic-protocol group coordinator: holds every classic group's `ClassicGroupState`, runs
/// their timers from `run()`, parks JoinGroup and SyncGroup requests until the state machine
/// answers them, and stores group metadata through `GroupStorage` before answering the requests
/// that depend on it.
///
/// Thread-safe: the groups live under one lock; storage writes are chained so they reach storage
/// in the order the state machines produced them. `now` comes from the injected clock (ms), so
/// tests drive time by hand and call `tick()` themselves.
public final class ClassicGroupCoordinator: Service, Sendable {
    /// Milliseconds; wall-clock time in production, a hand-driven value in tests.
    public typealias Clock = @Sendable () -> Int64

    private enum Answer: Sendable {
        case join(ClassicJoinResponse)
        case sync(ClassicSyncResponse)
    }

    private enum Waiter: Sendable {
        case join(CheckedContinuation<ClassicJoinResponse, Never>)
        case sync(CheckedContinuation<ClassicSyncResponse, Never>)
    }

    /// An answer to deliver once `store` (if any) has finished; `failed` turns it into an error.
    private struct Delivery: Sendable {
        var token: ClassicGroupToken
        var answer: Answer
        var store: StoreWrite?
    }

    private struct StoreWrite: Sendable {
        var groupId: String
        var generationId: Int32?
        var task: Task<Bool, Never>
    }

    private struct State {
        var groups: [String: ClassicGroupState] = [:]
        var nextToken: ClassicGroupToken = 0
        var waiting: [ClassicGroupToken: Waiter] = [:]
        var ready: [ClassicGroupToken: Answer] = [:]
        var lastStore: Task<Bool, Never>?
        var closed = false
        /// Until `load` runs, requests get COORDINATOR_LOAD_IN_PROGRESS.
        var loading = false

        mutating func token() -> ClassicGroupToken {
            self.nextToken &+= 1
            return self.nextToken
        }
    }

    private struct Work: Sendable {
        var deliveries: [Delivery] = []
        var stores: [StoreWrite] = []
    }

    public let config: ClassicGroupConfig
    private let storage: any GroupStorage
    private let clock: Clock
    private let tickInterval: Duration
    private let state = NIOLockedValueBox(State())

    /// - Parameters:
    ///   - tickInterval: how often `run()` checks the groups' timers.
    ///   - awaitingLoad: answer COORDINATOR_LOAD_IN_PROGRESS until `load(_:)` has run (heartbeats
    ///     get NONE meanwhile, as Kafka answers them blindly while loading).
    public init(storage: any GroupStorage, config: ClassicGroupConfig = ClassicGroupConfig(), tickInterval: Duration = .milliseconds(100), awaitingLoad: Bool = false, clock: @escaping Clock = ClassicGroupCoordinator.wallClock) {
        self.storage = storage
        self.config = config
        self.clock = clock
        self.tickInterval = tickInterval
        self.state.withLockedValue { $0.loading = awaitingLoad }
    }

    /// Milliseconds since the epoch.
    public static let wallClock: Clock = { Int64((Date().timeIntervalSince1970 * 1000).rounded(.down)) }

    /// Installs the groups read from `__consumer_offsets` (before the coordinator answers requests).
    public func load(_ groups: [String: StoredGroupMetadata]) {
        let now = self.clock()
        self.state.withLockedValue { state in
            for (groupId, stored) in groups {
                state.groups[groupId] = ClassicGroupState(groupId: groupId, stored: stored, config: self.config, now: now)
            }
            state.loading = false
        }
    }

    // MARK: - Requests

    /// JoinGroup; returns when the state machine answers (possibly after a whole rebalance).
    public func joinGroup(groupId: String, _ request: ClassicJoinRequest) async -> ClassicJoinResponse {
        let (token, work) = self.state.withLockedValue { state -> (ClassicGroupToken, Work) in
            let token = state.token()
            func immediate(_ error: ErrorCode) -> (ClassicGroupToken, Work) {
                var work = Work()
                work.deliveries.append(Delivery(token: token, answer: .join(ClassicJoinResponse(errorCode: error, memberId: request.memberId))))
                return (token, work)
            }
            if state.closed { return immediate(.notCoordinator) }
            if groupId.isEmpty { return immediate(.invalidGroupId) }
            if state.loading { return immediate(.coordinatorLoadInProgress) }
            var group: ClassicGroupState
            if let existing = state.groups[groupId] {
                group = existing
            } else {
                // A known member id for a group that does not exist is stale.
                guard request.memberId.isEmpty else { return immediate(.unknownMemberId) }
                group = ClassicGroupState(groupId: groupId, config: self.config, now: self.clock())
            }
            let actions = group.join(request, token: token, now: self.clock(), memberIdSuffix: UUID().uuidString)
            if state.groups[groupId] != nil || group.memberCount > 0 || !group.pendingMemberIds.isEmpty {
                state.groups[groupId] = group
            }
            return (token, self.schedule(actions, in: &state))
        }
        await self.perform(work)
        return await withCheckedContinuation { continuation in self.park(token, .join(continuation)) }
    }

    /// SyncGroup; followers of a rebalancing group return once the leader has sent the assignment
    /// and it is stored.
    public func syncGroup(groupId: String, _ request: ClassicSyncRequest) async -> ClassicSyncResponse {
        let (token, work) = self.state.withLockedValue { state -> (ClassicGroupToken, Work) in
            let token = state.token()
            guard !state.closed, !state.loading, var group = state.groups[groupId] else {
                var work = Work()
                let error: ErrorCode = state.closed ? .notCoordinator : groupId.isEmpty ? .invalidGroupId : state.loading ? .coordinatorLoadInProgress : .unknownMemberId
                work.deliveries.append(Delivery(token: token, answer: .sync(ClassicSyncResponse(errorCode: error))))
                return (token, work)
            }
            let actions = group.sync(request, token: token, now: self.clock())
            state.groups[groupId] = group
            return (token, self.schedule(actions, in: &state))
        }
        await self.perform(work)
        return await withCheckedContinuation { continuation in self.park(token, .sync(continuation)) }
    }

    /// Heartbeat: Kafka's error code for it (UNKNOWN_MEMBER_ID for a group that does not exist).
    public func heartbeat(groupId: String, memberId: String, groupInstanceId: String?, generationId: Int32) -> ErrorCode {
        self.state.withLockedValue { state in
            if state.closed { return .notCoordinator }
            if groupId.isEmpty { return .invalidGroupId }
            if state.loading { return .noError }
            guard var group = state.groups[groupId] else { return .unknownMemberId }
            let error = group.heartbeat(memberId: memberId, groupInstanceId: groupInstanceId, generationId: generationId, now: self.clock())
            state.groups[groupId] = group
            return error
        }
    }

    /// LeaveGroup: a top-level error (UNKNOWN_MEMBER_ID for a group that does not exist) and one
    /// result per member. Returns once the rebalance it starts, if it completes at once, is stored.
    public func leaveGroup(groupId: String, members: [ClassicLeaveMember]) async -> (errorCode: ErrorCode, members: [ClassicLeaveMemberResult]) {
        let (error, results, work) = self.state.withLockedValue { state -> (ErrorCode, [ClassicLeaveMemberResult], Work) in
            if state.closed { return (.notCoordinator, [], Work()) }
            if state.loading && !groupId.isEmpty { return (.coordinatorLoadInProgress, [], Work()) }
            guard var group = state.groups[groupId] else { return (groupId.isEmpty ? .invalidGroupId : .unknownMemberId, [], Work()) }
            let (results, actions) = group.leave(members, now: self.clock())
            state.groups[groupId] = group
            return (.noError, results, self.schedule(actions, in: &state))
        }
        await self.perform(work)
        return (error, results)
    }

    /// Kafka's offset-commit checks for a classic group; nil when the commit may proceed. A commit
    /// with generation -1 to a group that does not exist creates it (an Empty "simple" group, as
    /// Kafka does); any other commit to an unknown group gets ILLEGAL_GENERATION, or
    /// GROUP_ID_NOT_FOUND from OffsetCommit v9.
    public func validateOffsetCommit(groupId: String, memberId: String, groupInstanceId: String?, generationId: Int32, isTransactional: Bool = false, apiVersion: Int16 = 0) -> ErrorCode? {
        self.state.withLockedValue { state in
            if state.closed { return .notCoordinator }
            if groupId.isEmpty { return .invalidGroupId }
            if state.loading { return .coordinatorLoadInProgress }
            guard let group = state.groups[groupId] else {
                if generationId < 0 {
                    state.groups[groupId] = ClassicGroupState(groupId: groupId, config: self.config, now: self.clock())
                    return nil
                }
                return apiVersion >= 9 ? .groupIdNotFound : .illegalGeneration
            }
            return group.validateOffsetCommit(memberId: memberId, groupInstanceId: groupInstanceId, generationId: generationId, isTransactional: isTransactional)
        }
    }

    /// The group's state, nil when there is no such classic group (for OffsetFetch, DeleteGroups
    /// and offset expiry, which only drop offsets of Empty groups).
    public func phase(of groupId: String) -> ClassicGroupPhase? {
        self.state.withLockedValue { $0.groups[groupId]?.phase }
    }

    /// Whether requests are still answered COORDINATOR_LOAD_IN_PROGRESS (describe and list
    /// callers check this themselves).
    public var isLoading: Bool { self.state.withLockedValue { $0.loading } }

    /// A copy of one group's state; nil when it does not exist.
    public func group(_ groupId: String) -> ClassicGroupState? {
        self.state.withLockedValue { $0.groups[groupId] }
    }

    /// DescribeGroups of one group; nil when it does not exist.
    public func describeGroup(_ groupId: String) -> ClassicGroupDescription? {
        self.state.withLockedValue { $0.groups[groupId]?.description }
    }

    /// ListGroups: every classic group, optionally only those in `states`.
    public func listGroups(states: Set<ClassicGroupPhase>? = nil) -> [ClassicGroupListing] {
        self.state.withLockedValue { state in
            state.groups.values.map(\.listing).filter { states?.contains($0.state) ?? true }.sorted { $0.groupId < $1.groupId }
        }
    }

    /// DeleteGroups of one group (its metadata; offsets are the caller's): GROUP_ID_NOT_FOUND,
    /// NON_EMPTY_GROUP, or NONE once the removal is stored.
    public func deleteGroup(_ groupId: String) async -> ErrorCode {
        let (error, work) = self.state.withLockedValue { state -> (ErrorCode, Work) in
            if state.closed { return (.notCoordinator, Work()) }
            if state.loading { return (.coordinatorLoadInProgress, Work()) }
            guard var group = state.groups[groupId] else { return (.groupIdNotFound, Work()) }
            let (error, actions) = group.delete(now: self.clock())
            if error == .noError { state.groups[groupId] = nil } else { state.groups[groupId] = group }
            return (error, self.schedule(actions, in: &state))
        }
        await self.perform(work)
        return error
    }

    // MARK: - Timers and lifecycle

    /// Runs every group's due timers (sessions, rebalance timeouts, the initial delay).
    public func tick() async {
        let work = self.state.withLockedValue { state -> Work in
            guard !state.closed, !state.loading else { return Work() }
            let now = self.clock()
            var actions: [ClassicGroupAction] = []
            for (groupId, var group) in state.groups {
                guard let deadline = group.nextDeadline, deadline <= now else { continue }
                actions += group.tick(now: now)
                state.groups[groupId] = group
            }
            return self.schedule(actions, in: &state)
        }
        await self.perform(work)
    }

    /// Ticks every `tickInterval` until cancelled or a graceful shutdown, then answers every
    /// parked request with NOT_COORDINATOR (as Kafka does when it unloads a coordinator).
    public func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                try? await Task.sleep(for: self.tickInterval)
                if Task.isCancelled { break }
                await self.tick()
            }
        }
        self.shutdown()
    }

    /// Answers every parked request with NOT_COORDINATOR; later requests get it at once.
    public func shutdown() {
        let waiters = self.state.withLockedValue { state -> [Waiter] in
            state.closed = true
            defer { state.waiting.removeAll() }
            return Array(state.waiting.values)
        }
        for waiter in waiters {
            switch waiter {
            case .join(let continuation): continuation.resume(returning: ClassicJoinResponse(errorCode: .notCoordinator))
            case .sync(let continuation): continuation.resume(returning: ClassicSyncResponse(errorCode: .notCoordinator))
            }
        }
    }

    // MARK: - Plumbing

    /// Starts the storage writes (chained after every earlier one) and ties each answer to the
    /// last write before it in the batch. Called under the lock, so chain order is action order.
    private func schedule(_ actions: [ClassicGroupAction], in state: inout State) -> Work {
        var work = Work()
        var pendingStore: StoreWrite?
        for action in actions {
            switch action {
            case .storeGroup(let groupId, let metadata):
                let previous = state.lastStore
                let storage = self.storage
                let task = Task<Bool, Never> {
                    _ = await previous?.value
                    do {
                        try await storage.storeGroup(groupId, metadata: metadata)
                        return true
                    } catch {
                        return false
                    }
                }
                state.lastStore = task
                let write = StoreWrite(groupId: groupId, generationId: metadata?.generation, task: task)
                work.stores.append(write)
                pendingStore = write
            case .joinResponse(let token, let response):
                work.deliveries.append(Delivery(token: token, answer: .join(response), store: pendingStore))
            case .syncResponse(let token, let response):
                work.deliveries.append(Delivery(token: token, answer: .sync(response), store: pendingStore))
            }
        }
        return work
    }

    private func perform(_ work: Work) async {
        var failed: [(groupId: String, generationId: Int32)] = []
        for store in work.stores where !(await store.task.value) {
            if let generationId = store.generationId { failed.append((store.groupId, generationId)) }
        }
        for delivery in work.deliveries {
            var answer = delivery.answer
            if let store = delivery.store, !(await store.task.value) {
                // The generation is not durable: members must rejoin.
                switch answer {
                case .join(let response): answer = .join(ClassicJoinResponse(errorCode: .coordinatorNotAvailable, memberId: response.memberId))
                case .sync: answer = .sync(ClassicSyncResponse(errorCode: .coordinatorNotAvailable))
                }
            }
            self.deliver(delivery.token, answer)
        }
        guard !failed.isEmpty else { return }
        let more = self.state.withLockedValue { state -> Work in
            var actions: [ClassicGroupAction] = []
            for failure in failed {
                guard var group = state.groups[failure.groupId] else { continue }
                actions += group.storeFailed(generationId: failure.generationId, now: self.clock())
                state.groups[failure.groupId] = group
            }
            return self.schedule(actions, in: &state)
        }
        await self.perform(more)
    }

    private func deliver(_ token: ClassicGroupToken, _ answer: Answer) {
        let waiter = self.state.withLockedValue { state -> Waiter? in
            if let waiter = state.waiting.removeValue(forKey: token) { return waiter }
            state.ready[token] = answer
            return nil
        }
        if let waiter { Self.resume(waiter, with: answer) }
    }

    private func park(_ token: ClassicGroupToken, _ waiter: Waiter) {
        let answer = self.state.withLockedValue { state -> Answer? in
            if let answer = state.ready.removeValue(forKey: token) { return answer }
            if state.closed {
                switch waiter {
                case .join: return .join(ClassicJoinResponse(errorCode: .notCoordinator))
                case .sync: return .sync(ClassicSyncResponse(errorCode: .notCoordinator))
                }
            }
            state.waiting[token] = waiter
            return nil
        }
        if let answer { Self.resume(waiter, with: answer) }
    }

    private static func resume(_ waiter: Waiter, with answer: Answer) {
        switch (waiter, answer) {
        case (.join(let continuation), .join(let response)): continuation.resume(returning: response)
        case (.sync(let continuation), .sync(let response)): continuation.resume(returning: response)
        case (.join(let continuation), .sync): continuation.resume(returning: ClassicJoinResponse(errorCode: .unknownServerError))
        case (.sync(let continuation), .join): continuation.resume(returning: ClassicSyncResponse(errorCode: .unknownServerError))
        }
    }
}
