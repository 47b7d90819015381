/// Paces a benchmark to a target rate, as Kafka's perf tools do with `--throughput`: after `sent`
/// records the run should have taken at least `sent / recordsPerSecond` seconds; when it is ahead
/// of that schedule the sender waits out the difference.
///
/// The schedule is absolute (from the start of the run), so short waits that are skipped
/// (below `minimumWait`, cheaper to ignore than to sleep for) are made up later and the average
/// rate stays exact. `recordsPerSecond` <= 0 means no cap. A value; not thread-safe.
struct BenchThrottle: Sendable, Equatable {
    let recordsPerSecond: Double
    /// Waits shorter than this are not worth a sleep; they accumulate into a later one.
    let minimumWait: Duration

    init(recordsPerSecond: Double, minimumWait: Duration = .milliseconds(1)) {
        self.recordsPerSecond = recordsPerSecond
        self.minimumWait = minimumWait
    }

    var isUnlimited: Bool { self.recordsPerSecond <= 0 }

    /// How long to wait before sending the next record, having sent `sent` records `elapsed`
    /// after the start; nil when no wait is due.
    func wait(afterSending sent: Int, elapsed: Duration) -> Duration? {
        guard !self.isUnlimited, sent > 0 else { return nil }
        let due = Double(sent) / self.recordsPerSecond
        let ahead = due - elapsed.seconds
        guard ahead > 0 else { return nil }
        let wait = Duration.nanoseconds(Int64((ahead * 1e9).rounded(.up)))
        return wait >= self.minimumWait ? wait : nil
    }
}

/// Splits a benchmark's work among workers.
enum BenchPlan {
    /// `total` in `parts` shares as equal as possible, the larger ones first; they sum to `total`.
    static func split(_ total: Int, into parts: Int) -> [Int] {
        guard parts > 0 else { return [] }
        let share = total / parts
        let rest = total % parts
        return (0..<parts).map { share + ($0 < rest ? 1 : 0) }
    }

    /// A throughput cap shared among `parts` workers; unlimited (-1) stays unlimited.
    static func splitThroughput(_ recordsPerSecond: Double, into parts: Int) -> Double {
        guard recordsPerSecond > 0, parts > 0 else { return -1 }
        return recordsPerSecond / Double(parts)
    }

    /// Partitions dealt round-robin to `parts` workers; a worker may get none when there are
    /// fewer partitions than workers.
    static func deal(_ partitions: [Int32], to parts: Int) -> [[Int32]] {
        guard parts > 0 else { return [] }
        var hands = Array(repeating: [Int32](), count: parts)
        for (index, partition) in partitions.enumerated() {
            hands[index % parts].append(partition)
        }
        return hands
    }
}

extension Duration {
    /// The duration in seconds, as a Double.
    var seconds: Double {
        let (seconds, attoseconds) = self.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }

    /// Whole microseconds, rounded down; 0 for negative durations.
    var wholeMicroseconds: UInt64 {
        let (seconds, attoseconds) = self.components
        let micros = seconds * 1_000_000 + attoseconds / 1_000_000_000_000
        return micros > 0 ? UInt64(micros) : 0
    }
}
