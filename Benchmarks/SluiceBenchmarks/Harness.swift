#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One measured operation.
///
/// `run` performs the operation once on data prepared when the case was built; `bytesPerRun` is the
/// data it processes, in the unit the throughput is quoted in (for codecs: uncompressed bytes, in both
/// directions). Cases run one at a time on the calling thread.
struct BenchmarkCase {
    /// Groups rows in the table: "baseline", "compression", "protocol", ...
    var group: String
    var name: String
    var bytesPerRun: Int
    /// Shown in the notes column, e.g. a compression ratio.
    var note: String = ""
    /// A floor the median must reach; reported as PASS or FAIL after the table.
    var minimumMBps: Double? = nil
    var run: () throws -> Void

    var qualifiedName: String { "\(self.group)/\(self.name)" }
}

/// Throughputs of one case, in MB/s (10^6 bytes per second).
struct Measurement {
    var benchmark: BenchmarkCase
    var runsPerIteration: Int
    var samples: [Double]

    var median: Double {
        let sorted = self.samples.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
    var minimum: Double { self.samples.min() ?? 0 }
    var maximum: Double { self.samples.max() ?? 0 }
}

struct BenchmarkOptions {
    var iterations = 11
    /// Each iteration repeats `run` until it lasts about this long, so short operations are timed well.
    var minimumIterationTime: Duration = .milliseconds(20)
    var filter: String?
    /// Where the storage cases put their log and `dd` its file: the file system being measured.
    var dataDirectory = ".build/benchmark-data"
    /// Rounds per storage configuration (each on a fresh log).
    var rounds = 5

    static let usage = """
        usage: SluiceBenchmarks [--filter NAME] [--iterations N]
          --filter NAME    run only cases whose group/name contains NAME (case-insensitive);
                           the memcpy baseline always runs
          --iterations N   timed iterations per case (default 11); the median is reported
          --data-dir DIR   where the storage cases write (default .build/benchmark-data)
          --rounds N       rounds per storage configuration (default 5); the median is reported
        """

    /// Parses `CommandLine.arguments` (without the executable name).
    static func parse(_ arguments: [String]) -> Result<BenchmarkOptions, UsageError> {
        var options = BenchmarkOptions()
        var remaining = arguments[...]
        while let argument = remaining.popFirst() {
            switch argument {
            case "--filter":
                guard let value = remaining.popFirst() else { return .failure(UsageError("--filter needs a value")) }
                options.filter = value
            case "--iterations":
                guard let value = remaining.popFirst(), let count = Int(value), count > 0 else {
                    return .failure(UsageError("--iterations needs a positive integer"))
                }
                options.iterations = count
            case "--data-dir":
                guard let value = remaining.popFirst() else { return .failure(UsageError("--data-dir needs a value")) }
                options.dataDirectory = value
            case "--rounds":
                guard let value = remaining.popFirst(), let count = Int(value), count > 0 else {
                    return .failure(UsageError("--rounds needs a positive integer"))
                }
                options.rounds = count
            case "-h", "--help":
                return .failure(UsageError(nil))
            default:
                return .failure(UsageError("unknown argument \(argument)"))
            }
        }
        return .success(options)
    }

    /// Whether the storage section runs: with no filter, or a filter naming it.
    var selectsStorage: Bool {
        guard let filter = self.filter?.lowercased() else { return true }
        return filter.contains("storage") || filter.contains("disk")
    }

    func selects(_ benchmark: BenchmarkCase) -> Bool {
        guard let filter = self.filter, benchmark.group != "baseline" else { return true }
        return benchmark.qualifiedName.lowercased().contains(filter.lowercased())
    }
}

struct UsageError: Error {
    var message: String?
    init(_ message: String?) { self.message = message }
}

enum Harness {
    static func measure(_ benchmark: BenchmarkCase, options: BenchmarkOptions) throws -> Measurement {
        let clock = ContinuousClock()
        // Warm up (caches, lazy allocations) and calibrate the repetitions per iteration.
        try benchmark.run()
        let once = try clock.measure { try benchmark.run() }
        let runs = max(1, Int((options.minimumIterationTime / max(once, .nanoseconds(100))).rounded(.up)))
        var samples: [Double] = []
        for _ in 0..<options.iterations {
            let elapsed = try clock.measure {
                for _ in 0..<runs { try benchmark.run() }
            }
            samples.append(Double(benchmark.bytesPerRun * runs) / elapsed.seconds / 1e6)
        }
        return Measurement(benchmark: benchmark, runsPerIteration: runs, samples: samples)
    }

    /// Prints the table; ratios are to the median of `reference` (memcpy of 1 MiB).
    static func printTable(_ measurements: [Measurement], reference: Measurement?) {
        let header = ["case", "median MB/s", "min", "max", "vs memcpy", "runs/iter", "notes"]
        var rows: [[String]] = [header]
        var groups: [String] = [""]
        for m in measurements {
            let ratio = reference.map { format(m.median / $0.median, digits: $0.median > m.median * 100 ? 4 : 3) + "x" } ?? "-"
            rows.append([
                m.benchmark.qualifiedName, format(m.median, digits: 0), format(m.minimum, digits: 0),
                format(m.maximum, digits: 0), ratio, String(m.runsPerIteration), m.benchmark.note,
            ])
            groups.append(m.benchmark.group)
        }
        Self.printRows(rows, groups: groups)
    }

    /// Prints `rows` (the first is the header) as aligned columns: the first column left-aligned,
    /// the last unpadded, the rest right-aligned; a blank line wherever `groups` changes.
    static func printRows(_ rows: [[String]], groups: [String]? = nil) {
        guard let header = rows.first else { return }
        let widths = header.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                if column == cells.count - 1 { return cell }
                return column == 0 ? cell + padding : padding + cell
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        print(line(header))
        print(String(repeating: "-", count: widths.reduce(0, +) + 2 * (widths.count - 1)))
        for (index, row) in rows.enumerated().dropFirst() {
            if let groups, index > 1, groups[index] != groups[index - 1] { print("") }
            print(line(row))
        }
    }

    static func format(_ value: Double, digits: Int) -> String {
        guard value.isFinite else { return "-" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        if digits == 0 { return String(Int(rounded)) }
        var text = String(rounded)
        if let dot = text.firstIndex(of: ".") {
            let decimals = text.distance(from: dot, to: text.endIndex) - 1
            text += String(repeating: "0", count: max(0, digits - decimals))
        }
        return text
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        String(self.reversed().drop { $0 == " " }.reversed())
    }
}

extension Duration {
    var seconds: Double {
        let (seconds, attoseconds) = self.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}

/// Keeps the optimizer from discarding results.
nonisolated(unsafe) var blackHoleSink: UInt64 = 0

@inline(never)
func blackHole(_ value: Int) {
    blackHoleSink &+= UInt64(truncatingIfNeeded: value)
}
