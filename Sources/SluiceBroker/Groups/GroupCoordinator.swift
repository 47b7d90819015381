import Logging
import NIOConcurrencyHelpers
import ServiceLifecycle
import SluiceProtocol

/// The broker's group coordinator: the classic protocol's groups, committed offsets, and their
/// persistence in `__consumer_offsets`. This node coordinates every group (one broker).
///
/// Until `run` has loaded `__consumer_offsets`, group requests get COORDINATOR_LOAD_IN_PROGRESS.
/// Committed offsets are kept in memory after they are durable, so OffsetFetch never sees a commit
/// that a crash could take back.
public final class GroupCoordinator: Service, Sendable {
    public let classic: ClassicGroupCoordinator
    public let storage: any GroupStorage
    let logger: Logger
    private let offsets = NIOLockedValueBox<[String: [GroupTopicPartition: StoredOffset]]>([:])
    private let loaded = NIOLockedValueBox(false)
    /// One gate per group in use: a group's commits, deletions and expiry reach the log, and then
    /// its committed offsets, in order; different groups' commits share fsyncs (group commit).
    /// A gate is dropped when its last user leaves.
    private let commitGates = NIOLockedValueBox<[String: (gate: AsyncSerialGate, users: Int)]>([:])

    /// KIP-848 groups, persisted in the same storage; their offsets do not expire while they have
    /// members.
    let consumerGroups: ConsumerGroupCoordinator?
    /// The topics KIP-848 groups subscribe to, for their timers.
    private let consumerGroupTopics: @Sendable () -> ConsumerGroupTopics
    private let clock: @Sendable () -> Int64

    public init(
        storage: any GroupStorage, logger: Logger, consumerGroups: ConsumerGroupCoordinator? = nil,
        consumerGroupTopics: @escaping @Sendable () -> ConsumerGroupTopics = { ConsumerGroupTopics([]) },
        classicConfig: ClassicGroupConfig = ClassicGroupConfig(), retentionCheckInterval: Duration = .seconds(600),
        clock: @escaping @Sendable () -> Int64 = ClassicGroupCoordinator.wallClock
    ) {
        self.storage = storage
        self.logger = logger
        self.consumerGroups = consumerGroups
        self.consumerGroupTopics = consumerGroupTopics
        self.retentionCheckInterval = retentionCheckInterval
        self.clock = clock
        self.classic = ClassicGroupCoordinator(storage: storage, config: classicConfig, awaitingLoad: true, clock: clock)
        consumerGroups?.attach(storage: storage)
    }

    public var isLoading: Bool { !self.loaded.withLockedValue { $0 } }

    /// Loads `__consumer_offsets`, then serves (ticking the classic groups' timers) until shutdown.
    public func run() async throws {
        let stored: StoredGroups
        do {
            stored = try await self.storage.load()
        } catch {
            self.logger.error("Cannot load __consumer_offsets; group requests stay unavailable", metadata: ["error": "\(error)"])
            throw error
        }
        self.offsets.withLockedValue { $0 = stored.offsets }
        self.classic.load(stored.groups)
        self.consumerGroups?.load(stored.consumerGroups, nowMs: self.clock())
        self.loaded.withLockedValue { $0 = true }
        self.logger.info(
            "Loaded consumer groups",
            metadata: [
                "classicGroups": "\(stored.groups.count)", "consumerGroups": "\(stored.consumerGroups.count)",
                "groupsWithOffsets": "\(stored.offsets.count)",
            ]
        )
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await self.classic.run() }
            group.addTask { await self.expireOffsetsPeriodically() }
            if let consumerGroups = self.consumerGroups {
                group.addTask {
                    await consumerGroups.runTimers(clock: self.clock, topics: self.consumerGroupTopics) { error in
                        self.logger.error("Storing a consumer group's expired members failed; retrying", metadata: ["error": "\(error)"])
                    }
                }
            }
            try await group.next()
            group.cancelAll()
        }
    }

    /// `offsets.retention.check.interval.ms` (Kafka's default: 10 minutes).
    let retentionCheckInterval: Duration

    /// Removes committed offsets past `offsets.retention.minutes` (Kafka's rule, see
    /// `ConsumerOffsetsStorage.expiredOffsets` and `offsetExpiryRule`), until graceful shutdown.
    private func expireOffsetsPeriodically() async {
        guard let storage = self.storage as? ConsumerOffsetsStorage else { return }
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                do {
                    try await Task.sleep(for: self.retentionCheckInterval)
                } catch {
                    return
                }
                await self.expireOffsets(storage: storage, now: self.clock())
            }
        }
    }

    func expireOffsets(storage: ConsumerOffsetsStorage, now: Int64) async {
        let rule: @Sendable (String) -> OffsetExpiryRule? = { self.offsetExpiryRule(for: $0) }
        var groups = 0
        var partitions = 0
        for group in storage.expiredOffsets(now: now, rule: rule).keys.sorted() {
            do {
                // Decided again under the group's gate: a commit may have come in meanwhile.
                let expired = try await self.serialized(group) {
                    guard let expired = storage.expiredOffsets(now: now, only: group, rule: rule) else { return [GroupTopicPartition]() }
                    try await storage.deleteOffsets(group: group, partitions: expired)
                    self.forget(group: group, partitions: expired)
                    return expired
                }
                groups += expired.isEmpty ? 0 : 1
                partitions += expired.count
            } catch {
                self.logger.error("Offset expiry failed; the next check retries", metadata: ["group": "\(group)", "error": "\(error)"])
            }
        }
        if groups > 0 {
            self.logger.info("Expired committed offsets", metadata: ["groups": "\(groups)", "partitions": "\(partitions)"])
        }
        await self.deleteEmptyGroupsWithoutOffsets()
    }

    /// Kafka's group cleanup, after offset expiry: an empty group with no committed offsets left
    /// is deleted (tombstones), classic or KIP-848. A group that came back meanwhile is kept
    /// (its deletion is refused as NON_EMPTY_GROUP).
    private func deleteEmptyGroupsWithoutOffsets() async {
        let withOffsets = Set(self.groupsWithOffsets)
        var deleted = 0
        for listing in self.classic.listGroups() where listing.state == .empty && !withOffsets.contains(listing.groupId) {
            if await self.classic.deleteGroup(listing.groupId) == .noError { deleted += 1 }
        }
        if let consumerGroups = self.consumerGroups {
            for (groupId, state) in consumerGroups.listing where state == ConsumerGroupState.GroupState.empty.rawValue && !withOffsets.contains(groupId) {
                if await consumerGroups.deleteGroup(groupId) == nil { deleted += 1 }
            }
        }
        if deleted > 0 { self.logger.info("Deleted empty groups without committed offsets", metadata: ["groups": "\(deleted)"]) }
    }

    /// Which of a group's offsets retention may remove: a KIP-848 group's, by commit time, except
    /// those of topics its members subscribe to; a classic group's as Kafka's classic groups
    /// decide (`ClassicGroupState.offsetExpiry`); a group known only by its offsets', by commit time.
    func offsetExpiryRule(for group: String) -> OffsetExpiryRule? {
        if let consumer = self.consumerGroups?.group(group) {
            return OffsetExpiryRule(subscribedTopics: Set(consumer.members.values.flatMap(\.subscribedTopicNames)), since: .commit)
        }
        guard let classic = self.classic.group(group) else { return .byCommitTime }
        return classic.offsetExpiry
    }

    /// Runs `body` after the group's earlier commits, deletions and expiry, and before its later ones.
    private func serialized<T: Sendable>(_ group: String, _ body: @Sendable () async throws -> T) async throws -> T {
        let gate = self.commitGates.withLockedValue { gates in
            var entry = gates[group] ?? (AsyncSerialGate(), 0)
            entry.users += 1
            gates[group] = entry
            return entry.gate
        }
        defer {
            self.commitGates.withLockedValue { gates in
                guard let entry = gates[group] else { return }
                gates[group] = entry.users > 1 ? (entry.gate, entry.users - 1) : nil
            }
        }
        return try await gate.run(body)
    }

    private func forget(group: String, partitions: [GroupTopicPartition]) {
        self.offsets.withLockedValue { all in
            for partition in partitions { all[group]?[partition] = nil }
            if all[group]?.isEmpty == true { all[group] = nil }
        }
    }

    // MARK: Offsets

    /// Stores offsets durably, then makes them visible to OffsetFetch.
    public func commit(group: String, offsets: [StoredOffset]) async throws {
        guard !offsets.isEmpty else { return }
        try await self.serialized(group) {
            try await self.storage.commitOffsets(group: group, offsets: offsets)
            self.offsets.withLockedValue { all in
                for offset in offsets { all[group, default: [:]][offset.topicPartition] = offset }
            }
        }
    }

    /// Removes offsets durably (OffsetDelete, DeleteGroups).
    public func deleteOffsets(group: String, partitions: [GroupTopicPartition]) async throws {
        guard !partitions.isEmpty else { return }
        try await self.serialized(group) {
            try await self.storage.deleteOffsets(group: group, partitions: partitions)
            self.forget(group: group, partitions: partitions)
        }
    }

    /// The group's committed offsets.
    public func committedOffsets(group: String) -> [GroupTopicPartition: StoredOffset] {
        self.offsets.withLockedValue { $0[group] ?? [:] }
    }

    /// Groups that have committed offsets (for ListGroups of groups without members).
    public var groupsWithOffsets: [String] {
        self.offsets.withLockedValue { Array($0.keys) }
    }
}

/// Runs async critical sections one at a time, in arrival order.
final class AsyncSerialGate: Sendable {
    private struct State {
        var busy = false
        var waiters: [CheckedContinuation<Void, Never>] = []
    }

    private let state = NIOLockedValueBox(State())

    func run<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let enter = self.state.withLockedValue { state -> Bool in
                if !state.busy {
                    state.busy = true
                    return true
                }
                state.waiters.append(continuation)
                return false
            }
            if enter { continuation.resume() }
        }
        defer {
            let next = self.state.withLockedValue { state -> CheckedContinuation<Void, Never>? in
                if state.waiters.isEmpty {
                    state.busy = false
                    return nil
                }
                return state.waiters.removeFirst()
            }
            next?.resume()
        }
        return try await body()
    }
}
