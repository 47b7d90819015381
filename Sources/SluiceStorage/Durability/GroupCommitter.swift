import NIOConcurrencyHelpers
import NIOPosix

/// Runs `GroupCommitState` for one log: takes appends and waiters from any thread, runs the
/// fsyncs it asks for on a `NIOThreadPool`, and resumes the waiters.
///
/// Why a class with a lock and not an actor: `appended(upTo:)` is called on the append path,
/// usually while the log's own lock is held, and must not suspend or hop executors; the critical
/// section is a few comparisons. The fsync itself blocks for milliseconds, so it runs on a
/// thread-pool thread and never on Swift's cooperative pool (which has one thread per core and
/// would stall every task on the broker). Continuations are resumed outside the lock.
///
/// Ownership: one per log (partition), created when the log opens; `sync` is the active
/// segment's fsync (the caller re-points it at roll, or syncs the old segment itself before
/// rolling). The thread pool is shared and must outlive the committer.
public final class GroupCommitter: Sendable {
    private typealias Waiter = CheckedContinuation<Void, any Error>

    private let state: NIOLockedValueBox<GroupCommitState<Waiter>>
    private let sync: @Sendable () throws -> Void
    private let threadPool: NIOThreadPool
    private let clock: any MillisecondClock

    /// - Parameters:
    ///   - logEndOffset: the log's end offset when it opens.
    ///   - durableOffset: how much of it is known to be on disk (default: all of it).
    ///   - sync: fsyncs everything written to the log so far; throws on failure (which takes the
    ///     log offline). Called on a thread-pool thread, never twice at once.
    public init(
        policy: DurabilityPolicy,
        logEndOffset: Int64 = 0,
        durableOffset: Int64? = nil,
        threadPool: NIOThreadPool = .singleton,
        clock: any MillisecondClock = MonotonicMillisecondClock(),
        sync: @escaping @Sendable () throws -> Void
    ) {
        self.sync = sync
        self.threadPool = threadPool
        self.clock = clock
        self.state = NIOLockedValueBox(
            GroupCommitState(policy: policy, logEndOffset: logEndOffset, durableOffset: durableOffset, now: clock.nowMilliseconds())
        )
        // A log opened with unsynced data gets its sync now under group commit.
        self.tick()
    }

    public var policy: DurabilityPolicy { self.state.withLockedValue { $0.policy } }
    public var logEndOffset: Int64 { self.state.withLockedValue { $0.logEndOffset } }
    /// Everything below it is on disk: Kafka's recovery point.
    public var durableOffset: Int64 { self.state.withLockedValue { $0.durableOffset } }
    /// Bound for acknowledgements and, on a single node, for the high watermark.
    public var acknowledgeableOffset: Int64 { self.state.withLockedValue { $0.acknowledgeableOffset } }
    /// The `upTo` of the sync running on the thread pool, if one is.
    public var syncInFlight: Int64? { self.state.withLockedValue { $0.syncInFlight } }
    /// Whether a failed sync took the log offline.
    public var isFailed: Bool { self.state.withLockedValue { $0.isFailed } }

    /// Appends below `offset` (the new log end offset) are written to the page cache.
    /// Never blocks on I/O; may schedule a sync.
    public func appended(upTo offset: Int64) {
        let now = self.clock.nowMilliseconds()
        let actions = self.state.withLockedValue { $0.appended(upTo: offset, now: now) }
        self.perform(actions)
    }

    /// Returns once the appends below `offset` may be acknowledged under the policy: synced for
    /// `.groupCommit`, written for `.kafka` and `.none`. Throws `DurabilityError`
    /// (`errorCode == .kafkaStorageError`) when a sync failed or the committer shut down.
    /// Not cancellable: the wait ends with the sync that is bound to come.
    public func waitUntilDurable(_ offset: Int64) async throws {
        let now = self.clock.nowMilliseconds()
        // Fast path without a continuation.
        let ready: Bool? = self.state.withLockedValue { state in
            if state.terminalError != nil { return false }
            return offset <= state.acknowledgeableOffset ? true : nil
        }
        if ready == true { return }
        try await withCheckedThrowingContinuation { (continuation: Waiter) in
            let actions = self.state.withLockedValue { $0.waitUntilDurable(offset, waiter: continuation, now: now) }
            self.perform(actions)
        }
    }

    /// Syncs everything appended so far, whatever the policy, and returns once it is on disk
    /// (segment roll, clean shutdown). Throws `DurabilityError` like `waitUntilDurable`.
    public func flush() async throws {
        let now = self.clock.nowMilliseconds()
        try await withCheckedThrowingContinuation { (continuation: Waiter) in
            let actions = self.state.withLockedValue { state in
                state.waitUntilSynced(state.logEndOffset, waiter: continuation, now: now)
            }
            self.perform(actions)
        }
    }

    /// Re-evaluates `flush.ms` against the clock. Call it periodically (see `run`) for `.kafka`
    /// policies with a finite `flushMs`.
    public func tick() {
        let now = self.clock.nowMilliseconds()
        let actions = self.state.withLockedValue { $0.tick(now: now) }
        self.perform(actions)
    }

    /// Ticks every `interval` until the task is cancelled: Kafka's log flusher
    /// (`log.flush.scheduler.interval.ms`). Shaped like ServiceLifecycle's `Service.run`. The
    /// interval only sets how often the injected clock is consulted.
    public func run(interval: Duration = .milliseconds(100)) async throws {
        while !Task.isCancelled {
            try await Task.sleep(for: interval)
            self.tick()
        }
    }

    /// The log was truncated to `offset` (offsets `>= offset` removed). Waiters above it throw
    /// `DurabilityError.truncated` (`NOT_LEADER_OR_FOLLOWER`).
    public func truncated(to offset: Int64) {
        let now = self.clock.nowMilliseconds()
        let actions = self.state.withLockedValue { $0.truncated(to: offset, now: now) }
        self.perform(actions)
    }

    /// Fails every pending and later waiter with `DurabilityError.shutDown`. Call `flush()`
    /// first for a clean shutdown.
    public func shutDown() {
        let actions = self.state.withLockedValue { $0.shutDown() }
        self.perform(actions)
    }

    // MARK: - Carrying out actions

    private func perform(_ actions: GroupCommitState<Waiter>.Actions) {
        for waiter in actions.succeeded { waiter.resume() }
        if let failure = actions.failure {
            for waiter in actions.failed { waiter.resume(throwing: failure) }
        }
        if case .startSync(let upTo) = actions.sync {
            self.startSync(upTo: upTo)
        }
    }

    private func startSync(upTo offset: Int64) {
        self.threadPool.submit { workState in
            let result: Result<Void, any Error>
            if case .active = workState {
                result = Result { try self.sync() }
            } else {
                result = .failure(DurabilityError.shutDown)
            }
            let now = self.clock.nowMilliseconds()
            let actions = self.state.withLockedValue { state in
                switch result {
                case .success: state.syncCompleted(upTo: offset, now: now)
                case .failure(let error): state.syncFailed(error)
                }
            }
            self.perform(actions)
        }
    }
}
