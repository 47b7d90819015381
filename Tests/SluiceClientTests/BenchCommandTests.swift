import Foundation
import Testing

@testable import SluiceCommands

@Suite("sluice bench")
struct BenchCommandTests {
    // MARK: Throttle

    @Test func unlimitedThrottleNeverWaits() {
        let throttle = BenchThrottle(recordsPerSecond: -1)
        #expect(throttle.isUnlimited)
        #expect(throttle.wait(afterSending: 1_000_000, elapsed: .zero) == nil)
    }

    @Test func throttleWaitsOutTheScheduleWhenAhead() throws {
        let throttle = BenchThrottle(recordsPerSecond: 1000)
        // 10 records at 1000/s are due at 10 ms; at 0 ms the sender is 10 ms early.
        let wait = try #require(throttle.wait(afterSending: 10, elapsed: .zero))
        #expect(wait == .milliseconds(10))
        #expect(throttle.wait(afterSending: 10, elapsed: .milliseconds(4)) == .milliseconds(6))
    }

    @Test func throttleDoesNotWaitOnOrBehindSchedule() {
        let throttle = BenchThrottle(recordsPerSecond: 1000)
        #expect(throttle.wait(afterSending: 10, elapsed: .milliseconds(10)) == nil)
        #expect(throttle.wait(afterSending: 10, elapsed: .seconds(1)) == nil)
        #expect(throttle.wait(afterSending: 0, elapsed: .zero) == nil)
    }

    @Test func throttleSkipsWaitsBelowTheMinimumAndCatchesUpLater() throws {
        let throttle = BenchThrottle(recordsPerSecond: 100_000, minimumWait: .milliseconds(1))
        // 1 record is due at 10 µs: not worth a sleep.
        #expect(throttle.wait(afterSending: 1, elapsed: .zero) == nil)
        // 200 records are due at 2 ms: the skipped waits add up.
        let wait = try #require(throttle.wait(afterSending: 200, elapsed: .microseconds(500)))
        #expect(wait == .microseconds(1500))
    }

    // MARK: Plan

    @Test func splitSumsToTheTotalWithLargerSharesFirst() {
        #expect(BenchPlan.split(10, into: 3) == [4, 3, 3])
        #expect(BenchPlan.split(9, into: 3) == [3, 3, 3])
        #expect(BenchPlan.split(2, into: 4) == [1, 1, 0, 0])
        #expect(BenchPlan.split(5, into: 0) == [])
        #expect(BenchPlan.split(200_001, into: 7).reduce(0, +) == 200_001)
    }

    @Test func throughputSplitKeepsUnlimitedUnlimited() {
        #expect(BenchPlan.splitThroughput(-1, into: 4) == -1)
        #expect(BenchPlan.splitThroughput(1000, into: 4) == 250)
    }

    @Test func partitionsAreDealtRoundRobin() {
        #expect(BenchPlan.deal([0, 1, 2, 3, 4], to: 2) == [[0, 2, 4], [1, 3]])
        #expect(BenchPlan.deal([0], to: 3) == [[0], [], []])
    }

    // MARK: Figures

    @Test func throughputArithmetic() {
        let figures = BenchThroughput(records: 1000, bytes: 2 * 1_048_576, elapsed: .seconds(2))
        #expect(figures.recordsPerSecond == 500)
        #expect(figures.bytesPerSecond == 1_048_576)
        #expect(figures.megabytesPerSecond == 1)
        #expect(figures.elapsedSeconds == 2)
        let instant = BenchThroughput(records: 5, bytes: 5, elapsed: .zero)
        #expect(instant.recordsPerSecond == 0)
    }

    @Test func latencySummaryReportsPercentilesInMilliseconds() {
        var recorder = BenchLatencyRecorder()
        for millisecond in 1...1000 {
            recorder.record(.milliseconds(millisecond))
        }
        let summary = recorder.summary
        #expect(summary.count == 1000)
        // Three significant digits: within 0.1% of the exact value.
        #expect(abs(summary.p50Ms - 500) <= 0.5)
        #expect(abs(summary.p99Ms - 990) <= 1)
        #expect(abs(summary.p999Ms - 999) <= 1)
        #expect(abs(summary.maxMs - 1000) <= 1)
        #expect(abs(summary.avgMs - 500.5) <= 0.5)
    }

    @Test func latencyRecorderClampsOutOfRangeValues() {
        var recorder = BenchLatencyRecorder()
        recorder.record(.zero)
        recorder.record(.seconds(3600))
        #expect(recorder.summary.count == 2)
        #expect(recorder.summary.maxMs >= 599_000)
        #expect(LatencySummary(BenchLatencyRecorder().histogram) == LatencySummary(count: 0, avgMs: 0, p50Ms: 0, p95Ms: 0, p99Ms: 0, p999Ms: 0, maxMs: 0))
    }

    @Test func produceReportTextAndJSON() throws {
        let latency = LatencySummary(count: 3, avgMs: 1.5, p50Ms: 1, p95Ms: 2, p99Ms: 2, p999Ms: 2, maxMs: 2.25)
        let report = ProduceBenchReport(
            topic: "t", recordSize: 100, acks: "all", batchSize: 16384, lingerMs: 5, compression: "none", producers: 1, maxInFlight: 5,
            throughput: BenchThroughput(records: 3, bytes: 300, elapsed: .seconds(1)), failed: 0, latency: latency,
            requestLatency: latency, firstError: nil
        )
        #expect(report.text.hasPrefix("3 records sent, 3.0 records/s (0.00 MB/s) in 1.00 s; latency avg 1.50, p50 1.00, p95 2.00, p99 2.00, p99.9 2.00, max 2.25 ms"))
        #expect(!report.text.contains("failed"))
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        let object = try #require(JSONSerialization.jsonObject(with: encoder.encode(report)) as? [String: Any])
        let throughput = try #require(object["throughput"] as? [String: Any])
        #expect(throughput["records_per_second"] as? Double == 3)
        let latencyObject = try #require(object["latency"] as? [String: Any])
        #expect(latencyObject["p999_ms"] as? Double == 2)
    }

    @Test func consumeReportMentionsTimeoutAndEndToEnd() {
        var report = ConsumeBenchReport(
            topic: "t", consumers: 1, throughput: BenchThroughput(records: 10, bytes: 1000, elapsed: .seconds(1)), fetches: 2,
            timedOut: false, endToEndLatency: nil
        )
        #expect(report.text == "10 records consumed, 10.0 records/s (0.00 MB/s) in 1.00 s, 2 fetches\n")
        report.timedOut = true
        report.endToEndLatency = LatencySummary(count: 1, avgMs: 3, p50Ms: 3, p95Ms: 3, p99Ms: 3, p999Ms: 3, maxMs: 3)
        #expect(report.text.contains("end-to-end latency (now - CreateTime) avg 3.00"))
        #expect(report.text.contains("stopped: no record arrived within the timeout"))
    }

    // MARK: Arguments

    @Test func produceDefaultsParse() throws {
        let command = try BenchProduceCommand.parse([])
        #expect(command.numRecords == 100_000)
        #expect(command.throughput == -1)
        #expect(command.connection.bootstrapServer == "127.0.0.1:9092")
        let configuration = try command.producerConfiguration { _ in }
        #expect(configuration.acks == -1)
        #expect(configuration.batchSize == 16_384)
        #expect(configuration.linger == .milliseconds(5))
        #expect(configuration.maxInFlightRequestsPerConnection == 5)
    }

    @Test func throughputTakesMinusOneAsKafkaToolsDo() throws {
        #expect(try BenchProduceCommand.parse(["--throughput", "-1"]).throughput == -1)
        #expect(try BenchProduceCommand.parse(["--throughput", "5000"]).throughput == 5000)
    }

    @Test func produceOptionsReachTheProducerConfiguration() throws {
        let command = try BenchProduceCommand.parse(["--acks", "1", "--batch-size", "65536", "--linger-ms", "0", "--compression", "lz4", "--max-in-flight", "1"])
        let configuration = try command.producerConfiguration { _ in }
        #expect(configuration.acks == 1)
        #expect(configuration.batchSize == 65_536)
        #expect(configuration.linger == .zero)
        #expect(configuration.compression == .lz4)
        #expect(configuration.maxInFlightRequestsPerConnection == 1)
    }

    @Test(arguments: [
        ["--num-records", "0"],
        ["--record-size", "-1"],
        ["--throughput", "0"],
        ["--throughput", "-2"],
        ["--acks", "2"],
        ["--compression", "brotli"],
        ["--batch-size", "0"],
        ["--linger-ms", "-1"],
        ["--producers", "0"],
        ["--producers", "11", "--num-records", "10"],
        ["--max-in-flight", "0"],
        ["--partitions", "0"],
    ])
    func produceRejectsBadArguments(_ arguments: [String]) {
        #expect(throws: (any Error).self) { try BenchProduceCommand.parse(arguments) }
    }

    @Test(arguments: [
        ["--num-records", "0"],
        ["--consumers", "0"],
        ["--timeout-ms", "0"],
        ["--fetch-max-bytes", "0"],
        ["--max-partition-fetch-bytes", "-5"],
        ["--fetch-max-wait-ms", "-1"],
    ])
    func consumeRejectsBadArguments(_ arguments: [String]) {
        #expect(throws: (any Error).self) { try BenchConsumeCommand.parse(arguments) }
    }

    @Test func consumeOptionsReachTheConsumerConfiguration() throws {
        let command = try BenchConsumeCommand.parse(["--fetch-max-wait-ms", "100", "--fetch-min-bytes", "1024", "--max-partition-fetch-bytes", "2097152", "--end-to-end"])
        let configuration = command.consumerConfiguration
        #expect(configuration.fetchMaxWaitMs == 100)
        #expect(configuration.fetchMinBytes == 1024)
        #expect(configuration.maxPartitionFetchBytes == 2_097_152)
        #expect(command.endToEnd)
    }

    @Test func payloadIsUppercaseLettersOfTheRequestedSize() {
        let payload = BenchProduceCommand.payload(size: 1024)
        #expect(payload.readableBytes == 1024)
        #expect(payload.readableBytesView.allSatisfy { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") })
        #expect(BenchProduceCommand.payload(size: 0).readableBytes == 0)
    }
}
