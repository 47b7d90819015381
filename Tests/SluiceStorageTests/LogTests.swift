import Foundation
import NIOCore
import SluiceProtocol
import SluiceStorage
import Testing

@Suite("Log")
struct LogTests {
    @Test("offsets are assigned densely across batches and segments, with the leader epoch")
    func denseOffsets() throws {
        try withTemporaryDirectory { dir in
            let log = try openLog(dir)
            var expected: [RecordBatch] = []
            for round in 0..<30 {
                let batches = [try producerBatch(records: 1 + round % 3, seed: round)]
                let info = try log.append(batches, leaderEpoch: 7, nowMs: 2_000)
                #expect(info.firstOffset == expected.last.map(\.header.nextOffset) ?? 0)
                #expect(info.lastOffset == info.firstOffset + Int64(batches[0].header.recordCount) - 1)
                #expect(info.logAppendTime == -1)
                expected.append(expectedStored(batches[0], at: info.firstOffset, epoch: 7))
            }
            #expect(log.segmentCount > 3)
            #expect(log.logEndOffset == expected.last!.header.nextOffset)
            let read = try readAll(log)
            #expect(read.map(\.buffer) == expected.map(\.buffer))
            #expect(read.allSatisfy { $0.header.partitionLeaderEpoch == 7 })
            // Segment base offsets are where each segment's first batch starts.
            let bases = Set(expected.map(\.header.baseOffset))
            #expect(log.segmentBaseOffsets.allSatisfy { bases.contains($0) })
            try log.close()
        }
    }

    @Test("several batches in one append get consecutive offsets")
    func multiBatchAppend() throws {
        try withTemporaryDirectory { dir in
            let log = try openLog(dir)
            let batches = [try producerBatch(records: 3), try producerBatch(records: 2, seed: 1)]
            let info = try log.append(batches, leaderEpoch: 0, nowMs: 1)
            #expect(info.firstOffset == 0 && info.lastOffset == 4 && info.batchCount == 2)
            let read = try readAll(log)
            #expect(read.map(\.header.baseOffset) == [0, 3])
        }
    }

    @Test("rolls on segment.bytes and on segment.ms measured from the first batch's timestamp")
    func rolling() throws {
        try withTemporaryDirectory { dir in
            var config = smallLogConfig(segmentBytes: 100_000)
            config.segmentMs = 1_000
            let log = try openLog(dir, config: config)
            try log.append([try producerBatch(timestamp: 10_000)], leaderEpoch: 0, nowMs: 10_000)
            try log.append([try producerBatch(timestamp: 10_500)], leaderEpoch: 0, nowMs: 10_500)
            #expect(log.segmentCount == 1)
            try log.append([try producerBatch(timestamp: 11_001)], leaderEpoch: 0, nowMs: 11_001)
            #expect(log.segmentBaseOffsets == [0, 4])

            let bytesLog = try openLog(dir + "/b", config: smallLogConfig(segmentBytes: 400))
            let size = try producerBatch().sizeInBytes
            var appended = 0
            while appended + size <= 400 {
                try bytesLog.append([try producerBatch()], leaderEpoch: 0, nowMs: 1)
                appended += size
            }
            #expect(bytesLog.segmentCount == 1)
            try bytesLog.append([try producerBatch()], leaderEpoch: 0, nowMs: 1)
            #expect(bytesLog.segmentCount == 2)
        }
    }

    @Test("reads cross segment boundaries, honour maxBytes and minOneMessage, stop at the high watermark")
    func reads() throws {
        try withTemporaryDirectory { dir in
            let log = try openLog(dir)
            var stored: [RecordBatch] = []
            for index in 0..<20 {
                let batch = try producerBatch(seed: index)
                let info = try log.append([batch], leaderEpoch: 1, nowMs: 1)
                stored.append(expectedStored(batch, at: info.firstOffset, epoch: 1))
            }
            #expect(log.segmentCount > 1)
            // Reading from the middle of a batch starts at that batch.
            let second = log.segmentBaseOffsets[1]
            let result = try log.read(from: second + 1, maxBytes: 1 << 20, isolation: .logEnd)
            #expect(result.records?.firstBatch.baseOffset == second)
            #expect(try readAll(log, from: 3).map(\.buffer) == Array(stored[1...]).map(\.buffer))

            // maxBytes cuts the slice; minOneMessage returns a whole first batch anyway.
            let small = try log.read(from: 0, maxBytes: 10, isolation: .logEnd)
            #expect(small.records?.length == 10)
            let one = try log.read(from: 0, maxBytes: 10, isolation: .logEnd, minOneMessage: true)
            #expect(one.records?.length == stored[0].sizeInBytes)

            // The high watermark starts at 0 for a new log and bounds consumer reads.
            #expect(log.highWatermark == 0)
            #expect(try log.read(from: 0, maxBytes: 1 << 20).records == nil)
            log.updateHighWatermark(6)
            #expect(try readAll(log, isolation: .highWatermark).map(\.header.baseOffset) == [0, 2, 4])
            // Mid-batch: the batch holding the high watermark is not returned.
            log.updateHighWatermark(7)
            #expect(try readAll(log, isolation: .highWatermark).map(\.header.baseOffset) == [0, 2, 4])
            #expect(log.updateHighWatermark(1_000) == log.logEndOffset)
            #expect(log.updateHighWatermark(-5) == 0)
        }
    }

    @Test("reads below the log start or past the log end are OFFSET_OUT_OF_RANGE; at the end, empty")
    func outOfRange() throws {
        try withTemporaryDirectory { dir in
            let log = try openLog(dir)
            for _ in 0..<3 { try log.append([try producerBatch()], leaderEpoch: 0, nowMs: 1) }
            let end = log.logEndOffset
            let atEnd = try log.read(from: end, maxBytes: 100, isolation: .logEnd)
            #expect(atEnd.records == nil && atEnd.logEndOffset == end)
            let error = #expect(throws: LogError.self) { try log.read(from: end + 1, maxBytes: 100, isolation: .logEnd) }
            #expect(error?.errorCode == .offsetOutOfRange)
            log.updateHighWatermark(end)
            try log.deleteRecords(before: 2, nowMs: 1)
            let below = #expect(throws: LogError.self) { try log.read(from: 1, maxBytes: 100) }
            #expect(below?.errorCode == .offsetOutOfRange)
            #expect(try log.read(from: 2, maxBytes: 1 << 20).records?.firstBatch.baseOffset == 2)
        }
    }

    @Test("max.message.bytes rejects a batch with MESSAGE_TOO_LARGE and appends nothing")
    func messageTooLarge() throws {
        try withTemporaryDirectory { dir in
            var config = smallLogConfig()
            config.maxMessageBytes = 200
            let log = try openLog(dir, config: config)
            let error = #expect(throws: LogError.self) { try log.append([try producerBatch(valueSize: 300)], leaderEpoch: 0, nowMs: 1) }
            #expect(error?.errorCode == .messageTooLarge)
            #expect(log.logEndOffset == 0 && log.isOnline)
        }
    }

    @Test("LogAppendTime stamps every batch with now")
    func logAppendTime() throws {
        try withTemporaryDirectory { dir in
            var config = smallLogConfig()
            config.messageTimestampType = .logAppendTime
            let log = try openLog(dir, config: config)
            let info = try log.append([try producerBatch(timestamp: 5)], leaderEpoch: 0, nowMs: 123_456)
            #expect(info.logAppendTime == 123_456 && info.maxTimestamp == 123_456)
            let batch = try #require(try readAll(log).first)
            #expect(batch.header.timestampType == .logAppendTime && batch.header.maxTimestamp == 123_456)
            _ = try RecordBatch(validating: batch.buffer, options: .log)
            // A per-call override.
            let plain = try openLog(dir + "/plain")
            #expect(try plain.append([try producerBatch(timestamp: 5)], leaderEpoch: 0, nowMs: 77, timestampType: .logAppendTime).maxTimestamp == 77)
            #expect(try plain.append([try producerBatch(timestamp: 5)], leaderEpoch: 0, nowMs: 77).logAppendTime == -1)
        }
    }

    @Test("ListOffsets: earliest, latest, max timestamp and by timestamp")
    func listOffsets() throws {
        try withTemporaryDirectory { dir in
            let log = try openLog(dir)
            // Timestamps 1000, 1001 | 1100, 1101 | ... ; batch 5 carries the maximum, 9000.
            for index in 0..<10 {
                let timestamp: Int64 = index == 5 ? 9_000 : 1_000 + Int64(index) * 100
                try log.append([try producerBatch(timestamp: timestamp, seed: index)], leaderEpoch: Int32(index), nowMs: 1)
            }
            #expect(log.segmentCount > 1)
            #expect(try log.offset(forTimestamp: ListOffsetsTimestamp.earliest)?.offset == 0)
            #expect(try log.offset(forTimestamp: ListOffsetsTimestamp.latest)?.offset == 20)
            let max = try #require(try log.offset(forTimestamp: ListOffsetsTimestamp.maxTimestamp))
            #expect(max.timestamp == 9_001 && max.offset == 11 && max.leaderEpoch == 5)
            let exact = try #require(try log.offset(forTimestamp: 1_301))
            #expect(exact.offset == 7 && exact.timestamp == 1_301 && exact.leaderEpoch == 3)
            let between = try #require(try log.offset(forTimestamp: 1_302))
            #expect(between.offset == 8 && between.timestamp == 1_400)
            #expect(try log.offset(forTimestamp: 0)?.offset == 0)
            #expect(try log.offset(forTimestamp: 10_000) == nil)
            log.updateHighWatermark(20)
            try log.deleteRecords(before: 3, nowMs: 1)
            #expect(try log.offset(forTimestamp: 0)?.offset == 3)
            #expect(try log.offset(forTimestamp: ListOffsetsTimestamp.earliest)?.offset == 3)
        }
    }

    @Test("retention.ms deletes segments whose largest timestamp is too old, never past the high watermark")
    func retentionByTime() throws {
        try withTemporaryDirectory { dir in
            var config = smallLogConfig(segmentBytes: 500)
            config.retentionMs = 10_000
            let log = try openLog(dir, config: config)
            for index in 0..<12 {
                try log.append([try producerBatch(timestamp: 1_000 + Int64(index) * 1_000, seed: index)], leaderEpoch: 0, nowMs: 1)
            }
            let bases = log.segmentBaseOffsets
            #expect(bases.count >= 4)
            // Nothing is deleted above the high watermark.
            #expect(try log.deleteOldSegments(nowMs: 100_000).deletedSegments == 0)
            log.updateHighWatermark(log.logEndOffset)
            // now - 10s: timestamps below 5001 are expired.
            let result = try log.deleteOldSegments(nowMs: 15_002)
            #expect(result.deletedSegments > 0)
            #expect(log.logStartOffset == log.segmentBaseOffsets[0])
            #expect(try readAll(log).allSatisfy { $0.header.maxTimestamp >= 4_000 })
            let files = try FileManager.default.contentsOfDirectory(atPath: log.directory)
            #expect(!files.contains { $0.hasSuffix(".deleted") })
            #expect(!files.contains(LogSegment.logFileName(baseOffset: 0)))
            // Everything expired: a new empty active segment is rolled, the log end stays.
            let end = log.logEndOffset
            try log.deleteOldSegments(nowMs: 1_000_000)
            #expect(log.segmentBaseOffsets == [end] && log.logStartOffset == end && log.logEndOffset == end)
            try log.append([try producerBatch()], leaderEpoch: 0, nowMs: 1)
            #expect(log.logEndOffset == end + 2)
        }
    }

    @Test("retention.bytes deletes the oldest segments while the log is too large")
    func retentionBySize() throws {
        try withTemporaryDirectory { dir in
            var config = smallLogConfig(segmentBytes: 500)
            config.retentionBytes = 1_000
            let log = try openLog(dir, config: config)
            for index in 0..<20 { try log.append([try producerBatch(seed: index)], leaderEpoch: 0, nowMs: 1) }
            log.updateHighWatermark(log.logEndOffset)
            let before = log.size
            let result = try log.deleteOldSegments(nowMs: 1)
            #expect(result.deletedSegments > 0)
            #expect(log.size <= 1_000 + 500 && log.size == before - result.deletedBytes)
            #expect(log.size > 1_000 - 500)
            #expect(log.logStartOffset == log.segmentBaseOffsets[0])
        }
    }

    @Test("deleteRecords moves the log start offset, deletes whole segments below it, and is bounded by the high watermark")
    func deleteRecords() throws {
        try withTemporaryDirectory { dir in
            let log = try openLog(dir)
            for index in 0..<20 { try log.append([try producerBatch(seed: index)], leaderEpoch: 0, nowMs: 1) }
            log.updateHighWatermark(30)
            let error = #expect(throws: LogError.self) { try log.deleteRecords(before: 31, nowMs: 1) }
            #expect(error?.errorCode == .offsetOutOfRange)
            let bases = log.segmentBaseOffsets
            let target = bases[2] + 1
            #expect(try log.deleteRecords(before: target, nowMs: 1) == target)
            #expect(log.segmentBaseOffsets == Array(bases[2...]))
            #expect(log.logStartOffset == target)
            #expect(try log.deleteRecords(before: 1, nowMs: 1) == target)
            #expect(try readAll(log).first?.header.baseOffset == bases[2])
        }
    }

    @Test("truncate removes whole batches and later segments, and appends continue densely")
    func truncate() throws {
        try withTemporaryDirectory { dir in
            let log = try openLog(dir)
            for index in 0..<20 { try log.append([try producerBatch(seed: index)], leaderEpoch: 0, nowMs: 1) }
            log.updateHighWatermark(40)
            try log.flush()
            try log.truncate(to: 13, nowMs: 1)
            #expect(log.logEndOffset == 12 && log.highWatermark == 12 && log.recoveryPoint == 12)
            #expect(log.segmentBaseOffsets.allSatisfy { $0 < 12 })
            let info = try log.append([try producerBatch()], leaderEpoch: 1, nowMs: 1)
            #expect(info.firstOffset == 12)
            #expect(try readAll(log).map(\.header.baseOffset) == Array(stride(from: 0, through: 12, by: 2)))
            try log.truncate(to: 0, nowMs: 1)
            #expect(log.logEndOffset == 0 && log.segmentBaseOffsets == [0])
        }
    }

    @Test("reopening after a clean close keeps everything")
    func reopenClean() throws {
        try withTemporaryDirectory { dir in
            var log = try openLog(dir)
            for index in 0..<15 { try log.append([try producerBatch(seed: index)], leaderEpoch: 2, nowMs: 1) }
            let before = try readAll(log).map(\.buffer)
            let bases = log.segmentBaseOffsets
            try log.flush()
            try log.close()
            #expect(throws: StorageError.self) { try log.append([try producerBatch()], leaderEpoch: 2, nowMs: 1) }
            log = try openLog(dir, hadCleanShutdown: true)
            #expect(log.topicId == KafkaUUID(high: 1, low: 2))
            #expect(log.segmentBaseOffsets == bases && log.logEndOffset == 30 && log.recoveryPoint == 30)
            #expect(log.loadSummary.recoveredSegments == 0)
            #expect(try readAll(log).map(\.buffer) == before)
            #expect(try log.append([try producerBatch()], leaderEpoch: 2, nowMs: 1).firstOffset == 30)
        }
    }

    @Test("a crash loses only unflushed data; recovery keeps offsets dense")
    func crashRecovery() throws {
        try withTemporaryDirectory { dir in
            let files = FaultyFileIO()
            var log: Log? = try openLog(dir, fileIO: files)
            for index in 0..<10 { try log!.append([try producerBatch(seed: index)], leaderEpoch: 0, nowMs: 1) }
            try log!.flush()
            let flushed = try readAll(log!).map(\.buffer)
            let recoveryPoint = log!.recoveryPoint
            #expect(recoveryPoint == 20)
            for index in 10..<25 { try log!.append([try producerBatch(seed: index)], leaderEpoch: 0, nowMs: 1) }
            log = nil
            try files.simulateCrash()
            let reopened = try openLog(dir, fileIO: files, hadCleanShutdown: false, recoveryPoint: recoveryPoint)
            #expect(try readAll(reopened).map(\.buffer) == flushed)
            #expect(reopened.logEndOffset == 20)
            #expect(reopened.loadSummary.recoveredSegments >= 1)
            // The rolled segments whose data was lost are gone, not left as a hole.
            #expect(reopened.segmentBaseOffsets.last! <= 20)
            #expect(try reopened.append([try producerBatch()], leaderEpoch: 0, nowMs: 1).firstOffset == 20)
        }
    }

    @Test("a torn tail in the last segment is truncated on load")
    func tornTail() throws {
        try withTemporaryDirectory { dir in
            let log = try openLog(dir)
            for index in 0..<4 { try log.append([try producerBatch(seed: index)], leaderEpoch: 0, nowMs: 1) }
            try log.flush()
            let path = log.directory + "/" + LogSegment.logFileName(baseOffset: log.segmentBaseOffsets.last!)
            try log.close()
            var bytes = try fileBytes(path)
            let tail = try producerBatch(seed: 99)
            bytes += Array(expectedStored(tail, at: 8, epoch: 0).buffer.bytes.prefix(40))
            try writeFile(path, bytes)
            let reopened = try openLog(dir, hadCleanShutdown: false, recoveryPoint: 0)
            #expect(reopened.loadSummary.truncatedBytes == 40)
            #expect(reopened.logEndOffset == 8)
            #expect(try fileSize(path) == bytes.count - 40)
            #expect(try reopened.append([try producerBatch()], leaderEpoch: 0, nowMs: 1).firstOffset == 8)
        }
    }

    @Test("corruption inside a sealed segment fails the load with its position; nothing is truncated or deleted")
    func corruptMiddleSegment() throws {
        try withTemporaryDirectory { dir in
            let log = try openLog(dir)
            for index in 0..<20 { try log.append([try producerBatch(seed: index)], leaderEpoch: 0, nowMs: 1) }
            let bases = log.segmentBaseOffsets
            #expect(bases.count >= 3)
            let corrupt = try corruptSealedSegment(log, baseOffset: bases[1])
            let sizesBefore = try segmentFileSizes(corrupt.directory)
            let error = try #require(throws: StorageError.self) { try openLog(dir, hadCleanShutdown: false, recoveryPoint: 0) }
            #expect(error.isCorruptSegment)
            #expect(error.path == corrupt.path)
            #expect(error.message.contains("byte position \(corrupt.position), offset \(corrupt.offset)"))
            #expect(error.message.contains("restore the partition from an in-sync replica or a backup"))
            #expect(try segmentFileSizes(corrupt.directory) == sizesBefore)
            // It stays so: a second attempt finds the same corruption.
            #expect(throws: StorageError.self) { try openLog(dir, hadCleanShutdown: false, recoveryPoint: 0) }
        }
    }

    @Test("a sealed segment whose index is rebuilt on open is not cut at a corrupt batch either")
    func corruptSealedSegmentWithMissingIndex() throws {
        try withTemporaryDirectory { dir in
            let log = try openLog(dir)
            for index in 0..<20 { try log.append([try producerBatch(seed: index)], leaderEpoch: 0, nowMs: 1) }
            let bases = log.segmentBaseOffsets
            let corrupt = try corruptSealedSegment(log, baseOffset: bases[1])
            try FileManager.default.removeItem(atPath: corrupt.directory + "/" + LogSegment.indexFileName(baseOffset: bases[1]))
            let logSizes = try segmentFileSizes(corrupt.directory).filter { $0.key.hasSuffix(".log") }
            // Even after a clean shutdown: the missing index makes open scan the segment.
            let error = try #require(throws: StorageError.self) { try openLog(dir, hadCleanShutdown: true) }
            #expect(error.isCorruptSegment)
            #expect(error.message.contains("byte position \(corrupt.position), offset \(corrupt.offset)"))
            #expect(try segmentFileSizes(corrupt.directory).filter { $0.key.hasSuffix(".log") } == logSizes)
        }
    }

    @Test("corruption before the recovery point is not checked; a torn tail after a sealed corrupt-free log still truncates")
    func corruptionBeforeRecoveryPointAndTornTail() throws {
        try withTemporaryDirectory { dir in
            let log = try openLog(dir)
            for index in 0..<20 { try log.append([try producerBatch(seed: index)], leaderEpoch: 0, nowMs: 1) }
            let bases = log.segmentBaseOffsets
            let end = log.logEndOffset
            let lastPath = log.directory + "/" + LogSegment.logFileName(baseOffset: bases.last!)
            _ = try corruptSealedSegment(log, baseOffset: bases[0])
            // A torn batch at the end of the last segment.
            var bytes = try fileBytes(lastPath)
            bytes += Array(expectedStored(try producerBatch(seed: 99), at: end, epoch: 0).buffer.bytes.prefix(40))
            try writeFile(lastPath, bytes)
            // Recovery starts in the last segment: the first one is trusted, the tail cut.
            let reopened = try openLog(dir, hadCleanShutdown: false, recoveryPoint: bases.last!)
            #expect(reopened.segmentBaseOffsets == bases)
            #expect(reopened.loadSummary.truncatedBytes == 40)
            #expect(reopened.logEndOffset == end)
        }
    }

    @Test("load removes leftovers and completes an interrupted swap")
    func leftoversAndSwap() throws {
        try withTemporaryDirectory { dir in
            let log = try openLog(dir)
            for index in 0..<20 { try log.append([try producerBatch(seed: index)], leaderEpoch: 0, nowMs: 1) }
            let bases = log.segmentBaseOffsets
            let directory = log.directory
            try log.close()
            // A compaction merged the first two segments into a .swap named by the first.
            let first = try fileBytes(directory + "/" + LogSegment.logFileName(baseOffset: bases[0]))
            let second = try fileBytes(directory + "/" + LogSegment.logFileName(baseOffset: bases[1]))
            try writeFile(directory + "/" + LogSegment.logFileName(baseOffset: bases[0]) + ".swap", first + second)
            try writeFile(directory + "/" + LogSegment.logFileName(baseOffset: 5) + ".cleaned", [1, 2, 3])
            try writeFile(directory + "/" + LogSegment.logFileName(baseOffset: 7) + ".deleted", [1, 2, 3])
            try writeFile(directory + "/" + LogSegment.indexFileName(baseOffset: 999), [UInt8](repeating: 0, count: 8))
            try writeFile(directory + "/partition.metadata.tmp", "x")
            let reopened = try openLog(dir, hadCleanShutdown: true)
            #expect(reopened.loadSummary.completedSwaps == 1)
            #expect(reopened.loadSummary.removedLeftoverFiles >= 4)
            #expect(reopened.segmentBaseOffsets == [bases[0]] + bases[2...])
            #expect(try readAll(reopened).map(\.header.baseOffset) == Array(stride(from: 0, to: 40, by: 2)))
            let files = try FileManager.default.contentsOfDirectory(atPath: directory)
            #expect(!files.contains { $0.hasSuffix(".swap") || $0.hasSuffix(".cleaned") || $0.hasSuffix(".deleted") || $0.hasSuffix(".tmp") })
        }
    }

    @Test("a failing disk takes the log offline with KAFKA_STORAGE_ERROR; nothing unwritten is acknowledged")
    func failingDisk() throws {
        try withTemporaryDirectory { dir in
            let files = FaultyFileIO()
            let log = try openLog(dir, fileIO: files)
            for index in 0..<3 { try log.append([try producerBatch(seed: index)], leaderEpoch: 0, nowMs: 1) }
            files.failNextWrite = .noSpace
            let error = #expect(throws: StorageError.self) { try log.append([try producerBatch()], leaderEpoch: 0, nowMs: 1) }
            #expect(error?.errorCode == .kafkaStorageError && error?.isNoSpace == true)
            #expect(!log.isOnline && log.logEndOffset == 6)
            let later = #expect(throws: StorageError.self) { try log.append([try producerBatch()], leaderEpoch: 0, nowMs: 1) }
            #expect(later?.errorCode == .kafkaStorageError)
            #expect(throws: StorageError.self) { try log.read(from: 0, maxBytes: 100) }
            #expect(throws: StorageError.self) { try log.flush() }
            try? log.close()
            let reopened = try openLog(dir, hadCleanShutdown: false)
            #expect(reopened.logEndOffset == 6)

            // A failed fsync leaves the recovery point where it was.
            let files2 = FaultyFileIO()
            let log2 = try openLog(dir + "/2", fileIO: files2)
            try log2.append([try producerBatch()], leaderEpoch: 0, nowMs: 1)
            files2.failNextSync = .ioError
            #expect(throws: StorageError.self) { try log2.flush() }
            #expect(log2.recoveryPoint == 0 && !log2.isOnline)
        }
    }

    @Test("appendAsFollower keeps the batches' offsets and epochs, rejects offsets below the log end")
    func appendAsFollower() throws {
        try withTemporaryDirectory { dir in
            let log = try openLog(dir)
            let first = expectedStored(try producerBatch(records: 3), at: 0, epoch: 4)
            let second = expectedStored(try producerBatch(records: 2, seed: 1), at: 3, epoch: 5)
            let info = try log.appendAsFollower([first, second], nowMs: 1)
            #expect(info.firstOffset == 0 && info.lastOffset == 4 && log.logEndOffset == 5)
            #expect(try readAll(log).map(\.buffer) == [first.buffer, second.buffer])
            let error = #expect(throws: LogError.self) { try log.appendAsFollower([second], nowMs: 1) }
            #expect(error?.errorCode == .offsetOutOfRange)
            #expect(log.isOnline)
        }
    }

    @Test("max timestamp finds the exact record inside its batch")
    func maxTimestampExactRecord() throws {
        try withTemporaryDirectory { dir in
            let log = try openLog(dir)
            var builder = RecordBatchBuilder(baseOffset: 0)
            for timestamp: Int64 in [100, 900, 300] { builder.append(timestamp: timestamp, key: nil, value: ByteBuffer(string: "v")) }
            try log.append([try producerBatch(timestamp: 50)], leaderEpoch: 0, nowMs: 1)
            try log.append([try builder.encode()], leaderEpoch: 3, nowMs: 1)
            let found = try #require(try log.offset(forTimestamp: ListOffsetsTimestamp.maxTimestamp))
            #expect(found.offset == 3 && found.timestamp == 900 && found.leaderEpoch == 3)
        }
    }

    @Test("file.delete.delay.ms keeps .deleted segments readable until the delay passes")
    func deleteDelay() throws {
        try withTemporaryDirectory { dir in
            var config = smallLogConfig()
            config.fileDeleteDelayMs = 60_000
            let log = try openLog(dir, config: config)
            for index in 0..<12 { try log.append([try producerBatch(seed: index)], leaderEpoch: 0, nowMs: 1) }
            log.updateHighWatermark(log.logEndOffset)
            let slice = try #require(try log.read(from: 0, maxBytes: 1 << 20).records)
            let target = log.segmentBaseOffsets[1]
            try log.deleteRecords(before: target, nowMs: 1_000)
            let files = { try FileManager.default.contentsOfDirectory(atPath: log.directory) }
            #expect(try files().contains(LogSegment.logFileName(baseOffset: 0) + ".deleted"))
            #expect(try slice.readBytes().readableBytes == slice.length)
            try log.deleteOldSegments(nowMs: 60_999)
            #expect(try files().contains(LogSegment.logFileName(baseOffset: 0) + ".deleted"))
            try log.deleteOldSegments(nowMs: 61_000)
            #expect(try !files().contains { $0.hasSuffix(".deleted") })
        }
    }

    @Test("a .swap at or above a leftover .cleaned is dropped, not completed (KAFKA-6264)")
    func incompleteSwapDropped() throws {
        try withTemporaryDirectory { dir in
            let log = try openLog(dir)
            for index in 0..<20 { try log.append([try producerBatch(seed: index)], leaderEpoch: 0, nowMs: 1) }
            let bases = log.segmentBaseOffsets
            let directory = log.directory
            try log.close()
            let first = try fileBytes(directory + "/" + LogSegment.logFileName(baseOffset: bases[0]))
            try writeFile(directory + "/" + LogSegment.logFileName(baseOffset: bases[1]) + ".cleaned", first)
            try writeFile(directory + "/" + LogSegment.logFileName(baseOffset: bases[1]) + ".swap", first)
            let reopened = try openLog(dir)
            #expect(reopened.loadSummary.completedSwaps == 0)
            #expect(reopened.segmentBaseOffsets == bases)
            #expect(try readAll(reopened).count == 20)
        }
    }

    @Test("truncating between the first segment and the log start offset moves the log start offset down")
    func truncateBelowLogStart() throws {
        try withTemporaryDirectory { dir in
            let log = try openLog(dir, config: smallLogConfig(segmentBytes: 100_000))
            for index in 0..<5 { try log.append([try producerBatch(seed: index)], leaderEpoch: 0, nowMs: 1) }
            log.updateHighWatermark(10)
            try log.deleteRecords(before: 6, nowMs: 1)
            try log.truncate(to: 4, nowMs: 1)
            #expect(log.logStartOffset == 4 && log.logEndOffset == 4 && log.segmentBaseOffsets == [0])
        }
    }

    @Test("flushes run beside appends; the recovery point never passes what was appended")
    func concurrentFlushAndAppend() throws {
        try withTemporaryDirectory { dir in
            let log = try openLog(dir)
            let batch = try producerBatch(records: 1, valueSize: 20)
            let appends = 2_000
            DispatchQueue.concurrentPerform(iterations: 2) { worker in
                if worker == 0 {
                    for _ in 0..<appends { _ = try? log.append([batch], leaderEpoch: 0, nowMs: 1) }
                } else {
                    while log.logEndOffset < Int64(appends) {
                        let end = log.logEndOffset
                        try? log.flush(upTo: end)
                        #expect(log.recoveryPoint >= end && log.recoveryPoint <= log.logEndOffset)
                    }
                }
            }
            #expect(log.isOnline && log.logEndOffset == Int64(appends))
            try log.flush()
            #expect(log.recoveryPoint == Int64(appends))
            #expect(try readAll(log).map(\.header.baseOffset) == (0..<Int64(appends)).map { $0 })
        }
    }

    @Test("a log start offset past the log end restarts the log there; another topic id is refused")
    func loadEdgeCases() throws {
        try withTemporaryDirectory { dir in
            let log = try openLog(dir)
            for index in 0..<3 { try log.append([try producerBatch(seed: index)], leaderEpoch: 0, nowMs: 1) }
            try log.flush()
            try log.close()
            let restarted = try openLog(dir, hadCleanShutdown: false, logStartOffset: 50)
            #expect(restarted.logStartOffset == 50 && restarted.logEndOffset == 50 && restarted.segmentBaseOffsets == [50])
            try restarted.close()
            let error = #expect(throws: LogError.self) {
                try Log(directory: dir + "/topic-0", topic: "topic", partition: 0, topicId: KafkaUUID(high: 3, low: 3), fileIO: PosixFileIO(), hadCleanShutdown: true, nowMs: 1)
            }
            #expect(error?.errorCode == .inconsistentTopicId)
        }
    }

    @Test("a full index rolls the segment (segment.index.bytes)")
    func rollOnFullIndex() throws {
        try withTemporaryDirectory { dir in
            var config = smallLogConfig(segmentBytes: 1_000_000, indexIntervalBytes: 1)
            config.segmentIndexBytes = 36  // 4 offset entries, 3 time entries
            let log = try openLog(dir, config: config)
            for index in 0..<12 {
                try log.append([try producerBatch(records: 1, timestamp: 1_000 + Int64(index), valueSize: 10, seed: index)], leaderEpoch: 0, nowMs: 1)
            }
            #expect(log.segmentCount >= 3)
            #expect(try readAll(log).map(\.header.baseOffset) == (0..<12).map { Int64($0) })
            // Lookups through the small indexes still land on the right batch.
            for offset in Int64(0)..<12 {
                #expect(try log.read(from: offset, maxBytes: 1_000, isolation: .logEnd).records?.firstBatch.baseOffset == offset)
                #expect(try log.offset(forTimestamp: 1_000 + offset)?.offset == offset)
            }
        }
    }

    @Test("LogConfig reads Kafka topic configs and rejects bad values")
    func configProperties() throws {
        let config = try LogConfig(properties: [
            "segment.bytes": "1048576", "segment.ms": "3600000", "retention.ms": "-1", "retention.bytes": "5000",
            "message.timestamp.type": "LogAppendTime", "cleanup.policy": "compact,delete", "file.delete.delay.ms": "0",
            "max.message.bytes": "2000", "index.interval.bytes": "100", "segment.index.bytes": "4096", "unrelated": "x",
        ])
        #expect(config.segmentBytes == 1_048_576 && config.segmentMs == 3_600_000 && config.retentionMs == -1)
        #expect(config.retentionBytes == 5_000 && config.messageTimestampType == .logAppendTime)
        #expect(config.cleanupPolicy == .compactAndDelete && config.fileDeleteDelayMs == 0 && config.maxMessageBytes == 2_000)
        #expect(config.indexIntervalBytes == 100 && config.segmentIndexBytes == 4_096)
        #expect(LogConfig().segmentBytes == 1 << 30 && LogConfig().retentionMs == 604_800_000 && LogConfig().retentionBytes == -1)
        for bad in [["segment.bytes": "10"], ["segment.ms": "x"], ["message.timestamp.type": "Now"], ["cleanup.policy": "keep"], ["retention.ms": "-2"]] {
            let error = #expect(throws: LogError.self) { try LogConfig(properties: bad) }
            #expect(error?.errorCode == .invalidConfig)
        }
    }
}

/// Flips a byte in the middle of the sealed segment at `baseOffset` of `log` (which it closes);
/// returns the file and the position and first offset of the batch the byte belongs to.
func corruptSealedSegment(_ log: Log, baseOffset: Int64) throws -> (directory: String, path: String, position: Int64, offset: Int64) {
    let bases = log.segmentBaseOffsets
    let next = bases.first { $0 > baseOffset } ?? log.logEndOffset
    let batches = try readAll(log).filter { $0.header.baseOffset >= baseOffset && $0.header.baseOffset < next }
    let directory = log.directory
    try log.close()
    let path = directory + "/" + LogSegment.logFileName(baseOffset: baseOffset)
    var bytes = try fileBytes(path)
    let middle = bytes.count / 2
    var position: Int64 = 0
    var offset = baseOffset
    for batch in batches {
        if position + Int64(batch.header.totalSize) > Int64(middle) {
            offset = batch.header.baseOffset
            break
        }
        position += Int64(batch.header.totalSize)
    }
    // Inside what the CRC covers (from the attributes on), so the batch still looks complete.
    let target = max(middle, Int(position) + 21)
    bytes[target] ^= 0xFF
    try writeFile(path, bytes)
    return (directory, path, position, offset)
}

/// The sizes of every file in `directory`, by name.
func segmentFileSizes(_ directory: String) throws -> [String: Int] {
    var sizes: [String: Int] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: directory) where !name.hasPrefix(".") {
        sizes[name] = try fileSize(directory + "/" + name)
    }
    return sizes
}
