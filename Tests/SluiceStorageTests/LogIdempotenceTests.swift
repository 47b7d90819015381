import Foundation
import NIOCore
import SluiceProtocol
@testable import SluiceStorage
import Testing

/// Appends one idempotent batch per sequence step (`records` each) and returns the infos.
@discardableResult
private func appendSequence(
    _ log: Log, producerId: Int64 = 7, epoch: Int16 = 0, from first: Int32 = 0, batches: Int, records: Int = 2, timestamp: Int64 = 1_000
) throws -> [LogAppendInfo] {
    var infos: [LogAppendInfo] = []
    for index in 0..<batches {
        let batch = try idempotentBatch(
            producerId: producerId, epoch: epoch, sequence: first + Int32(index * records), records: records, timestamp: timestamp + Int64(index)
        )
        infos.append(try log.append([batch], leaderEpoch: 0, nowMs: timestamp))
    }
    return infos
}

/// The `LogError` code `body` throws, nil when it throws something else or nothing.
private func logErrorCode(_ body: () throws -> Void) -> ErrorCode? {
    do {
        try body()
        return nil
    } catch let error as LogError {
        return error.errorCode
    } catch {
        return nil
    }
}

private func snapshotFiles(_ log: Log) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: log.directory).filter { $0.hasSuffix(".snapshot") }.sorted()
}

/// Expects every one of the last five batches (`infos`, sequences of `records` each) to be
/// answered as a duplicate with its original offsets, and the log to stay as it was.
private func expectDuplicatesDetected(
    _ log: Log, _ infos: [LogAppendInfo], producerId: Int64 = 7, epoch: Int16 = 0, records: Int = 2, sourceLocation: SourceLocation = #_sourceLocation
) throws {
    let end = log.logEndOffset
    for (index, info) in infos.enumerated().suffix(5) {
        let retry = try idempotentBatch(producerId: producerId, epoch: epoch, sequence: Int32(index * records), records: records)
        let answer = try log.append([retry], leaderEpoch: 0, nowMs: 9_000)
        #expect(answer.isDuplicate, sourceLocation: sourceLocation)
        #expect(answer.firstOffset == info.firstOffset && answer.lastOffset == info.lastOffset, sourceLocation: sourceLocation)
    }
    #expect(log.logEndOffset == end, sourceLocation: sourceLocation)
}

@Suite("LogIdempotence")
struct LogIdempotenceTests {
    @Test("in-order batches append; a retry of each of the last five returns its offsets and writes nothing")
    func duplicates() throws {
        try withTemporaryDirectory { dir in
            let log = try openLog(dir, config: smallLogConfig(segmentBytes: 100_000))
            let infos = try appendSequence(log, batches: 8)
            #expect(infos.map(\.firstOffset) == (0..<8).map { Int64($0 * 2) })
            #expect(infos.allSatisfy { !$0.isDuplicate })
            try expectDuplicatesDetected(log, infos)
            let duplicate = try log.append([try idempotentBatch(sequence: 14)], leaderEpoch: 0, nowMs: 9_000)
            #expect(duplicate.logAppendTime == 1_008)  // the earlier batch's timestamp, as Kafka answers
            #expect(try readAll(log).count == 8)
            // The sixth-oldest is outside the window: out of order, as Kafka.
            #expect(logErrorCode { try log.append([try idempotentBatch(sequence: 4)], leaderEpoch: 0, nowMs: 9_000) } == .outOfOrderSequenceNumber)
            #expect(log.logEndOffset == 16)
            // The next sequence still appends.
            #expect(try log.append([try idempotentBatch(sequence: 16)], leaderEpoch: 0, nowMs: 9_000).firstOffset == 16)
            try log.close()
        }
    }

    @Test("gaps, fenced epochs and bad epoch bumps throw LogError with Kafka's codes and write nothing")
    func errors() throws {
        try withTemporaryDirectory { dir in
            let log = try openLog(dir)
            try appendSequence(log, epoch: 2, batches: 2)
            let end = log.logEndOffset
            #expect(logErrorCode { try log.append([try idempotentBatch(epoch: 2, sequence: 5)], leaderEpoch: 0, nowMs: 1) } == .outOfOrderSequenceNumber)
            #expect(logErrorCode { try log.append([try idempotentBatch(epoch: 1, sequence: 4)], leaderEpoch: 0, nowMs: 1) } == .invalidProducerEpoch)
            #expect(logErrorCode { try log.append([try idempotentBatch(epoch: 3, sequence: 4)], leaderEpoch: 0, nowMs: 1) } == .outOfOrderSequenceNumber)
            // A good batch followed by a bad one in the same call: nothing is written.
            let mixed = [try idempotentBatch(epoch: 2, sequence: 4), try idempotentBatch(epoch: 2, sequence: 9)]
            #expect(logErrorCode { try log.append(mixed, leaderEpoch: 0, nowMs: 1) } == .outOfOrderSequenceNumber)
            #expect(log.logEndOffset == end)
            #expect(log.producerStateEntry(for: 7)?.lastSequence == 3)
            // Epoch bump at 0; the old epoch is fenced afterwards.
            #expect(try log.append([try idempotentBatch(epoch: 3, sequence: 0)], leaderEpoch: 0, nowMs: 1).firstOffset == end)
            #expect(logErrorCode { try log.append([try idempotentBatch(epoch: 2, sequence: 4)], leaderEpoch: 0, nowMs: 1) } == .invalidProducerEpoch)
            // Two batches of one producer in one call follow each other.
            let pair = [try idempotentBatch(epoch: 3, sequence: 2), try idempotentBatch(epoch: 3, sequence: 4)]
            #expect(try log.append(pair, leaderEpoch: 0, nowMs: 1).batchCount == 2)
            // Plain batches are untouched by producer state.
            try log.append([try producerBatch()], leaderEpoch: 0, nowMs: 1)
            #expect(log.activeProducers.count == 1)
            try log.close()
        }
    }

    @Test("sequences wrap around Int32.max through the log")
    func wrapAround() throws {
        try withTemporaryDirectory { dir in
            let log = try openLog(dir)
            try log.append([try idempotentBatch(epoch: 0, sequence: Int32.max - 1, records: 2)], leaderEpoch: 0, nowMs: 1)
            #expect(try log.append([try idempotentBatch(sequence: 0, records: 3)], leaderEpoch: 0, nowMs: 1).firstOffset == 2)
            #expect(try log.append([try idempotentBatch(sequence: 0, records: 3)], leaderEpoch: 0, nowMs: 1).isDuplicate)
            #expect(try log.append([try idempotentBatch(sequence: Int32.max - 1, records: 2)], leaderEpoch: 0, nowMs: 1).isDuplicate)
            #expect(try log.append([try idempotentBatch(sequence: 3)], leaderEpoch: 0, nowMs: 1).firstOffset == 5)
            try log.close()
        }
    }

    @Test("a clean restart loads the snapshot written by close and still detects every duplicate in the window")
    func cleanRestart() throws {
        try withTemporaryDirectory { dir in
            let log = try openLog(dir, config: smallLogConfig(segmentBytes: 100_000))
            let infos = try appendSequence(log, batches: 7)
            try log.flush()
            try log.close()
            #expect(try snapshotFiles(log) == [ProducerSnapshot.fileName(offset: 14)])

            let reopened = try openLog(dir, config: smallLogConfig(segmentBytes: 100_000))
            #expect(reopened.loadSummary.producerSnapshotOffset == 14)
            #expect(reopened.loadSummary.producerCount == 1)
            try expectDuplicatesDetected(reopened, infos)
            #expect(try reopened.append([try idempotentBatch(sequence: 14)], leaderEpoch: 0, nowMs: 1).firstOffset == 14)
            try reopened.close()
        }
    }

    @Test("without any snapshot the state is rebuilt by replaying the log, after a clean or an unclean shutdown")
    func restartWithoutSnapshot() throws {
        for clean in [true, false] {
            try withTemporaryDirectory { dir in
                let log = try openLog(dir)
                let infos = try appendSequence(log, batches: 12)
                #expect(log.segmentCount > 2)
                try log.flush()
                if clean { try log.close() }
                for name in try snapshotFiles(log) { try FileManager.default.removeItem(atPath: log.directory + "/" + name) }

                let reopened = try openLog(dir, hadCleanShutdown: clean, recoveryPoint: 0)
                #expect(reopened.loadSummary.producerSnapshotOffset == nil)
                #expect(reopened.producerStateEntry(for: 7)?.batches.count == 5)
                try expectDuplicatesDetected(reopened, infos)
                #expect(logErrorCode { try reopened.append([try idempotentBatch(sequence: 30)], leaderEpoch: 0, nowMs: 1) } == .outOfOrderSequenceNumber)
                try reopened.close()
            }
        }
    }

    @Test("after an unclean shutdown, the newest snapshot at or below the recovery point is used and the rest replayed")
    func uncleanRestartWithSnapshots() throws {
        try withTemporaryDirectory { dir in
            let log = try openLog(dir)
            let infos = try appendSequence(log, batches: 14)
            let snapshots = log.producerSnapshotOffsets
            #expect(snapshots.count >= 2 && snapshots.count <= ProducerSnapshotStore.retainedCount)
            try log.flush()
            // Crash: no close, so no snapshot at the log end.
            let recoveryPoint = snapshots[1]
            let reopened = try openLog(dir, hadCleanShutdown: false, recoveryPoint: recoveryPoint)
            #expect(reopened.loadSummary.producerSnapshotOffset == recoveryPoint)
            // Snapshots past the recovery point were deleted: they are rebuilt, not trusted.
            #expect(reopened.producerSnapshotOffsets.allSatisfy { $0 <= recoveryPoint })
            #expect(reopened.logEndOffset == 28)
            try expectDuplicatesDetected(reopened, infos)
            #expect(try reopened.append([try idempotentBatch(sequence: 28)], leaderEpoch: 0, nowMs: 1).firstOffset == 28)
            try reopened.close()
        }
    }

    @Test("a corrupt snapshot is deleted and the state rebuilt from an older one or the log")
    func corruptSnapshot() throws {
        try withTemporaryDirectory { dir in
            let log = try openLog(dir)
            let infos = try appendSequence(log, batches: 10)
            try log.flush()
            try log.close()
            let offsets = log.producerSnapshotOffsets
            let latest = try #require(offsets.last)
            #expect(latest == 20)
            let path = log.directory + "/" + ProducerSnapshot.fileName(offset: latest)
            var bytes = try fileBytes(path)
            bytes[bytes.count - 3] ^= 0xFF
            try writeFile(path, bytes)

            let reopened = try openLog(dir)
            #expect(reopened.loadSummary.producerSnapshotOffset == offsets[offsets.count - 2])
            #expect(!FileManager.default.fileExists(atPath: path))
            try expectDuplicatesDetected(reopened, infos)
            try reopened.close()

            // Every snapshot corrupt: replay from the log start.
            for name in try snapshotFiles(reopened) { try writeFile(reopened.directory + "/" + name, [0, 1, 2]) }
            let again = try openLog(dir)
            #expect(again.loadSummary.producerSnapshotOffset == nil)
            #expect(try snapshotFiles(again).isEmpty)
            try expectDuplicatesDetected(again, infos)
            try again.close()
        }
    }

    @Test("truncation reloads the state from a snapshot below the new end and replays up to it")
    func truncation() throws {
        try withTemporaryDirectory { dir in
            let log = try openLog(dir)
            let infos = try appendSequence(log, batches: 12)
            #expect(log.producerSnapshotOffsets.count >= 2)
            // Back to the end of the 6th batch (sequences 0...11 remain).
            try log.truncate(to: infos[6].firstOffset, nowMs: 1)
            #expect(log.logEndOffset == 12)
            #expect(log.producerSnapshotOffsets.allSatisfy { $0 <= 12 })
            #expect(log.producerStateEntry(for: 7)?.lastSequence == 11)
            // The truncated batches are not duplicates any more; the 7th appends again where it was.
            try expectDuplicatesDetected(log, Array(infos.prefix(6)))
            #expect(logErrorCode { try log.append([try idempotentBatch(sequence: 16)], leaderEpoch: 0, nowMs: 1) } == .outOfOrderSequenceNumber)
            #expect(try log.append([try idempotentBatch(sequence: 12)], leaderEpoch: 0, nowMs: 1).firstOffset == 12)

            // Below every snapshot: replayed from the log start.
            try log.truncate(to: 4, nowMs: 1)
            #expect(log.producerStateEntry(for: 7)?.lastSequence == 3)
            #expect(try log.append([try idempotentBatch(sequence: 4)], leaderEpoch: 0, nowMs: 1).firstOffset == 4)

            try log.truncateFullyAndStartAt(100, nowMs: 1)
            #expect(log.activeProducers.isEmpty)
            #expect(try snapshotFiles(log).isEmpty)
            #expect(try log.append([try idempotentBatch(sequence: 50)], leaderEpoch: 0, nowMs: 1).firstOffset == 100)
            try log.close()
        }
    }

    @Test("follower appends update the state without validation")
    func follower() throws {
        try withTemporaryDirectory { dir in
            let leader = try openLog(dir + "/leader")
            let infos = try appendSequence(leader, batches: 6)
            let follower = try openLog(dir + "/follower")
            let batches = try readAll(leader)
            try follower.appendAsFollower(batches, nowMs: 1)
            #expect(follower.producerStateEntry(for: 7) == leader.producerStateEntry(for: 7))
            // Replication does not validate: an out-of-order batch is taken as it is.
            var gap = try idempotentBatch(sequence: 40)
            gap.setBaseOffset(follower.logEndOffset)
            try follower.appendAsFollower([gap], nowMs: 1)
            #expect(follower.producerStateEntry(for: 7)?.lastSequence == 41)
            try expectDuplicatesDetected(leader, infos)
            try leader.close()
            try follower.close()
        }
    }

    @Test("DeleteRecords and retention keep producers in memory and delete snapshots below the log start offset")
    func logStartOffset() throws {
        try withTemporaryDirectory { dir in
            let log = try openLog(dir)
            let infos = try appendSequence(log, batches: 12)
            log.updateHighWatermark(log.logEndOffset)
            let start = try log.deleteRecords(before: 20, nowMs: 1)
            #expect(start == 20)
            #expect(log.producerSnapshotOffsets.allSatisfy { $0 >= 20 })
            try expectDuplicatesDetected(log, infos)
            try log.close()
        }
    }

    @Test("expired producers are forgotten, in memory and when a snapshot is loaded")
    func expiry() throws {
        try withTemporaryDirectory { dir in
            var config = smallLogConfig(segmentBytes: 100_000)
            config.producerIdExpirationMs = 10_000
            let log = try openLog(dir, config: config)
            try appendSequence(log, producerId: 1, batches: 2, timestamp: 1_000)
            try appendSequence(log, producerId: 2, batches: 2, timestamp: 8_000)
            #expect(log.removeExpiredProducers(nowMs: 10_999) == 0)
            #expect(log.removeExpiredProducers(nowMs: 11_002) == 1)  // its last timestamp is 1_002
            #expect(Set(log.activeProducers.keys) == [2])
            // Unknown again: any sequence is accepted.
            #expect(try log.append([try idempotentBatch(producerId: 1, sequence: 77, timestamp: 11_000)], leaderEpoch: 0, nowMs: 11_002).firstOffset == 8)
            try log.close()

            let reopened = try openLog(dir, config: config, nowMs: 18_005)
            #expect(Set(reopened.activeProducers.keys) == [1])
            try reopened.close()
        }
    }

    @Test("transactional batches and a control batch append through producer state")
    func controlBatches() throws {
        try withTemporaryDirectory { dir in
            let log = try openLog(dir)
            try log.append([try idempotentBatch(sequence: 0, transactional: true)], leaderEpoch: 0, nowMs: 1)
            #expect(log.producerStateEntry(for: 7)?.currentTxnFirstOffset == 0)
            #expect(logErrorCode { try log.append([try idempotentBatch(sequence: 2)], leaderEpoch: 0, nowMs: 1) } == .invalidTxnState)
            let marker = try RecordBatchBuilder.endTransactionMarker(
                EndTransactionMarker(type: .commit, coordinatorEpoch: 5), producerId: 7, producerEpoch: 0, timestamp: 2_000
            ).encode()
            #expect(try log.append([marker], leaderEpoch: 0, nowMs: 2_000).firstOffset == 2)
            let entry = log.producerStateEntry(for: 7)
            #expect(entry?.currentTxnFirstOffset == nil && entry?.coordinatorEpoch == 5)
            #expect(try log.append([try idempotentBatch(sequence: 2)], leaderEpoch: 0, nowMs: 1).firstOffset == 3)
            let final = log.producerStateEntry(for: 7)
            try log.close()
            // Replay reads the marker too.
            for name in try snapshotFiles(log) { try FileManager.default.removeItem(atPath: log.directory + "/" + name) }
            let reopened = try openLog(dir)
            #expect(reopened.producerStateEntry(for: 7) == final)
            #expect(reopened.producerStateEntry(for: 7)?.coordinatorEpoch == 5)
            #expect(reopened.producerStateEntry(for: 7)?.lastSequence == 3)
            try reopened.close()
        }
    }

    @Test("compaction keeps each producer's last batch (emptied if superseded) so a replay still knows the producer")
    func compactionKeepsProducerState() throws {
        try withTemporaryDirectory { dir in
            var config = smallLogConfig(segmentBytes: 600)
            config.cleanupPolicy = .compact
            let log = try openLog(dir, config: config)
            func keyed(_ key: String, producerId: Int64 = RecordBatchHeader.noProducerId, sequence: Int32 = RecordBatchHeader.noSequence) throws -> RecordBatch {
                var builder = RecordBatchBuilder(
                    baseOffset: 0, producerId: producerId, producerEpoch: producerId < 0 ? -1 : 0, baseSequence: sequence
                )
                builder.append(timestamp: 1_000, key: ByteBuffer(string: key), value: ByteBuffer(repeating: 1, count: 60))
                return try builder.encode()
            }
            try log.append([try keyed("a", producerId: 7, sequence: 0)], leaderEpoch: 0, nowMs: 1_000)
            while log.segmentCount < 4 {
                try log.append([try keyed("a")], leaderEpoch: 0, nowMs: 1_000)
            }
            log.updateHighWatermark(log.logEndOffset)
            let outcome = try log.clean(
                nowMs: 1_000,
                cleaningConfig: LogCleaningConfig(cleanupPolicy: .compact, deleteRetentionMs: 1_000, minCleanableDirtyRatio: 0.01),
                firstDirtyOffset: nil
            )
            #expect(outcome != nil)
            let kept = try readAll(log).filter { $0.header.producerId == 7 }
            #expect(kept.count == 1)
            #expect(kept.first?.header.baseSequence == 0)
            try log.close()

            for name in try snapshotFiles(log) { try FileManager.default.removeItem(atPath: log.directory + "/" + name) }
            let reopened = try openLog(dir, config: config)
            #expect(reopened.producerStateEntry(for: 7)?.lastSequence == 0)
            #expect(logErrorCode { try reopened.append([try keyed("b", producerId: 7, sequence: 5)], leaderEpoch: 0, nowMs: 1_000) } == .outOfOrderSequenceNumber)
            try reopened.close()
        }
    }

    @Test("a snapshot write failing at roll takes the log offline; at close it is reported and the next open replays")
    func snapshotWriteFailure() throws {
        try withTemporaryDirectory { dir in
            let files = FaultyFileIO()
            files.faultPathFilter = ".snapshot"
            let log = try openLog(dir, fileIO: files)
            files.failNextWrite = .ioError
            #expect(throws: StorageError.self) { try appendSequence(log, batches: 8) }
            #expect(files.injectedFaults == 1)
            #expect(!log.isOnline)
            try? log.close()

            let reopened = try openLog(dir, fileIO: files, hadCleanShutdown: false)
            let end = reopened.logEndOffset
            #expect(end > 0)
            #expect(reopened.producerStateEntry(for: 7)?.lastSequence == Int32(end - 1))
            files.failNextWrite = .noSpace
            #expect(throws: StorageError.self) { try reopened.close() }
            #expect(!FileManager.default.fileExists(atPath: reopened.directory + "/" + ProducerSnapshot.fileName(offset: end)))

            let again = try openLog(dir, fileIO: files)
            #expect(again.producerStateEntry(for: 7)?.lastSequence == Int32(end - 1))
            #expect(try again.append([try idempotentBatch(sequence: Int32(end))], leaderEpoch: 0, nowMs: 1).firstOffset == end)
            try again.close()
        }
    }

    @Test("the log manager's retention pass expires idle producers")
    func managerExpiresProducers() throws {
        try withTemporaryDirectory { dir in
            var expiring = smallLogConfig()
            expiring.producerIdExpirationMs = 5_000
            let config = expiring
            let manager = try LogManager(dataDirectory: dir + "/data", fileIO: PosixFileIO(), nowMs: 1_000, configForTopic: { _ in config })
            let log = try manager.getOrCreateLog(topic: "t", partition: 0, topicId: nil, nowMs: 1_000)
            try appendSequence(log, batches: 1, timestamp: 1_000)
            _ = manager.runRetention(nowMs: 6_000)
            #expect(log.activeProducers.count == 1)
            _ = manager.runRetention(nowMs: 6_001)
            #expect(log.activeProducers.isEmpty)
            try manager.shutdown()
        }
    }
}
