import SluiceProtocol

/// Producer settings, named as Kafka's producer configs.
public struct ProducerConfiguration: Sendable {
    /// `acks`: 0 (no response), 1 (leader) or -1 (all in-sync replicas).
    public var acks: Int16 = -1
    /// `enable.idempotence`: a producer id from InitProducerId and per-partition sequence numbers
    /// in every batch, so the broker drops duplicates of retried batches and refuses gaps; with
    /// it, retries keep each partition's order. Requires acks=-1.
    public var enableIdempotence: Bool = false
    /// `compression.type`.
    public var compression: CompressionType = .none
    /// `batch.size`: bytes per partition batch (uncompressed estimate) before it is sent.
    public var batchSize: Int = 16_384
    /// `linger.ms`: how long a batch that is not full waits for more records.
    public var linger: Duration = .milliseconds(5)
    /// `max.in.flight.requests.per.connection`.
    public var maxInFlightRequestsPerConnection: Int = 5
    /// `request.timeout.ms`, also sent as the Produce request's timeout.
    public var requestTimeoutMs: Int32 = 30_000
    /// `max.request.size`: a request holds batches up to about this many bytes.
    public var maxRequestSize: Int = 1_048_576
    /// `buffer.memory`: `send` waits while this many bytes are queued or in flight.
    public var bufferMemory: Int = 32 * 1_048_576
    /// `retries` for retriable errors (NOT_LEADER_OR_FOLLOWER, lost connections ...). Without
    /// idempotence a retried batch may land after a later one, as in Kafka.
    public var retries: Int = 5
    /// `retry.backoff.ms`.
    public var retryBackoff: Duration = .milliseconds(100)
    /// `metadata.max.age.ms`: partitions and leaders are looked up again after this long.
    public var metadataMaxAge: Duration = .seconds(300)
    /// `delivery.timeout.ms`: a batch still queued this long after its first record fails with
    /// REQUEST_TIMED_OUT (no leader, no connection, retries that keep failing).
    public var deliveryTimeout: Duration = .seconds(120)
    /// Called after each Produce request completes, with its latency, batch and record counts and
    /// bytes; for benchmarks. Runs on the producer's actor: keep it short.
    public var requestObserver: (@Sendable (ProduceRequestStats) -> Void)?

    public init() {}
}

public struct ProduceRequestStats: Sendable {
    public var broker: Int32
    public var latency: Duration
    public var batches: Int
    public var records: Int
    public var bytes: Int
    public var failed: Bool
}
