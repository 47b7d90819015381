import Foundation
import NIOCore
import SluiceProtocol
import SluiceStorage
import Testing

@Suite struct FaultInjectionTests {
    let config = LogSegmentConfig(indexIntervalBytes: 300)

    /// A segment with 10 batches through `io`, and those batches.
    func makeSegment(_ dir: String, _ io: FaultyFileIO) throws -> (LogSegment, [RecordBatch]) {
        let segment = try LogSegment.create(directory: dir, baseOffset: 0, config: self.config, fileIO: io, nowMs: 0)
        let batches = try appendBatches(to: segment, count: 10, recordsPerBatch: 2)
        return (segment, batches)
    }

    /// The segment is exactly as before the failed append: size, offsets, indexes, file, reads,
    /// and it accepts the same batch again.
    func expectUnchanged(_ segment: LogSegment, _ batches: [RecordBatch], failed: RecordBatch, dir: String) throws {
        let size = Int64(concatenated(batches).count)
        #expect(segment.sizeInBytes == size)
        #expect(segment.nextOffset == batches.last!.header.nextOffset)
        #expect(try fileBytes(dir + "/00000000000000000000.log") == concatenated(batches))
        #expect(segment.offsetIndex.entries.allSatisfy { $0.position < size })
        #expect(try segment.read(from: 0, maxBytes: .max)?.readBytes().bytes == concatenated(batches))
        #expect(try segment.read(from: failed.header.baseOffset, maxBytes: 1000) == nil)
        try segment.append(failed)
        #expect(try segment.read(from: failed.header.baseOffset, maxBytes: 1000)?.readBytes() == failed.buffer)
        let result = try segment.recover(validating: .log)
        #expect(result.stop == .endOfSegment)
    }

    @Test(arguments: [FaultyFileIO.Fault.ioError, .noSpace])
    func failedLogWriteLeavesTheSegmentAsItWas(fault: FaultyFileIO.Fault) throws {
        try withTemporaryDirectory { dir in
            let io = FaultyFileIO()
            let (segment, batches) = try self.makeSegment(dir, io)
            let next = try makeBatch(baseOffset: segment.nextOffset, count: 2)
            io.failNextWrite = fault
            let error = #expect(throws: StorageError.self) { try segment.append(next) }
            #expect(error?.errno == fault.errno)
            #expect(error?.isNoSpace == (fault == .noSpace))
            #expect(error?.errorCode == .kafkaStorageError)
            #expect(io.injectedFaults == 1)
            try self.expectUnchanged(segment, batches, failed: next, dir: dir)
        }
    }

    @Test(arguments: [1, 30, 61, 100])
    func shortWriteIsRolledBack(written: Int) throws {
        try withTemporaryDirectory { dir in
            let io = FaultyFileIO()
            let (segment, batches) = try self.makeSegment(dir, io)
            let next = try makeBatch(baseOffset: segment.nextOffset, count: 2)
            io.shortNextWrite = (bytes: written, fault: .noSpace)
            #expect(throws: StorageError.self) { try segment.append(next) }
            #expect(io.injectedFaults == 1)
            try self.expectUnchanged(segment, batches, failed: next, dir: dir)
        }
    }

    @Test func failedIndexWriteRollsBackTheLogToo() throws {
        try withTemporaryDirectory { dir in
            let io = FaultyFileIO()
            let (segment, batches) = try self.makeSegment(dir, io)
            let entriesBefore = segment.offsetIndex.entries
            // Append until an index entry is due, failing its write.
            io.faultPathFilter = ".index"
            io.failNextWrite = .ioError
            var appended = batches
            var failed: RecordBatch?
            for _ in 0..<20 {
                let next = try makeBatch(baseOffset: segment.nextOffset, count: 2)
                do {
                    try segment.append(next)
                    appended.append(next)
                } catch let error as StorageError {
                    #expect(error.errno == EIO)
                    failed = next
                    break
                }
            }
            let next = try #require(failed)
            io.faultPathFilter = nil
            #expect(segment.offsetIndex.entries.count >= entriesBefore.count)
            try self.expectUnchanged(segment, appended, failed: next, dir: dir)
        }
    }

    @Test func failedTimeIndexWriteRollsBackBothIndexes() throws {
        try withTemporaryDirectory { dir in
            let io = FaultyFileIO()
            let (segment, batches) = try self.makeSegment(dir, io)
            io.faultPathFilter = ".timeindex"
            io.failNextWrite = .noSpace
            var appended = batches
            var failed: RecordBatch?
            var offsetEntries = segment.offsetIndex.entries
            for _ in 0..<20 {
                let next = try makeBatch(baseOffset: segment.nextOffset, count: 2, timestamp: 50_000 + segment.nextOffset)
                offsetEntries = segment.offsetIndex.entries
                do {
                    try segment.append(next)
                    appended.append(next)
                } catch {
                    failed = next
                    break
                }
            }
            let next = try #require(failed)
            #expect(segment.offsetIndex.entries == offsetEntries)
            io.faultPathFilter = nil
            try self.expectUnchanged(segment, appended, failed: next, dir: dir)
        }
    }

    @Test func failedMultiBatchAppendAppendsNothing() throws {
        try withTemporaryDirectory { dir in
            let io = FaultyFileIO()
            let (segment, batches) = try self.makeSegment(dir, io)
            var records = ByteBuffer()
            var offset = segment.nextOffset
            var more: [RecordBatch] = []
            for _ in 0..<8 {
                let batch = try makeBatch(baseOffset: offset, count: 2, timestamp: 70_000 + offset)
                records.writeImmutableBuffer(batch.buffer)
                more.append(batch)
                offset = batch.header.nextOffset
            }
            // The log write succeeds; an index write in the middle of the batches fails.
            io.faultPathFilter = ".timeindex"
            io.failNextWrite = .noSpace
            let offsetEntries = segment.offsetIndex.entries
            let timeEntries = segment.timeIndex.entries
            #expect(throws: StorageError.self) { try segment.append(records: records) }
            #expect(io.injectedFaults == 1)
            #expect(segment.offsetIndex.entries == offsetEntries)
            #expect(segment.timeIndex.entries == timeEntries)
            io.faultPathFilter = nil
            try self.expectUnchanged(segment, batches, failed: more[0], dir: dir)
        }
    }

    @Test func failedRollbackMakesTheSegmentUnusableUntilRecovered() throws {
        try withTemporaryDirectory { dir in
            let io = FaultyFileIO()
            let (segment, batches) = try self.makeSegment(dir, io)
            let next = try makeBatch(baseOffset: segment.nextOffset, count: 2)
            io.shortNextWrite = (bytes: 40, fault: .ioError)
            io.failNextTruncate = .ioError
            #expect(throws: StorageError.self) { try segment.append(next) }
            #expect(!segment.isUsable)
            let error = #expect(throws: StorageError.self) { try segment.append(next) }
            #expect(error?.isUnusable == true)
            // The partial batch is on disk; recovery cuts it off and the segment works again.
            #expect(try fileSize(dir + "/00000000000000000000.log") == concatenated(batches).count + 40)
            let result = try segment.recover()
            #expect(result.truncatedBytes == 40)
            #expect(segment.isUsable)
            try self.expectUnchanged(segment, batches, failed: next, dir: dir)
        }
    }

    @Test func failedFsyncSurfacesAStorageError() throws {
        try withTemporaryDirectory { dir in
            let io = FaultyFileIO()
            let (segment, _) = try self.makeSegment(dir, io)
            io.failNextSync = .ioError
            let error = #expect(throws: StorageError.self) { try segment.flush() }
            #expect(error?.errno == EIO)
            #expect(error?.isIOError == true)
            #expect(error?.message.contains("fdatasync") == true)
            #expect(error?.path == dir + "/00000000000000000000.log")
            // An index fsync failing is reported too.
            io.faultPathFilter = ".timeindex"
            io.failNextSync = .noSpace
            let indexError = #expect(throws: StorageError.self) { try segment.flush() }
            #expect(indexError?.path == dir + "/00000000000000000000.timeindex")
            try segment.flush()
        }
    }

    @Test func crashLosesOnlyUnflushedBatches() throws {
        try withTemporaryDirectory { dir in
            let io = FaultyFileIO()
            let (segment, batches) = try self.makeSegment(dir, io)
            try segment.flush()
            try appendBatches(to: segment, count: 10, recordsPerBatch: 2)
            try io.simulateCrash()
            #expect(try fileSize(dir + "/00000000000000000000.log") == concatenated(batches).count)

            let reopened = try LogSegment.open(directory: dir, baseOffset: 0, config: self.config, fileIO: io, nowMs: 0)
            let result = try reopened.recoveryOnOpen ?? reopened.recover()
            #expect(result.truncatedBytes == 0)
            #expect(reopened.nextOffset == batches.last!.header.nextOffset)
            let fresh = try LogSegment.create(directory: try subdirectory(dir, "fresh"), baseOffset: 0, config: self.config, fileIO: PosixFileIO(), nowMs: 0)
            for batch in batches { try fresh.append(batch) }
            #expect(reopened.offsetIndex.entries == fresh.offsetIndex.entries)
            #expect(reopened.timeIndex.entries == fresh.timeIndex.entries)
        }
    }

    @Test func failedIndexOpenClosesTheLog() throws {
        try withTemporaryDirectory { dir in
            let io = FaultyFileIO()
            io.faultPathFilter = ".timeindex"
            io.failNextOpen = .noSpace
            #expect(throws: StorageError.self) { try LogSegment.create(directory: dir, baseOffset: 0, fileIO: io, nowMs: 0) }
            #expect(io.injectedFaults == 1)
            io.faultPathFilter = nil
            let segment = try LogSegment.create(directory: dir, baseOffset: 0, fileIO: io, nowMs: 0)
            try appendBatches(to: segment, count: 2)
        }
    }
}
