import NIOCore
import SluiceCompression
import SluiceProtocol
import SluiceTestKit
import Testing

@testable import SluiceStorage

/// Random keyed workloads with overwrites and tombstones over several segments and codecs, cleaned
/// pass after pass and checked against a model of what each pass must keep.
@Suite struct CleanerModelTests {
    static let retention: Int64 = 10_000

    struct Pass {
        var endOffset: Int64
        var now: Int64
    }

    /// Seeds 1-3 with an ample offset map; 4 and 5 with room for 5 and 9 of the 30 keys, so passes
    /// stop early and later ones pick up from the checkpoint.
    @Test(arguments: [UInt64(1), 2, 3, 4, 5])
    func randomWorkloadKeepsExactlyTheLatestPerKey(seed: UInt64) throws {
        let entry = OffsetMap.cost(ofKey: ByteBuffer(string: "key-00"))
        let budget = seed == 4 ? entry * 5 : seed == 5 ? entry * 9 : OffsetMap.defaultMemoryBudget
        var random = SplitMix64(seed: seed)
        var log = CleanerTestLog()
        var clock: Int64 = 1_000_000
        var checkpoint: Int64? = nil
        let cleaner = LogCleaner(deleteRetentionMs: Self.retention)
        let codecs = CompressionType.allCases
        var passes = 0
        var tombstonesExpired = 0
        var stats = CleanerStats()

        for _ in 0..<10 {
            // Write a few segments of random batches.
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                for _ in 0..<Int.random(in: 1...4, using: &random) {
                    var entries: [CleanerTestLog.Entry] = []
                    for _ in 0..<Int.random(in: 1...6, using: &random) {
                        clock += Int64.random(in: 0...50, using: &random)
                        let n = Int.random(in: 0..<30, using: &random)
                        let key = "key-\(n < 10 ? "0" : "")\(n)"
                        let value = Int.random(in: 0..<5, using: &random) == 0 ? nil : "v\(Int.random(in: 0..<1_000_000, using: &random))"
                        entries.append(.init(key: key, value: value, timestamp: clock))
                    }
                    log.append(entries, compression: codecs.randomElement(using: &random)!)
                }
                log.roll()
            }
            // A little data in the active segment, which must not be touched.
            log.append([.init(key: "key-00", value: "active", timestamp: clock)])
            clock += Int64.random(in: 0...(Self.retention * 2), using: &random)

            let summaries = log.segments.enumerated().map { index, segment in
                SegmentSummary(
                    baseOffset: segment.baseOffset,
                    sizeInBytes: Int64(segment.batches.reduce(0) { $0 + $1.sizeInBytes }),
                    largestTimestamp: segment.batches.map(\.header.maxTimestamp).max() ?? -1,
                    isActive: index == log.segments.count - 1
                )
            }
            let range = CleanableRange(
                segments: summaries,
                checkpoint: checkpoint,
                logStartOffset: 0,
                logEndOffset: log.nextOffset,
                firstUnstableOffset: nil,
                config: LogCleaningConfig(cleanupPolicy: .compact, minCleanableDirtyRatio: 0),
                now: clock
            )
            #expect(range.firstUncleanableOffset == log.segments.last!.baseOffset)
            let before = log
            let result = try cleaner.cleanLog(
                segments: log.segments,
                firstDirtyOffset: range.firstDirtyOffset,
                firstUncleanableOffset: range.firstUncleanableOffset,
                offsetMapMemory: budget,
                now: clock
            )
            #expect(result.nextDirtyOffset > range.firstDirtyOffset)
            #expect(result.nextDirtyOffset <= range.firstUncleanableOffset)
            log.replace(with: result.segments)
            tombstonesExpired += try Self.check(
                before: before, after: log, cleanedCount: result.segments.count, endOffset: result.nextDirtyOffset,
                upperBound: range.firstUncleanableOffset, now: clock
            )
            stats.batchesCopied += result.stats.batchesCopied
            stats.batchesRewritten += result.stats.batchesRewritten
            stats.recordsRead += result.stats.recordsRead
            stats.recordsRetained += result.stats.recordsRetained
            checkpoint = result.nextDirtyOffset
            passes += 1
        }
        #expect(passes == 10)
        // The workload exercised every path: copies, rewrites, removals, expired tombstones.
        #expect(stats.batchesCopied > 0)
        #expect(stats.batchesRewritten > 0)
        #expect(stats.recordsRetained < stats.recordsRead)
        #expect(tombstonesExpired > 0)
    }

    /// The model: records below `endOffset` survive iff they are the latest for their key below
    /// `endOffset`, and tombstones only until the horizon their batch carried into this pass.
    /// Returns how many tombstones the pass removed because their horizon had passed.
    @discardableResult
    static func check(before: CleanerTestLog, after: CleanerTestLog, cleanedCount: Int, endOffset: Int64, upperBound: Int64, now: Int64) throws -> Int {
        var expired = 0
        expectValidLog(after.allBatches)

        // Segments past the cleaned ones are untouched, byte for byte.
        for index in cleanedCount..<before.segments.count {
            #expect(after.segments[index].batches.map(\.buffer) == before.segments[index].batches.map(\.buffer))
        }

        let beforeBatches = before.segments.prefix(cleanedCount).flatMap(\.batches)
        let afterBatches = after.segments.prefix(cleanedCount).flatMap(\.batches)
        var batchOf: [Int64: RecordBatch] = [:]
        var input: [ReadRecord] = []
        for batch in beforeBatches {
            for record in try readRecords([batch]) {
                batchOf[record.offset] = batch
                input.append(record)
            }
        }
        var latest: [String: Int64] = [:]
        for record in input where record.offset < endOffset {
            latest[record.key!] = record.offset
        }
        var expected: [ReadRecord] = []
        for record in input {
            if record.offset >= endOffset {
                expected.append(record)
                continue
            }
            guard latest[record.key!] == record.offset else { continue }
            if record.value == nil, let horizon = batchOf[record.offset]!.header.deleteHorizonMs, horizon <= now {
                expired += 1
                continue
            }
            expected.append(record)
        }
        let output = try readRecords(afterBatches)
        #expect(output == expected)
        // Every key appears at most once below endOffset.
        let keysBelowEnd = output.filter { $0.offset < endOffset }.map(\.key!)
        #expect(Set(keysBelowEnd).count == keysBelowEnd.count)

        // Per batch: offsets, producer fields and codec kept; untouched batches byte-identical;
        // batches keeping tombstones carry a horizon.
        let originals = Dictionary(uniqueKeysWithValues: beforeBatches.map { ($0.header.baseOffset, $0) })
        for batch in afterBatches {
            let original = try #require(originals[batch.header.baseOffset])
            let h = batch.header, o = original.header
            #expect(h.lastOffsetDelta == o.lastOffsetDelta)
            if h.recordCount == 0 {
                // Only the round's last batch is kept empty (no producers here).
                #expect(h.nextOffset == upperBound && h.compression == CompressionType.none)
                continue
            }
            #expect(h.compression == o.compression)
            #expect(h.producerId == o.producerId && h.producerEpoch == o.producerEpoch && h.baseSequence == o.baseSequence)
            #expect(h.partitionLeaderEpoch == o.partitionLeaderEpoch)
            let records = try readRecords([batch])
            let hasTombstone = records.contains { $0.value == nil }
            if hasTombstone {
                #expect(h.deleteHorizonMs == (o.deleteHorizonMs ?? now + Self.retention))
                // Tombstones past the map's coverage are kept whatever their horizon.
                if records.contains(where: { $0.value == nil && $0.offset < endOffset }) {
                    #expect(now < h.deleteHorizonMs!)
                }
            }
            if h.recordCount == o.recordCount && !(hasTombstone && o.deleteHorizonMs == nil) {
                #expect(batch.buffer == original.buffer)
            } else {
                #expect(h.recordCount < o.recordCount || o.deleteHorizonMs == nil)
            }
        }
        return expired
    }

    @Test func tombstoneKeptWithinDeleteRetentionAndDroppedAfter() throws {
        var log = CleanerTestLog()
        log.append([.init(key: "a", value: "1", timestamp: 100), .init(key: "b", value: "1", timestamp: 100)])
        log.append([.init(key: "a", value: nil, timestamp: 200)])
        log.roll()
        log.append([.init(key: "c", value: "active", timestamp: 300)])
        let cleaner = LogCleaner(deleteRetentionMs: 1_000)
        let end = log.segments.last!.baseOffset

        // First pass: the old value of a goes, the tombstone stays and gets horizon now + 1000.
        var result = try cleaner.cleanLog(segments: log.segments, firstDirtyOffset: 0, firstUncleanableOffset: end, now: 5_000)
        log.replace(with: result.segments)
        #expect(try readRecords(log.allBatches).map(\.offset) == [1, 2, 3])
        let tombstoneBatch = log.segments[0].batches.last!
        #expect(tombstoneBatch.header.deleteHorizonMs == 6_000)
        #expect(try readRecords([tombstoneBatch]).map(\.timestamp) == [200])  // absolute timestamp kept
        expectValidLog(log.allBatches)

        // Before the horizon: still there, byte for byte.
        result = try cleaner.cleanLog(segments: log.segments, firstDirtyOffset: 0, firstUncleanableOffset: end, now: 5_999)
        #expect(result.segments[0].batches.last!.buffer == tombstoneBatch.buffer)

        // At the horizon: gone. Its batch ends the cleaning round, so an empty header keeps the
        // segment's last offset (Kafka retains the round's last batch).
        result = try cleaner.cleanLog(segments: log.segments, firstDirtyOffset: 0, firstUncleanableOffset: end, now: 6_000)
        log.replace(with: result.segments)
        #expect(try readRecords(log.allBatches).map(\.offset) == [1, 3])
        let empty = log.segments[0].batches.last!.header
        #expect(empty.recordCount == 0 && empty.baseOffset == 2 && empty.nextOffset == end)
        #expect(!empty.attributes.hasDeleteHorizon)
        expectValidLog(log.allBatches)

        // Not the round's last batch: a tombstone past its horizon takes its batch with it.
        var longer = CleanerTestLog()
        longer.append([.init(key: "a", value: nil, timestamp: 200)])
        longer.append([.init(key: "b", value: "1", timestamp: 300)])
        longer.roll()
        longer.append([.init(key: "c", value: "active", timestamp: 300)])
        for now in [Int64(5_000), 6_000] {
            let pass = try cleaner.cleanLog(segments: longer.segments, firstDirtyOffset: 0, firstUncleanableOffset: 2, now: now)
            longer.replace(with: pass.segments)
        }
        #expect(longer.segments[0].batches.map(\.header.baseOffset) == [1])
    }

    @Test(arguments: CompressionType.allCases)
    func compressedBatchesAreRecompressedWithTheirCodec(_ codec: CompressionType) throws {
        var log = CleanerTestLog()
        log.append((0..<20).map { .init(key: "k\($0 % 5)", value: String(repeating: "v\($0)", count: 30), timestamp: 1_000 + Int64($0)) }, compression: codec)
        log.append([.init(key: "k9", value: "untouched", timestamp: 2_000)], compression: codec)
        log.roll()
        log.append([.init(key: "x", value: "active", timestamp: 3_000)])
        let original = log.segments[0].batches
        let result = try LogCleaner().cleanLog(segments: log.segments, firstDirtyOffset: 0, firstUncleanableOffset: log.segments[1].baseOffset, now: 10_000)
        let batches = result.segments[0].batches
        #expect(batches.count == 2)
        #expect(batches[0].header.compression == codec)
        #expect(batches[0].header.recordCount == 5)
        #expect(batches[0].header.lastOffsetDelta == 19)
        #expect(batches[0].header.baseTimestamp == 1_015)
        #expect(batches[0].header.maxTimestamp == 1_019)
        #expect(try readRecords([batches[0]]).map(\.offset) == [15, 16, 17, 18, 19])
        #expect(try readRecords([batches[0]]).map(\.timestamp) == [1_015, 1_016, 1_017, 1_018, 1_019])
        #expect(batches[1].buffer == original[1].buffer)
        expectValidLog(batches)
        if codec != .none {
            #expect(batches[0].sizeInBytes < original[0].sizeInBytes)
        }
    }

    @Test func nullKeysAreKept() throws {
        var log = CleanerTestLog()
        log.append([.init(key: nil, value: "orphan", timestamp: 1), .init(key: "a", value: "1", timestamp: 1)])
        log.append([.init(key: "a", value: "2", timestamp: 2)])
        log.roll()
        log.append([.init(key: "a", value: "3", timestamp: 3)])
        let result = try LogCleaner().cleanLog(segments: log.segments, firstDirtyOffset: 0, firstUncleanableOffset: 3, now: 10)
        #expect(try readRecords(result.segments[0].batches).map(\.offset) == [0, 2])
    }

    @Test func fullOffsetMapCleansOnlyUpToWhatFit() throws {
        var log = CleanerTestLog()
        for i in 0..<10 {
            log.append([.init(key: "k\(i)", value: "old", timestamp: 1)])
        }
        log.roll()
        for i in 0..<10 {
            log.append([.init(key: "k\(i)", value: "new", timestamp: 2)])
        }
        log.roll()
        log.append([.init(key: "z", value: "active", timestamp: 3)])
        // Room for four keys: the map covers offsets 0...3 (k0...k3 old values) and stops.
        let budget = OffsetMap.cost(ofKey: ByteBuffer(string: "k0")) * 4
        let result = try LogCleaner().cleanLog(segments: log.segments, firstDirtyOffset: 0, firstUncleanableOffset: 20, offsetMapMemory: budget, now: 10)
        #expect(result.nextDirtyOffset == 4)
        #expect(result.segments.count == 1)
        #expect(try readRecords(result.segments[0].batches).count == 10)

        // Later passes start at each new checkpoint; old values go once the map reaches their keys'
        // newer records, and every pass makes progress.
        log.replace(with: result.segments)
        var checkpoints = [result.nextDirtyOffset]
        while checkpoints.last! < 20 {
            let next = try LogCleaner().cleanLog(segments: log.segments, firstDirtyOffset: checkpoints.last!, firstUncleanableOffset: 20, offsetMapMemory: budget, now: 10)
            log.replace(with: next.segments)
            checkpoints.append(next.nextDirtyOffset)
            expectValidLog(log.allBatches)
        }
        #expect(checkpoints == [4, 8, 12, 16, 20])
        #expect(try readRecords(log.allBatches).map(\.offset) == Array(10...20))
    }
}
