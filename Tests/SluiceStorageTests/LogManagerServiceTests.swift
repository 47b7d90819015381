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
