import SluiceBroker
import Testing

@Suite struct FetchWaitersTests {
    @Test func wakeAllReleasesAWaiter() async {
        let waiters = FetchWaiters()
        let generation = waiters.generation
        let start = ContinuousClock.now
        async let waited: Void = waiters.wait(after: generation, timeout: .seconds(120))
        try? await Task.sleep(for: .milliseconds(50))
        waiters.wakeAll()
        await waited
        #expect(ContinuousClock.now - start < .seconds(60))
        #expect(waiters.generation != generation)
    }

    @Test func aChangeBeforeWaitingIsNotMissed() async {
        let waiters = FetchWaiters()
        let generation = waiters.generation
        waiters.wakeAll()
        let start = ContinuousClock.now
        await waiters.wait(after: generation, timeout: .seconds(120))
        #expect(ContinuousClock.now - start < .seconds(60))
    }

    @Test func timesOutWithoutAWakeUp() async {
        let waiters = FetchWaiters()
        let start = ContinuousClock.now
        await waiters.wait(after: waiters.generation, timeout: .milliseconds(100))
        let elapsed = ContinuousClock.now - start
        #expect(elapsed >= .milliseconds(100))
        #expect(elapsed < .seconds(60))
    }
}

@Suite struct FetchWaitersCloseTests {
    @Test func closeReleasesWaitersAndLaterWaitsReturnAtOnce() async {
        let waiters = FetchWaiters()
        let start = ContinuousClock.now
        async let waited: Void = waiters.wait(after: waiters.generation, timeout: .seconds(120))
        try? await Task.sleep(for: .milliseconds(50))
        waiters.close()
        await waited
        await waiters.wait(after: waiters.generation, timeout: .seconds(120))
        #expect(waiters.isClosed)
        #expect(ContinuousClock.now - start < .seconds(60))
    }
}
