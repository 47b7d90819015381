import NIOCore
import SluiceCompression
import SluiceProtocol
import Testing

@testable import SluiceStorage

@Suite struct CleanerEdgeCaseTests {
    @Test func offsetMapFastForwardsOverGapsOfFullyReadSegments() throws {
        // Segment 0 ends at offset 4 but segment 1 starts at 10 (earlier cleaning left a gap).
        var first = RecordBatchBuilder(baseOffset: 3)
        first.append(timestamp: 1, key: ByteBuffer(string: "a"), value: ByteBuffer(string: "1"))
        var second = RecordBatchBuilder(baseOffset: 10)
        second.append(timestamp: 2, key: ByteBuffer(string: "b"), value: ByteBuffer(string: "1"))
        let segments = [
            CleanerSegment(baseOffset: 0, batches: [try first.encode()]),
            CleanerSegment(baseOffset: 10, batches: [try second.encode()]),
        ]
        var map = OffsetMap()
        let full = try LogCleaner().buildOffsetMap(segments: segments, from: 0, to: 15, into: &map)
        #expect(!full)
        #expect(map.latestOffset == 14)
        #expect(map.offset(forKey: ByteBuffer(string: "a")) == 3)
        #expect(map.offset(forKey: ByteBuffer(string: "b")) == 10)

        // Starting inside the dirty section skips keys below the start.
        var partial = OffsetMap()
        try LogCleaner().buildOffsetMap(segments: segments, from: 5, to: 15, into: &partial)
        #expect(partial.offset(forKey: ByteBuffer(string: "a")) == nil)
        #expect(partial.count == 1)
    }

    @Test func batchesOutOfOrderAreRejected() throws {
        var log = CleanerTestLog()
        log.append([.init(key: "a", value: "1", timestamp: 1)])
        log.append([.init(key: "b", value: "1", timestamp: 1)])
        var segments = log.segments
        segments[0].batches.reverse()
        #expect(throws: CleanerError.self) {
            try LogCleaner().clean(segments, map: OffsetMap(), now: 0)
        }
        var map = OffsetMap()
        #expect(throws: CleanerError.self) {
            try LogCleaner().buildOffsetMap(segments: segments, from: 0, to: 10, into: &map)
        }
    }

    @Test func logAppendTimeBatchesKeepTheirAppendTime() throws {
        var builder = RecordBatchBuilder(baseOffset: 0, timestampType: .logAppendTime, maxTimestamp: 9_999)
        builder.append(timestamp: 9_999, key: ByteBuffer(string: "a"), value: ByteBuffer(string: "1"))
        builder.append(timestamp: 9_999, key: ByteBuffer(string: "b"), value: ByteBuffer(string: "1"))
        var newer = RecordBatchBuilder(baseOffset: 2)
        newer.append(timestamp: 5, key: ByteBuffer(string: "a"), value: ByteBuffer(string: "2"))
        let segments = [
            CleanerSegment(baseOffset: 0, batches: [try builder.encode(codec: Compression.codec(for: .snappy)), try newer.encode()]),
            CleanerSegment(baseOffset: 3, batches: []),
        ]
        let result = try LogCleaner().cleanLog(segments: segments, firstDirtyOffset: 0, firstUncleanableOffset: 3, now: 20_000)
        let header = result.segments[0].batches[0].header
        #expect(header.timestampType == .logAppendTime)
        #expect(header.maxTimestamp == 9_999)
        #expect(header.recordCount == 1 && header.lastOffsetDelta == 1)
        #expect(header.compression == .snappy)
        #expect(try readRecords([result.segments[0].batches[0]]).map(\.timestamp) == [9_999])
        expectValidLog(result.segments[0].batches)
    }

    @Test func existingDeleteHorizonIsKeptWhenTheBatchIsRewrittenAgain() throws {
        var log = CleanerTestLog()
        log.append([.init(key: "a", value: nil, timestamp: 1), .init(key: "b", value: "1", timestamp: 2)], compression: .zstd)
        log.append([.init(key: "c", value: "1", timestamp: 3)])
        log.roll()
        log.append([.init(key: "z", value: "active", timestamp: 4)])
        let cleaner = LogCleaner(deleteRetentionMs: 100)
        var result = try cleaner.cleanLog(segments: log.segments, firstDirtyOffset: 0, firstUncleanableOffset: 3, now: 1_000)
        log.replace(with: result.segments)
        #expect(log.segments[0].batches[0].header.deleteHorizonMs == 1_100)

        // b is overwritten; the next pass (before the horizon) drops b and keeps the horizon as it was.
        log.segments[1].batches.removeAll()
        log.nextOffset = 3
        log.append([.init(key: "b", value: "2", timestamp: 5)])
        log.roll()
        log.append([.init(key: "z", value: "active", timestamp: 6)])
        result = try cleaner.cleanLog(segments: log.segments, firstDirtyOffset: 3, firstUncleanableOffset: 4, now: 1_050)
        log.replace(with: result.segments)
        let header = log.segments[0].batches[0].header
        #expect(header.deleteHorizonMs == 1_100)
        #expect(header.compression == .zstd)
        #expect(try readRecords([log.segments[0].batches[0]]).map(\.key) == ["a"])
        #expect(try readRecords([log.segments[0].batches[0]]).map(\.timestamp) == [1])
        expectValidLog(log.allBatches)
    }

    @Test func openTransactionHoldsBackTheCleanableRange() throws {
        var log = CleanerTestLog()
        log.append([.init(key: "a", value: "1", timestamp: 1)])
        log.roll()
        log.append([.init(key: "a", value: "2", timestamp: 2)], producerId: 1, producerEpoch: 0, baseSequence: 0, isTransactional: true)  // 1, open
        log.append([.init(key: "a", value: "3", timestamp: 3)])  // 2
        log.roll()
        log.append([.init(key: "z", value: "active", timestamp: 4)])  // 3
        let summaries = log.segments.enumerated().map { index, segment in
            SegmentSummary(baseOffset: segment.baseOffset, sizeInBytes: 100, largestTimestamp: 1, isActive: index == 2)
        }
        let range = CleanableRange(
            segments: summaries, checkpoint: nil, logStartOffset: 0, logEndOffset: 4,
            firstUnstableOffset: 1, config: LogCleaningConfig(cleanupPolicy: .compact), now: 10
        )
        #expect(range.firstUncleanableOffset == 1)
        let result = try LogCleaner().cleanLog(
            segments: log.segments, firstDirtyOffset: range.firstDirtyOffset,
            firstUncleanableOffset: range.firstUncleanableOffset, now: 10
        )
        // Only segment 0 is cleaned, and the later values of a, beyond the bound, do not reach it.
        #expect(result.segments.count == 1)
        #expect(result.nextDirtyOffset == 1)
        #expect(try readRecords(result.segments[0].batches).map(\.value) == ["1"])
    }
}
