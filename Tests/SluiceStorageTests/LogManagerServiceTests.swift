import Foundation
import NIOCore
import ServiceLifecycle
import ServiceLifecycleTestKit
import SluiceProtocol
import SluiceStorage
import Testing

@Suite("LogManagerService")
struct LogManagerServiceTests {
    /// Polls `condition` every 5 ms for up to 5 s.
    func eventually(_ condition: () throws -> Bool) async throws -> Bool {
        for _ in 0..<1_000 {
            if try condition() { return true }
            try await Task.sleep(for: .milliseconds(5))
        }
        return try condition()
    }

    @Test("ticks flush.ms, runs retention and checkpoints on its intervals; graceful shutdown flushes and writes the marker")
    func periodicWorkAndGracefulShutdown() async throws {
        try await withTemporaryDirectoryAsync { dir in
            var config = smallLogConfig(segmentBytes: 300)
            config.durabilityMode = .kafka
            config.flushMs = 200
            config.retentionBytes = 400
            let topicConfig = config
            let data = dir + "/data"
            let manager = try LogManager(dataDirectory: data, fileIO: PosixFileIO(), nowMs: 1_000, configForTopic: { _ in topicConfig })
            let log = try manager.getOrCreateLog(topic: "t", partition: 0, topicId: KafkaUUID(high: 1, low: 1), nowMs: 1_000)
            let retentionPasses = ManagedCounter()
            let service = LogManagerService(
                manager: manager, clock: ContinuousClock(), tickInterval: .milliseconds(5),
                retentionCheckInterval: .milliseconds(20), checkpointInterval: .milliseconds(20),
                nowMs: { 1_000 }, onRetention: { _ in retentionPasses.increment() }
            )
            try await testGracefulShutdown { trigger in
                let running = Task { try await service.run() }

                // flush.ms: nothing waits for a sync and nothing else asks for one; only the
                // service's ticks make the append durable.
                try log.append([try producerBatch(seed: 1)], leaderEpoch: 0, nowMs: 1_000)
                #expect(try await self.eventually { log.durableOffset == 2 })

                // Retention: segments beyond retention.bytes go once below the high watermark.
                for index in 0..<8 { try log.append([try producerBatch(seed: index)], leaderEpoch: 0, nowMs: 1_000) }
                log.updateHighWatermark(log.logEndOffset)
                #expect(try await self.eventually { log.logStartOffset > 0 })
                #expect(retentionPasses.value > 0)

                // Checkpoints: the recovery point file appears with this log in it.
                let recoveryPoints = OffsetCheckpointFile(path: data + "/" + CheckpointFileName.recoveryPoint, fileIO: PosixFileIO())
                let checkpointed = try await self.eventually {
                    guard FileManager.default.fileExists(atPath: data + "/" + CheckpointFileName.recoveryPoint) else { return false }
                    return try recoveryPoints.read().contains { $0.topic == "t" && $0.offset > 0 }
                }
                #expect(checkpointed)
                #expect(!FileManager.default.fileExists(atPath: data + "/" + LogManager.cleanShutdownFileName))

                // Unflushed data at shutdown is flushed; the marker is written.
                try log.append([try producerBatch(seed: 99)], leaderEpoch: 0, nowMs: 1_000)
                let end = log.logEndOffset
                trigger.triggerGracefulShutdown()
                try await running.value
                #expect(FileManager.default.fileExists(atPath: data + "/" + LogManager.cleanShutdownFileName))
                #expect(try recoveryPoints.read().contains(TopicPartitionOffset(topic: "t", partition: 0, offset: end)))
                #expect(throws: StorageError.self, "the log was closed") { try log.read(from: 0, maxBytes: 1) }
            }
            let reopened = try LogManager(dataDirectory: data, fileIO: PosixFileIO(), nowMs: 1_000, configForTopic: { _ in topicConfig })
            #expect(reopened.hadCleanShutdown)
        }
    }

    @Test("cancellation also shuts down")
    func cancellationShutsDown() async throws {
        try await withTemporaryDirectoryAsync { dir in
            let data = dir + "/data"
            let manager = try LogManager(dataDirectory: data, fileIO: PosixFileIO(), nowMs: 1_000, configForTopic: { _ in smallLogConfig() })
            _ = try manager.getOrCreateLog(topic: "t", partition: 0, topicId: nil, nowMs: 1_000)
            let service = LogManagerService(manager: manager, clock: ContinuousClock(), tickInterval: .milliseconds(5), nowMs: { 1_000 })
            let running = Task { try await service.run() }
            try await Task.sleep(for: .milliseconds(20))
            running.cancel()
            try await running.value
            #expect(FileManager.default.fileExists(atPath: data + "/" + LogManager.cleanShutdownFileName))
        }
    }
}

final class ManagedCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func increment() { self.lock.withLock { self.count += 1 } }
    var value: Int { self.lock.withLock { self.count } }
}

@Suite("LogManagerService cleaner")
struct LogManagerServiceCleanerTests {
    private static func compactedConfig() -> LogConfig {
        var config = smallLogConfig(segmentBytes: 600, indexIntervalBytes: 128)
        config.cleanupPolicy = .compact
        config.fileDeleteDelayMs = 0
        return config
    }

    /// 40 batches overwriting 4 keys: several rolled segments full of overwrites.
    private static func writeOverwrites(_ log: Log) throws {
        for index in 0..<40 {
            var builder = RecordBatchBuilder(baseOffset: 0)
            builder.append(timestamp: 1_000, key: ByteBuffer(string: "k\(index % 4)"), value: ByteBuffer(string: "v\(index)" + String(repeating: ".", count: 40)))
            try log.append([try builder.encode()], leaderEpoch: 1, nowMs: 1_000)
        }
        log.updateHighWatermark(log.logEndOffset)
    }

    private static func recordCount(_ log: Log) throws -> Int {
        try readAll(log).reduce(0) { $0 + Int($1.header.recordCount) }
    }

    /// Runs a service over a manager holding one compacted log with overwrites in rolled segments;
    /// `observe` runs while the service runs.
    private func withService(
        cleanerEnable: Bool,
        _ observe: (_ manager: LogManager, _ log: Log, _ passes: ManagedCounter, _ data: String) async throws -> Void
    ) async throws {
        try await withTemporaryDirectoryAsync { dir in
            let data = dir + "/data"
            let config = Self.compactedConfig()
            let manager = try LogManager(dataDirectory: data, fileIO: PosixFileIO(), nowMs: 1_000, configForTopic: { _ in config })
            let log = try manager.getOrCreateLog(topic: "c", partition: 0, topicId: nil, nowMs: 1_000)
            try Self.writeOverwrites(log)
            #expect(log.segmentBaseOffsets.count > 2)
            let passes = ManagedCounter()
            let service = LogManagerService(
                manager: manager, clock: ContinuousClock(), tickInterval: .milliseconds(5),
                nowMs: { 2_000 }, cleanerEnable: cleanerEnable, cleanerBackoff: .milliseconds(10),
                offsetMapMemory: 1 << 20,
                cleaningConfig: { _ in LogCleaningConfig(cleanupPolicy: .compact, deleteRetentionMs: 1_000) },
                onCleaner: { result in
                    if case .success(let run) = result, run.failures.isEmpty { passes.increment() }
                }
            )
            let running = Task { try await service.run() }
            try await observe(manager, log, passes, data)
            running.cancel()
            try await running.value
        }
    }

    @Test("log.cleaner.enable: the running service cleans a compacted log every log.cleaner.backoff.ms")
    func cleansCompactedLog() async throws {
        try await self.withService(cleanerEnable: true) { manager, log, passes, data in
            let before = try Self.recordCount(log)
            let activeBase = log.segmentBaseOffsets.last!
            let key = LogManager.TopicPartition(topic: "c", partition: 0)
            let cleaned = try await eventually { try manager.cleanerCheckpoints()[key] == activeBase }
            #expect(cleaned)
            #expect(FileManager.default.fileExists(atPath: data + "/" + CheckpointFileName.cleanerOffset))
            #expect(try Self.recordCount(log) < before)
            // Passes keep coming after the log is clean (and find nothing to do).
            let count = passes.value
            #expect(try await eventually { passes.value > count + 1 })
        }
    }

    @Test("log.cleaner.enable=false: the service leaves compacted logs alone")
    func cleanerDisabled() async throws {
        try await self.withService(cleanerEnable: false) { manager, log, passes, data in
            let before = try Self.recordCount(log)
            try await Task.sleep(for: .milliseconds(150))
            #expect(passes.value == 0)
            #expect(!FileManager.default.fileExists(atPath: data + "/" + CheckpointFileName.cleanerOffset))
            #expect(try manager.cleanerCheckpoints().isEmpty)
            #expect(try Self.recordCount(log) == before)
        }
    }

    @Test("a failing cleaner pass is reported to onCleaner and does not stop the service")
    func failingPassKeepsRunning() async throws {
        try await withTemporaryDirectoryAsync { dir in
            let data = dir + "/data"
            let config = Self.compactedConfig()
            let manager = try LogManager(dataDirectory: data, fileIO: PosixFileIO(), nowMs: 1_000, configForTopic: { _ in config })
            let log = try manager.getOrCreateLog(topic: "c", partition: 0, topicId: nil, nowMs: 1_000)
            try Self.writeOverwrites(log)
            let before = try Self.recordCount(log)
            // A malformed checkpoint: every pass fails before cleaning anything.
            let checkpoint = data + "/" + CheckpointFileName.cleanerOffset
            try writeFile(checkpoint, "garbage\n")
            let failures = ManagedCounter()
            let successes = ManagedCounter()
            let service = LogManagerService(
                manager: manager, clock: ContinuousClock(), tickInterval: .milliseconds(5),
                nowMs: { 2_000 }, cleanerBackoff: .milliseconds(10), offsetMapMemory: 1 << 20,
                cleaningConfig: { _ in LogCleaningConfig(cleanupPolicy: .compact, deleteRetentionMs: 1_000) },
                onCleaner: { result in
                    switch result {
                    case .success: successes.increment()
                    case .failure(let error):
                        #expect((error as? StorageError)?.isMalformedFile == true)
                        failures.increment()
                    }
                }
            )
            let running = Task { try await service.run() }
            #expect(try await eventually { failures.value >= 2 })
            #expect(successes.value == 0)
            #expect(try Self.recordCount(log) == before)
            // Once the operator removes the bad file, the next pass cleans.
            try FileManager.default.removeItem(atPath: checkpoint)
            #expect(try await eventually { successes.value > 0 })
            #expect(try await eventually { try Self.recordCount(log) < before })
            running.cancel()
            try await running.value
        }
    }
}

/// Polls `condition` every 5 ms for up to 5 s.
private func eventually(_ condition: () throws -> Bool) async throws -> Bool {
    for _ in 0..<1_000 {
        if try condition() { return true }
        try await Task.sleep(for: .milliseconds(5))
    }
    return try condition()
}
