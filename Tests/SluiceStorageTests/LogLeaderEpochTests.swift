import Foundation
import NIOCore
import SluiceProtocol
import SluiceStorage
import Testing

@Suite("Log leader epochs")
struct LogLeaderEpochTests {
    /// Appends one 2-record batch per epoch in `epochs`; returns each batch's first offset.
    @discardableResult
    func appendEpochs(_ log: Log, _ epochs: [Int32]) throws -> [Int64] {
        try epochs.enumerated().map { index, epoch in
            try log.append([try producerBatch(records: 2, seed: index)], leaderEpoch: epoch, nowMs: 1_000).firstOffset
        }
    }

    @Test("append assigns new epochs at their first offset; persisted across reopen; used by ListOffsets and OffsetForLeaderEpoch")
    func appendAssignsAndPersists() throws {
        try withTemporaryDirectory { dir in
            let log = try openLog(dir)
            #expect(log.latestEpoch == nil)
            try self.appendEpochs(log, [0, 0, 1, 1, 3])
            let expected = [EpochEntry(epoch: 0, startOffset: 0), EpochEntry(epoch: 1, startOffset: 4), EpochEntry(epoch: 3, startOffset: 8)]
            #expect(log.leaderEpochEntries == expected)
            #expect(log.latestEpoch == 3)
            #expect(log.leaderEpoch(forOffset: 5) == 1)
            #expect(log.endOffset(forEpoch: 1) == LeaderEpochEndOffset(leaderEpoch: 1, endOffset: 8))
            #expect(log.endOffset(forEpoch: 2) == LeaderEpochEndOffset(leaderEpoch: 1, endOffset: 8))
            #expect(log.endOffset(forEpoch: 3) == LeaderEpochEndOffset(leaderEpoch: 3, endOffset: 10))
            #expect(log.endOffset(forEpoch: 4) == .undefined)
            #expect(try log.offset(forTimestamp: ListOffsetsTimestamp.latest)?.leaderEpoch == 3)
            #expect(try log.offset(forTimestamp: ListOffsetsTimestamp.earliest)?.leaderEpoch == 0)
            #expect(FileManager.default.fileExists(atPath: log.directory + "/leader-epoch-checkpoint"))
            try log.flush()
            try log.close()

            let reopened = try openLog(dir)
            #expect(reopened.leaderEpochEntries == expected)
            #expect(reopened.latestEpoch == 3)
            try self.appendEpochs(reopened, [3, 4])
            #expect(reopened.leaderEpochEntries == expected + [EpochEntry(epoch: 4, startOffset: 12)])
        }
    }

    @Test("appendAsFollower assigns each batch's partition leader epoch")
    func followerAssignsPerBatch() throws {
        try withTemporaryDirectory { dir in
            let log = try openLog(dir)
            let batches = [
                expectedStored(try producerBatch(seed: 1), at: 0, epoch: 2),
                expectedStored(try producerBatch(seed: 2), at: 2, epoch: 2),
                expectedStored(try producerBatch(seed: 3), at: 4, epoch: 5),
                expectedStored(try producerBatch(seed: 4), at: 6, epoch: 7),
            ]
            try log.appendAsFollower(batches, nowMs: 1_000)
            #expect(log.leaderEpochEntries == [
                EpochEntry(epoch: 2, startOffset: 0), EpochEntry(epoch: 5, startOffset: 4), EpochEntry(epoch: 7, startOffset: 6),
            ])
            #expect(log.endOffset(forEpoch: 6) == LeaderEpochEndOffset(leaderEpoch: 5, endOffset: 6))
        }
    }

    @Test("truncate, deleteRecords and truncateFullyAndStartAt update the cache and its checkpoint")
    func truncationUpdatesCache() throws {
        try withTemporaryDirectory { dir in
            let log = try openLog(dir)
            try self.appendEpochs(log, [0, 1, 2, 3])  // (0,0) (1,2) (2,4) (3,6), end 8
            try log.truncate(to: 4, nowMs: 1_000)
            #expect(log.leaderEpochEntries == [EpochEntry(epoch: 0, startOffset: 0), EpochEntry(epoch: 1, startOffset: 2)])
            #expect(log.latestEpoch == 1)
            try self.appendEpochs(log, [4])  // (4,4)
            log.updateHighWatermark(log.logEndOffset)
            #expect(try log.deleteRecords(before: 3, nowMs: 1_000) == 3)
            #expect(log.leaderEpochEntries == [EpochEntry(epoch: 1, startOffset: 3), EpochEntry(epoch: 4, startOffset: 4)])
            try log.flush()
            try log.close()

            let reopened = try openLog(dir, logStartOffset: 3)
            #expect(reopened.leaderEpochEntries == [EpochEntry(epoch: 1, startOffset: 3), EpochEntry(epoch: 4, startOffset: 4)])
            try reopened.truncateFullyAndStartAt(50, nowMs: 1_000)
            #expect(reopened.leaderEpochEntries.isEmpty)
            #expect(reopened.latestEpoch == nil)
            try self.appendEpochs(reopened, [6])
            #expect(reopened.leaderEpochEntries == [EpochEntry(epoch: 6, startOffset: 50)])
        }
    }

    @Test("retention moves the first entry up to the new log start offset")
    func retentionTruncatesFromStart() throws {
        try withTemporaryDirectory { dir in
            var config = smallLogConfig(segmentBytes: 300)
            config.retentionBytes = 0
            let log = try openLog(dir, config: config)
            try self.appendEpochs(log, [0, 0, 1, 1, 2, 2])
            log.updateHighWatermark(log.logEndOffset)
            let result = try log.deleteOldSegments(nowMs: 1_000)
            #expect(result.deletedSegments > 0)
            let start = log.logStartOffset
            #expect(start > 0)
            #expect(log.leaderEpochEntries.first?.startOffset == start)
            #expect(log.latestEpoch == 2)
        }
    }

    @Test("on load, entries beyond the recovered log end offset are dropped")
    func loadDropsEntriesBeyondLogEnd() throws {
        try withTemporaryDirectory { dir in
            let files = FaultyFileIO()
            let log = try openLog(dir, fileIO: files)
            try self.appendEpochs(log, [0, 0])
            try log.flush()
            try self.appendEpochs(log, [5])  // checkpoint now holds (5, 4); the batch is not synced
            #expect(log.latestEpoch == 5)
            try files.simulateCrash()

            let reopened = try openLog(dir, fileIO: files, hadCleanShutdown: false, recoveryPoint: 4)
            #expect(reopened.logEndOffset == 4)
            #expect(reopened.leaderEpochEntries == [EpochEntry(epoch: 0, startOffset: 0)])
            try reopened.close()
            let again = try openLog(dir, fileIO: files)
            #expect(again.leaderEpochEntries == [EpochEntry(epoch: 0, startOffset: 0)], "the trimmed cache was written back")
        }
    }
}
