import NIOConcurrencyHelpers
import SluiceProtocol

/// The broker's fetch sessions (KIP-227): a `FetchSessionCacheState` behind a lock, with the
/// broker's clock. Shared by every connection.
public final class FetchSessionCache: Sendable {
    private let state: NIOLockedValueBox<FetchSessionCacheState>
    private let clock: @Sendable () -> Int64

    /// - Parameter maxEntries: `max.incremental.fetch.session.cache.slots`.
    public init(maxEntries: Int = 1000, evictionMs: Int64 = 120_000, clock: @escaping @Sendable () -> Int64) {
        self.state = NIOLockedValueBox(FetchSessionCacheState(maxEntries: maxEntries, evictionMs: evictionMs))
        self.clock = clock
    }

    /// Sessions currently cached.
    public var count: Int { self.state.withLockedValue { $0.count } }

    func newContext(
        sessionId: Int32, epoch: Int32, partitions: [FetchPartitionRequest], forgotten: [FetchPartitionKey],
        usesTopicIds: Bool, isFollower: Bool, topicName: (KafkaUUID) -> String?
    ) -> FetchContext {
        let now = self.clock()
        return self.state.withLockedValue {
            $0.newContext(
                sessionId: sessionId, epoch: epoch, partitions: partitions, forgotten: forgotten,
                usesTopicIds: usesTopicIds, isFollower: isFollower, topicName: topicName, nowMs: now
            )
        }
    }

    func complete(_ context: FetchContext, outcomes: [FetchPartitionOutcome]) -> FetchSessionAnswer {
        let now = self.clock()
        return self.state.withLockedValue { $0.complete(context, outcomes: outcomes, nowMs: now) }
    }
}
