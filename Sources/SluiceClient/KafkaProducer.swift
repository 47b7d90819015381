import NIOCore
import NIOPosix
import SluiceCompression
import SluiceProtocol

/// Batches records per partition and sends them to partition leaders.
///
/// Each partition has a queue of batches; only the last may still take records. A batch is ready
/// when it is full (`batchSize`), has lingered `linger`, is followed by another, or a flush is
/// waiting; ready batches go out one per partition per Produce request, one request per leader,
/// up to `maxInFlightRequestsPerConnection` requests in flight per broker. Keyed records go to
/// murmur2(key) mod partitions; records without key or partition stick to one partition until its
/// batch is sent (Kafka's sticky partitioner), then move to the next.
///
/// Retriable failures (NOT_LEADER_OR_FOLLOWER, lost connections ...) put the batch back at the
/// head of its partition's queue after a metadata refresh, up to `retries` times. Without
/// idempotence a retried batch can land after later ones, as in Kafka; with it, sequence numbers
/// make the broker refuse the later ones (OUT_OF_ORDER_SEQUENCE_NUMBER) until the retried batch
/// is in, so order holds and duplicates are dropped.
public actor KafkaProducer {
    public nonisolated let configuration: ProducerConfiguration
    public nonisolated let client: KafkaClient
    private let codec: (any CompressionCodec)?

    /// Owned by the actor while queued; by the one sending task between `drain` and `completed`.
    private final class Batch: @unchecked Sendable {
        let id: Int
        let topicPartition: TopicPartition
        var builder = RecordBatchBuilder()
        var estimatedBytes = RecordBatchHeader.size
        let createdAt: ContinuousClock.Instant
        let promise: EventLoopPromise<BatchAck>
        var attempts = 0
        /// Set once the batch has been written: a retried batch takes no more records.
        var isSealed = false

        init(id: Int, topicPartition: TopicPartition, createdAt: ContinuousClock.Instant, promise: EventLoopPromise<BatchAck>) {
            self.id = id
            self.topicPartition = topicPartition
            self.createdAt = createdAt
            self.promise = promise
        }
    }

    private var queues: [TopicPartition: [Batch]] = [:]
    private var topics: [String: TopicInfo] = [:]
    private var sticky: [String: Int32] = [:]
    private var inFlight: [Int32: Int] = [:]
    /// Batches queued or in flight, by id, for `flush`.
    private var outstanding: [Int: EventLoopFuture<BatchAck>] = [:]
    private var bufferedBytes = 0
    private var memoryWaiters: [CheckedContinuation<Void, Never>] = []
    private var flushing = 0
    private var nextBatchID = 0
    private var isClosed = false
    private let eventLoop: any EventLoop
    /// Set by `ensureProducerId` when idempotence is on.
    var producerIdAndEpoch: (Int64, Int16)?
    var producerIdTask: Task<(Int64, Int16), any Error>?
    /// The sequence the next new batch of each partition gets.
    private var nextSequence: [TopicPartition: Int32] = [:]

    public init(client: KafkaClient, configuration: ProducerConfiguration = ProducerConfiguration()) {
        self.client = client
        self.configuration = configuration
        self.codec = Compression.codec(for: configuration.compression)
        self.eventLoop = MultiThreadedEventLoopGroup.singleton.any()
    }

    // MARK: Sending

    /// Adds the record to its partition's batch and returns at once (unless `bufferMemory` is
    /// used up); the receipt completes when the batch is acknowledged. Throws for an unknown
    /// topic or partition, or after `close`.
    public func send(_ record: ProducerRecord) async throws(KafkaClientError) -> DeliveryReceipt {
        guard !self.isClosed else { throw KafkaClientError(.closed, "the producer is closed") }
        if self.configuration.enableIdempotence {
            try await self.ensureProducerId()
        }
        let topic = try await self.topicInfo(record.topic)
        let partitionCount = Int32(topic.partitions.count)
        guard partitionCount > 0 else {
            throw KafkaClientError(.broker, code: .leaderNotAvailable, "topic '\(record.topic)' has no partitions yet")
        }
        let partition: Int32
        if let requested = record.partition {
            guard requested >= 0, requested < partitionCount else {
                throw KafkaClientError(.broker, code: .unknownTopicOrPartition, "topic '\(record.topic)' has no partition \(requested) (it has \(partitionCount))")
            }
            partition = requested
        } else if let key = record.key {
            partition = key.withUnsafeReadableBytes { Partitioner.partition(forKey: $0, partitionCount: partitionCount) }
        } else {
            partition = self.stickyPartition(topic: record.topic, count: partitionCount)
        }

        let timestamp = record.timestamp ?? currentTimeMillis()
        let recordSize = Self.estimatedSize(record)
        while self.bufferedBytes > 0 && self.bufferedBytes + recordSize > self.configuration.bufferMemory {
            await withCheckedContinuation { self.memoryWaiters.append($0) }
            guard !self.isClosed else { throw KafkaClientError(.closed, "the producer is closed") }
        }
        self.bufferedBytes += recordSize

        let topicPartition = TopicPartition(topic: record.topic, partition: partition)
        var queue = self.queues[topicPartition] ?? []
        var batch: Batch
        if let last = queue.last, !last.isSealed,
           last.estimatedBytes + recordSize <= self.configuration.batchSize || last.builder.isEmpty {
            batch = last
        } else {
            batch = self.makeBatch(topicPartition)
            queue.append(batch)
            if record.partition == nil && record.key == nil && queue.count > 1 {
                // The sticky partition's batch filled up: move on.
                self.advanceSticky(topic: record.topic, count: partitionCount)
            }
        }
        let offsetDelta = batch.builder.append(timestamp: timestamp, key: record.key, value: record.value, headers: record.headers)
        batch.estimatedBytes += recordSize
        self.queues[topicPartition] = queue
        let receipt = DeliveryReceipt(future: batch.promise.futureResult, offsetDelta: offsetDelta, topicPartition: topicPartition, timestamp: timestamp)

        if batch.estimatedBytes >= self.configuration.batchSize || self.configuration.linger <= .zero {
            self.drain()
        }
        return receipt
    }

    /// Sends everything queued now (ignoring `linger`) and waits until every batch queued or in
    /// flight when called has been acknowledged or has failed.
    public func flush() async {
        self.flushing += 1
        defer { self.flushing -= 1 }
        self.drain()
        let futures = Array(self.outstanding.values)
        for future in futures {
            _ = try? await future.get()
        }
    }

    /// Flushes, then refuses further sends. The client stays open.
    public func close() async {
        await self.flush()
        self.isClosed = true
        let waiters = self.memoryWaiters
        self.memoryWaiters = []
        for waiter in waiters { waiter.resume() }
    }

    // MARK: Partitions

    private var topicFetchedAt: [String: ContinuousClock.Instant] = [:]

    /// The topic's partitions, refreshed after `metadataMaxAge`. A topic still being created
    /// (LEADER_NOT_AVAILABLE) is asked for again for up to `retries` backoffs.
    private func topicInfo(_ name: String) async throws(KafkaClientError) -> TopicInfo {
        let now = ContinuousClock.now
        if let cached = self.topics[name], let fetched = self.topicFetchedAt[name], now - fetched < self.configuration.metadataMaxAge {
            return cached
        }
        var attempt = 0
        while true {
            do {
                let info = try await self.client.topic(name, refresh: self.topics[name] != nil || attempt > 0)
                self.topics[name] = info
                self.topicFetchedAt[name] = .now
                return info
            } catch where error.code == .leaderNotAvailable && attempt < self.configuration.retries {
                attempt += 1
                try? await Task.sleep(for: self.configuration.retryBackoff)
            }
        }
    }

    private func stickyPartition(topic: String, count: Int32) -> Int32 {
        if let current = self.sticky[topic], current < count { return current }
        let chosen = Int32.random(in: 0..<count)
        self.sticky[topic] = chosen
        return chosen
    }

    private func advanceSticky(topic: String, count: Int32) {
        guard count > 1 else { return }
        let current = self.sticky[topic] ?? 0
        self.sticky[topic] = (current + 1) % count
    }

    private func makeBatch(_ topicPartition: TopicPartition) -> Batch {
        let id = self.nextBatchID
        self.nextBatchID += 1
        let batch = Batch(id: id, topicPartition: topicPartition, createdAt: .now, promise: self.eventLoop.makePromise(of: BatchAck.self))
        self.outstanding[id] = batch.promise.futureResult
        let linger = self.configuration.linger
        if linger > .zero {
            Task { [weak self] in
                try? await Task.sleep(for: linger)
                await self?.drain()
            }
        }
        return batch
    }

    static func estimatedSize(_ record: ProducerRecord) -> Int {
        var size = 24 + (record.key?.readableBytes ?? 0) + (record.value?.readableBytes ?? 0)
        for header in record.headers {
            size += 10 + header.key.utf8.count + (header.value?.readableBytes ?? 0)
        }
        return size
    }

    // MARK: Draining

    private func isReady(_ batch: Batch, queueCount: Int, now: ContinuousClock.Instant) -> Bool {
        queueCount > 1
            || self.flushing > 0
            || batch.estimatedBytes >= self.configuration.batchSize
            || now - batch.createdAt >= self.configuration.linger
    }

    /// Takes the ready head batch of each partition whose leader is connected and has room for
    /// another request, and writes one request per leader. Writing happens here, on the actor, so
    /// a partition's batches go out in queue order.
    private func drain() {
        // Each pass sends at most one batch per partition per request; more passes keep up to
        // `maxInFlightRequestsPerConnection` requests in flight to each leader.
        while self.drainOnce() {}
    }

    /// One request per leader at most; returns whether any was sent.
    private func drainOnce() -> Bool {
        let now = ContinuousClock.now
        var byLeader: [Int32: [Batch]] = [:]
        var requestBytes: [Int32: Int] = [:]
        var unknownLeader: Set<String> = []
        for (topicPartition, queue) in self.queues {
            if let head = queue.first, now - head.createdAt >= self.configuration.deliveryTimeout {
                self.expire(topicPartition, now: now)
                continue
            }
            guard let head = queue.first, !head.builder.isEmpty,
                  self.isReady(head, queueCount: queue.count, now: now) else { continue }
            guard let leader = self.topics[topicPartition.topic]?.partitions.first(where: { $0.partition == topicPartition.partition })?.leader,
                  leader >= 0 else {
                unknownLeader.insert(topicPartition.topic)
                continue
            }
            guard self.inFlight[leader, default: 0] < self.configuration.maxInFlightRequestsPerConnection else { continue }
            guard self.liveConnection(leader) != nil else { continue }
            let bytes = requestBytes[leader, default: 0]
            guard bytes == 0 || bytes + head.estimatedBytes <= self.configuration.maxRequestSize else { continue }
            requestBytes[leader] = bytes + head.estimatedBytes
            if !head.isSealed, let (producerId, producerEpoch) = self.producerIdAndEpoch {
                // Sequence numbers are fixed at the first send and kept by every retry.
                let sequence = self.nextSequence[topicPartition, default: 0]
                head.builder.producerId = producerId
                head.builder.producerEpoch = producerEpoch
                head.builder.baseSequence = sequence
                self.nextSequence[topicPartition] = Self.sequence(sequence, plus: head.builder.records.count)
            }
            head.isSealed = true
            byLeader[leader, default: []].append(head)
            var rest = queue
            rest.removeFirst()
            self.queues[topicPartition] = rest.isEmpty ? nil : rest
            if self.sticky[topicPartition.topic] == topicPartition.partition, let count = self.topics[topicPartition.topic]?.partitions.count {
                self.advanceSticky(topic: topicPartition.topic, count: Int32(count))
            }
        }
        for topic in unknownLeader where !self.refreshing.contains(topic) {
            Task { await self.refresh(topic: topic) }
        }
        var sent = false
        for (leader, batches) in byLeader {
            guard let connection = self.liveConnection(leader) else { continue }
            self.inFlight[leader, default: 0] += 1
            self.dispatch(leader: leader, connection: connection, batches: batches)
            sent = true
        }
        return sent
    }

    private var connections: [Int32: KafkaConnection] = [:]
    private var connecting: Set<Int32> = []
    private var connectFailures: [Int32: Int] = [:]

    /// The open connection to `leader`, or nil while one is being opened (`drain` runs again then).
    private func liveConnection(_ leader: Int32) -> KafkaConnection? {
        if let connection = self.connections[leader], connection.isActive { return connection }
        self.connections[leader] = nil
        if !self.connecting.contains(leader) {
            self.connecting.insert(leader)
            Task { await self.connect(leader) }
        }
        return nil
    }

    private func connect(_ leader: Int32) async {
        do {
            self.connections[leader] = try await self.client.connection(to: leader)
            self.connectFailures[leader] = nil
            self.connecting.remove(leader)
        } catch {
            let failures = self.connectFailures[leader, default: 0] + 1
            self.connectFailures[leader] = failures
            if failures > self.configuration.retries || !error.isRetriable {
                self.connectFailures[leader] = nil
                self.failQueued(leader: leader, error)
            }
            try? await Task.sleep(for: self.configuration.retryBackoff)
            self.connecting.remove(leader)
        }
        self.drain()
    }

    /// Fails the partition's queued batches older than `deliveryTimeout`.
    private func expire(_ topicPartition: TopicPartition, now: ContinuousClock.Instant) {
        guard var queue = self.queues[topicPartition] else { return }
        while let head = queue.first, now - head.createdAt >= self.configuration.deliveryTimeout {
            queue.removeFirst()
            self.finish(head, .failure(KafkaClientError(
                .timeout, code: .requestTimedOut,
                "batch for \(topicPartition) expired after \(self.configuration.deliveryTimeout) without being acknowledged"
            )))
        }
        self.queues[topicPartition] = queue.isEmpty ? nil : queue
    }

    /// Fails every queued batch led by `leader`.
    private func failQueued(leader: Int32, _ error: KafkaClientError) {
        for (topicPartition, queue) in self.queues {
            guard self.topics[topicPartition.topic]?.partitions.first(where: { $0.partition == topicPartition.partition })?.leader == leader else { continue }
            self.queues[topicPartition] = nil
            for batch in queue { self.finish(batch, .failure(error)) }
        }
    }

    private typealias Outcomes = [Int: Result<BatchAck, KafkaClientError>]

    /// Encodes the batches and writes the request now; the response is handled on a task.
    private func dispatch(leader: Int32, connection: KafkaConnection, batches: [Batch]) {
        let start = ContinuousClock.now
        var request = ProduceRequest()
        request.acks = self.configuration.acks
        request.timeoutMs = self.configuration.requestTimeoutMs
        var byTopic: [String: [ProduceRequest.PartitionProduceData]] = [:]
        var outcomes: Outcomes = [:]
        var sent: [Batch] = []
        var bytes = 0
        var records = 0
        for batch in batches {
            do {
                var buffer = ByteBuffer()
                try batch.builder.encode(into: &buffer, codec: self.codec)
                bytes += buffer.readableBytes
                records += batch.builder.records.count
                var data = ProduceRequest.PartitionProduceData()
                data.index = batch.topicPartition.partition
                data.records = buffer
                byTopic[batch.topicPartition.topic, default: []].append(data)
                sent.append(batch)
            } catch {
                outcomes[batch.id] = .failure(.invalidArgument("cannot encode a batch for \(batch.topicPartition): \(error)"))
            }
        }
        request.topicData = byTopic.sorted { $0.key < $1.key }.map {
            var topic = ProduceRequest.TopicProduceData()
            topic.name = $0.key
            topic.partitionData = $0.value
            return topic
        }
        let sentPartitions = sent.map { ($0.id, $0.topicPartition) }
        let future: EventLoopFuture<Outcomes>
        if sent.isEmpty {
            future = self.eventLoop.makeSucceededFuture([:])
        } else {
            do throws(KafkaClientError) {
                if self.configuration.acks == 0 {
                    future = try connection.writeWithoutResponse(request).map { _ in
                        Dictionary(uniqueKeysWithValues: sentPartitions.map { ($0.0, .success(BatchAck(baseOffset: -1, logAppendTime: -1))) })
                    }
                } else {
                    let timeout = Duration.milliseconds(Int64(self.configuration.requestTimeoutMs)) + .seconds(5)
                    future = try connection.write(request, timeout: timeout).map { response in
                        Self.outcomes(of: response, for: sentPartitions)
                    }
                }
            } catch {
                future = self.eventLoop.makeFailedFuture(error)
            }
        }
        let payload = batches.map { SendableBatch(batch: $0) }
        let known = outcomes
        Task {
            var all = known
            do {
                all.merge(try await future.get()) { first, _ in first }
            } catch {
                let failure = (error as? KafkaClientError) ?? KafkaClientError(.connectionClosed, code: .networkException, "\(error)")
                for (id, _) in sentPartitions { all[id] = .failure(failure) }
            }
            let stats = ProduceRequestStats(
                broker: leader, latency: ContinuousClock.now - start, batches: sentPartitions.count, records: records, bytes: bytes,
                failed: all.values.contains { if case .failure = $0 { true } else { false } }
            )
            await self.completed(leader: leader, batches: payload, outcome: all, stats: stats)
        }
    }

    private static func outcomes(of response: ProduceResponse, for sent: [(Int, TopicPartition)]) -> Outcomes {
        var answers: [TopicPartition: ProduceResponse.PartitionProduceResponse] = [:]
        for topic in response.responses {
            for partition in topic.partitionResponses {
                answers[TopicPartition(topic: topic.name, partition: partition.index)] = partition
            }
        }
        var outcomes: Outcomes = [:]
        for (id, topicPartition) in sent {
            guard let answer = answers[topicPartition] else {
                outcomes[id] = .failure(KafkaClientError(.protocolViolation, code: .unknownServerError, "the Produce response says nothing about \(topicPartition)"))
                continue
            }
            let code = ErrorCode(code: answer.errorCode)
            // DUPLICATE_SEQUENCE_NUMBER: an earlier attempt of this batch was written.
            if code == .noError || code == .duplicateSequenceNumber {
                outcomes[id] = .success(BatchAck(baseOffset: answer.baseOffset, logAppendTime: answer.logAppendTimeMs))
            } else {
                let detail = answer.errorMessage ?? answer.recordErrors.first?.batchIndexErrorMessage
                outcomes[id] = .failure(KafkaClientError.broker(code, detail, context: "producing to \(topicPartition)"))
            }
        }
        return outcomes
    }

    private struct SendableBatch: Sendable {
        let batch: Batch
    }

    private var refreshing: Set<String> = []

    private func refresh(topic: String) async {
        guard self.refreshing.insert(topic).inserted else { return }
        defer { self.refreshing.remove(topic) }
        self.topics[topic] = nil
        do {
            self.topics[topic] = try await self.client.topic(topic, refresh: true)
            self.topicFetchedAt[topic] = .now
        } catch where !error.isRetriable {
            // The topic is gone (or never was): nothing queued for it can be delivered.
            for (topicPartition, queue) in self.queues where topicPartition.topic == topic {
                self.queues[topicPartition] = nil
                for batch in queue { self.finish(batch, .failure(error)) }
            }
        } catch {}
        try? await Task.sleep(for: self.configuration.retryBackoff)
        self.drain()
    }

    private func completed(leader: Int32, batches: [SendableBatch], outcome: [Int: Result<BatchAck, KafkaClientError>], stats: ProduceRequestStats) async {
        self.inFlight[leader, default: 1] -= 1
        self.configuration.requestObserver?(stats)
        var retryTopics: Set<String> = []
        for item in batches {
            let batch = item.batch
            switch outcome[batch.id] {
            case .success(let ack):
                self.finish(batch, .success(ack))
            case .failure(let error) where self.isRetriable(error) && batch.attempts < self.configuration.retries && !self.isClosed:
                batch.attempts += 1
                // Back at the head of its partition's queue, among the other sealed batches in
                // creation (and so sequence) order, ahead of later batches.
                var queue = self.queues[batch.topicPartition] ?? []
                let index = queue.firstIndex { !$0.isSealed || $0.id > batch.id } ?? queue.endIndex
                queue.insert(batch, at: index)
                self.queues[batch.topicPartition] = queue
                retryTopics.insert(batch.topicPartition.topic)
            case .failure(let error):
                self.finish(batch, .failure(error))
            case nil:
                self.finish(batch, .failure(KafkaClientError(.protocolViolation, code: .unknownServerError, "no outcome for a batch to \(batch.topicPartition)")))
            }
        }
        if retryTopics.isEmpty {
            self.drain()
        } else {
            for topic in retryTopics {
                await self.refresh(topic: topic)
            }
        }
    }

    private func finish(_ batch: Batch, _ result: Result<BatchAck, KafkaClientError>) {
        self.outstanding[batch.id] = nil
        self.bufferedBytes -= max(0, batch.estimatedBytes - RecordBatchHeader.size)
        if self.bufferedBytes < 0 { self.bufferedBytes = 0 }
        switch result {
        case .success(let ack): batch.promise.succeed(ack)
        case .failure(let error): batch.promise.fail(error)
        }
        if !self.memoryWaiters.isEmpty && self.bufferedBytes < self.configuration.bufferMemory {
            let waiters = self.memoryWaiters
            self.memoryWaiters = []
            for waiter in waiters { waiter.resume() }
        }
    }
}
