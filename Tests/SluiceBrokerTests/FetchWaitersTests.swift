import SluiceBroker
import Testing

@Suite struct FetchWaitersTests {
    @Test func wakeAllReleasesAWaiter() async {
        let waiters = FetchWaiters()
        let generation = waiters.generation
        let start = ContinuousClock.now
        async let waited: Void = waiters.wait(after: generation, timeout: .seconds(30))
        try? await Task.sleep(for: .milliseconds(50))
        waiters.wakeAll()
        await waited
        #expect(ContinuousClock.now - start < .seconds(10))
        #expect(waiters.generation != generation)
    }

    @Test func aChangeBeforeWaitingIsNotMissed() async {
        let waiters = FetchWaiters()
        let generation = waiters.generation
        waiters.wakeAll()
        let start = ContinuousClock.now
        await waiters.wait(after: generation, timeout: .seconds(30))
        #expect(ContinuousClock.now - start < .seconds(5))
    }

    @Test func timesOutWithoutAWakeUp() async {
        let waiters = FetchWaiters()
        let start = ContinuousClock.now
        await waiters.wait(after: waiters.generation, timeout: .milliseconds(100))
        let elapsed = ContinuousClock.now - start
        #expect(elapsed >= .milliseconds(100))
        #expect(elapsed < .seconds(10))
    }
}
