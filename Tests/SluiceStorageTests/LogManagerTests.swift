import Foundation
import NIOCore
import SluiceProtocol
import SluiceStorage
import Testing

@Suite("LogManager")
struct LogManagerTests {
    private func manager(_ dir: String, fileIO: any FileIO = PosixFileIO(), config: LogConfig = smallLogConfig()) throws -> LogManager {
        try LogManager(dataDirectory: dir + "/data", fileIO: fileIO, nowMs: 1_000, configForTopic: { _ in config })
    }

    @Test("a clean shutdown writes checkpoints and the marker; the next start trusts the logs and removes the marker")
    func cleanRestart() throws {
        try withTemporaryDirectory { dir in
            let first = try self.manager(dir)
            #expect(!first.hadCleanShutdown)
            let a = try first.getOrCreateLog(topic: "orders", partition: 0, topicId: KafkaUUID(high: 9, low: 9), nowMs: 1)
            let b = try first.getOrCreateLog(topic: "my-topic", partition: 3, topicId: KafkaUUID(high: 8, low: 8), nowMs: 1)
            #expect(try first.getOrCreateLog(topic: "orders", partition: 0, topicId: nil, nowMs: 1) === a)
            for index in 0..<10 { try a.append([try producerBatch(seed: index)], leaderEpoch: 0, nowMs: 1) }
            for index in 0..<3 { try b.append([try producerBatch(seed: index)], leaderEpoch: 0, nowMs: 1) }
            b.updateHighWatermark(6)
            try b.deleteRecords(before: 2, nowMs: 1)
            try first.shutdown()
            let data = dir + "/data"
            #expect(FileManager.default.fileExists(atPath: data + "/" + LogManager.cleanShutdownFileName))
            let recoveryPoints = try OffsetCheckpointFile(path: data + "/" + CheckpointFileName.recoveryPoint, fileIO: PosixFileIO()).read()
            #expect(Set(recoveryPoints) == [
                TopicPartitionOffset(topic: "my-topic", partition: 3, offset: 6), TopicPartitionOffset(topic: "orders", partition: 0, offset: 20),
            ])
            let starts = try OffsetCheckpointFile(path: data + "/" + CheckpointFileName.logStartOffset, fileIO: PosixFileIO()).read()
            #expect(starts.contains(TopicPartitionOffset(topic: "my-topic", partition: 3, offset: 2)))

            let second = try self.manager(dir)
            #expect(second.hadCleanShutdown)
            #expect(!FileManager.default.fileExists(atPath: data + "/" + LogManager.cleanShutdownFileName))
            #expect(second.allLogs.count == 2)
            let reloaded = try #require(second.log(topic: "my-topic", partition: 3))
            #expect(reloaded.logStartOffset == 2 && reloaded.logEndOffset == 6 && reloaded.topicId == KafkaUUID(high: 8, low: 8))
            #expect(second.log(topic: "orders", partition: 0)?.logEndOffset == 20)
            #expect(second.loadSummaries.values.allSatisfy { $0.recoveredSegments == 0 })
            // Without a new clean shutdown, the start after this one recovers.
            try second.checkpoint()
        }
    }

    @Test("after a crash the logs recover from the checkpointed recovery points and keep flushed data")
    func crashRestart() throws {
        try withTemporaryDirectory { dir in
            let files = FaultyFileIO()
            var first: LogManager? = try self.manager(dir, fileIO: files)
            let log = try first!.getOrCreateLog(topic: "t", partition: 0, topicId: KafkaUUID(high: 1, low: 1), nowMs: 1)
            for index in 0..<10 { try log.append([try producerBatch(seed: index)], leaderEpoch: 0, nowMs: 1) }
            try log.flush()
            try first!.checkpoint()
            for index in 0..<10 { try log.append([try producerBatch(seed: index)], leaderEpoch: 0, nowMs: 1) }
            first = nil
            try files.simulateCrash()
            let second = try self.manager(dir, fileIO: files)
            #expect(!second.hadCleanShutdown)
            let reloaded = try #require(second.log(topic: "t", partition: 0))
            #expect(reloaded.logEndOffset == 20)
            #expect(second.loadSummaries[LogManager.TopicPartition(topic: "t", partition: 0)]!.recoveredSegments >= 1)
            #expect(try readAll(reloaded).count == 10)
        }
    }

    @Test("deleteLog renames the directory for deletion and removes it; leftovers are removed at start")
    func deleteLog() throws {
        try withTemporaryDirectory { dir in
            let manager = try self.manager(dir)
            let log = try manager.getOrCreateLog(topic: "gone", partition: 1, topicId: nil, nowMs: 1)
            try log.append([try producerBatch()], leaderEpoch: 0, nowMs: 1)
            #expect(try manager.deleteLog(topic: "gone", partition: 1))
            #expect(manager.log(topic: "gone", partition: 1) == nil)
            #expect(try !manager.deleteLog(topic: "gone", partition: 1))
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/data").filter { $0.hasPrefix("gone") }.isEmpty)
            #expect(throws: StorageError.self) { try log.append([try producerBatch()], leaderEpoch: 0, nowMs: 1) }

            // A deletion interrupted by a crash is finished on the next start.
            let leftover = try subdirectory(dir + "/data", "old-0.0123abc-delete")
            try writeFile(leftover + "/00000000000000000000.log", [1, 2, 3])
            try manager.shutdown()
            let restarted = try self.manager(dir)
            #expect(!FileManager.default.fileExists(atPath: leftover))
            #expect(restarted.allLogs.isEmpty)
        }
    }

    @Test("runRetention applies each log's retention")
    func retention() throws {
        try withTemporaryDirectory { dir in
            var config = smallLogConfig(segmentBytes: 500)
            config.retentionBytes = 600
            let manager = try self.manager(dir, config: config)
            var logs: [Log] = []
            for partition in 0..<3 {
                let log = try manager.getOrCreateLog(topic: "r", partition: Int32(partition), topicId: nil, nowMs: 1)
                for index in 0..<15 { try log.append([try producerBatch(seed: index)], leaderEpoch: 0, nowMs: 1) }
                log.updateHighWatermark(log.logEndOffset)
                logs.append(log)
            }
            let before = logs.map(\.segmentCount)
            let result = manager.runRetention(nowMs: 2)
            #expect(result.failures.isEmpty && result.deletedSegments > 0)
            #expect(zip(before, logs).allSatisfy { $0 > $1.segmentCount })
            #expect(logs.allSatisfy { $0.logStartOffset > 0 })
        }
    }

    @Test("an offline log means no clean-shutdown marker, so the next start recovers")
    func offlineLogPreventsCleanMarker() throws {
        try withTemporaryDirectory { dir in
            let files = FaultyFileIO()
            let manager = try self.manager(dir, fileIO: files)
            var logs: [Log] = []
            for partition in 0..<6 {
                let log = try manager.getOrCreateLog(topic: "p", partition: Int32(partition), topicId: nil, nowMs: 1)
                for index in 0..<(partition + 1) { try log.append([try producerBatch(seed: index)], leaderEpoch: 0, nowMs: 1) }
                logs.append(log)
            }
            files.failNextWrite = .ioError
            #expect(throws: StorageError.self) { try logs[0].append([try producerBatch()], leaderEpoch: 0, nowMs: 1) }
            #expect(manager.runRetention(nowMs: 1).failures.isEmpty)
            try manager.shutdown()
            #expect(!FileManager.default.fileExists(atPath: dir + "/data/" + LogManager.cleanShutdownFileName))
            let restarted = try self.manager(dir, fileIO: files)
            #expect(!restarted.hadCleanShutdown)
            #expect(restarted.allLogs.count == 6)
            for partition in 0..<6 {
                #expect(restarted.log(topic: "p", partition: Int32(partition))?.logEndOffset == Int64(2 * (partition + 1)))
            }
            // The offline log was left out of the checkpoint and recovered from 0.
            let summary = try #require(restarted.loadSummaries[LogManager.TopicPartition(topic: "p", partition: 0)])
            #expect(summary.recoveredSegments == 1)
        }
    }
}

@Suite("LogManager: a corrupt partition")
struct LogManagerCorruptPartitionTests {
    @Test("a sealed segment's corruption takes only its partition offline; the others load; files stay as they were")
    func corruptPartitionGoesOffline() throws {
        try withTemporaryDirectory { dir in
            let data = dir + "/data"
            let config = smallLogConfig()
            let first = try LogManager(dataDirectory: data, fileIO: PosixFileIO(), nowMs: 1_000, configForTopic: { _ in config })
            let bad = try first.getOrCreateLog(topic: "bad", partition: 0, topicId: nil, nowMs: 1)
            let good = try first.getOrCreateLog(topic: "good", partition: 1, topicId: nil, nowMs: 1)
            for index in 0..<20 {
                try bad.append([try producerBatch(seed: index)], leaderEpoch: 0, nowMs: 1)
                try good.append([try producerBatch(seed: index)], leaderEpoch: 0, nowMs: 1)
            }
            let goodBatches = try readAll(good).map(\.buffer)
            // An unclean shutdown: checkpoints with recovery points before the corruption, no marker.
            try first.checkpoint()
            let bases = bad.segmentBaseOffsets
            let corrupt = try corruptSealedSegment(bad, baseOffset: bases[1])
            try good.close()
            let sizesBefore = try segmentFileSizes(corrupt.directory)

            let second = try LogManager(dataDirectory: data, fileIO: PosixFileIO(), nowMs: 1_000, configForTopic: { _ in config })
            #expect(!second.hadCleanShutdown)
            let key = LogManager.TopicPartition(topic: "bad", partition: 0)
            let error = try #require(second.offlineLogs[key])
            #expect(error.isCorruptSegment)
            #expect(error.message.contains("byte position \(corrupt.position), offset \(corrupt.offset)"))
            #expect(Array(second.offlineLogs.keys) == [key])
            #expect(second.log(topic: "bad", partition: 0) == nil)
            #expect(throws: StorageError.self, "no empty log over the corrupt files") {
                try second.getOrCreateLog(topic: "bad", partition: 0, topicId: nil, nowMs: 1)
            }
            let reloaded = try #require(second.log(topic: "good", partition: 1))
            #expect(try readAll(reloaded).map(\.buffer) == goodBatches)
            #expect(try segmentFileSizes(corrupt.directory) == sizesBefore)

            // Shutdown keeps the offline log's checkpoints and writes no marker: the next start checks it again.
            try second.shutdown()
            #expect(!FileManager.default.fileExists(atPath: data + "/" + LogManager.cleanShutdownFileName))
            let recoveryPoints = try OffsetCheckpointFile(path: data + "/" + CheckpointFileName.recoveryPoint, fileIO: PosixFileIO()).read()
            #expect(recoveryPoints.contains { $0.topic == "bad" })
            let third = try LogManager(dataDirectory: data, fileIO: PosixFileIO(), nowMs: 1_000, configForTopic: { _ in config })
            #expect(third.offlineLogs[key]?.isCorruptSegment == true)
            #expect(try segmentFileSizes(corrupt.directory) == sizesBefore)
            try third.shutdown()
        }
    }
}
