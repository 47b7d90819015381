import NIOConcurrencyHelpers

/// The budget for request bytes read but not yet answered, across every connection
/// (`queued.max.request.bytes`), as Kafka's request memory pool.
///
/// A frame is admitted when its size fits, or when nothing is admitted at all (so one frame
/// larger than the budget, but within `socket.request.max.bytes`, still goes through alone).
/// A connection that is refused stops reading until `release` frees room.
final class RequestMemoryPool: Sendable {
    /// Nil is unbounded.
    let capacity: Int?

    private struct State {
        var used = 0
        var waiters: [@Sendable () -> Void] = []
    }

    private let state = NIOLockedValueBox(State())

    init(capacity: Int?) {
        self.capacity = capacity
    }

    var used: Int { self.state.withLockedValue { $0.used } }

    /// Reserves `bytes` if they fit; never blocks.
    func tryReserve(_ bytes: Int) -> Bool {
        self.state.withLockedValue { state in
            if let capacity = self.capacity, state.used > 0, state.used + bytes > capacity { return false }
            state.used += bytes
            return true
        }
    }

    /// Returns `bytes` to the pool and wakes every connection waiting for room.
    func release(_ bytes: Int) {
        guard bytes > 0 else { return }
        let waiters = self.state.withLockedValue { state -> [@Sendable () -> Void] in
            state.used = max(0, state.used - bytes)
            defer { state.waiters = [] }
            return state.waiters
        }
        for waiter in waiters { waiter() }
    }

    /// Calls `callback` once after the next `release` (at once if nothing is reserved).
    func notifyWhenAvailable(_ callback: @escaping @Sendable () -> Void) {
        let now = self.state.withLockedValue { state -> Bool in
            if state.used == 0 { return true }
            state.waiters.append(callback)
            return false
        }
        if now { callback() }
    }
}

/// What one connection holds in the pool: every admitted frame until it is answered, and the
/// frame being read. Released in full when the connection ends.
final class ConnectionReservations: Sendable {
    private let held = NIOLockedValueBox(0)
    let pool: RequestMemoryPool

    init(pool: RequestMemoryPool) {
        self.pool = pool
    }

    func add(_ bytes: Int) {
        self.held.withLockedValue { $0 += bytes }
    }

    /// A frame of `bytes` was answered.
    func release(_ bytes: Int) {
        let released = self.held.withLockedValue { held -> Int in
            let amount = min(held, bytes)
            held -= amount
            return amount
        }
        self.pool.release(released)
    }

    /// The connection ended: everything it still holds goes back.
    func releaseAll() {
        let released = self.held.withLockedValue { held -> Int in
            defer { held = 0 }
            return held
        }
        self.pool.release(released)
    }
}
