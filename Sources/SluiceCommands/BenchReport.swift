import Foundation
import Histogram

/// Latencies recorded in microseconds: 1 µs to 10 minutes at 3 significant digits; larger values
/// are clamped to the top so a stuck request still counts.
struct BenchLatencyRecorder: Sendable {
    static let highestTrackable: UInt64 = 600_000_000
    private(set) var histogram = Histogram<UInt64>(lowestDiscernibleValue: 1, highestTrackableValue: BenchLatencyRecorder.highestTrackable, numberOfSignificantValueDigits: .three)

    mutating func record(microseconds: UInt64) {
        self.histogram.record(min(max(microseconds, 1), Self.highestTrackable))
    }

    mutating func record(_ duration: Duration) {
        self.record(microseconds: duration.wholeMicroseconds)
    }

    mutating func add(_ other: BenchLatencyRecorder) {
        self.histogram.add(other.histogram)
    }

    var summary: LatencySummary { LatencySummary(self.histogram) }
}

/// Percentiles of a latency histogram, in milliseconds.
struct LatencySummary: Codable, Sendable, Equatable {
    var count: UInt64
    var avgMs: Double
    var p50Ms: Double
    var p95Ms: Double
    var p99Ms: Double
    var p999Ms: Double
    var maxMs: Double

    init(count: UInt64, avgMs: Double, p50Ms: Double, p95Ms: Double, p99Ms: Double, p999Ms: Double, maxMs: Double) {
        self.count = count
        self.avgMs = avgMs
        self.p50Ms = p50Ms
        self.p95Ms = p95Ms
        self.p99Ms = p99Ms
        self.p999Ms = p999Ms
        self.maxMs = maxMs
    }

    /// From a histogram of microseconds; all zero when it is empty.
    init(_ histogram: Histogram<UInt64>) {
        guard histogram.totalCount > 0 else {
            self.init(count: 0, avgMs: 0, p50Ms: 0, p95Ms: 0, p99Ms: 0, p999Ms: 0, maxMs: 0)
            return
        }
        func ms(_ micros: UInt64) -> Double { Double(micros) / 1000 }
        self.init(
            count: histogram.totalCount,
            avgMs: histogram.mean / 1000,
            p50Ms: ms(histogram.valueAtPercentile(50)),
            p95Ms: ms(histogram.valueAtPercentile(95)),
            p99Ms: ms(histogram.valueAtPercentile(99)),
            p999Ms: ms(histogram.valueAtPercentile(99.9)),
            maxMs: ms(histogram.max)
        )
    }

    /// "avg 1.23, p50 1.10, p95 ..., max 9.80 ms".
    var text: String {
        "avg \(BenchFormat.fixed(self.avgMs, 2)), p50 \(BenchFormat.fixed(self.p50Ms, 2)), p95 \(BenchFormat.fixed(self.p95Ms, 2)), "
            + "p99 \(BenchFormat.fixed(self.p99Ms, 2)), p99.9 \(BenchFormat.fixed(self.p999Ms, 2)), max \(BenchFormat.fixed(self.maxMs, 2)) ms"
    }
}

/// Throughput of a run. `megabytesPerSecond` is in MiB/s (2^20 bytes), as Kafka's perf tools print
/// "MB/sec"; `bytesPerSecond` is exact for other units.
struct BenchThroughput: Codable, Sendable, Equatable {
    var records: Int
    var bytes: Int
    var elapsedSeconds: Double
    var recordsPerSecond: Double
    var bytesPerSecond: Double
    var megabytesPerSecond: Double

    init(records: Int, bytes: Int, elapsed: Duration) {
        self.records = records
        self.bytes = bytes
        self.elapsedSeconds = elapsed.seconds
        let seconds = self.elapsedSeconds
        self.recordsPerSecond = seconds > 0 ? Double(records) / seconds : 0
        self.bytesPerSecond = seconds > 0 ? Double(bytes) / seconds : 0
        self.megabytesPerSecond = self.bytesPerSecond / 1_048_576
    }
}

struct ProduceBenchReport: Codable, Sendable, Equatable {
    var topic: String
    var recordSize: Int
    var acks: String
    var batchSize: Int
    var lingerMs: Int
    var compression: String
    var producers: Int
    var maxInFlight: Int
    /// Records acknowledged; `failed` were not.
    var throughput: BenchThroughput
    var failed: Int
    /// Per record: from the `send` call to the bench seeing its batch acknowledged. Every record
    /// of a batch shares the batch's acknowledgement time, but each has its own send time.
    var latency: LatencySummary
    var latencyMeasure = "per record, from send() to the acknowledgement of its batch"
    /// Per Produce request: from writing it to its response (acks=0: to the write).
    var requestLatency: LatencySummary
    var firstError: String?

    /// Kafka's perf-test layout on one line, then the request latencies.
    var text: String {
        var text = "\(self.throughput.records) records sent, \(BenchFormat.fixed(self.throughput.recordsPerSecond, 1)) records/s "
            + "(\(BenchFormat.fixed(self.throughput.megabytesPerSecond, 2)) MB/s) in \(BenchFormat.fixed(self.throughput.elapsedSeconds, 2)) s; "
            + "latency \(self.latency.text) (\(self.latencyMeasure))\n"
        text += "\(self.requestLatency.count) produce requests, latency \(self.requestLatency.text)\n"
        if self.failed > 0 {
            text += "\(self.failed) records failed; first error: \(self.firstError ?? "unknown")\n"
        }
        return text
    }
}

struct ConsumeBenchReport: Codable, Sendable, Equatable {
    var topic: String
    var consumers: Int
    /// Records and key + value bytes received, from the first fetch to the last record.
    var throughput: BenchThroughput
    var fetches: Int
    /// The run stopped at `--timeout-ms` without a record, before `--num-records`.
    var timedOut: Bool
    /// Now minus each record's CreateTime (millisecond resolution); only with --end-to-end.
    var endToEndLatency: LatencySummary?

    var text: String {
        var text = "\(self.throughput.records) records consumed, \(BenchFormat.fixed(self.throughput.recordsPerSecond, 1)) records/s "
            + "(\(BenchFormat.fixed(self.throughput.megabytesPerSecond, 2)) MB/s) in \(BenchFormat.fixed(self.throughput.elapsedSeconds, 2)) s, "
            + "\(self.fetches) fetches\n"
        if let endToEnd = self.endToEndLatency {
            text += "end-to-end latency (now - CreateTime) \(endToEnd.text)\n"
        }
        if self.timedOut {
            text += "stopped: no record arrived within the timeout\n"
        }
        return text
    }
}

enum BenchFormat {
    /// `value` with exactly `digits` decimals, no locale.
    static func fixed(_ value: Double, _ digits: Int) -> String {
        guard value.isFinite else { return "\(value)" }
        return String(format: "%.\(digits)f", value)
    }
}
