import NIOCore
import SluiceCompression
import SluiceProtocol
import SluiceTestKit
import Testing

@testable import SluiceStorage

/// Random interleavings of plain writes and transactional producers that commit or abort, cleaned
/// pass after pass: aborted data never survives, committed data is compacted like any other, open
/// transactions are never cleaned, and a marker never goes while data of its transaction remains.
@Suite struct CleanerTransactionModelTests {
    struct Transaction {
        var producerId: Int64
        var firstOffset: Int64
        var dataOffsets: [Int64] = []
        var markerOffset: Int64? = nil
        var aborted = false
    }

    @Test(arguments: [UInt64(11), 12, 13, 14])
    func randomTransactionsAreCleanedSafely(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        var log = CleanerTestLog()
        var clock: Int64 = 50_000
        var checkpoint: Int64? = nil
        var transactions: [Transaction] = []
        var open: [Int64: Int] = [:]  // producer id -> index in transactions
        let cleaner = LogCleaner(deleteRetentionMs: 1_000)
        var markersRemoved = 0
        var abortedRemoved = 0

        for _ in 0..<12 {
            for _ in 0..<Int.random(in: 3...10, using: &random) {
                clock += Int64.random(in: 1...20, using: &random)
                let producerId = Int64.random(in: 0...3, using: &random)  // 0: plain writes
                func entries() -> [CleanerTestLog.Entry] {
                    (0..<Int.random(in: 1...3, using: &random)).map { _ in
                        let key = "k\(Int.random(in: 0..<8, using: &random))"
                        let value: String? = Int.random(in: 0..<6, using: &random) == 0 ? nil : "p\(producerId)-\(clock)"
                        return .init(key: key, value: value, timestamp: clock)
                    }
                }
                if producerId == 0 {
                    log.append(entries())
                } else if let index = open[producerId], Bool.random(using: &random) {
                    let abort = Bool.random(using: &random)
                    transactions[index].markerOffset = log.nextOffset
                    transactions[index].aborted = abort
                    log.appendMarker(abort ? .abort : .commit, producerId: producerId, timestamp: clock)
                    open[producerId] = nil
                } else {
                    if open[producerId] == nil {
                        open[producerId] = transactions.count
                        transactions.append(Transaction(producerId: producerId, firstOffset: log.nextOffset))
                    }
                    let batch = log.append(
                        entries(), compression: Bool.random(using: &random) ? .lz4 : .none,
                        producerId: producerId, producerEpoch: 0, baseSequence: 0, isTransactional: true
                    )
                    transactions[open[producerId]!].dataOffsets += Array(batch.header.baseOffset...batch.header.lastOffset)
                }
                if Int.random(in: 0..<4, using: &random) == 0 { log.roll() }
            }
            log.roll()
            log.append([.init(key: "active", value: "x", timestamp: clock)])
            clock += Int64.random(in: 0...1_500, using: &random)

            let aborted = transactions.filter { $0.aborted }.map {
                AbortedTransaction(producerId: $0.producerId, firstOffset: $0.firstOffset, lastOffset: $0.markerOffset!, lastStableOffset: $0.firstOffset)
            }
            let firstUnstable = open.values.map { transactions[$0].firstOffset }.min()
            let summaries = log.segments.enumerated().map { index, segment in
                SegmentSummary(baseOffset: segment.baseOffset, sizeInBytes: 1, largestTimestamp: 0, isActive: index == log.segments.count - 1)
            }
            let range = CleanableRange(
                segments: summaries, checkpoint: checkpoint, logStartOffset: 0, logEndOffset: log.nextOffset,
                firstUnstableOffset: firstUnstable, config: LogCleaningConfig(cleanupPolicy: .compact), now: clock
            )
            if let firstUnstable { #expect(range.firstUncleanableOffset <= firstUnstable) }

            let before = log
            let result = try cleaner.cleanLog(
                segments: log.segments, firstDirtyOffset: range.firstDirtyOffset,
                firstUncleanableOffset: range.firstUncleanableOffset, abortedTransactions: aborted, now: clock
            )
            log.replace(with: result.segments)
            checkpoint = result.nextDirtyOffset
            expectValidLog(log.allBatches)

            // Segments past the round are untouched, open transactions included.
            for index in result.segments.count..<log.segments.count {
                #expect(log.segments[index].batches.map(\.buffer) == before.segments[index].batches.map(\.buffer))
            }

            let surviving = try Set(readRecords(log.allBatches.filter { !$0.header.isControl }).map(\.offset))
            let survivingMarkers = Set(log.allBatches.filter { $0.header.isControl && $0.header.recordCount > 0 }.map(\.header.baseOffset))
            let beforeMarkers = Set(before.allBatches.filter { $0.header.isControl && $0.header.recordCount > 0 }.map(\.header.baseOffset))
            markersRemoved += beforeMarkers.subtracting(survivingMarkers).count
            let abortedOffsets = Set(transactions.filter(\.aborted).flatMap(\.dataOffsets))
            let cleanedEnd = result.segments.count < log.segments.count ? log.segments[result.segments.count].baseOffset : log.nextOffset
            abortedRemoved += abortedOffsets.filter { $0 < cleanedEnd }.count

            // Aborted data in the cleaned segments is gone.
            #expect(surviving.intersection(abortedOffsets.filter { $0 < cleanedEnd }).isEmpty)
            // A marker stays while any data of its transaction does.
            for transaction in transactions {
                guard let marker = transaction.markerOffset else { continue }
                if !surviving.isDisjoint(with: transaction.dataOffsets) {
                    #expect(survivingMarkers.contains(marker), "marker at \(marker) went before its data")
                }
            }
            // Below the map's end, each key keeps exactly its latest committed or plain value.
            let beforeData = try readRecords(before.allBatches.filter { !$0.header.isControl })
            var latest: [String: Int64] = [:]
            for record in beforeData where record.offset < result.nextDirtyOffset && !abortedOffsets.contains(record.offset) {
                latest[record.key!] = record.offset
            }
            let after = try readRecords(log.allBatches.filter { !$0.header.isControl })
            for record in after where record.offset < result.nextDirtyOffset {
                #expect(latest[record.key!] == record.offset)
            }
            for (key, offset) in latest {
                let value = beforeData.first { $0.offset == offset }!.value
                if value != nil {
                    #expect(after.contains { $0.offset == offset }, "latest value of \(key) at \(offset) was lost")
                }
            }
        }
        #expect(markersRemoved > 0)
        #expect(abortedRemoved > 0)
    }
}
