import Foundation
import NIOCore
import SluiceProtocol
import SluiceStorage
import Testing

/// How the tail of a `.log` was damaged.
enum TornTail: String, CaseIterable, CustomStringConvertible {
    case cutInsideHeader
    case cutInsideRecords
    case zeroFilled
    case garbage

    var description: String { self.rawValue }

    /// Bytes to put after the valid batches, given the batch that was being written.
    func bytes(next: RecordBatch) -> [UInt8] {
        switch self {
        case .cutInsideHeader: Array(next.buffer.bytes.prefix(30))
        case .cutInsideRecords: Array(next.buffer.bytes.prefix(next.sizeInBytes - 7))
        case .zeroFilled: [UInt8](repeating: 0, count: 4096)
        case .garbage:
            // Deterministic noise (xorshift), the first byte chosen so the magic is not 2.
            (0..<777).reduce(into: (bytes: [UInt8](), state: UInt32(0x9E37_79B9))) { acc, _ in
                acc.state ^= acc.state << 13
                acc.state ^= acc.state >> 17
                acc.state ^= acc.state << 5
                acc.bytes.append(UInt8(truncatingIfNeeded: acc.state) | 1)
            }.bytes
        }
    }

    func matches(_ stop: RecoveryStop, at position: Int64) -> Bool {
        switch (self, stop) {
        case (.cutInsideHeader, .incompleteBatch(let p, _)), (.cutInsideRecords, .incompleteBatch(let p, _)): p == position
        case (.zeroFilled, .zeroFilled(let p)): p == position
        case (.garbage, .invalidBatch(let p, _)), (.garbage, .incompleteBatch(let p, _)): p == position
        default: false
        }
    }
}

@Suite struct RecoveryTests {
    let config = LogSegmentConfig(indexIntervalBytes: 400)

    /// Writes 30 valid batches at base offset 200 and returns them with the next one (not written).
    func writeValidSegment(_ dir: String) throws -> (batches: [RecordBatch], next: RecordBatch, fresh: LogSegment) {
        let segment = try LogSegment.create(directory: dir, baseOffset: 200, config: self.config, fileIO: PosixFileIO(), nowMs: 0)
        let batches = try appendBatches(to: segment, count: 30, recordsPerBatch: 3)
        try segment.flush()
        try segment.close()
        let next = try makeBatch(baseOffset: batches.last!.header.nextOffset, count: 3, timestamp: 99_999)
        // The indexes a segment built by appends alone has: what every recovery must rebuild.
        let fresh = try LogSegment.create(directory: try subdirectory(dir, "fresh"), baseOffset: 200, config: self.config, fileIO: PosixFileIO(), nowMs: 0)
        for batch in batches { try fresh.append(batch) }
        return (batches, next, fresh)
    }

    func expectMatchesFresh(_ segment: LogSegment, _ fresh: LogSegment, _ batches: [RecordBatch], dir: String) throws {
        #expect(segment.sizeInBytes == fresh.sizeInBytes)
        #expect(segment.nextOffset == fresh.nextOffset)
        #expect(segment.maxTimestampSoFar == fresh.maxTimestampSoFar)
        #expect(segment.offsetOfMaxTimestampSoFar == fresh.offsetOfMaxTimestampSoFar)
        #expect(segment.offsetIndex.entries == fresh.offsetIndex.entries)
        #expect(segment.timeIndex.entries == fresh.timeIndex.entries)
        #expect(!segment.offsetIndex.entries.isEmpty)
        #expect(try fileBytes(dir + "/00000000000000000200.log") == concatenated(batches))
        // And it takes the next append where a fresh segment would.
        let next = try makeBatch(baseOffset: fresh.nextOffset, count: 2, timestamp: 50_000)
        try segment.append(next)
        try fresh.append(next)
        #expect(segment.offsetIndex.entries == fresh.offsetIndex.entries)
        #expect(try segment.read(from: next.header.baseOffset, maxBytes: 10_000)?.readBytes() == next.buffer)
    }

    @Test(arguments: TornTail.allCases)
    func openRepairsATornTail(tail: TornTail) throws {
        try withTemporaryDirectory { dir in
            let (batches, next, fresh) = try self.writeValidSegment(dir)
            let logPath = dir + "/00000000000000000200.log"
            let valid = try fileBytes(logPath)
            let damage = tail.bytes(next: next)
            try writeFile(logPath, valid + damage)

            let segment = try LogSegment.open(directory: dir, baseOffset: 200, config: self.config, fileIO: PosixFileIO(), nowMs: 0)
            let result = try #require(segment.recoveryOnOpen)
            #expect(result.truncatedBytes == Int64(damage.count))
            #expect(result.validBytes == Int64(valid.count))
            #expect(result.validBatches == batches.count)
            #expect(tail.matches(result.stop, at: Int64(valid.count)), "\(result.stop)")
            try self.expectMatchesFresh(segment, fresh, batches, dir: dir)
        }
    }

    @Test(arguments: TornTail.allCases)
    func explicitRecoveryTruncatesTheTornTail(tail: TornTail) throws {
        try withTemporaryDirectory { dir in
            let (batches, next, fresh) = try self.writeValidSegment(dir)
            let logPath = dir + "/00000000000000000200.log"
            let segment = try LogSegment.open(directory: dir, baseOffset: 200, config: self.config, fileIO: PosixFileIO(), nowMs: 0)
            #expect(segment.recoveryOnOpen == nil)
            let valid = try fileBytes(logPath)
            let damage = tail.bytes(next: next)
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: logPath))
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(damage))
            try handle.close()

            let result = try segment.recover(validating: .log)
            #expect(result.truncatedBytes == Int64(damage.count))
            #expect(tail.matches(result.stop, at: Int64(valid.count)), "\(result.stop)")
            try self.expectMatchesFresh(segment, fresh, batches, dir: dir)
        }
    }

    @Test func cleanSegmentRecoversToItself() throws {
        try withTemporaryDirectory { dir in
            let (batches, _, fresh) = try self.writeValidSegment(dir)
            let segment = try LogSegment.open(directory: dir, baseOffset: 200, config: self.config, fileIO: PosixFileIO(), nowMs: 0)
            let result = try segment.recover(validating: .log)
            #expect(result == RecoveryResult(validBatches: 30, validBytes: Int64(concatenated(batches).count), truncatedBytes: 0, stop: .endOfSegment))
            try self.expectMatchesFresh(segment, fresh, batches, dir: dir)
        }
    }

    @Test func badCRCInTheMiddleStopsRecoveryThere() throws {
        try withTemporaryDirectory { dir in
            let (batches, _, _) = try self.writeValidSegment(dir)
            let logPath = dir + "/00000000000000000200.log"
            var bytes = try fileBytes(logPath)
            let damaged = 12
            let position = concatenated(Array(batches.prefix(damaged))).count
            bytes[position + RecordBatchHeader.size + 5] ^= 0xFF  // a record byte: only the CRC notices
            try writeFile(logPath, bytes)

            // Headers still frame, so opening does not notice; recovery (CRC) does.
            let segment = try LogSegment.open(directory: dir, baseOffset: 200, config: self.config, fileIO: PosixFileIO(), nowMs: 0)
            #expect(segment.recoveryOnOpen == nil)

            // Told not to truncate: reports it and changes nothing.
            let error = #expect(throws: StorageError.self) { try segment.recover(validating: .headersOnly, truncate: false) }
            #expect(error?.isCorruptSegment == true)
            #expect(try fileBytes(logPath) == bytes)
            #expect(segment.sizeInBytes == Int64(bytes.count))

            let result = try segment.recover(validating: .headersOnly)
            guard case .invalidBatch(let at, let detail) = result.stop else {
                Issue.record("expected invalidBatch, got \(result.stop)")
                return
            }
            #expect(at == Int64(position))
            #expect(detail.contains("CRC"))
            #expect(result.validBatches == damaged)
            #expect(result.truncatedBytes == Int64(bytes.count - position))
            #expect(segment.nextOffset == batches[damaged].header.baseOffset)
            #expect(try fileBytes(logPath) == Array(bytes.prefix(position)))
        }
    }

    @Test func offsetsGoingBackwardsStopRecovery() throws {
        try withTemporaryDirectory { dir in
            let (batches, _, _) = try self.writeValidSegment(dir)
            let logPath = dir + "/00000000000000000200.log"
            let stale = try makeBatch(baseOffset: batches[3].header.baseOffset)
            try writeFile(logPath, try fileBytes(logPath) + stale.buffer.bytes)
            let segment = try LogSegment.open(directory: dir, baseOffset: 200, config: self.config, fileIO: PosixFileIO(), nowMs: 0)
            // Opening notices the indexes reach past the last batch's offset and recovers.
            let result = try #require(segment.recoveryOnOpen)
            guard case .invalidBatch = result.stop else {
                Issue.record("expected invalidBatch, got \(result.stop)")
                return
            }
            #expect(result.truncatedBytes == Int64(stale.sizeInBytes))
            #expect(segment.nextOffset == batches.last!.header.nextOffset)
        }
    }

    @Test func compressedBatchWithoutCodecThrowsInsteadOfTruncating() throws {
        try withTemporaryDirectory { dir in
            let segment = try LogSegment.create(directory: dir, baseOffset: 0, fileIO: PosixFileIO(), nowMs: 0)
            var builder = RecordBatchBuilder(baseOffset: 0)
            builder.append(timestamp: 1, key: nil, value: ByteBuffer(string: "v"))
            let batch = try builder.encode(codec: PassthroughCodec())
            try segment.append(batch)
            #expect(try segment.recover(validating: .headersOnly).stop == .endOfSegment)
            let error = #expect(throws: StorageError.self) { try segment.recover(validating: .log) }
            #expect(error?.isCorruptSegment == true)
            #expect(segment.sizeInBytes == Int64(batch.sizeInBytes))
            #expect(try fileSize(dir + "/00000000000000000000.log") == batch.sizeInBytes)
        }
    }

    @Test func recoveryKeepsEveryEntryEvenPastASmallerIndexSize() throws {
        try withTemporaryDirectory { dir in
            let (batches, _, fresh) = try self.writeValidSegment(dir)
            try FileManager.default.removeItem(atPath: dir + "/00000000000000000200.index")
            let small = LogSegmentConfig(indexIntervalBytes: self.config.indexIntervalBytes, maxIndexSize: 16)
            let segment = try LogSegment.open(directory: dir, baseOffset: 200, config: small, fileIO: PosixFileIO(), nowMs: 0)
            #expect(segment.recoveryOnOpen?.stop == .endOfSegment)
            #expect(segment.offsetIndex.entries == fresh.offsetIndex.entries)
            #expect(segment.offsetIndex.entryCount > 2)
            #expect(segment.nextOffset == batches.last!.header.nextOffset)
        }
    }

    @Test func emptyAndAllZeroLogsRecoverToEmpty() throws {
        try withTemporaryDirectory { dir in
            try writeFile(dir + "/00000000000000000000.log", [UInt8](repeating: 0, count: 1000))
            let segment = try LogSegment.open(directory: dir, baseOffset: 0, fileIO: PosixFileIO(), nowMs: 0)
            #expect(segment.recoveryOnOpen?.stop == .zeroFilled(position: 0))
            #expect(segment.sizeInBytes == 0)
            #expect(segment.nextOffset == 0)
            #expect(try fileSize(dir + "/00000000000000000000.log") == 0)
        }
    }
}

/// A codec that marks batches as gzip without changing the bytes, so recovery sees a
/// "compressed" batch whose codec it was not given.
struct PassthroughCodec: CompressionCodec {
    var type: CompressionType { .gzip }
    func compress(_ input: ByteBuffer, into output: inout ByteBuffer) throws {
        var input = input
        output.writeBuffer(&input)
    }
    func decompress(_ input: ByteBuffer, into output: inout ByteBuffer, maximumOutputBytes: Int) throws {
        var input = input
        output.writeBuffer(&input)
    }
}
