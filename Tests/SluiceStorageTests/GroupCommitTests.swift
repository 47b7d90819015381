#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NIOConcurrencyHelpers
import NIOPosix
import SluiceProtocol
import SluiceTestKit
import Testing

@testable import SluiceStorage

private struct DiskError: Error, Equatable {}

// MARK: - State machine

@Suite("GroupCommitState")
struct GroupCommitStateTests {
    typealias State = GroupCommitState<Int>

    @Test("many waiters registered during one sync share the next sync")
    func concurrentWaitersShareOneSync() {
        var state = State(policy: .groupCommit, now: 0)
        var actions = state.appended(upTo: 1, now: 0)
        #expect(actions.sync == .startSync(upTo: 1))
        #expect(state.waitUntilDurable(1, waiter: 0, now: 0).isEmpty)

        // While the first sync runs, 100 producers append and wait: no new sync starts.
        for producer in 1...100 {
            actions = state.appended(upTo: Int64(producer + 1), now: 0)
            #expect(actions.sync == .none)
            #expect(state.waitUntilDurable(Int64(producer + 1), waiter: producer, now: 0).isEmpty)
        }
        #expect(state.waiterCount == 101)

        actions = state.syncCompleted(upTo: 1, now: 0)
        #expect(actions.succeeded == [0])
        #expect(actions.sync == .startSync(upTo: 101))
        #expect(state.durableOffset == 1)

        actions = state.syncCompleted(upTo: 101, now: 0)
        #expect(actions.succeeded == Array(1...100))
        #expect(actions.sync == .none)
        #expect(state.durableOffset == 101)
        #expect(state.waiterCount == 0)
    }

    @Test("a waiter arriving during a sync is covered by the next one, not the running one")
    func waiterDuringSyncWaitsForNextSync() {
        var state = State(policy: .groupCommit, now: 0)
        #expect(state.appended(upTo: 5, now: 0).sync == .startSync(upTo: 5))
        #expect(state.appended(upTo: 8, now: 0).sync == .none)
        #expect(state.waitUntilDurable(8, waiter: 1, now: 0).isEmpty)

        var actions = state.syncCompleted(upTo: 5, now: 0)
        #expect(actions.succeeded.isEmpty, "offsets 5..<8 were not covered by the sync up to 5")
        #expect(actions.sync == .startSync(upTo: 8))
        #expect(state.acknowledgeableOffset == 5)

        actions = state.syncCompleted(upTo: 8, now: 0)
        #expect(actions.succeeded == [1])
    }

    @Test("already durable offsets complete at once; offsets not yet appended wait for the append")
    func immediateAndFutureWaiters() {
        var state = State(policy: .groupCommit, logEndOffset: 10, now: 0)
        #expect(state.waitUntilDurable(10, waiter: 1, now: 0).succeeded == [1])
        #expect(state.waitUntilDurable(0, waiter: 2, now: 0).succeeded == [2])

        var actions = state.waitUntilDurable(12, waiter: 3, now: 0)
        #expect(actions.isEmpty, "nothing unsynced: no sync yet")
        #expect(state.appended(upTo: 11, now: 0).sync == .startSync(upTo: 11))
        actions = state.appended(upTo: 12, now: 0)
        #expect(actions.sync == .none)
        actions = state.syncCompleted(upTo: 11, now: 0)
        #expect(actions.succeeded.isEmpty)
        #expect(actions.sync == .startSync(upTo: 12))
        #expect(state.syncCompleted(upTo: 12, now: 0).succeeded == [3])
    }

    @Test("waiters registered out of order complete in offset order")
    func outOfOrderWaiters() {
        var state = State(policy: .groupCommit, now: 0)
        _ = state.appended(upTo: 1, now: 0)
        _ = state.appended(upTo: 9, now: 0)
        _ = state.waitUntilDurable(9, waiter: 9, now: 0)
        _ = state.waitUntilDurable(3, waiter: 3, now: 0)
        _ = state.waitUntilDurable(6, waiter: 6, now: 0)
        let actions = state.syncCompleted(upTo: 1, now: 0)
        #expect(actions.sync == .startSync(upTo: 9))
        #expect(state.syncCompleted(upTo: 9, now: 0).succeeded == [3, 6, 9])
    }

    @Test("appends reported out of order never move logEndOffset back")
    func appendsOutOfOrder() {
        var state = State(policy: .groupCommit, now: 0)
        _ = state.appended(upTo: 10, now: 0)
        #expect(state.appended(upTo: 4, now: 0).isEmpty)
        #expect(state.logEndOffset == 10)
    }

    @Test("a failed sync fails its waiters, later waiters, and starts no further sync")
    func failedSyncTakesLogOffline() {
        var state = State(policy: .groupCommit, now: 0)
        _ = state.appended(upTo: 3, now: 0)
        _ = state.waitUntilDurable(3, waiter: 1, now: 0)
        _ = state.appended(upTo: 6, now: 0)
        _ = state.waitUntilDurable(6, waiter: 2, now: 0)

        var actions = state.syncFailed(DiskError())
        #expect(Set(actions.failed) == [1, 2], "the waiter beyond the failed sync fails as well")
        #expect(actions.succeeded.isEmpty)
        #expect(actions.sync == .none)
        #expect(actions.failure?.errorCode == .kafkaStorageError)
        #expect(actions.failure?.isSyncFailure == true)
        #expect(actions.failure?.underlying is DiskError)
        #expect(state.isFailed)
        #expect(state.durableOffset == 0)

        // Later appends start no sync; later waiters fail at once, even for old offsets.
        actions = state.appended(upTo: 7, now: 0)
        #expect(actions.isEmpty)
        actions = state.waitUntilDurable(7, waiter: 3, now: 0)
        #expect(actions.failed == [3])
        #expect(actions.failure?.isLogOffline == true)
        #expect(actions.failure?.errorCode == .kafkaStorageError)
        #expect(state.waitUntilSynced(1, waiter: 4, now: 0).failed == [4])
        #expect(state.requestSync(now: 0).isEmpty)
        #expect(state.tick(now: 1_000_000).isEmpty)
    }

    @Test("shutDown fails pending and later waiters; a late sync completion only moves durableOffset")
    func shutDown() {
        var state = State(policy: .groupCommit, now: 0)
        _ = state.appended(upTo: 2, now: 0)
        _ = state.waitUntilDurable(2, waiter: 1, now: 0)
        var actions = state.shutDown()
        #expect(actions.failed == [1])
        #expect(actions.failure?.isShutDown == true)
        actions = state.syncCompleted(upTo: 2, now: 0)
        #expect(actions.isEmpty)
        #expect(state.durableOffset == 2)
        #expect(state.waitUntilDurable(2, waiter: 2, now: 0).failed == [2])
    }

    @Test("kafka policy acknowledges on write and syncs when flush.messages is reached")
    func kafkaFlushMessages() {
        var state = State(policy: .kafka(flushMessages: 10, flushMs: .max), now: 0)
        var actions = state.waitUntilDurable(4, waiter: 1, now: 0)
        #expect(actions.isEmpty, "offset 3 is not written yet")
        actions = state.appended(upTo: 4, now: 0)
        #expect(actions.succeeded == [1], "acknowledged once in the page cache")
        #expect(actions.sync == .none)
        #expect(state.acknowledgeableOffset == 4)
        #expect(state.durableOffset == 0)

        #expect(state.appended(upTo: 9, now: 0).sync == .none)
        #expect(state.appended(upTo: 10, now: 0).sync == .startSync(upTo: 10))
        // While that sync runs, 12 more messages: the next sync starts when it completes.
        #expect(state.appended(upTo: 22, now: 0).sync == .none)
        actions = state.syncCompleted(upTo: 10, now: 0)
        #expect(actions.sync == .startSync(upTo: 22))
        actions = state.syncCompleted(upTo: 22, now: 0)
        #expect(actions.sync == .none)
        #expect(state.appended(upTo: 31, now: 0).sync == .none)
    }

    @Test("kafka policy syncs by flush.ms with the injected time, only when data is unsynced")
    func kafkaFlushMs() {
        var state = State(policy: .kafka(flushMessages: .max, flushMs: 1000), now: 5000)
        #expect(state.tick(now: 7000).isEmpty, "nothing written: nothing to sync")
        #expect(state.appended(upTo: 3, now: 7000).sync == .startSync(upTo: 3), "more than flush.ms since the log opened")
        _ = state.syncCompleted(upTo: 3, now: 7001)

        #expect(state.appended(upTo: 5, now: 7500).sync == .none)
        #expect(state.tick(now: 7999).sync == .none)
        #expect(state.tick(now: 8000).sync == .startSync(upTo: 5))
        #expect(state.tick(now: 9500).sync == .none, "one sync at a time")
        _ = state.syncCompleted(upTo: 5, now: 9501)
        #expect(state.tick(now: 20000).sync == .none, "clean log")
    }

    @Test("Kafka's defaults and .none never sync on their own, but honour explicit requests")
    func neverSyncPolicies() {
        for policy in [DurabilityPolicy.kafkaDefault, .none] {
            var state = State(policy: policy, now: 0)
            for offset in 1...1000 {
                let actions = state.appended(upTo: Int64(offset), now: Int64(offset) * 1000)
                #expect(actions.sync == .none)
            }
            #expect(state.tick(now: .max / 2).sync == .none)
            #expect(state.waitUntilDurable(1000, waiter: 1, now: 0).succeeded == [1])
            #expect(state.durableOffset == 0)

            // Segment roll / shutdown: a requested sync and a waiter on it.
            #expect(state.waitUntilSynced(1000, waiter: 2, now: 0).sync == .startSync(upTo: 1000))
            #expect(state.syncCompleted(upTo: 1000, now: 0).succeeded == [2])
            _ = state.appended(upTo: 1001, now: 0)
            #expect(state.requestSync(now: 0).sync == .startSync(upTo: 1001))
            #expect(state.syncCompleted(upTo: 1001, now: 0).sync == .none)
        }
    }

    @Test("truncation fails waiters above it, lowers the offsets, and limits the sync in flight")
    func truncation() {
        var state = State(policy: .groupCommit, now: 0)
        #expect(state.appended(upTo: 10, now: 0).sync == .startSync(upTo: 10))
        _ = state.waitUntilDurable(4, waiter: 4, now: 0)
        _ = state.waitUntilDurable(10, waiter: 10, now: 0)
        _ = state.appended(upTo: 12, now: 0)
        _ = state.waitUntilDurable(12, waiter: 12, now: 0)

        var actions = state.truncated(to: 5, now: 0)
        #expect(actions.failed == [10, 12])
        #expect(actions.failure?.isTruncated == true)
        #expect(actions.failure?.errorCode == .notLeaderOrFollower)
        #expect(state.logEndOffset == 5)
        #expect(state.truncated(to: 7, now: 0).isEmpty, "not below logEndOffset: no-op")

        // New appends over the truncated range: the running sync (started before them) proves
        // only offsets below 5 durable, and a new sync covers the rest.
        #expect(state.appended(upTo: 9, now: 0).sync == .none)
        _ = state.waitUntilDurable(9, waiter: 9, now: 0)
        actions = state.syncCompleted(upTo: 10, now: 0)
        #expect(state.durableOffset == 5)
        #expect(actions.succeeded == [4])
        #expect(actions.sync == .startSync(upTo: 9))
        #expect(state.syncCompleted(upTo: 9, now: 0).succeeded == [9])

        // Truncating below the durable offset lowers it.
        _ = state.truncated(to: 3, now: 0)
        #expect(state.durableOffset == 3)
        #expect(state.acknowledgeableOffset == 3)
    }

    @Test("a log opened with unsynced data syncs on the first event under group commit")
    func openedWithUnsyncedData() {
        var state = State(policy: .groupCommit, logEndOffset: 50, durableOffset: 20, now: 0)
        #expect(state.acknowledgeableOffset == 20)
        #expect(state.tick(now: 0).sync == .startSync(upTo: 50))
    }
}

// MARK: - Random interleavings

/// SplitMix64: deterministic, so a failing seed can be replayed.
private struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        self.state &+= 0x9E37_79B9_7F4A_7C15
        var z = self.state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite("GroupCommitState random interleavings")
struct GroupCommitStateRandomTests {
    @Test("never acknowledges beyond the policy's bound, one sync at a time, every waiter completes", arguments: [
        DurabilityPolicy.groupCommit, .kafka(flushMessages: 7, flushMs: 50), .kafkaDefault, .none,
    ])
    func randomInterleavings(policy: DurabilityPolicy) {
        for seed in UInt64(1)...200 {
            var random = SeededGenerator(state: seed)
            var state = GroupCommitState<Int64>(policy: policy, now: 0)
            var now: Int64 = 0
            var written: Int64 = 0
            var syncing: Int64?
            var syncsStarted = 0
            var registered: [Int64: Int64] = [:]  // waiter id -> offset
            var completed = Set<Int64>()
            var nextWaiter: Int64 = 0

            func apply(_ actions: GroupCommitState<Int64>.Actions, _ line: Int = #line) {
                for waiter in actions.succeeded {
                    let offset = registered[waiter]!
                    #expect(offset <= state.acknowledgeableOffset, "seed \(seed): waiter at \(offset) acknowledged early")
                    if policy == .groupCommit {
                        #expect(offset <= state.durableOffset, "seed \(seed): acknowledged before fsync")
                    }
                    #expect(completed.insert(waiter).inserted, "seed \(seed): waiter completed twice")
                }
                #expect(actions.failed.isEmpty, "seed \(seed): no failure was injected")
                if case .startSync(let upTo) = actions.sync {
                    #expect(syncing == nil, "seed \(seed): two syncs in flight")
                    #expect(upTo == state.logEndOffset)
                    syncing = upTo
                    syncsStarted += 1
                }
                #expect(state.durableOffset <= state.logEndOffset)
            }

            for _ in 0..<300 {
                now += Int64.random(in: 0...20, using: &random)
                switch Int.random(in: 0..<10, using: &random) {
                case 0...3:
                    written += Int64.random(in: 1...5, using: &random)
                    apply(state.appended(upTo: written, now: now))
                case 4...6:
                    let offset = Int64.random(in: 0...(written + 3), using: &random)
                    registered[nextWaiter] = offset
                    apply(state.waitUntilDurable(offset, waiter: nextWaiter, now: now))
                    nextWaiter += 1
                case 7, 8:
                    if let upTo = syncing {
                        syncing = nil
                        apply(state.syncCompleted(upTo: upTo, now: now))
                    }
                default:
                    apply(state.tick(now: now))
                }
            }
            // Quiesce: write whatever waiters wait for, flush, finish every sync.
            written += 3
            apply(state.appended(upTo: written, now: now))
            apply(state.requestSync(now: now))
            while let upTo = syncing {
                syncing = nil
                apply(state.syncCompleted(upTo: upTo, now: now))
            }
            #expect(state.durableOffset == written, "seed \(seed)")
            #expect(state.waiterCount == 0, "seed \(seed): \(state.waiterCount) waiters left")
            #expect(completed.count == registered.count, "seed \(seed)")
            if policy == .none || policy == .kafkaDefault {
                #expect(syncsStarted <= 2, "seed \(seed): \(policy) synced \(syncsStarted) times on its own")
            }
        }
    }
}

// MARK: - Executor

/// A fsync double: counts calls, can block until released, can fail.
private final class FakeSync: Sendable {
    private struct Counters {
        var calls = 0
        var failWith: (any Error)?
        var blocked = false
    }

    private let counters = NIOLockedValueBox(Counters())
    private let gate = ConditionLock(value: 0)  // 0: open, 1: closed

    var calls: Int { self.counters.withLockedValue { $0.calls } }

    func failAll(with error: any Error) { self.counters.withLockedValue { $0.failWith = error } }
    func block() { self.gate.lock(); self.gate.unlock(withValue: 1) }
    func release() { self.gate.lock(); self.gate.unlock(withValue: 0) }

    func sync() throws {
        let failure = self.counters.withLockedValue { counters -> (any Error)? in
            counters.calls += 1
            return counters.failWith
        }
        self.gate.lock(whenValue: 0)
        self.gate.unlock()
        if let failure { throw failure }
    }
}

private final class ManualClock: MillisecondClock {
    private let now = NIOLockedValueBox<Int64>(0)
    func nowMilliseconds() -> Int64 { self.now.withLockedValue { $0 } }
    func advance(by milliseconds: Int64) { self.now.withLockedValue { $0 += milliseconds } }
}

@Suite("GroupCommitter", .timeLimit(.minutes(1)))
struct GroupCommitterTests {
    @Test("64 concurrent producers complete with far fewer than 64 fsyncs")
    func concurrentWaitersShareSyncs() async throws {
        let fake = FakeSync()
        let pool = NIOThreadPool(numberOfThreads: 2)
        pool.start()
        let committer = GroupCommitter(policy: .groupCommit, threadPool: pool, sync: { try fake.sync() })

        // Hold the first sync so that every other producer lands while it runs.
        fake.block()
        let appends = NIOLockedValueBox<Int64>(0)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<64 {
                group.addTask {
                    // Like the log's lock: offsets assigned and reported in order.
                    let end = appends.withLockedValue { end -> Int64 in
                        end += 1
                        committer.appended(upTo: end)
                        return end
                    }
                    try await committer.waitUntilDurable(end)
                }
            }
            while appends.withLockedValue({ $0 }) < 64 { await Task.yield() }
            fake.release()
            try await group.waitForAll()
        }
        #expect(committer.durableOffset == 64)
        #expect(fake.calls >= 1)
        #expect(fake.calls <= 3, "expected the syncs to be shared, got \(fake.calls) for 64 producers")
        try await pool.shutdownGracefully()
    }

    @Test("a failing fsync makes every waiter throw KAFKA_STORAGE_ERROR, and every later one")
    func failingSync() async throws {
        let fake = FakeSync()
        fake.failAll(with: DiskError())
        let pool = NIOThreadPool(numberOfThreads: 1)
        pool.start()
        let committer = GroupCommitter(policy: .groupCommit, threadPool: pool, sync: { try fake.sync() })
        fake.block()

        let failures = NIOLockedValueBox(0)
        await withTaskGroup(of: Void.self) { group in
            for offset in 1...16 {
                committer.appended(upTo: Int64(offset))
                group.addTask {
                    do {
                        try await committer.waitUntilDurable(Int64(offset))
                    } catch let error as DurabilityError {
                        if error.errorCode == .kafkaStorageError { failures.withLockedValue { $0 += 1 } }
                    } catch {}
                }
            }
            fake.release()
            await group.waitForAll()
        }
        #expect(failures.withLockedValue { $0 } == 16)
        #expect(committer.isFailed)
        #expect(committer.durableOffset == 0)

        committer.appended(upTo: 17)
        await #expect(throws: DurabilityError.self) { try await committer.waitUntilDurable(17) }
        await #expect(throws: DurabilityError.self) { try await committer.flush() }
        #expect(fake.calls == 1, "a failed fsync is never retried")
        try await pool.shutdownGracefully()
    }

    @Test("kafka policy: acknowledged on write; flush.ms driven by the injected clock")
    func kafkaPolicyWithClock() async throws {
        let fake = FakeSync()
        let clock = ManualClock()
        let pool = NIOThreadPool(numberOfThreads: 1)
        pool.start()
        let committer = GroupCommitter(
            policy: .kafka(flushMessages: .max, flushMs: 1000), threadPool: pool, clock: clock, sync: { try fake.sync() }
        )
        committer.appended(upTo: 5)
        try await committer.waitUntilDurable(5)
        #expect(committer.durableOffset == 0)
        #expect(fake.calls == 0)

        clock.advance(by: 999)
        committer.tick()
        #expect(committer.syncInFlight == nil, "flush.ms not reached yet")
        committer.appended(upTo: 6)
        #expect(committer.syncInFlight == nil)
        clock.advance(by: 1)
        fake.block()
        committer.tick()
        #expect(committer.syncInFlight == 6, "flush.ms reached: one sync covering everything written")
        fake.release()
        try await waitUntil { committer.durableOffset == 6 }
        #expect(fake.calls == 1)
        try await pool.shutdownGracefully()
    }

    @Test("flush syncs under .none and returns once durable")
    func flushUnderNone() async throws {
        let fake = FakeSync()
        let pool = NIOThreadPool(numberOfThreads: 1)
        pool.start()
        let committer = GroupCommitter(policy: .none, threadPool: pool, sync: { try fake.sync() })
        for offset in 1...100 { committer.appended(upTo: Int64(offset)) }
        try await committer.waitUntilDurable(100)
        #expect(fake.calls == 0)
        try await committer.flush()
        #expect(committer.durableOffset == 100)
        #expect(fake.calls == 1)
        try await committer.flush()
        #expect(fake.calls == 1, "nothing new to sync")
        try await pool.shutdownGracefully()
    }

    @Test("shutDown fails pending waiters with KAFKA_STORAGE_ERROR")
    func shutDownFailsWaiters() async throws {
        let fake = FakeSync()
        let pool = NIOThreadPool(numberOfThreads: 1)
        pool.start()
        let committer = GroupCommitter(policy: .groupCommit, threadPool: pool, sync: { try fake.sync() })
        let waiting = Task {
            try await committer.waitUntilDurable(10)  // never appended
        }
        committer.shutDown()  // before or after the waiter registers: it fails either way
        await #expect(throws: DurabilityError.self) { try await waiting.value }
        try await pool.shutdownGracefully()
    }
}

/// Polls `condition` (for effects of the thread pool) for up to five seconds.
private func waitUntil(_ condition: () -> Bool) async throws {
    for _ in 0..<5000 {
        if condition() { return }
        try await Task.sleep(for: .milliseconds(1))
    }
    Issue.record("condition not met within 5 s")
}

// MARK: - Real files

@Suite("GroupCommitter on a real file", .timeLimit(.minutes(1)))
struct GroupCommitterRealFileTests {
    @Test("64 producers writing a real file with fdatasync: all acknowledged, syncs shared")
    func realFile() async throws {
        var template = Array("/tmp/sluice-group-commit-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        try #require(fd >= 0)
        let path = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        defer {
            close(fd)
            unlink(path)
        }
        let syncs = NIOLockedValueBox(0)
        let pool = NIOThreadPool(numberOfThreads: 2)
        pool.start()
        let committer = GroupCommitter(policy: .groupCommit, threadPool: pool) {
            syncs.withLockedValue { $0 += 1 }
            guard fdatasync(fd) == 0 else { throw DiskError() }
        }
        let record = [UInt8](repeating: 0x5A, count: 4096)
        let log = NIOLockedValueBox<Int64>(0)  // the log's lock and its end offset
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<64 {
                group.addTask {
                    let end = try log.withLockedValue { end -> Int64 in
                        let written = record.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, off_t(end) * 4096) }
                        guard written == 4096 else { throw DiskError() }
                        end += 1
                        committer.appended(upTo: end)
                        return end
                    }
                    try await committer.waitUntilDurable(end)
                    #expect(committer.durableOffset >= end)
                }
            }
            try await group.waitForAll()
        }
        #expect(committer.durableOffset == 64)
        var info = stat()
        #expect(fstat(fd, &info) == 0 && info.st_size == 64 * 4096)
        let count = syncs.withLockedValue { $0 }
        #expect(count >= 1 && count < 64, "\(count) fdatasyncs for 64 appends")
        try await pool.shutdownGracefully()
    }
}
