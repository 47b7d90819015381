import SluiceProtocol
import Testing

@testable import SluiceBroker

@Suite struct FetchSessionCacheTests {
    static func partition(_ topic: String, _ index: Int32, offset: Int64 = 0) -> FetchPartitionRequest {
        FetchPartitionRequest(
            key: .name(topic, partition: index), topicId: .zero, topic: topic, partition: index, fetchOffset: offset,
            partitionMaxBytes: 1_048_576, currentLeaderEpoch: -1, lastFetchedEpoch: -1, logStartOffset: -1
        )
    }

    static func outcome(_ request: FetchPartitionRequest, hw: Int64, start: Int64 = 0, bytes: Int = 0, error: ErrorCode = .noError) -> FetchPartitionOutcome {
        FetchPartitionOutcome(key: request.key, errorCode: error, highWatermark: hw, logStartOffset: start, recordsBytes: bytes)
    }

    /// Runs a request through the cache: context, then completion with the outcomes `answer` gives.
    static func fetch(
        _ cache: inout FetchSessionCacheState, sessionId: Int32, epoch: Int32, partitions: [FetchPartitionRequest],
        forgotten: [FetchPartitionKey] = [], usesTopicIds: Bool = false, isFollower: Bool = false, now: Int64,
        answer: (FetchPartitionRequest) -> FetchPartitionOutcome
    ) -> (FetchContext, FetchSessionAnswer) {
        let context = cache.newContext(
            sessionId: sessionId, epoch: epoch, partitions: partitions, forgotten: forgotten, usesTopicIds: usesTopicIds,
            isFollower: isFollower, topicName: { _ in nil }, nowMs: now
        )
        let outcomes = context.partitions.map(answer)
        return (context, cache.complete(context, outcomes: outcomes, nowMs: now))
    }

    let a0 = Self.partition("a", 0)
    let a1 = Self.partition("a", 1)
    let b0 = Self.partition("b", 0)

    @Test func fullFetchCreatesASessionAndIncrementalOnesCarryOnlyChanges() {
        var cache = FetchSessionCacheState(seed: 1)
        let (full, first) = Self.fetch(&cache, sessionId: 0, epoch: 0, partitions: [a0, a1, b0], now: 0) { Self.outcome($0, hw: 10) }
        #expect(full == .full([a0, a1, b0], privileged: false, usesTopicIds: false))
        #expect(first.sessionId != 0)
        #expect(first.errorCode == .noError)
        #expect(first.included == [0, 1, 2])
        #expect(cache.sessions[first.sessionId]?.epoch == 1)

        // Nothing changed: an empty incremental response.
        let (context, second) = Self.fetch(&cache, sessionId: first.sessionId, epoch: 1, partitions: [], now: 10) { Self.outcome($0, hw: 10) }
        guard case .incremental(let id, let expected, let read) = context else {
            Issue.record("expected an incremental context, got \(context)")
            return
        }
        #expect(id == first.sessionId)
        #expect(expected == 2)
        #expect(read.map(\.key) == [a0.key, a1.key, b0.key])
        #expect(second.included.isEmpty)
        #expect(second.sessionId == first.sessionId)

        // a1's high watermark moved, b0 has records: both, nothing else.
        let (_, third) = Self.fetch(&cache, sessionId: first.sessionId, epoch: 2, partitions: [], now: 20) { request in
            switch request.key {
            case self.a1.key: Self.outcome(request, hw: 11)
            case self.b0.key: Self.outcome(request, hw: 10, bytes: 100)
            default: Self.outcome(request, hw: 10)
            }
        }
        #expect(third.included == [1, 2])
        // Records alone (no high watermark change) are always sent; log start offset changes too.
        let (context4, fourth) = Self.fetch(&cache, sessionId: first.sessionId, epoch: 3, partitions: [], now: 30) { request in
            request.key == self.a0.key ? Self.outcome(request, hw: 10, start: 5) : Self.outcome(request, hw: request.key == self.a1.key ? 11 : 10)
        }
        // a1 and b0 answered last time, so they moved to the back; a0 leads.
        #expect(context4.partitions.map(\.key) == [a0.key, a1.key, b0.key])
        #expect(fourth.included == [0])
    }

    @Test func aFullSessionTakesItsPartitionsInResponseOrder() {
        var cache = FetchSessionCacheState(seed: 14)
        var first = a0
        first.fetchOffset = 5
        var second = b0
        second.fetchOffset = 9
        let context = cache.newContext(
            sessionId: 0, epoch: 0, partitions: [first, second], forgotten: [], usesTopicIds: false, isFollower: false,
            topicName: { _ in nil }, nowMs: 0
        )
        // b0 answered first (a0 was unknown, say, and went to the end).
        let answer = cache.complete(context, outcomes: [Self.outcome(second, hw: 20), Self.outcome(first, hw: -1, error: .unknownTopicOrPartition)], nowMs: 0)
        #expect(answer.included == [0, 1])
        let session = cache.sessions[answer.sessionId]
        #expect(session?.orderedPartitions.map(\.request) == [second, first])
        #expect(session?.partitions[second.key]?.highWatermark == 20)
    }

    @Test func respondedPartitionsMoveToTheBack() {
        var cache = FetchSessionCacheState(seed: 2)
        let (_, first) = Self.fetch(&cache, sessionId: 0, epoch: 0, partitions: [a0, a1, b0], now: 0) { Self.outcome($0, hw: 0) }
        _ = Self.fetch(&cache, sessionId: first.sessionId, epoch: 1, partitions: [], now: 1) { request in
            Self.outcome(request, hw: 0, bytes: request.key == self.a0.key ? 10 : 0)
        }
        let (context, _) = Self.fetch(&cache, sessionId: first.sessionId, epoch: 2, partitions: [], now: 2) { Self.outcome($0, hw: 0) }
        #expect(context.partitions.map(\.key) == [a1.key, b0.key, a0.key])
    }

    @Test func errorsAreSentAndTheClearedPartitionIsSentAgain() {
        var cache = FetchSessionCacheState(seed: 3)
        let (_, first) = Self.fetch(&cache, sessionId: 0, epoch: 0, partitions: [a0], now: 0) { Self.outcome($0, hw: 5) }
        // An error with the same offsets as before is still sent.
        let (_, second) = Self.fetch(&cache, sessionId: first.sessionId, epoch: 1, partitions: [], now: 1) {
            Self.outcome($0, hw: 5, error: .notLeaderOrFollower)
        }
        #expect(second.included == [0])
        // The same error again is sent again.
        let (_, third) = Self.fetch(&cache, sessionId: first.sessionId, epoch: 2, partitions: [], now: 2) {
            Self.outcome($0, hw: 5, error: .notLeaderOrFollower)
        }
        #expect(third.included == [0])
        // Error gone, same values as before it: still sent, since the cached high watermark is -1.
        let (_, fourth) = Self.fetch(&cache, sessionId: first.sessionId, epoch: 3, partitions: [], now: 3) { Self.outcome($0, hw: 5) }
        #expect(fourth.included == [0])
        let (_, fifth) = Self.fetch(&cache, sessionId: first.sessionId, epoch: 4, partitions: [], now: 4) { Self.outcome($0, hw: 5) }
        #expect(fifth.included.isEmpty)
    }

    @Test func sessionErrors() {
        var cache = FetchSessionCacheState(seed: 4)
        let (_, first) = Self.fetch(&cache, sessionId: 0, epoch: 0, partitions: [a0], now: 0) { Self.outcome($0, hw: 0) }
        let id = first.sessionId
        let (wrongEpoch, answer) = Self.fetch(&cache, sessionId: id, epoch: 5, partitions: [], now: 1) { Self.outcome($0, hw: 0) }
        #expect(wrongEpoch == .sessionError(.invalidFetchSessionEpoch))
        #expect(answer == FetchSessionAnswer(errorCode: .invalidFetchSessionEpoch, sessionId: 0, included: []))
        // A wrong epoch does not consume the session.
        #expect(cache.sessions[id]?.epoch == 1)
        let (unknown, _) = Self.fetch(&cache, sessionId: id &+ 1, epoch: 1, partitions: [], now: 1) { Self.outcome($0, hw: 0) }
        #expect(unknown == .sessionError(.fetchSessionIdNotFound))
        let (sessionZero, _) = Self.fetch(&cache, sessionId: 0, epoch: 3, partitions: [a0], now: 1) { Self.outcome($0, hw: 0) }
        #expect(sessionZero == .sessionError(.fetchSessionIdNotFound))
        // Names in a session that uses topic ids, or the reverse.
        let (mixed, _) = Self.fetch(&cache, sessionId: id, epoch: 1, partitions: [], usesTopicIds: true, now: 1) { Self.outcome($0, hw: 0) }
        #expect(mixed == .sessionError(.fetchSessionTopicIdError))
    }

    @Test func duplicateRequestAtTheSameEpochLosesAtCompletion() {
        var cache = FetchSessionCacheState(seed: 5)
        let (_, first) = Self.fetch(&cache, sessionId: 0, epoch: 0, partitions: [a0], now: 0) { Self.outcome($0, hw: 0) }
        let waiting = cache.newContext(
            sessionId: first.sessionId, epoch: 1, partitions: [], forgotten: [], usesTopicIds: false, isFollower: false,
            topicName: { _ in nil }, nowMs: 1
        )
        // The session moves on (say the client gave up and sent epoch 2 on another connection).
        _ = Self.fetch(&cache, sessionId: first.sessionId, epoch: 2, partitions: [], now: 2) { Self.outcome($0, hw: 0) }
        let late = cache.complete(waiting, outcomes: [Self.outcome(a0, hw: 1)], nowMs: 3)
        #expect(late == FetchSessionAnswer(errorCode: .invalidFetchSessionEpoch, sessionId: first.sessionId, included: []))
    }

    @Test func finalEpochClosesTheSessionAndIsSessionless() {
        var cache = FetchSessionCacheState(seed: 6)
        let (_, first) = Self.fetch(&cache, sessionId: 0, epoch: 0, partitions: [a0], now: 0) { Self.outcome($0, hw: 0) }
        let (context, answer) = Self.fetch(&cache, sessionId: first.sessionId, epoch: -1, partitions: [a1], now: 1) { Self.outcome($0, hw: 0) }
        #expect(context == .sessionless([a1]))
        #expect(answer == FetchSessionAnswer(sessionId: 0, included: [0]))
        #expect(cache.count == 0)
        // A full request naming a session closes it and opens a new one.
        let (_, second) = Self.fetch(&cache, sessionId: 0, epoch: 0, partitions: [a0], now: 2) { Self.outcome($0, hw: 0) }
        let (_, third) = Self.fetch(&cache, sessionId: second.sessionId, epoch: 0, partitions: [a0], now: 3) { Self.outcome($0, hw: 0) }
        #expect(third.sessionId != 0 && third.sessionId != second.sessionId)
        #expect(cache.sessions.keys.sorted() == [third.sessionId])
    }

    @Test func addUpdateAndForget() {
        var cache = FetchSessionCacheState(seed: 7)
        let (_, first) = Self.fetch(&cache, sessionId: 0, epoch: 0, partitions: [a0, a1], now: 0) { Self.outcome($0, hw: 0) }
        let id = first.sessionId
        var moved = a0
        moved.fetchOffset = 42
        let (context, answer) = Self.fetch(&cache, sessionId: id, epoch: 1, partitions: [moved, b0], forgotten: [a1.key], now: 1) {
            Self.outcome($0, hw: 0)
        }
        #expect(context.partitions == [moved, b0])
        // b0 is new (cached high watermark -1): sent. a0 unchanged: not sent.
        #expect(answer.included == [1])
        // Forgetting everything closes the session: the fetch is sessionless.
        let (last, lastAnswer) = Self.fetch(&cache, sessionId: id, epoch: 2, partitions: [], forgotten: [a0.key, b0.key], now: 2) {
            Self.outcome($0, hw: 0)
        }
        #expect(last == .sessionless([]))
        #expect(lastAnswer.sessionId == 0)
        #expect(cache.count == 0)
    }

    @Test func unknownTopicIdsResolveLater() {
        var cache = FetchSessionCacheState(seed: 8)
        let id = KafkaUUID(high: 1, low: 2)
        let unknown = FetchPartitionRequest(
            key: .id(id, partition: 0), topicId: id, topic: nil, partition: 0, fetchOffset: 0, partitionMaxBytes: 100,
            currentLeaderEpoch: -1, lastFetchedEpoch: -1, logStartOffset: -1
        )
        let full = cache.newContext(
            sessionId: 0, epoch: 0, partitions: [unknown], forgotten: [], usesTopicIds: true, isFollower: false,
            topicName: { _ in nil }, nowMs: 0
        )
        let answer = cache.complete(full, outcomes: [Self.outcome(unknown, hw: -1, start: -1, error: .unknownTopicId)], nowMs: 0)
        let next = cache.newContext(
            sessionId: answer.sessionId, epoch: 1, partitions: [], forgotten: [], usesTopicIds: true, isFollower: false,
            topicName: { $0 == id ? "late" : nil }, nowMs: 1
        )
        #expect(next.partitions.first?.topic == "late")
    }

    @Test func fullCacheAnswersWithoutASession() {
        var cache = FetchSessionCacheState(maxEntries: 1, evictionMs: 100, seed: 9)
        let (_, first) = Self.fetch(&cache, sessionId: 0, epoch: 0, partitions: [a0], now: 0) { Self.outcome($0, hw: 0) }
        #expect(first.sessionId != 0)
        // A new consumer session cannot evict a young one, whatever its size.
        let (_, second) = Self.fetch(&cache, sessionId: 0, epoch: 0, partitions: [a0, a1, b0], now: 50) { Self.outcome($0, hw: 0) }
        #expect(second.sessionId == 0)
        #expect(second.included == [0, 1, 2])
        #expect(cache.sessions.keys.sorted() == [first.sessionId])
    }

    @Test func staleSessionsAreEvicted() {
        var cache = FetchSessionCacheState(maxEntries: 1, evictionMs: 100, seed: 10)
        let (_, first) = Self.fetch(&cache, sessionId: 0, epoch: 0, partitions: [a0, a1], now: 0) { Self.outcome($0, hw: 0) }
        // Idle for more than evictionMs: any new session replaces it, even a smaller one.
        let (_, second) = Self.fetch(&cache, sessionId: 0, epoch: 0, partitions: [b0], now: 101) { Self.outcome($0, hw: 0) }
        #expect(second.sessionId != 0)
        #expect(cache.sessions[first.sessionId] == nil)
        #expect(cache.evictions == 1)
    }

    @Test func olderSmallerSessionsGiveWayToLargerOnes() {
        var cache = FetchSessionCacheState(maxEntries: 1, evictionMs: 100, seed: 11)
        let (_, first) = Self.fetch(&cache, sessionId: 0, epoch: 0, partitions: [a0], now: 0) { Self.outcome($0, hw: 0) }
        // Used recently (not stale) but created more than evictionMs ago: evictable by all.
        _ = Self.fetch(&cache, sessionId: first.sessionId, epoch: 1, partitions: [], now: 150) { Self.outcome($0, hw: 0) }
        let (_, smaller) = Self.fetch(&cache, sessionId: 0, epoch: 0, partitions: [], now: 160) { Self.outcome($0, hw: 0) }
        #expect(smaller.sessionId == 0)
        let (_, larger) = Self.fetch(&cache, sessionId: 0, epoch: 0, partitions: [a0, a1], now: 170) { Self.outcome($0, hw: 0) }
        #expect(larger.sessionId != 0)
        #expect(cache.sessions[first.sessionId] == nil)
    }

    @Test func followersEvictConsumersAtOnce() {
        var cache = FetchSessionCacheState(maxEntries: 1, evictionMs: 100, seed: 12)
        let (_, consumer) = Self.fetch(&cache, sessionId: 0, epoch: 0, partitions: [a0, a1], now: 0) { Self.outcome($0, hw: 0) }
        let (_, follower) = Self.fetch(&cache, sessionId: 0, epoch: 0, partitions: [b0], isFollower: true, now: 1) { Self.outcome($0, hw: 0) }
        #expect(follower.sessionId != 0)
        #expect(cache.sessions[consumer.sessionId] == nil)
        // A young follower session is safe from consumers and from other followers with fewer partitions.
        let (_, other) = Self.fetch(&cache, sessionId: 0, epoch: 0, partitions: [a0, a1, b0], now: 2) { Self.outcome($0, hw: 0) }
        #expect(other.sessionId == 0)
        let (_, otherFollower) = Self.fetch(&cache, sessionId: 0, epoch: 0, partitions: [], isFollower: true, now: 3) { Self.outcome($0, hw: 0) }
        #expect(otherFollower.sessionId == 0)
    }

    @Test func epochsWrapToOne() {
        #expect(FetchSession.nextEpoch(after: 0) == 1)
        #expect(FetchSession.nextEpoch(after: 41) == 42)
        #expect(FetchSession.nextEpoch(after: Int32.max) == 1)
        #expect(FetchSession.nextEpoch(after: -1) == -1)
    }

    @Test func zeroSlotsMeansNoSessions() {
        var cache = FetchSessionCacheState(maxEntries: 0, seed: 13)
        let (_, answer) = Self.fetch(&cache, sessionId: 0, epoch: 0, partitions: [a0], now: 0) { Self.outcome($0, hw: 0) }
        #expect(answer.sessionId == 0)
        #expect(answer.included == [0])
    }
}
