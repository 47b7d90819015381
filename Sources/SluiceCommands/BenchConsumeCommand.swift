import ArgumentParser
import Foundation
import SluiceClient
import SluiceProtocol

/// `sluice bench consume`: reads `--num-records` records from the start of a topic and reports
/// throughput (records and key + value bytes, from the first fetch to the last record received).
///
/// `--consumers` consumers split the topic's partitions round-robin, each with its own connection;
/// they stop together once `--num-records` have arrived in all, or when none has had a record for
/// `--timeout-ms`.
struct BenchConsumeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "consume",
        abstract: "Consume records from the beginning of a topic and report throughput.",
        discussion: """
            With --end-to-end each record's latency is the time of receipt minus its CreateTime \
            (millisecond resolution, same clock as the producer's), meaningful when the records are \
            being produced while the bench runs (e.g. by `sluice bench produce --throughput`).
            """
    )

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var output: OutputOptions

    @Option(help: "Topic to consume.") var topic: String = "sluice-bench"
    @Option(name: .customLong("num-records"), help: "Records to consume before stopping.") var numRecords: Int = 100_000
    @Option(help: "Consumers fetching concurrently, each with its own connection and a share of the partitions.") var consumers: Int = 1
    @Option(name: .customLong("timeout-ms"), help: "Stop when no record has arrived for this long.") var timeoutMs: Int = 10_000
    @Option(name: .customLong("fetch-max-wait-ms"), help: "fetch.max.wait.ms.") var fetchMaxWaitMs: Int32 = 500
    @Option(name: .customLong("fetch-min-bytes"), help: "fetch.min.bytes.") var fetchMinBytes: Int32 = 1
    @Option(name: .customLong("fetch-max-bytes"), help: "fetch.max.bytes.") var fetchMaxBytes: Int32 = 52_428_800
    @Option(name: .customLong("max-partition-fetch-bytes"), help: "max.partition.fetch.bytes.") var maxPartitionFetchBytes: Int32 = 1_048_576
    @Flag(name: .customLong("end-to-end"), help: "Also report now minus each record's CreateTime.") var endToEnd = false

    func validate() throws {
        if self.numRecords <= 0 { throw ValidationError("--num-records must be positive") }
        if self.consumers <= 0 { throw ValidationError("--consumers must be positive") }
        if self.timeoutMs <= 0 { throw ValidationError("--timeout-ms must be positive") }
        if self.fetchMaxWaitMs < 0 { throw ValidationError("--fetch-max-wait-ms must not be negative") }
        if self.fetchMinBytes < 0 { throw ValidationError("--fetch-min-bytes must not be negative") }
        if self.fetchMaxBytes <= 0 { throw ValidationError("--fetch-max-bytes must be positive") }
        if self.maxPartitionFetchBytes <= 0 { throw ValidationError("--max-partition-fetch-bytes must be positive") }
    }

    var consumerConfiguration: ConsumerConfiguration {
        var configuration = ConsumerConfiguration()
        configuration.fetchMaxWaitMs = self.fetchMaxWaitMs
        configuration.fetchMinBytes = self.fetchMinBytes
        configuration.fetchMaxBytes = self.fetchMaxBytes
        configuration.maxPartitionFetchBytes = self.maxPartitionFetchBytes
        return configuration
    }

    /// What all consumers share: the records counted so far and the latest arrival.
    struct Progress: Sendable {
        var records = 0
        var lastRecordAt: ContinuousClock.Instant?
    }

    struct ConsumerOutcome: Sendable {
        var records = 0
        var bytes = 0
        var fetches = 0
        var endToEnd = BenchLatencyRecorder()
        var error: String?
    }

    func run() async throws {
        var partitions: [Int32] = []
        try await withClient(self.connection) { client in
            partitions = try await client.topic(self.topic, refresh: true).partitions.map(\.partition)
        }
        let hands = BenchPlan.deal(partitions, to: self.consumers).filter { !$0.isEmpty }
        var clients: [KafkaClient] = []
        for _ in hands {
            do {
                clients.append(try self.connection.makeClient())
            } catch {
                throw cliFailure(error)
            }
        }
        let progress = BenchShared(Progress())
        let configuration = self.consumerConfiguration
        let (topic, target, timeout, endToEnd) = (self.topic, self.numRecords, Duration.milliseconds(self.timeoutMs), self.endToEnd)
        let start = ContinuousClock.now
        let outcomes = await withTaskGroup(of: ConsumerOutcome.self) { group in
            for (client, hand) in zip(clients, hands) {
                group.addTask {
                    let consumer = KafkaConsumer(client: client, topic: topic, partitions: hand, start: .earliest, configuration: configuration)
                    return await Self.consume(consumer, target: target, timeout: timeout, endToEnd: endToEnd, progress: progress, start: start)
                }
            }
            var all: [ConsumerOutcome] = []
            for await outcome in group { all.append(outcome) }
            return all
        }
        for client in clients { await client.close() }
        let (total, last) = progress.withValue { ($0.records, $0.lastRecordAt) }
        var latency = BenchLatencyRecorder()
        for outcome in outcomes { latency.add(outcome.endToEnd) }
        let records = outcomes.reduce(0) { $0 + $1.records }
        let report = ConsumeBenchReport(
            topic: self.topic, consumers: hands.count,
            throughput: BenchThroughput(records: records, bytes: outcomes.reduce(0) { $0 + $1.bytes }, elapsed: (last ?? start) - start),
            fetches: outcomes.reduce(0) { $0 + $1.fetches },
            timedOut: total < self.numRecords,
            endToEndLatency: self.endToEnd ? latency.summary : nil
        )
        if let error = outcomes.compactMap(\.error).first {
            throw CommandFailure(error)
        }
        if self.output.json {
            try BenchOutput.json(report)
        } else {
            Output.write(Array(report.text.utf8))
        }
        if records == 0 {
            throw CommandFailure("no record arrived from '\(self.topic)' within \(self.timeoutMs) ms")
        }
    }

    /// Polls until the shared count reaches `target`, or `timeout` passes without a record
    /// anywhere; a non-retriable error ends this consumer with the error.
    private static func consume(
        _ consumer: KafkaConsumer, target: Int, timeout: Duration, endToEnd: Bool, progress: BenchShared<Progress>, start: ContinuousClock.Instant
    ) async -> ConsumerOutcome {
        var outcome = ConsumerOutcome()
        while true {
            let (done, last) = progress.withValue { ($0.records >= target, $0.lastRecordAt) }
            if done { break }
            if ContinuousClock.now - (last ?? start) >= timeout { break }
            let records: [ConsumerRecord]
            do throws(KafkaClientError) {
                records = try await consumer.poll()
            } catch {
                outcome.error = error.description
                break
            }
            outcome.fetches += 1
            guard !records.isEmpty else { continue }
            let now = ContinuousClock.now
            let wallMs = Int64((Date().timeIntervalSince1970 * 1000).rounded(.down))
            // Only up to the shared target, so several consumers do not overshoot it.
            let take = progress.withValue { shared -> Int in
                let take = min(records.count, max(0, target - shared.records))
                shared.records += take
                if take > 0 { shared.lastRecordAt = now }
                return take
            }
            for record in records.prefix(take) {
                outcome.records += 1
                outcome.bytes += (record.key?.readableBytes ?? 0) + (record.value?.readableBytes ?? 0)
                if endToEnd && record.timestampType == .createTime {
                    outcome.endToEnd.record(microseconds: UInt64(max(0, wallMs - record.timestamp)) * 1000)
                }
            }
        }
        return outcome
    }
}
