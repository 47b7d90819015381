import NIOCore
import SluiceCompression
import SluiceProtocol
import Testing

@testable import SluiceStorage

/// Aborted and committed transactions, markers, and the producer state compaction must keep.
@Suite struct CleanerTransactionTests {
    static let retention: Int64 = 500

    struct Pass {
        var log: CleanerTestLog
        var result: CleaningResult
    }

    static func clean(
        _ log: inout CleanerTestLog,
        aborted: [AbortedTransaction] = [],
        producers: [Int64: ProducerLastRecord] = [:],
        now: Int64
    ) throws -> CleaningResult {
        let result = try LogCleaner(deleteRetentionMs: Self.retention).cleanLog(
            segments: log.segments,
            firstDirtyOffset: 0,
            firstUncleanableOffset: log.segments.last!.baseOffset,
            abortedTransactions: aborted,
            activeProducers: producers,
            now: now
        )
        log.replace(with: result.segments)
        expectValidLog(log.allBatches)
        return result
    }

    static func offsets(_ log: CleanerTestLog) -> [Int64] {
        log.segments.dropLast().flatMap(\.batches).map(\.header.baseOffset)
    }

    @Test func abortedDataGoesAndMarkersFollowOncePassesAndHorizonsAllow() throws {
        var log = CleanerTestLog()
        log.append([.init(key: "k1", value: "old", timestamp: 10)])                                                 // 0
        log.append([.init(key: "k1", value: "aborted", timestamp: 20)], producerId: 1, producerEpoch: 0, baseSequence: 0, isTransactional: true)  // 1
        log.append([.init(key: "k2", value: "committed", timestamp: 30)], producerId: 2, producerEpoch: 0, baseSequence: 0, isTransactional: true) // 2
        log.appendMarker(.abort, producerId: 1, timestamp: 40)                                                       // 3
        log.appendMarker(.commit, producerId: 2, timestamp: 50)                                                      // 4
        log.roll()
        log.append([.init(key: "z", value: "active", timestamp: 60)])                                                // 5
        let aborted = [AbortedTransaction(producerId: 1, firstOffset: 1, lastOffset: 3, lastStableOffset: 1)]
        let abortMarker = log.segments[0].batches[3]
        let commitMarker = log.segments[0].batches[4]

        // Pass 1: the aborted record goes and did not shadow k1's committed value; both markers
        // stay untouched because data of their transactions was seen; the abort stays indexed.
        var result = try Self.clean(&log, aborted: aborted, now: 1_000)
        #expect(Self.offsets(log) == [0, 2, 3, 4])
        #expect(try readRecords(log.segments[0].batches.filter { !$0.header.isControl }).map(\.value) == ["old", "committed"])
        #expect(log.segments[0].batches[2].buffer == abortMarker.buffer)
        #expect(log.segments[0].batches[3].buffer == commitMarker.buffer)
        #expect(result.segments[0].abortedTransactions == aborted)

        // Pass 2: no aborted data left, so the abort marker gets a delete horizon (and leaves the
        // index); the commit marker still has its transaction's record behind it.
        result = try Self.clean(&log, aborted: aborted, now: 1_100)
        #expect(Self.offsets(log) == [0, 2, 3, 4])
        let rewrittenAbort = log.segments[0].batches[2].header
        #expect(rewrittenAbort.deleteHorizonMs == 1_600)
        #expect(rewrittenAbort.isControl && rewrittenAbort.isTransactional && rewrittenAbort.producerId == 1)
        #expect(try EndTransactionMarker(record: log.segments[0].batches[2].decodeRecords()[0]).type == .abort)
        #expect(log.segments[0].batches[3].buffer == commitMarker.buffer)
        #expect(result.segments[0].abortedTransactions.isEmpty)

        // Before the horizon the marker stays; at it, it goes.
        _ = try Self.clean(&log, aborted: aborted, now: 1_599)
        #expect(Self.offsets(log) == [0, 2, 3, 4])
        _ = try Self.clean(&log, aborted: aborted, now: 1_600)
        #expect(Self.offsets(log) == [0, 2, 4])

        // Once the committed record is overwritten and removed, the commit marker follows the
        // same path: a horizon on the next pass, gone after it.
        log.segments[log.segments.count - 1].batches.removeAll()
        log.nextOffset = 5
        log.append([.init(key: "k2", value: "newer", timestamp: 70)])  // 5
        log.roll()
        log.append([.init(key: "z", value: "active", timestamp: 80)])  // 6
        _ = try Self.clean(&log, aborted: aborted, now: 2_000)
        #expect(Self.offsets(log) == [0, 4, 5])
        #expect(log.segments[0].batches[1].buffer == commitMarker.buffer)
        _ = try Self.clean(&log, aborted: aborted, now: 2_100)
        #expect(log.segments[0].batches[1].header.deleteHorizonMs == 2_600)
        _ = try Self.clean(&log, aborted: aborted, now: 2_600)
        #expect(Self.offsets(log) == [0, 5])
    }

    @Test func committedTransactionalRecordsAreCompactedLikeAnyOther() throws {
        var log = CleanerTestLog()
        log.append([.init(key: "a", value: "1", timestamp: 1), .init(key: "b", value: "1", timestamp: 1)], compression: .zstd, producerId: 3, producerEpoch: 1, baseSequence: 0, isTransactional: true)
        log.appendMarker(.commit, producerId: 3, producerEpoch: 1, timestamp: 2)
        log.append([.init(key: "a", value: "2", timestamp: 3)])
        log.roll()
        log.append([.init(key: "z", value: "active", timestamp: 4)])
        _ = try Self.clean(&log, now: 100)
        let batch = log.segments[0].batches[0]
        #expect(try readRecords([batch]).map(\.key) == ["b"])
        #expect(batch.header.isTransactional && batch.header.producerId == 3 && batch.header.baseSequence == 0)
        #expect(batch.header.lastOffsetDelta == 1)
        #expect(batch.header.compression == .zstd)
        #expect(Self.offsets(log) == [0, 2, 3])
    }

    @Test func producersLastBatchSurvivesAsAnEmptyHeader() throws {
        var log = CleanerTestLog()
        log.append([.init(key: "a", value: "1", timestamp: 5), .init(key: "b", value: "1", timestamp: 7)], compression: .lz4, producerId: 9, producerEpoch: 4, baseSequence: 17)
        log.append([.init(key: "a", value: "2", timestamp: 8), .init(key: "b", value: "2", timestamp: 9)])
        log.roll()
        log.append([.init(key: "z", value: "active", timestamp: 10)])
        let original = log.segments[0].batches[0].header

        // Producer 9's last data offset is 1: its batch loses every record but keeps its header.
        var kept = log
        let result = try Self.clean(&kept, producers: [9: ProducerLastRecord(producerId: 9, lastDataOffset: 1, producerEpoch: 4)], now: 100)
        #expect(result.stats.emptyBatchesRetained == 1)
        let empty = kept.segments[0].batches[0].header
        #expect(empty.recordCount == 0)
        #expect(empty.baseOffset == 0 && empty.lastOffsetDelta == 1)
        #expect(empty.producerId == 9 && empty.producerEpoch == 4 && empty.baseSequence == 17)
        #expect(empty.lastSequence == original.lastSequence)
        #expect(empty.maxTimestamp == original.maxTimestamp && empty.baseTimestamp == original.maxTimestamp)
        #expect(empty.compression == CompressionType.none)
        #expect(Self.offsets(kept) == [0, 2])

        // An empty header stays while the producer is active, and goes once it is not.
        var again = kept
        _ = try Self.clean(&again, producers: [9: ProducerLastRecord(producerId: 9, lastDataOffset: 1, producerEpoch: 4)], now: 200)
        #expect(again.segments[0].batches[0].buffer == kept.segments[0].batches[0].buffer)
        _ = try Self.clean(&again, now: 300)
        #expect(Self.offsets(again) == [2])

        // A producer that moved on (or expired) does not hold its old batch.
        var gone = log
        _ = try Self.clean(&gone, producers: [9: ProducerLastRecord(producerId: 9, lastDataOffset: 40, producerEpoch: 4)], now: 100)
        #expect(Self.offsets(gone) == [2])
    }

    @Test func lastMarkerOfAProducerIsKeptEmptyForItsEpoch() throws {
        var log = CleanerTestLog()
        log.append([.init(key: "a", value: "1", timestamp: 1)], producerId: 4, producerEpoch: 2, baseSequence: 0, isTransactional: true)
        log.appendMarker(.abort, producerId: 4, producerEpoch: 2, timestamp: 2)
        log.append([.init(key: "b", value: "1", timestamp: 3)])  // ends the round, so the marker is not kept for that
        log.roll()
        log.append([.init(key: "z", value: "active", timestamp: 3)])
        let aborted = [AbortedTransaction(producerId: 4, firstOffset: 0, lastOffset: 1, lastStableOffset: 0)]
        let producers = [Int64(4): ProducerLastRecord(producerId: 4, lastDataOffset: nil, producerEpoch: 2)]

        _ = try Self.clean(&log, aborted: aborted, producers: producers, now: 1_000)  // data goes
        #expect(Self.offsets(log) == [1, 2])
        _ = try Self.clean(&log, aborted: aborted, producers: producers, now: 1_000)  // horizon set
        #expect(log.segments[0].batches[0].header.deleteHorizonMs == 1_500)
        _ = try Self.clean(&log, aborted: aborted, producers: producers, now: 1_500)  // records go, header stays
        let header = log.segments[0].batches[0].header
        #expect(header.recordCount == 0 && header.isControl && header.producerEpoch == 2)
        _ = try Self.clean(&log, aborted: aborted, producers: producers, now: 1_600)  // an emptied marker may go, but not the producer's last
        #expect(Self.offsets(log) == [1, 2])
        _ = try Self.clean(&log, aborted: aborted, now: 1_700)
        #expect(Self.offsets(log) == [2])
    }

    @Test func lastBatchOfTheRoundIsKeptEmpty() throws {
        var log = CleanerTestLog()
        log.append([.init(key: "a", value: "1", timestamp: 1)])
        log.append([.init(key: "a", value: "2", timestamp: 2)], compression: .gzip)
        log.roll()
        log.append([.init(key: "a", value: "3", timestamp: 3)])
        let result = try LogCleaner().cleanLog(segments: log.segments, firstDirtyOffset: 0, firstUncleanableOffset: 2, now: 10)
        // The map covers [0, 2): offset 0 goes, offset 1 is the latest a and stays.
        #expect(try readRecords(result.segments[0].batches).map(\.offset) == [1])
        // A round ending at 3: segment 0 ends below the upper bound, so its emptied batches go.
        log.roll()
        let second = try LogCleaner().cleanLog(segments: log.segments, firstDirtyOffset: 2, firstUncleanableOffset: 3, now: 10)
        #expect(second.segments[0].batches.isEmpty)  // segment 0 is not the round's end
        #expect(try readRecords(second.segments[1].batches).map(\.offset) == [2])
        // A round whose upper bound is 2 with a map knowing a newer a: the batch ending at 2 loses
        // its record but stays as a header carrying the last offset.
        let third = try LogCleaner().clean(
            [CleanerSegment(baseOffset: 0, batches: log.segments[0].batches)],
            map: { var map = OffsetMap(); map.put(key: ByteBuffer(string: "a"), offset: 2); return map }(),
            upperBoundOffset: 2,
            now: 10
        )
        let headers = third[0].batches.map(\.header)
        #expect(headers.map(\.baseOffset) == [1])
        #expect(headers[0].recordCount == 0 && headers[0].nextOffset == 2 && headers[0].compression == CompressionType.none)
        expectValidLog(third[0].batches)
    }

    @Test func staleAbortWhoseMarkerIsGoneDoesNotSwallowTheProducersNextTransaction() throws {
        // The list still names an aborted transaction [0, 1] of producer 6, but its data and
        // marker were cleaned away long ago; producer 6's later committed transaction must stay.
        var log = CleanerTestLog()
        log.nextOffset = 2
        log.segments[0] = CleanerSegment(baseOffset: 2, batches: [])
        log.append([.init(key: "a", value: "committed", timestamp: 1)], producerId: 6, producerEpoch: 0, baseSequence: 0, isTransactional: true)  // 2
        log.appendMarker(.commit, producerId: 6, timestamp: 2)  // 3
        log.roll()
        log.append([.init(key: "z", value: "active", timestamp: 3)])
        let stale = [AbortedTransaction(producerId: 6, firstOffset: 0, lastOffset: 1, lastStableOffset: 0)]
        let result = try LogCleaner().cleanLog(
            segments: log.segments, firstDirtyOffset: 2, firstUncleanableOffset: 4, abortedTransactions: stale, now: 10
        )
        #expect(try readRecords(result.segments[0].batches.filter { !$0.header.isControl }).map(\.value) == ["committed"])
        #expect(result.segments[0].batches.map(\.header.baseOffset) == [2, 3])
    }

    @Test func missingCodecIsAnError() throws {
        var log = CleanerTestLog()
        log.append([.init(key: "a", value: "1", timestamp: 1)], compression: .snappy)
        log.roll()
        let cleaner = LogCleaner(codecs: { _ in nil })
        #expect(throws: CleanerError.self) {
            try cleaner.cleanLog(segments: log.segments, firstDirtyOffset: 0, firstUncleanableOffset: 1, now: 0)
        }
    }
}
