import SluiceProtocol

/// How a fetch request is served with respect to sessions (Kafka's `FetchContext`s).
enum FetchContext: Sendable, Equatable {
    /// The session id or epoch was wrong: answer only the top-level error, session id 0, no
    /// partitions.
    case sessionError(ErrorCode)
    /// Epoch -1 (or a version below 7): read the request's partitions, answer them all, session 0.
    case sessionless([FetchPartitionRequest])
    /// Epoch 0: read the request's partitions, answer them all, and try to create a session.
    case full([FetchPartitionRequest], privileged: Bool, usesTopicIds: Bool)
    /// A known session at the right epoch: read every partition of the session (already updated
    /// from the request), answer only those with something to say.
    case incremental(sessionId: Int32, expectedEpoch: Int32, [FetchPartitionRequest])

    /// The partitions to read.
    var partitions: [FetchPartitionRequest] {
        switch self {
        case .sessionError: []
        case .sessionless(let partitions), .full(let partitions, _, _), .incremental(_, _, let partitions): partitions
        }
    }
}

/// The session part of a fetch response: top-level error, session id, and which of the
/// outcomes (by index) the response carries.
struct FetchSessionAnswer: Sendable, Equatable {
    var errorCode: ErrorCode = .noError
    var sessionId: Int32 = 0
    var included: [Int]
}

/// Kafka's `FetchSessionCache` and `FetchManager` as a value: every method takes `nowMs`, none
/// does I/O. Not thread-safe; `FetchSessionCache` guards one with a lock.
///
/// Capacity is `max.incremental.fetch.session.cache.slots`. When full, a new session may replace
/// (Kafka's rules, `tryEvict`): first the least recently used session if it has been idle for
/// more than `evictionMs` (120 s in Kafka); otherwise the least valuable evictable session, if the
/// new one is at least as valuable. Value orders by (privileged, partition count, id). A session
/// is evictable by anyone once it is older than `evictionMs`; a consumer's session is evictable
/// by a follower's at any time. Both as of the session's last use, as Kafka evaluates them.
struct FetchSessionCacheState: Sendable {
    static let invalidSessionId: Int32 = 0
    static let initialEpoch: Int32 = 0
    static let finalEpoch: Int32 = -1
    /// `max.incremental.fetch.session.cache.slots` default.
    static let defaultMaxEntries = 1000
    /// Kafka's `MIN_INCREMENTAL_FETCH_SESSION_EVICTION_MS`.
    static let defaultEvictionMs: Int64 = 120_000

    let maxEntries: Int
    let evictionMs: Int64
    private(set) var sessions: [Int32: FetchSession] = [:]
    private var idGenerator: SessionIdGenerator
    private(set) var evictions = 0

    init(maxEntries: Int = Self.defaultMaxEntries, evictionMs: Int64 = Self.defaultEvictionMs, seed: UInt64 = UInt64.random(in: 0...UInt64.max)) {
        self.maxEntries = max(0, maxEntries)
        self.evictionMs = evictionMs
        self.idGenerator = SessionIdGenerator(state: seed)
    }

    var count: Int { self.sessions.count }
    var totalPartitions: Int { self.sessions.values.reduce(0) { $0 + max(0, $1.cachedSize) } }

    // MARK: Requests

    /// Kafka's `FetchManager.newContext`.
    ///
    /// - Parameters:
    ///   - sessionId, epoch: from the request (v7+; older requests pass 0 and -1).
    ///   - partitions: the request's partitions, in request order.
    ///   - forgotten: `forgottenTopicsData`, flattened.
    ///   - usesTopicIds: the request is v13+.
    ///   - topicName: resolves topic ids that were unknown when a session first saw them.
    mutating func newContext(
        sessionId: Int32,
        epoch: Int32,
        partitions: [FetchPartitionRequest],
        forgotten: [FetchPartitionKey],
        usesTopicIds: Bool,
        isFollower: Bool,
        topicName: (KafkaUUID) -> String?,
        nowMs: Int64
    ) -> FetchContext {
        if epoch == Self.initialEpoch || epoch == Self.finalEpoch {
            // A full request closes the session it names.
            if sessionId != Self.invalidSessionId { self.remove(sessionId) }
            if epoch == Self.finalEpoch { return .sessionless(partitions) }
            return .full(partitions, privileged: isFollower, usesTopicIds: usesTopicIds)
        }
        guard var session = self.sessions[sessionId] else { return .sessionError(.fetchSessionIdNotFound) }
        guard session.epoch == epoch else { return .sessionError(.invalidFetchSessionEpoch) }
        guard session.usesTopicIds == usesTopicIds else { return .sessionError(.fetchSessionTopicIdError) }
        session.update(with: partitions, forgetting: forgotten)
        if session.partitions.isEmpty {
            self.remove(sessionId)
            return .sessionless(partitions)
        }
        session.resolveUnknownNames(topicName)
        session.epoch = FetchSession.nextEpoch(after: session.epoch)
        self.sessions[sessionId] = session
        self.touch(sessionId, nowMs: nowMs)
        return .incremental(sessionId: sessionId, expectedEpoch: session.epoch, session.orderedPartitions.map(\.request))
    }

    /// Kafka's `updateAndGenerateResponseData`: records what was answered and decides what the
    /// response carries. `outcomes` are in response order (Kafka puts partitions unknown without
    /// a read last), one per partition of `context.partitions`, matched by key.
    mutating func complete(_ context: FetchContext, outcomes: [FetchPartitionOutcome], nowMs: Int64) -> FetchSessionAnswer {
        switch context {
        case .sessionError(let error):
            return FetchSessionAnswer(errorCode: error, sessionId: Self.invalidSessionId, included: [])
        case .sessionless:
            return FetchSessionAnswer(sessionId: Self.invalidSessionId, included: Array(outcomes.indices))
        case .full(let partitions, let privileged, let usesTopicIds):
            let requests = Dictionary(partitions.map { ($0.key, $0) }, uniquingKeysWith: { _, last in last })
            let id = self.maybeCreateSession(nowMs: nowMs, privileged: privileged, size: requests.count, usesTopicIds: usesTopicIds) { session in
                // In response order, as Kafka fills the session from its response.
                for outcome in outcomes {
                    guard let request = requests[outcome.key], session.partitions[outcome.key] == nil else { continue }
                    session.append(request, highWatermark: outcome.highWatermark, logStartOffset: outcome.logStartOffset)
                }
            }
            return FetchSessionAnswer(sessionId: id, included: Array(outcomes.indices))
        case .incremental(let sessionId, let expectedEpoch, _):
            guard var session = self.sessions[sessionId] else {
                // Evicted or closed while this fetch waited: the client starts over.
                return FetchSessionAnswer(errorCode: .fetchSessionIdNotFound, sessionId: Self.invalidSessionId, included: [])
            }
            guard session.epoch == expectedEpoch else {
                // Another request at the same epoch got in first (a duplicate).
                return FetchSessionAnswer(errorCode: .invalidFetchSessionEpoch, sessionId: sessionId, included: [])
            }
            var included: [Int] = []
            for (index, outcome) in outcomes.enumerated() {
                guard var cached = session.partitions[outcome.key] else { continue }
                if cached.mustRespond(to: outcome, update: true) {
                    session.partitions[outcome.key] = cached
                    session.moveToBack(outcome.key)
                    included.append(index)
                }
            }
            self.sessions[sessionId] = session
            return FetchSessionAnswer(sessionId: sessionId, included: included)
        }
    }

    // MARK: The cache

    /// Kafka's `maybeCreateSession`: the new session's id, or 0 when the cache is full and
    /// nothing may be evicted.
    mutating func maybeCreateSession(
        nowMs: Int64, privileged: Bool, size: Int, usesTopicIds: Bool, fill: (inout FetchSession) -> Void
    ) -> Int32 {
        guard self.maxEntries > 0 else { return Self.invalidSessionId }
        guard self.sessions.count < self.maxEntries || self.tryEvict(privileged: privileged, size: size, nowMs: nowMs) else {
            return Self.invalidSessionId
        }
        let id = self.newSessionId()
        var session = FetchSession(
            id: id, privileged: privileged, usesTopicIds: usesTopicIds, creationMs: nowMs, lastUsedMs: nowMs,
            epoch: FetchSession.nextEpoch(after: Self.initialEpoch)
        )
        fill(&session)
        self.sessions[id] = session
        self.touch(id, nowMs: nowMs)
        return id
    }

    /// Kafka's `tryEvict` (see the type's comment). True when a session was removed.
    mutating func tryEvict(privileged: Bool, size: Int, nowMs: Int64) -> Bool {
        let leastRecentlyUsed = self.sessions.values.min { ($0.lastUsedMs, $0.id) < ($1.lastUsedMs, $1.id) }
        guard let leastRecentlyUsed else { return false }
        if nowMs - leastRecentlyUsed.lastUsedMs > self.evictionMs {
            self.remove(leastRecentlyUsed.id)
            self.evictions += 1
            return true
        }
        let candidates = self.sessions.values.filter { privileged ? $0.evictableByPrivileged : $0.evictableByAll }
        guard let least = candidates.min(by: { Self.value(of: $0) < Self.value(of: $1) }) else { return false }
        // The new session's id is not known yet; Kafka compares with id 0, below every real id.
        let newValue = (privileged ? 1 : 0, size, Int32(0))
        if newValue < Self.value(of: least) { return false }
        self.remove(least.id)
        self.evictions += 1
        return true
    }

    private static func value(of session: FetchSession) -> (Int, Int, Int32) {
        (session.privileged ? 1 : 0, session.cachedSize, session.id)
    }

    /// Kafka's `touch`: last use, size and evictability as of now.
    mutating func touch(_ id: Int32, nowMs: Int64) {
        guard var session = self.sessions[id] else { return }
        session.lastUsedMs = nowMs
        session.cachedSize = session.size
        let old = nowMs - session.creationMs > self.evictionMs
        session.evictableByPrivileged = !session.privileged || old
        session.evictableByAll = old
        self.sessions[id] = session
    }

    @discardableResult
    mutating func remove(_ id: Int32) -> FetchSession? {
        self.sessions.removeValue(forKey: id)
    }

    private mutating func newSessionId() -> Int32 {
        while true {
            let id = self.idGenerator.next()
            if id != Self.invalidSessionId && self.sessions[id] == nil { return id }
        }
    }
}

/// Positive session ids from a SplitMix64 sequence (deterministic from `state` for tests).
struct SessionIdGenerator: Sendable {
    var state: UInt64

    mutating func next() -> Int32 {
        self.state &+= 0x9E37_79B9_7F4A_7C15
        var z = self.state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return Int32(truncatingIfNeeded: z & 0x7FFF_FFFF)
    }
}
