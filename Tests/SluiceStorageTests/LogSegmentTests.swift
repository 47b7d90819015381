import Foundation
import NIOCore
import SluiceProtocol
import SluiceStorage
import Testing

@Suite struct LogSegmentTests {
    @Test func fileNamesUseTwentyDigitBaseOffsets() {
        #expect(LogSegment.logFileName(baseOffset: 0) == "00000000000000000000.log")
        #expect(LogSegment.indexFileName(baseOffset: 368_769) == "00000000000000368769.index")
        #expect(LogSegment.timeIndexFileName(baseOffset: Int64.max) == "09223372036854775807.timeindex")
        #expect(LogSegment.baseOffset(fromFileName: "00000000000000368769.log") == 368_769)
        #expect(LogSegment.baseOffset(fromFileName: "368769.log") == nil)
        #expect(LogSegment.baseOffset(fromFileName: "0000000000000000000x.log") == nil)
    }

    @Test func createMakesEmptyActiveSegment() throws {
        try withTemporaryDirectory { dir in
            let config = LogSegmentConfig(maxIndexSize: 4096)
            let segment = try LogSegment.create(directory: dir, baseOffset: 100, config: config, fileIO: PosixFileIO(), nowMs: 5)
            #expect(segment.sizeInBytes == 0)
            #expect(segment.nextOffset == 100)
            #expect(segment.maxTimestampSoFar == -1)
            #expect(try segment.read(from: 100, maxBytes: 1000) == nil)
            #expect(try fileSize(dir + "/00000000000000000100.log") == 0)
            #expect(try fileSize(dir + "/00000000000000000100.index") == 4096)
            #expect(try fileSize(dir + "/00000000000000000100.timeindex") == 4092)
            try segment.close()
            #expect(try fileSize(dir + "/00000000000000000100.index") == 0)
            #expect(try fileSize(dir + "/00000000000000000100.timeindex") == 0)
        }
    }

    @Test func appendWritesBatchesExactlyAndTracksOffsetsAndTimestamps() throws {
        try withTemporaryDirectory { dir in
            let segment = try LogSegment.create(directory: dir, baseOffset: 0, fileIO: PosixFileIO(), nowMs: 0)
            let batches = try appendBatches(to: segment, count: 4, recordsPerBatch: 3, firstTimestamp: 500)
            #expect(segment.nextOffset == 12)
            #expect(segment.sizeInBytes == Int64(concatenated(batches).count))
            #expect(segment.maxTimestampSoFar == 532)
            #expect(segment.offsetOfMaxTimestampSoFar == 11)
            #expect(segment.rollingBasedTimestamp == 502)
            #expect(try fileBytes(dir + "/00000000000000000000.log") == concatenated(batches))
            // Every batch read back validates, CRC included.
            let all = try segment.read(from: 0, maxBytes: Int.max)!.readBytes()
            #expect(try RecordBatchReader.validate(all, options: .log).map(\.header) == batches.map(\.header))
        }
    }

    @Test func appendRejectsOffsetsThatDoNotFollow() throws {
        try withTemporaryDirectory { dir in
            let segment = try LogSegment.create(directory: dir, baseOffset: 10, fileIO: PosixFileIO(), nowMs: 0)
            #expect(throws: StorageError.self) { try segment.append(makeBatch(baseOffset: 9)) }
            try segment.append(makeBatch(baseOffset: 10, count: 2))
            let error = #expect(throws: StorageError.self) { try segment.append(makeBatch(baseOffset: 11)) }
            #expect(error?.isInvalidAppend == true)
            #expect(throws: StorageError.self) { try segment.append(makeBatch(baseOffset: 10 + Int64(Int32.max) + 1)) }
            let batch = try makeBatch(baseOffset: 12)
            #expect(throws: StorageError.self) { try segment.append(batch: batch.buffer.getSlice(at: 0, length: 70)!, header: batch.header) }
            // Offsets assigned in the header but not in the bytes.
            var header = batch.header
            header.baseOffset = 20
            #expect(throws: StorageError.self) { try segment.append(batch: batch.buffer, header: header) }
            try segment.append(batch)  // gaps (compaction, aborted offsets) are fine
            #expect(segment.nextOffset == 13)
        }
    }

    @Test func appendingManyBatchesAtOnceEqualsAppendingEach() throws {
        try withTemporaryDirectory { dir in
            let config = LogSegmentConfig(indexIntervalBytes: 350)
            let one = try LogSegment.create(directory: try subdirectory(dir, "one"), baseOffset: 0, config: config, fileIO: PosixFileIO(), nowMs: 0)
            let batches = try appendBatches(to: one, count: 30, recordsPerBatch: 2)
            let many = try LogSegment.create(directory: try subdirectory(dir, "many"), baseOffset: 0, config: config, fileIO: PosixFileIO(), nowMs: 0)
            var records = ByteBuffer()
            for chunk in stride(from: 0, to: 30, by: 7) {
                records.clear()
                for batch in batches[chunk..<min(chunk + 7, 30)] { records.writeImmutableBuffer(batch.buffer) }
                try many.append(records: records)
            }
            #expect(many.sizeInBytes == one.sizeInBytes)
            #expect(many.nextOffset == one.nextOffset)
            #expect(many.maxTimestampSoFar == one.maxTimestampSoFar)
            #expect(many.offsetIndex.entries == one.offsetIndex.entries)
            #expect(many.timeIndex.entries == one.timeIndex.entries)
            #expect(try fileBytes(dir + "/many/00000000000000000000.log") == concatenated(batches))

            // Framing errors and offsets going backwards inside the records: nothing appended.
            var bad = ByteBuffer()
            bad.writeImmutableBuffer(try makeBatch(baseOffset: 60).buffer)
            bad.writeImmutableBuffer(try makeBatch(baseOffset: 60).buffer)
            #expect(throws: StorageError.self) { try many.append(records: bad) }
            var cut = try makeBatch(baseOffset: 60).buffer
            cut.moveWriterIndex(to: cut.writerIndex - 1)
            #expect(throws: StorageError.self) { try many.append(records: cut) }
            #expect(many.sizeInBytes == one.sizeInBytes)
            try many.append(records: ByteBuffer())
            #expect(many.nextOffset == 60)
        }
    }

    @Test func readFindsTheBatchHoldingAnOffset() throws {
        try withTemporaryDirectory { dir in
            let config = LogSegmentConfig(indexIntervalBytes: 300)
            let segment = try LogSegment.create(directory: dir, baseOffset: 1000, config: config, fileIO: PosixFileIO(), nowMs: 0)
            let batches = try appendBatches(to: segment, count: 20, recordsPerBatch: 5)
            #expect(segment.offsetIndex.entryCount > 2)
            var position: Int64 = 0
            for batch in batches {
                for offset in batch.header.baseOffset...batch.header.lastOffset {
                    let slice = try #require(try segment.read(from: offset, maxBytes: batch.sizeInBytes))
                    #expect(slice.position == position)
                    #expect(slice.firstBatch == batch.header)
                    #expect(try slice.readBytes() == batch.buffer)
                }
                position += Int64(batch.sizeInBytes)
            }
            // Below the base offset: the first batch. At or past the end: nothing.
            #expect(try segment.read(from: 0, maxBytes: 10_000)?.position == 0)
            #expect(try segment.read(from: segment.nextOffset, maxBytes: 10_000) == nil)
            #expect(try segment.read(from: segment.nextOffset + 50, maxBytes: 10_000) == nil)
        }
    }

    @Test func readHonoursMaxBytesMaxPositionAndMinOneMessage() throws {
        try withTemporaryDirectory { dir in
            let segment = try LogSegment.create(directory: dir, baseOffset: 0, fileIO: PosixFileIO(), nowMs: 0)
            let batches = try appendBatches(to: segment, count: 5, recordsPerBatch: 2)
            let size = batches[0].sizeInBytes
            #expect(batches.allSatisfy { $0.sizeInBytes == size })
            #expect(try segment.read(from: 0, maxBytes: size * 2)?.length == size * 2)
            #expect(try segment.read(from: 0, maxBytes: 100_000)?.length == size * 5)
            // Smaller than one batch: cut short, unless the first batch must be whole.
            #expect(try segment.read(from: 2, maxBytes: 10)?.length == 10)
            #expect(try segment.read(from: 2, maxBytes: 10, minOneMessage: true)?.length == size)
            #expect(try segment.read(from: 2, maxBytes: 0)?.length == 0)
            // maxPosition (the high watermark's position) bounds everything, minOneMessage too.
            let hw = Int64(size * 3)
            #expect(try segment.read(from: 0, maxBytes: 100_000, maxPosition: hw)?.length == size * 3)
            #expect(try segment.read(from: 4, maxBytes: 100_000, maxPosition: hw)?.length == size)
            #expect(try segment.read(from: 6, maxBytes: 100_000, maxPosition: hw, minOneMessage: true)?.length == 0)
        }
    }

    @Test func indexEntriesAreSparsePerIndexIntervalBytes() throws {
        for interval in [0, 1, 500, 1500, 4096] {
            try withTemporaryDirectory { dir in
                let config = LogSegmentConfig(indexIntervalBytes: interval)
                let segment = try LogSegment.create(directory: dir, baseOffset: 0, config: config, fileIO: PosixFileIO(), nowMs: 0)
                let batches = try appendBatches(to: segment, count: 40, recordsPerBatch: 2)
                // Expected per Kafka: an entry for a batch when more than `interval` bytes were
                // appended since the previous entry (never for the batch at position 0).
                var expected: [OffsetIndex.Entry] = []
                var since = 0
                var position: Int64 = 0
                for batch in batches {
                    if since > interval {
                        expected.append(.init(offset: batch.header.lastOffset, position: position))
                        since = 0
                    }
                    since += batch.sizeInBytes
                    position += Int64(batch.sizeInBytes)
                }
                #expect(segment.offsetIndex.entries == expected, "interval \(interval)")
                #expect(!expected.isEmpty)
                let positions = expected.map(\.position)
                for (a, b) in zip(positions, positions.dropFirst()) {
                    #expect(b - a > Int64(interval))
                }
            }
        }
    }

    @Test func findOffsetByTimestamp() throws {
        try withTemporaryDirectory { dir in
            let config = LogSegmentConfig(indexIntervalBytes: 200)
            let segment = try LogSegment.create(directory: dir, baseOffset: 0, config: config, fileIO: PosixFileIO(), nowMs: 0)
            // Batch i holds offsets 3i ..< 3i+3 with timestamps 10_000 + 10i + (0, 1, 2).
            try appendBatches(to: segment, count: 30, recordsPerBatch: 3, firstTimestamp: 10_000)
            #expect(segment.timeIndex.entryCount > 2)
            #expect(try segment.findOffset(forTimestamp: 0) == TimestampAndOffset(timestamp: 10_000, offset: 0, leaderEpoch: nil))
            #expect(try segment.findOffset(forTimestamp: 10_000) == TimestampAndOffset(timestamp: 10_000, offset: 0, leaderEpoch: nil))
            #expect(try segment.findOffset(forTimestamp: 10_001) == TimestampAndOffset(timestamp: 10_001, offset: 1, leaderEpoch: nil))
            #expect(try segment.findOffset(forTimestamp: 10_003) == TimestampAndOffset(timestamp: 10_010, offset: 3, leaderEpoch: nil))
            #expect(try segment.findOffset(forTimestamp: 10_152) == TimestampAndOffset(timestamp: 10_152, offset: 47, leaderEpoch: nil))
            #expect(try segment.findOffset(forTimestamp: 10_292) == TimestampAndOffset(timestamp: 10_292, offset: 89, leaderEpoch: nil))
            #expect(try segment.findOffset(forTimestamp: 10_293) == nil)
            #expect(try segment.findOffset(forTimestamp: 10_000, startingOffset: 50) == TimestampAndOffset(timestamp: 10_162, offset: 50, leaderEpoch: nil))
            // Every timestamp agrees with a linear search.
            var records: [(offset: Int64, timestamp: Int64)] = []
            for i in 0..<Int64(30) {
                for j in 0..<Int64(3) { records.append((offset: 3 * i + j, timestamp: 10_000 + 10 * i + j)) }
            }
            for target in stride(from: Int64(9_990), through: 10_300, by: 1) {
                let expected = records.first { $0.timestamp >= target }
                let found = try segment.findOffset(forTimestamp: target)
                #expect(found?.offset == expected?.offset && found?.timestamp == expected?.timestamp, "timestamp \(target)")
            }
        }
    }

    @Test func findOffsetReportsLeaderEpochAndHandlesLogAppendTime() throws {
        try withTemporaryDirectory { dir in
            let segment = try LogSegment.create(directory: dir, baseOffset: 0, fileIO: PosixFileIO(), nowMs: 0)
            var first = RecordBatchBuilder(baseOffset: 0, partitionLeaderEpoch: 4)
            for t in [100, 300, 200] as [Int64] { first.append(timestamp: t, key: nil, value: ByteBuffer(string: "v")) }
            try segment.append(first.encode())
            var second = RecordBatchBuilder(baseOffset: 3, partitionLeaderEpoch: 5, timestampType: .logAppendTime, maxTimestamp: 900)
            for t in [1, 2] as [Int64] { second.append(timestamp: t, key: nil, value: ByteBuffer(string: "v")) }
            try segment.append(second.encode())
            // Record timestamps within a batch need not rise: the first record >= target wins.
            #expect(try segment.findOffset(forTimestamp: 150) == TimestampAndOffset(timestamp: 300, offset: 1, leaderEpoch: 4))
            #expect(try segment.findOffset(forTimestamp: 200) == TimestampAndOffset(timestamp: 300, offset: 1, leaderEpoch: 4))
            // LogAppendTime: every record carries the batch's maxTimestamp.
            #expect(try segment.findOffset(forTimestamp: 301) == TimestampAndOffset(timestamp: 900, offset: 3, leaderEpoch: 5))
            #expect(try segment.findOffset(forTimestamp: 301, startingOffset: 4) == TimestampAndOffset(timestamp: 900, offset: 4, leaderEpoch: 5))
            #expect(try segment.findOffset(forTimestamp: 901) == nil)
        }
    }

    @Test func truncateRemovesWholeBatchesFromTheOffset() throws {
        try withTemporaryDirectory { dir in
            let config = LogSegmentConfig(indexIntervalBytes: 300)
            let segment = try LogSegment.create(directory: dir, baseOffset: 0, config: config, fileIO: PosixFileIO(), nowMs: 0)
            let batches = try appendBatches(to: segment, count: 20, recordsPerBatch: 4)
            let fullSize = segment.sizeInBytes
            // Offset 41 lies in batch 10 (offsets 40-43): batches 10... go.
            let removed = try segment.truncate(to: 41)
            let kept = Array(batches.prefix(10))
            #expect(removed == fullSize - Int64(concatenated(kept).count))
            #expect(segment.sizeInBytes == Int64(concatenated(kept).count))
            #expect(segment.nextOffset == 40)
            #expect(segment.maxTimestampSoFar == kept.last!.header.maxTimestamp)
            #expect(segment.offsetIndex.entries.allSatisfy { $0.offset < 40 })
            #expect(segment.timeIndex.entries.allSatisfy { $0.offset < 40 })
            #expect(try fileBytes(dir + "/00000000000000000000.log") == concatenated(kept))
            #expect(try segment.read(from: 40, maxBytes: 1000) == nil)
            #expect(try segment.truncate(to: 40) == 0)
            // Appending continues from the new end, and the indexes equal a fresh build.
            let more = try appendBatches(to: segment, count: 10, recordsPerBatch: 4)
            let fresh = try LogSegment.create(directory: try subdirectory(dir, "fresh"), baseOffset: 0, config: config, fileIO: PosixFileIO(), nowMs: 0)
            for batch in kept + more { try fresh.append(batch) }
            #expect(segment.offsetIndex.entries == fresh.offsetIndex.entries)
            #expect(segment.timeIndex.entries == fresh.timeIndex.entries)
            #expect(try segment.read(from: 0, maxBytes: .max)!.readBytes() == fresh.read(from: 0, maxBytes: .max)!.readBytes())
            try segment.truncate(to: 0)
            #expect(segment.sizeInBytes == 0)
            #expect(segment.nextOffset == 0)
            #expect(segment.maxTimestampSoFar == -1)
            #expect(segment.offsetIndex.entryCount == 0 && segment.timeIndex.entryCount == 0)
        }
    }

    @Test func closeAndReopenRestoresState() throws {
        try withTemporaryDirectory { dir in
            let config = LogSegmentConfig(indexIntervalBytes: 250)
            let segment = try LogSegment.create(directory: dir, baseOffset: 500, config: config, fileIO: PosixFileIO(), nowMs: 0)
            let batches = try appendBatches(to: segment, count: 25, recordsPerBatch: 2)
            try segment.flush()
            let offsetEntries = segment.offsetIndex.entries
            let timeEntries = segment.timeIndex.entries
            let (size, next, maxTs, maxOffset) = (segment.sizeInBytes, segment.nextOffset, segment.maxTimestampSoFar, segment.offsetOfMaxTimestampSoFar)
            try segment.close()
            #expect(try fileSize(dir + "/00000000000000000500.index") == offsetEntries.count * 8)

            let reopened = try LogSegment.open(directory: dir, baseOffset: 500, config: config, fileIO: PosixFileIO(), nowMs: 0)
            #expect(reopened.recoveryOnOpen == nil)
            #expect(reopened.sizeInBytes == size)
            #expect(reopened.nextOffset == next)
            #expect(reopened.maxTimestampSoFar == maxTs)
            #expect(reopened.offsetOfMaxTimestampSoFar == maxOffset)
            #expect(reopened.offsetIndex.entries == offsetEntries)
            #expect(reopened.timeIndex.entries == timeEntries)
            #expect(reopened.rollingBasedTimestamp == batches[0].header.maxTimestamp)
            // Appends after reopening index exactly as if the segment had stayed open.
            try reopened.activate()
            let more = try appendBatches(to: reopened, count: 10, recordsPerBatch: 2)
            let fresh = try LogSegment.create(directory: try subdirectory(dir, "fresh"), baseOffset: 500, config: config, fileIO: PosixFileIO(), nowMs: 0)
            for batch in batches + more { try fresh.append(batch) }
            #expect(reopened.offsetIndex.entries == fresh.offsetIndex.entries)
            #expect(reopened.timeIndex.entries == fresh.timeIndex.entries)
        }
    }

    @Test func openRebuildsMissingOrCorruptIndexes() throws {
        try withTemporaryDirectory { dir in
            let config = LogSegmentConfig(indexIntervalBytes: 250)
            let segment = try LogSegment.create(directory: dir, baseOffset: 0, config: config, fileIO: PosixFileIO(), nowMs: 0)
            try appendBatches(to: segment, count: 25, recordsPerBatch: 2)
            let offsetEntries = segment.offsetIndex.entries
            let timeEntries = segment.timeIndex.entries
            try segment.close()
            let indexPath = dir + "/00000000000000000000.index"

            try FileManager.default.removeItem(atPath: indexPath)
            let missing = try LogSegment.open(directory: dir, baseOffset: 0, config: config, fileIO: PosixFileIO(), nowMs: 0)
            #expect(missing.recoveryOnOpen?.stop == .endOfSegment)
            #expect(missing.offsetIndex.entries == offsetEntries)
            #expect(missing.timeIndex.entries == timeEntries)
            try missing.close()

            // Entries out of order.
            var bytes = try fileBytes(indexPath)
            bytes.swapAt(3, 11)
            try writeFile(indexPath, bytes)
            let corrupt = try LogSegment.open(directory: dir, baseOffset: 0, config: config, fileIO: PosixFileIO(), nowMs: 0)
            #expect(corrupt.recoveryOnOpen != nil)
            #expect(corrupt.offsetIndex.entries == offsetEntries)
            try corrupt.close()

            // An entry pointing past the end of the log.
            try writeFile(indexPath, try fileBytes(indexPath) + [0, 0, 0, 200, 0x7F, 0, 0, 0])
            let pastEnd = try LogSegment.open(directory: dir, baseOffset: 0, config: config, fileIO: PosixFileIO(), nowMs: 0)
            #expect(pastEnd.recoveryOnOpen != nil)
            #expect(pastEnd.offsetIndex.entries == offsetEntries)
            try pastEnd.sanityCheckedReopen(dir: dir, config: config, expecting: offsetEntries)
        }
    }

    @Test func shouldRollFollowsKafkasRules() throws {
        try withTemporaryDirectory { dir in
            let config = LogSegmentConfig(maxIndexSize: 8 * 3, rollJitterMs: 100)
            let segment = try LogSegment.create(directory: dir, baseOffset: 1000, config: config, fileIO: PosixFileIO(), nowMs: 50_000)
            func params(bytes: Int = 1_000_000, ms: Int64 = 1_000_000, ts: Int64 = 0, offset: Int64 = 1000, size: Int = 100, now: Int64 = 50_000) -> RollParameters {
                RollParameters(maxSegmentMs: ms, maxSegmentBytes: bytes, maxTimestampInMessages: ts, maxOffsetInMessages: offset, messagesSize: size, nowMs: now)
            }
            #expect(!segment.shouldRoll(params()))
            // An empty segment never rolls on time.
            #expect(!segment.shouldRoll(params(ms: 10, now: 60_000)))
            try segment.append(makeBatch(baseOffset: 1000, count: 1, timestamp: 7_000, valueSize: 200))
            let size = Int(segment.sizeInBytes)
            #expect(!segment.shouldRoll(params(bytes: size + 100, size: 100)))
            #expect(segment.shouldRoll(params(bytes: size + 99, size: 100)))
            // segment.ms is measured from the first batch's timestamp, minus the jitter.
            #expect(!segment.shouldRoll(params(ms: 1000, ts: 7_900)))
            #expect(segment.shouldRoll(params(ms: 1000, ts: 7_901)))
            // Offsets must fit a relative offset (Int32, as Kafka reads the index).
            #expect(!segment.shouldRoll(params(offset: 1000 + LogSegment.maxRelativeOffset)))
            #expect(segment.shouldRoll(params(offset: 1001 + LogSegment.maxRelativeOffset)))
            #expect(LogSegment.maxRelativeOffset == Int64(Int32.max))
            // A full time index rolls (one slot is kept for sealing): 36 bytes hold 3 entries.
            let small = LogSegmentConfig(indexIntervalBytes: 0, maxIndexSize: 36)
            let timeFull = try LogSegment.create(directory: try subdirectory(dir, "time"), baseOffset: 0, config: small, fileIO: PosixFileIO(), nowMs: 0)
            try appendBatches(to: timeFull, count: 2, recordsPerBatch: 1)
            #expect(!timeFull.shouldRoll(params(offset: 2)))
            try appendBatches(to: timeFull, count: 1, recordsPerBatch: 1, firstTimestamp: 20_000)
            #expect(timeFull.timeIndex.isFull && !timeFull.offsetIndex.isFull)
            #expect(timeFull.shouldRoll(params(offset: 3)))
            // A full offset index rolls: equal timestamps add no time entries; 36 bytes hold 4.
            let offsetFull = try LogSegment.create(directory: try subdirectory(dir, "offset"), baseOffset: 0, config: small, fileIO: PosixFileIO(), nowMs: 0)
            for offset in 0..<Int64(4) { try offsetFull.append(makeBatch(baseOffset: offset, timestamp: 77)) }
            #expect(!offsetFull.shouldRoll(params(offset: 4)))
            try offsetFull.append(makeBatch(baseOffset: 4, timestamp: 77))
            #expect(offsetFull.offsetIndex.isFull && !offsetFull.timeIndex.isFull)
            #expect(offsetFull.shouldRoll(params(offset: 5)))
            // Appending anyway fails cleanly.
            let error = #expect(throws: StorageError.self) { try offsetFull.append(makeBatch(baseOffset: 5, timestamp: 77)) }
            #expect(error?.isSegmentFull == true)
            #expect(offsetFull.nextOffset == 5)
            #expect(try fileSize(dir + "/offset/00000000000000000000.log") == Int(offsetFull.sizeInBytes))
        }
    }

    @Test func sealAddsTheFinalTimeEntryAndTrims() throws {
        try withTemporaryDirectory { dir in
            let segment = try LogSegment.create(directory: dir, baseOffset: 0, config: LogSegmentConfig(indexIntervalBytes: 1000), fileIO: PosixFileIO(), nowMs: 0)
            try appendBatches(to: segment, count: 12, recordsPerBatch: 2)
            try segment.seal()
            #expect(segment.timeIndex.lastEntry == .init(timestamp: segment.maxTimestampSoFar, offset: segment.offsetOfMaxTimestampSoFar))
            #expect(try fileSize(dir + "/00000000000000000000.index") == segment.offsetIndex.entryCount * 8)
            #expect(try fileSize(dir + "/00000000000000000000.timeindex") == segment.timeIndex.entryCount * 12)
        }
    }

    @Test func changeFileSuffixesRenamesAllThreeAndStaysUsable() throws {
        try withTemporaryDirectory { dir in
            let segment = try LogSegment.create(directory: dir, baseOffset: 7, config: LogSegmentConfig(indexIntervalBytes: 100), fileIO: PosixFileIO(), nowMs: 0)
            let batches = try appendBatches(to: segment, count: 5)
            try segment.changeFileSuffixes(from: "", to: ".deleted")
            #expect(Set(try FileManager.default.contentsOfDirectory(atPath: dir)) == [
                "00000000000000000007.log.deleted", "00000000000000000007.index.deleted", "00000000000000000007.timeindex.deleted",
            ])
            #expect(segment.logPath == dir + "/00000000000000000007.log.deleted")
            #expect(try segment.read(from: 7, maxBytes: .max)?.readBytes().bytes == concatenated(batches))
            try appendBatches(to: segment, count: 5)
            #expect(throws: StorageError.self) { try segment.changeFileSuffixes(from: ".swap", to: "") }
            try segment.changeFileSuffixes(from: ".deleted", to: "")
            try segment.close()
            let reopened = try LogSegment.open(directory: dir, baseOffset: 7, config: LogSegmentConfig(indexIntervalBytes: 100), fileIO: PosixFileIO(), nowMs: 0)
            #expect(reopened.recoveryOnOpen == nil)
            #expect(reopened.nextOffset == segment.nextOffset)
            try reopened.changeFileSuffixes(from: "", to: ".deleted")
            try reopened.delete()
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)
        }
    }

    @Test func deleteRemovesAllThreeFiles() throws {
        try withTemporaryDirectory { dir in
            let segment = try LogSegment.create(directory: dir, baseOffset: 7, fileIO: PosixFileIO(), nowMs: 0)
            try appendBatches(to: segment, count: 2)
            try segment.delete()
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)
            #expect(throws: StorageError.self) { try segment.append(makeBatch(baseOffset: 100)) }
        }
    }
}

extension LogSegment {
    /// Closes, reopens and checks the reopened segment needed no repair.
    fileprivate func sanityCheckedReopen(dir: String, config: LogSegmentConfig, expecting entries: [OffsetIndex.Entry]) throws {
        try self.close()
        let again = try LogSegment.open(directory: dir, baseOffset: self.baseOffset, config: config, fileIO: PosixFileIO(), nowMs: 0)
        #expect(again.recoveryOnOpen == nil)
        #expect(again.offsetIndex.entries == entries)
        try again.close()
    }
}
