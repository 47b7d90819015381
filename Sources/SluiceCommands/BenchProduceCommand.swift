import ArgumentParser
import NIOCore
import SluiceClient
import SluiceProtocol

/// `sluice bench produce`: sends `--num-records` records of `--record-size` bytes and reports
/// throughput and latency.
///
/// Each of `--producers` producers has its own client (its own connection) and sends its share of
/// the records and of `--throughput`. A record's latency runs from its `send` call to the moment
/// the bench sees its batch acknowledged, so it includes time spent waiting in the batch (linger)
/// and behind other requests in flight; a separate task awaits each batch's first receipt in send
/// order and stamps every record of the batch with that time.
struct BenchProduceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "produce",
        abstract: "Produce records as fast as allowed and report throughput and latency.",
        discussion: """
            The topic is created with --partitions partitions when it does not exist. Records \
            have no key (the sticky partitioner spreads them) and a value of --record-size random \
            uppercase letters; their timestamp is the send time (CreateTime), so \
            `sluice bench consume --end-to-end` can measure end-to-end latency.
            """
    )

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var output: OutputOptions

    @Option(help: "Topic to produce to.") var topic: String = "sluice-bench"
    @Option(name: .customLong("num-records"), help: "Records to send.") var numRecords: Int = 100_000
    @Option(name: .customLong("record-size"), help: "Bytes per record value.") var recordSize: Int = 100
    @Option(parsing: .unconditional, help: "Records per second at most, over all producers; -1 for no cap.") var throughput: Int = -1
    @Option(help: "Acknowledgements to wait for: 0, 1 or all (-1).") var acks: String = "all"
    @Option(name: .customLong("batch-size"), help: "batch.size: bytes per partition batch.") var batchSize: Int = 16_384
    @Option(name: .customLong("linger-ms"), help: "linger.ms: how long a batch waits for more records.") var lingerMs: Int = 5
    @Option(help: "compression.type: none, gzip, snappy, lz4 or zstd.") var compression: String = "none"
    @Option(help: "Producers sending concurrently, each with its own connection.") var producers: Int = 1
    @Option(name: .customLong("max-in-flight"), help: "max.in.flight.requests.per.connection.") var maxInFlight: Int = 5
    @Option(help: "Partitions of the topic when it has to be created.") var partitions: Int32 = 1

    func validate() throws {
        if self.numRecords <= 0 { throw ValidationError("--num-records must be positive") }
        if self.recordSize < 0 { throw ValidationError("--record-size must not be negative") }
        if self.throughput == 0 || self.throughput < -1 { throw ValidationError("--throughput must be positive, or -1 for no cap") }
        if self.batchSize <= 0 { throw ValidationError("--batch-size must be positive") }
        if self.lingerMs < 0 { throw ValidationError("--linger-ms must not be negative") }
        if self.producers <= 0 { throw ValidationError("--producers must be positive") }
        if self.producers > self.numRecords { throw ValidationError("--producers must not exceed --num-records") }
        if self.maxInFlight <= 0 { throw ValidationError("--max-in-flight must be positive") }
        if self.partitions <= 0 { throw ValidationError("--partitions must be positive") }
        do throws(KafkaClientError) {
            _ = try ClientArguments.parseAcks(self.acks)
            _ = try ClientArguments.parseCompression(self.compression)
        } catch {
            throw ValidationError(error.message)
        }
    }

    func producerConfiguration(observer: @escaping @Sendable (ProduceRequestStats) -> Void) throws(KafkaClientError) -> ProducerConfiguration {
        var configuration = ProducerConfiguration()
        configuration.acks = try ClientArguments.parseAcks(self.acks)
        configuration.compression = try ClientArguments.parseCompression(self.compression)
        configuration.batchSize = self.batchSize
        configuration.linger = .milliseconds(self.lingerMs)
        configuration.maxInFlightRequestsPerConnection = self.maxInFlight
        configuration.requestTimeoutMs = Int32(clamping: self.connection.requestTimeoutMs)
        configuration.requestObserver = observer
        return configuration
    }

    func run() async throws {
        // The topic is made (or found) once, before any producer starts the clock.
        try await withClient(self.connection) { client in
            _ = try await client.benchTopic(self.topic, partitions: self.partitions)
        }
        let requestLatency = BenchShared(BenchLatencyRecorder())
        let configuration: ProducerConfiguration
        do {
            configuration = try self.producerConfiguration { stats in
                requestLatency.withValue { $0.record(stats.latency) }
            }
        } catch {
            throw cliFailure(error)
        }
        let value = Self.payload(size: self.recordSize)
        let shares = BenchPlan.split(self.numRecords, into: self.producers)
        let rate = BenchPlan.splitThroughput(Double(self.throughput), into: self.producers)
        var clients: [KafkaClient] = []
        for _ in shares {
            do {
                clients.append(try self.connection.makeClient())
            } catch {
                throw cliFailure(error)
            }
        }
        // Connect and learn the topic before the clock starts, as Kafka's perf test does.
        for client in clients {
            do {
                _ = try await client.topic(self.topic, refresh: true)
            } catch {
                for client in clients { await client.close() }
                throw cliFailure(error)
            }
        }
        let topic = self.topic
        let start = ContinuousClock.now
        let results = await withTaskGroup(of: ProducerOutcome.self) { group in
            for (client, share) in zip(clients, shares) {
                group.addTask {
                    await Self.runProducer(client: client, configuration: configuration, topic: topic, value: value, count: share, throttle: BenchThrottle(recordsPerSecond: rate))
                }
            }
            var all: [ProducerOutcome] = []
            for await outcome in group { all.append(outcome) }
            return all
        }
        for client in clients { await client.close() }
        let end = results.map(\.finished).max() ?? ContinuousClock.now
        var latency = BenchLatencyRecorder()
        for result in results { latency.add(result.latency) }
        let acknowledged = results.reduce(0) { $0 + $1.acknowledged }
        let failed = results.reduce(0) { $0 + $1.failed }
        let report = ProduceBenchReport(
            topic: self.topic, recordSize: self.recordSize, acks: self.acks, batchSize: self.batchSize, lingerMs: self.lingerMs,
            compression: self.compression, producers: self.producers, maxInFlight: self.maxInFlight,
            throughput: BenchThroughput(records: acknowledged, bytes: acknowledged * self.recordSize, elapsed: end - start),
            failed: failed, latency: latency.summary, requestLatency: requestLatency.withValue { $0.summary },
            firstError: results.compactMap(\.firstError).first
        )
        if self.output.json {
            try BenchOutput.json(report)
        } else {
            Output.write(Array(report.text.utf8))
        }
        if acknowledged == 0 {
            throw CommandFailure("no record was acknowledged: \(report.firstError ?? "unknown error")")
        }
    }

    struct ProducerOutcome: Sendable {
        var acknowledged = 0
        var failed = 0
        var latency = BenchLatencyRecorder()
        var firstError: String?
        var finished = ContinuousClock.now
    }

    private struct Pending: Sendable {
        let sentAt: ContinuousClock.Instant
        let receipt: DeliveryReceipt
    }

    /// Sends `count` records through one producer, paced by `throttle`; a second task awaits the
    /// receipts in order and records each record's latency. A failed `send` stops this producer
    /// and counts its unsent records as failed.
    private static func runProducer(
        client: KafkaClient, configuration: ProducerConfiguration, topic: String, value: ByteBuffer, count: Int, throttle: BenchThrottle
    ) async -> ProducerOutcome {
        let producer = KafkaProducer(client: client, configuration: configuration)
        let (stream, continuation) = AsyncStream<Pending>.makeStream()
        let collector = Task { () -> ProducerOutcome in
            var outcome = ProducerOutcome()
            // Records of one batch are acknowledged together: wait once per batch and give the
            // rest the same time (or error). Batches complete in send order per partition.
            var batch: (id: ObjectIdentifier, result: Result<ContinuousClock.Instant, KafkaClientError>)?
            for await pending in stream {
                let id = pending.receipt.batchIdentifier
                if batch?.id != id {
                    do throws(KafkaClientError) {
                        _ = try await pending.receipt.get()
                        batch = (id, .success(ContinuousClock.now))
                    } catch {
                        batch = (id, .failure(error))
                    }
                }
                switch batch?.result {
                case .success(let acknowledgedAt):
                    outcome.latency.record(acknowledgedAt - pending.sentAt)
                    outcome.acknowledged += 1
                case .failure(let error):
                    outcome.failed += 1
                    if outcome.firstError == nil { outcome.firstError = error.description }
                case nil:
                    break
                }
            }
            outcome.finished = ContinuousClock.now
            return outcome
        }
        let record = ProducerRecord(topic: topic, value: value)
        let start = ContinuousClock.now
        var sendFailure: (Int, String)?
        for sent in 0..<count {
            if let wait = throttle.wait(afterSending: sent, elapsed: ContinuousClock.now - start) {
                try? await Task.sleep(for: wait)
            }
            let sentAt = ContinuousClock.now
            do throws(KafkaClientError) {
                let receipt = try await producer.send(record)
                continuation.yield(Pending(sentAt: sentAt, receipt: receipt))
            } catch {
                sendFailure = (count - sent, error.description)
                break
            }
        }
        await producer.flush()
        continuation.finish()
        var outcome = await collector.value
        await producer.close()
        if let (unsent, message) = sendFailure {
            outcome.failed += unsent
            if outcome.firstError == nil { outcome.firstError = message }
        }
        return outcome
    }

    /// `size` random uppercase letters, as Kafka's perf test fills its payload.
    static func payload(size: Int) -> ByteBuffer {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<size).map { _ in UInt8.random(in: UInt8(ascii: "A")...UInt8(ascii: "Z"), using: &generator) }
        return ByteBuffer(bytes: bytes)
    }
}
