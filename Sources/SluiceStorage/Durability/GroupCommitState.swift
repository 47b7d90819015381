/// The decisions of group commit for one log, as a value: no I/O, no clock reads. The owner
/// (`GroupCommitter`, or a test) feeds it events with the current time and carries out the
/// actions it returns: start a sync, resume waiters.
///
/// Offsets are *end* offsets, like `logEndOffset` and the high watermark: a value `n` means
/// "every offset below `n`".
///
/// - `logEndOffset`: appends below it are written to the page cache (reported by `appended`).
/// - `durableOffset`: appends below it were covered by a completed fsync; they survive a crash
///   of the machine, not only of the process. This is Kafka's *recovery point*.
/// - `acknowledgeableOffset`: appends below it may be acknowledged to producers under the
///   policy: `durableOffset` for `.groupCommit`, `logEndOffset` for `.kafka` and `.none`.
///
/// Relation to the high watermark: on a single node (no followers) the broker advances the high
/// watermark to `acknowledgeableOffset`, so in group-commit mode consumers never read data that
/// a crash could take back. With replication the high watermark is additionally bounded by what
/// the ISR has fetched; followers fetch what the leader wrote to the page cache, and their own
/// logs apply their own policy.
///
/// Invariants:
/// - `durableOffset <= logEndOffset`; both only grow, except through `truncated(to:)`
///   (`appended` with a smaller offset is a no-op, so concurrent appenders may report out of
///   order).
/// - At most one sync is in flight (`syncInFlight`); it covers every offset below its `upTo`,
///   which was `logEndOffset` when it started. Appends reported while it runs wait for the next
///   one, which covers all of them: that sharing is the group commit.
/// - A waiter is never completed successfully unless its offset is `<= acknowledgeableOffset`.
/// - After a failed sync the state is terminal: every pending and later waiter fails with
///   `DurabilityError` (`KAFKA_STORAGE_ERROR`) and no further sync is started, because the
///   kernel may have dropped the dirty pages that failed to write (an fsync is not retried).
///
/// Not thread-safe (a value); the owner serialises events.
public struct GroupCommitState<Waiter> {
    /// Whether the owner must start a sync.
    public enum SyncAction: Sendable, Hashable {
        case none
        /// Run one fsync of the log, then report `syncCompleted(upTo:)` with this same offset,
        /// or `syncFailed`.
        case startSync(upTo: Int64)
    }

    /// What the owner must do after an event, in this order: resume `succeeded`, resume
    /// `failed` with `failure`, then carry out `sync`.
    public struct Actions {
        public var sync: SyncAction = .none
        public var succeeded: [Waiter] = []
        public var failed: [Waiter] = []
        /// The error for every waiter in `failed`; non-nil exactly when `failed` is non-empty.
        public var failure: DurabilityError?

        public init() {}

        public var isEmpty: Bool { self.sync == .none && self.succeeded.isEmpty && self.failed.isEmpty }
    }

    fileprivate struct Pending {
        var offset: Int64
        var waiter: Waiter
    }

    public let policy: DurabilityPolicy
    public private(set) var logEndOffset: Int64
    public private(set) var durableOffset: Int64
    /// The `upTo` of the sync that is running, if one is.
    public private(set) var syncInFlight: Int64?
    /// When the last sync started (for `flush.ms`), in the clock's milliseconds.
    public private(set) var lastSyncStartMs: Int64
    /// What the sync in flight may still prove durable: its `upTo`, lowered by truncations that
    /// happened while it ran (it cannot vouch for data appended after it started).
    private var syncInFlightLimit: Int64 = .max
    /// Set after a failed sync or `shutDown`: the error every later waiter fails with.
    public private(set) var terminalError: DurabilityError?
    /// `requestSync` asked for everything below this to be synced, whatever the policy.
    private var requestedSyncOffset: Int64
    /// Waiting for `logEndOffset` (`.kafka` / `.none` acknowledgements). Sorted by offset.
    private var writeWaiters: [Pending] = []
    /// Waiting for `durableOffset`. Sorted by offset. Non-empty means a sync is wanted.
    private var syncWaiters: [Pending] = []

    /// A log opened with `logEndOffset`, of which everything below `durableOffset` is known to be
    /// on disk (after recovery usually both are the same). When `durableOffset < logEndOffset`
    /// the first event starts a sync if the policy calls for one.
    public init(policy: DurabilityPolicy, logEndOffset: Int64 = 0, durableOffset: Int64? = nil, now: Int64) {
        let durable = durableOffset ?? logEndOffset
        precondition(durable >= 0 && durable <= logEndOffset, "durableOffset \(durable) must be in 0...logEndOffset \(logEndOffset)")
        self.policy = policy
        self.logEndOffset = logEndOffset
        self.durableOffset = durable
        self.lastSyncStartMs = now
        self.requestedSyncOffset = durable
    }

    /// See the type's documentation: the bound for acknowledgements and, on a single node, for
    /// the high watermark.
    public var acknowledgeableOffset: Int64 {
        self.policy.acknowledgesAfterSync ? self.durableOffset : self.logEndOffset
    }

    /// How many waiters are pending.
    public var waiterCount: Int { self.writeWaiters.count + self.syncWaiters.count }

    /// Whether a failed sync took the log offline.
    public var isFailed: Bool { self.terminalError?.isLogOffline ?? false }

    // MARK: - Events

    /// Appends below `offset` are now in the page cache.
    public mutating func appended(upTo offset: Int64, now: Int64) -> Actions {
        var actions = Actions()
        guard self.terminalError == nil else { return actions }
        if offset > self.logEndOffset { self.logEndOffset = offset }
        actions.succeeded = Self.removeSatisfied(&self.writeWaiters, upTo: self.logEndOffset)
        actions.sync = self.nextSync(now: now)
        return actions
    }

    /// Registers `waiter` to be completed once `acknowledgeableOffset >= offset`, i.e. once the
    /// appends below `offset` may be acknowledged under the policy. Completes it at once when
    /// they already may, fails it at once when the log is offline or shut down.
    public mutating func waitUntilDurable(_ offset: Int64, waiter: Waiter, now: Int64) -> Actions {
        var actions = Actions()
        if let error = self.terminalError {
            actions.failed = [waiter]
            actions.failure = error
            return actions
        }
        if offset <= self.acknowledgeableOffset {
            actions.succeeded = [waiter]
            return actions
        }
        if self.policy.acknowledgesAfterSync {
            Self.insert(Pending(offset: offset, waiter: waiter), into: &self.syncWaiters)
        } else {
            Self.insert(Pending(offset: offset, waiter: waiter), into: &self.writeWaiters)
        }
        actions.sync = self.nextSync(now: now)
        return actions
    }

    /// Registers `waiter` to be completed once `durableOffset >= offset`, whatever the policy,
    /// and makes sure a sync will cover it. For an explicit flush (segment roll, shutdown).
    public mutating func waitUntilSynced(_ offset: Int64, waiter: Waiter, now: Int64) -> Actions {
        var actions = Actions()
        if let error = self.terminalError {
            actions.failed = [waiter]
            actions.failure = error
            return actions
        }
        if offset <= self.durableOffset {
            actions.succeeded = [waiter]
            return actions
        }
        Self.insert(Pending(offset: offset, waiter: waiter), into: &self.syncWaiters)
        actions.sync = self.nextSync(now: now)
        return actions
    }

    /// Asks for everything written so far to be synced, whatever the policy (Kafka's
    /// `log.flush()` on segment roll and shutdown). Nobody is notified; see `waitUntilSynced`.
    public mutating func requestSync(now: Int64) -> Actions {
        var actions = Actions()
        guard self.terminalError == nil else { return actions }
        self.requestedSyncOffset = max(self.requestedSyncOffset, self.logEndOffset)
        actions.sync = self.nextSync(now: now)
        return actions
    }

    /// Time passed: starts a sync when `flush.ms` is due. Needed only for `.kafka` with a finite
    /// `flushMs`; harmless otherwise.
    public mutating func tick(now: Int64) -> Actions {
        var actions = Actions()
        actions.sync = self.nextSync(now: now)
        return actions
    }

    /// The sync started by `.startSync(upTo: offset)` succeeded.
    public mutating func syncCompleted(upTo offset: Int64, now: Int64) -> Actions {
        precondition(self.syncInFlight == offset, "syncCompleted(upTo: \(offset)) but the sync in flight is \(String(describing: self.syncInFlight))")
        self.syncInFlight = nil
        let proven = min(offset, self.syncInFlightLimit)
        self.syncInFlightLimit = .max
        if proven > self.durableOffset { self.durableOffset = proven }
        var actions = Actions()
        guard self.terminalError == nil else { return actions }
        actions.succeeded = Self.removeSatisfied(&self.syncWaiters, upTo: self.durableOffset)
        actions.sync = self.nextSync(now: now)
        return actions
    }

    /// The sync in flight failed. The log goes offline: every pending waiter fails now and every
    /// later one fails at once. `durableOffset` stays where it was.
    public mutating func syncFailed(_ error: any Error) -> Actions {
        precondition(self.syncInFlight != nil, "syncFailed without a sync in flight")
        self.syncInFlight = nil
        self.syncInFlightLimit = .max
        var actions = Actions()
        if self.terminalError == nil {
            self.terminalError = .logOffline(after: error)
        }
        actions.failed = self.drainWaiters()
        if !actions.failed.isEmpty { actions.failure = .syncFailed(error) }
        return actions
    }

    /// The log was truncated to `offset` (offsets `>= offset` removed; a follower's truncation
    /// or recovery of a torn tail). Waiters above `offset` fail with `DurabilityError.truncated`
    /// (their appends are gone); the offsets move down; a sync in flight will only vouch for
    /// data below `offset`. A no-op when `offset >= logEndOffset`.
    public mutating func truncated(to offset: Int64, now: Int64) -> Actions {
        var actions = Actions()
        guard offset < self.logEndOffset else { return actions }
        precondition(offset >= 0, "truncated(to: \(offset))")
        self.logEndOffset = offset
        self.durableOffset = min(self.durableOffset, offset)
        self.requestedSyncOffset = min(self.requestedSyncOffset, offset)
        if self.syncInFlight != nil { self.syncInFlightLimit = min(self.syncInFlightLimit, offset) }
        guard self.terminalError == nil else { return actions }
        actions.failed = Self.removeAbove(&self.writeWaiters, offset) + Self.removeAbove(&self.syncWaiters, offset)
        if !actions.failed.isEmpty { actions.failure = .truncated }
        return actions
    }

    /// The log is closing: pending waiters fail with `DurabilityError.shutDown`, as does every
    /// later one. A sync in flight may still be reported; it only moves `durableOffset`.
    public mutating func shutDown() -> Actions {
        var actions = Actions()
        if self.terminalError == nil { self.terminalError = .shutDown }
        actions.failed = self.drainWaiters()
        if !actions.failed.isEmpty { actions.failure = self.terminalError }
        return actions
    }

    // MARK: - Decisions

    /// Starts a sync when none is running, something is unsynced, and the policy or a waiter
    /// wants one.
    private mutating func nextSync(now: Int64) -> SyncAction {
        guard self.terminalError == nil, self.syncInFlight == nil, self.logEndOffset > self.durableOffset else {
            return .none
        }
        var due = !self.syncWaiters.isEmpty || self.requestedSyncOffset > self.durableOffset
        switch self.policy {
        case .groupCommit:
            due = true
        case .kafka(let flushMessages, let flushMs):
            if self.logEndOffset - self.durableOffset >= flushMessages { due = true }
            if now - self.lastSyncStartMs >= flushMs { due = true }
        case .none:
            break
        }
        guard due else { return .none }
        self.syncInFlight = self.logEndOffset
        self.lastSyncStartMs = now
        return .startSync(upTo: self.logEndOffset)
    }

    private mutating func drainWaiters() -> [Waiter] {
        let all = (self.writeWaiters + self.syncWaiters).map(\.waiter)
        self.writeWaiters.removeAll()
        self.syncWaiters.removeAll()
        return all
    }

    /// Keeps `list` sorted by offset; appends are usually at the end, so this is O(1) then.
    private static func insert(_ pending: Pending, into list: inout [Pending]) {
        if let last = list.last, last.offset > pending.offset {
            var low = 0
            var high = list.count
            while low < high {
                let middle = (low + high) / 2
                if list[middle].offset <= pending.offset { low = middle + 1 } else { high = middle }
            }
            list.insert(pending, at: low)
        } else {
            list.append(pending)
        }
    }

    private static func removeAbove(_ list: inout [Pending], _ offset: Int64) -> [Waiter] {
        var keep = list.count
        while keep > 0 && list[keep - 1].offset > offset { keep -= 1 }
        guard keep < list.count else { return [] }
        let removed = list[keep...].map(\.waiter)
        list.removeLast(list.count - keep)
        return removed
    }

    private static func removeSatisfied(_ list: inout [Pending], upTo offset: Int64) -> [Waiter] {
        var count = 0
        while count < list.count && list[count].offset <= offset { count += 1 }
        guard count > 0 else { return [] }
        let done = list[..<count].map(\.waiter)
        list.removeFirst(count)
        return done
    }
}

extension GroupCommitState: Sendable where Waiter: Sendable {}
extension GroupCommitState.Pending: Sendable where Waiter: Sendable {}
extension GroupCommitState.Actions: Sendable where Waiter: Sendable {}
