import Foundation
import NIOCore
import SluiceProtocol
import SluiceStorage

/// Appends to one partition log through the real `Log` (its own `GroupCommitter`, chosen by
/// `sluice.durability`, `flush.messages`, `flush.ms`) with `appendAndWait`, and reads it back.
///
/// Batches are 16 KiB (16 records of 1 KiB) or 1 MiB (1024 records of 1 KiB), built once and
/// appended again and again (the log writes each batch's offsets into a copy). "no fsync" is
/// Kafka's default (`flush.messages`/`flush.ms` unset): an append is acknowledged once it is in the
/// page cache. "group commit" is Sluice's default: every writer waits until its batch is fsynced,
/// and concurrent writers share fsyncs. Each configuration runs `rounds` times on a fresh log; the
/// table shows the median, and the disk's own `dd` speed from the same run beside it.
enum StorageBenchmarks {
    struct Configuration {
        var batchBytes: Int
        var writers: Int
        var policy: DurabilityPolicy
        var totalBytes: Int

        var name: String {
            let size = self.batchBytes >= 1 << 20 ? "\(self.batchBytes >> 20) MiB" : "\(self.batchBytes >> 10) KiB"
            let mode: String
            switch self.policy {
            case .groupCommit: mode = "group commit"
            default: mode = "no fsync"
            }
            return "append \(size) batches, \(mode), \(self.writers) writer\(self.writers == 1 ? "" : "s")"
        }
    }

    struct Result {
        var name: String
        var mbPerSecond: [Double]
        var batchesPerSecond: [Double]
        var syncs: [Int]
    }

    static let recordBytes = 1024

    static func batch(bytes: Int) throws -> RecordBatch {
        let payload = RecordData.records(totalBytes: bytes)
        var builder = RecordBatchBuilder(producerId: -1)
        for index in 0..<(bytes / Self.recordBytes) {
            let start = index * Self.recordBytes
            builder.append(
                timestamp: 1_700_000_000_000 + Int64(index), key: nil,
                value: ByteBuffer(bytes: payload[start..<(start + Self.recordBytes)])
            )
        }
        return try builder.encode(codec: nil)
    }

    static var configurations: [Configuration] {
        var all: [Configuration] = []
        for (batchBytes, totalBytes) in [(16 << 10, 32 << 20), (1 << 20, 256 << 20)] {
            all.append(Configuration(batchBytes: batchBytes, writers: 1, policy: .none, totalBytes: totalBytes))
            for writers in [1, 8, 64] {
                all.append(Configuration(batchBytes: batchBytes, writers: writers, policy: .groupCommit, totalBytes: totalBytes))
            }
        }
        return all
    }

    static func makeLog(in directory: String, policy: DurabilityPolicy = .groupCommit, fileIO: any FileIO = PosixFileIO()) throws -> Log {
        var config = LogConfig()
        config.segmentBytes = 128 << 20
        config.maxMessageBytes = 2 << 20
        switch policy {
        case .groupCommit:
            config.durabilityMode = .groupCommit
        case .kafka(let flushMessages, let flushMs):
            config.durabilityMode = .kafka
            config.flushMessages = flushMessages
            config.flushMs = flushMs
        case .none:
            config.durabilityMode = .none
        }
        return try Log(
            directory: directory, topic: "bench", partition: 0, config: config, fileIO: fileIO,
            hadCleanShutdown: true, nowMs: Int64(Date().timeIntervalSince1970 * 1000)
        )
    }

    /// One round: `writers` tasks append until `totalBytes` are written, each waiting for its own
    /// batch to be acknowledged before sending the next (as a producer with one request in flight).
    static func runRound(_ configuration: Configuration, batch: RecordBatch, directory: String) async throws -> (seconds: Double, batches: Int, syncs: Int) {
        try? FileManager.default.removeItem(atPath: directory)
        let files = SyncCountingFileIO(base: PosixFileIO())
        let log = try Self.makeLog(in: directory, policy: configuration.policy, fileIO: files)
        defer { try? log.close() }
        let syncsAtOpen = files.logFileSyncs
        let batchesPerWriter = max(1, configuration.totalBytes / configuration.batchBytes / configuration.writers)
        let start = ContinuousClock.now
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<configuration.writers {
                group.addTask {
                    for _ in 0..<batchesPerWriter {
                        _ = try await log.appendAndWait([batch], leaderEpoch: 0, nowMs: 1_700_000_000_000)
                    }
                }
            }
            try await group.waitForAll()
        }
        let seconds = (ContinuousClock.now - start).seconds
        return (seconds, batchesPerWriter * configuration.writers, files.logFileSyncs - syncsAtOpen)
    }

    /// Reads the whole log back from offset 0 in 1 MiB fetches, as a consumer would.
    static func readAll(directory: String) throws -> (seconds: Double, bytes: Int) {
        let log = try Self.makeLog(in: directory)
        defer { try? log.close() }
        let start = ContinuousClock.now
        var offset: Int64 = 0
        var bytes = 0
        while offset < log.logEndOffset {
            let result = try log.read(from: offset, maxBytes: 1 << 20, isolation: .logEnd, minOneMessage: true)
            guard let slice = result.records else { break }
            var buffer = try slice.readBytes()
            bytes += buffer.readableBytes
            // Advance past the last whole batch in the slice.
            var next = offset
            while let header = RecordBatchHeader(buffer, at: buffer.readerIndex),
                  buffer.readableBytes >= header.totalSize {
                next = header.nextOffset
                buffer.moveReaderIndex(forwardBy: header.totalSize)
            }
            guard next > offset else { break }
            offset = next
        }
        return ((ContinuousClock.now - start).seconds, bytes)
    }

    static func run(directory: String, rounds: Int) async throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        print("\nstorage: one partition log in \(directory), \(rounds) rounds per row, median shown\n")

        var ddRows: [(String, Double)] = []
        for variant in DiskBaseline.variants {
            var samples: [Double] = []
            for _ in 0..<rounds {
                samples.append(try DiskBaseline.measure(variant, directory: directory))
            }
            ddRows.append((variant.name, median(samples)))
        }
        let ddBuffered = ddRows[0].1
        let ddSynced1M = ddRows[1].1
        let ddSynced16K = ddRows[2].1

        var rows: [[String]] = [["case", "median MB/s", "batches/s", "fsyncs/round", "vs dd"]]
        for (name, mbps) in ddRows {
            rows.append(["disk/" + name, Harness.format(mbps, digits: 0), "-", "-", "1.00x"])
        }
        for configuration in Self.configurations {
            let batch = try Self.batch(bytes: configuration.batchBytes)
            var mbps: [Double] = []
            var bps: [Double] = []
            var syncs: [Int] = []
            for _ in 0..<rounds {
                let (seconds, batches, syncCount) = try await Self.runRound(configuration, batch: batch, directory: directory + "/log")
                mbps.append(Double(batches * batch.sizeInBytes) / seconds / 1e6)
                bps.append(Double(batches) / seconds)
                syncs.append(syncCount)
            }
            let reference: Double
            let referenceName: String
            switch configuration.policy {
            case .groupCommit:
                reference = configuration.batchBytes >= 1 << 20 ? ddSynced1M : ddSynced16K
                referenceName = configuration.batchBytes >= 1 << 20 ? "dd 1M dsync" : "dd 16k dsync"
            default:
                reference = ddBuffered
                referenceName = "dd fdatasync"
            }
            rows.append([
                "storage/" + configuration.name, Harness.format(median(mbps), digits: 0), Harness.format(median(bps), digits: 0),
                String(Int(median(syncs.map(Double.init)))), Harness.format(median(mbps) / reference, digits: 2) + "x " + referenceName,
            ])
        }
        // Read back what the last configuration wrote (256 MiB in 1 MiB batches).
        var readSamples: [Double] = []
        for _ in 0..<rounds {
            let (seconds, bytes) = try Self.readAll(directory: directory + "/log")
            readSamples.append(Double(bytes) / seconds / 1e6)
        }
        rows.append(["storage/read 1 MiB fetches (page cache)", Harness.format(median(readSamples), digits: 0), "-", "-", "-"])
        try? FileManager.default.removeItem(atPath: directory + "/log")
        Harness.printRows(rows)
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
