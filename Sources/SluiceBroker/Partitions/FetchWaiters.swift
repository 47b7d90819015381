import NIOConcurrencyHelpers

/// Long-polling fetches waiting for data. A fetch registers before it re-reads, then sleeps
/// until any watched partition's high watermark moves or its deadline passes. Wake-ups are
/// coarse (a generation counter): a woken fetch re-reads and may wait again.
public final class FetchWaiters: Sendable {
    private struct State {
        var generation: UInt64 = 0
        /// After `close`, waits return at once (the broker is shutting down).
        var closed = false
        var waiters: [UInt64: CheckedContinuation<Void, Never>] = [:]
        var nextId: UInt64 = 0
    }

    private let state = NIOLockedValueBox(State())

    public init() {}

    /// The current generation; pass it to `wait(after:until:)` so that a change between reading
    /// and waiting is not missed.
    public var generation: UInt64 { self.state.withLockedValue { $0.generation } }

    /// Whether `close` was called.
    public var isClosed: Bool { self.state.withLockedValue { $0.closed } }

    /// Wakes every waiting fetch (something was appended or the high watermark moved).
    public func wakeAll() {
        let waiters = self.state.withLockedValue { state -> [CheckedContinuation<Void, Never>] in
            state.generation &+= 1
            defer { state.waiters.removeAll(keepingCapacity: true) }
            return Array(state.waiters.values)
        }
        for waiter in waiters { waiter.resume() }
    }

    /// Releases every waiting fetch and makes later waits return at once: on shutdown, parked
    /// fetches are answered with what they have instead of holding the broker up.
    public func close() {
        self.state.withLockedValue { $0.closed = true }
        self.wakeAll()
    }

    /// Returns when the generation passes `generation`, after `timeout`, on `close`, or on
    /// cancellation.
    public func wait(after generation: UInt64, timeout: Duration) async {
        guard timeout > .zero, !self.state.withLockedValue({ $0.closed }) else { return }
        let id = self.state.withLockedValue { state -> UInt64 in
            state.nextId &+= 1
            return state.nextId
        }
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                await withTaskCancellationHandler {
                    await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                        let resumeNow = self.state.withLockedValue { state -> Bool in
                            if state.generation != generation || state.closed || Task.isCancelled { return true }
                            state.waiters[id] = continuation
                            return false
                        }
                        if resumeNow { continuation.resume() }
                    }
                } onCancel: {
                    let waiter = self.state.withLockedValue { $0.waiters.removeValue(forKey: id) }
                    waiter?.resume()
                }
            }
            group.addTask {
                try? await Task.sleep(for: timeout)
            }
            await group.next()
            group.cancelAll()
        }
    }
}
