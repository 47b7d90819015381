import Foundation
import NIOCore
import SluiceProtocol
import SluiceStorage
import SluiceTestKit
import Testing

@Suite("Log properties")
struct LogPropertyTests {
    /// The model: the batches the log must hold from the one holding the log start offset on,
    /// in order, exactly as stored (offsets and leader epoch set); the log start and end offsets;
    /// and the offset below which data is durable. A crash may keep any prefix that covers the
    /// durable part (the simulated disk keeps what was synced, and sometimes more after a
    /// truncation), never anything else.
    @Test("1,000 random rounds of append, flush, crash, truncate, deleteRecords and reopen match a model", arguments: [UInt64(1), 2, 3])
    func randomRounds(seed: UInt64) throws {
        try withTemporaryDirectory { dir in
            var random = SplitMix64(seed: seed)
            let files = FaultyFileIO()
            var config = smallLogConfig(segmentBytes: 600, indexIntervalBytes: 128)
            config.segmentIndexBytes = 1024
            var log: Log? = try openLog(dir, config: config, fileIO: files)
            var model: [RecordBatch] = []
            var start: Int64 = 0
            var end: Int64 = 0
            var durable: Int64 = 0
            var nextSeed = 0
            var maxSegments = 0
            var crashesThatLostData = 0
            var deletedSegments = 0

            func check(_ log: Log, _ context: String) throws {
                #expect(log.logEndOffset == end, "\(context)")
                #expect(log.logStartOffset == start, "\(context)")
                let read = try readAll(log, from: start)
                #expect(read.map(\.buffer) == model.map(\.buffer), "\(context)")
                var expected = read.first?.header.baseOffset ?? 0
                for batch in read {
                    #expect(batch.header.baseOffset == expected, "offsets not dense: \(context)")
                    expected = batch.header.nextOffset
                }
                if start < end {
                    #expect(throws: LogError.self, "\(context)") { try log.read(from: start - 1, maxBytes: 100, isolation: .logEnd) }
                }
                #expect(throws: LogError.self, "\(context)") { try log.read(from: end + 1, maxBytes: 100, isolation: .logEnd) }
            }

            for round in 0..<1_000 {
                let roll = Int.random(in: 0..<100, using: &random)
                switch roll {
                case 0..<50:
                    var batches: [RecordBatch] = []
                    for _ in 0..<Int.random(in: 1...3, using: &random) {
                        nextSeed += 1
                        batches.append(try producerBatch(
                            records: Int.random(in: 1...3, using: &random), timestamp: Int64(round) * 10,
                            valueSize: Int.random(in: 5...40, using: &random), seed: nextSeed
                        ))
                    }
                    let epoch = Int32.random(in: 0...3, using: &random)
                    let info = try log!.append(batches, leaderEpoch: epoch, nowMs: Int64(round))
                    #expect(info.firstOffset == end)
                    var offset = info.firstOffset
                    for batch in batches {
                        let stored = expectedStored(batch, at: offset, epoch: epoch)
                        model.append(stored)
                        offset = stored.header.nextOffset
                    }
                    #expect(info.lastOffset == offset - 1)
                    end = offset
                case 50..<63:
                    try log!.flush()
                    durable = end
                    #expect(log!.recoveryPoint == durable)
                case 63..<73:
                    // Power loss: the checkpointed recovery point is the current one or older; the
                    // log start offset checkpoint is current.
                    let recoveryPoint = Bool.random(using: &random) ? log!.recoveryPoint : 0
                    log = nil
                    try files.simulateCrash()
                    let reopened = try openLog(
                        dir, config: config, fileIO: files, hadCleanShutdown: false, recoveryPoint: recoveryPoint, logStartOffset: start,
                        nowMs: Int64(round)
                    )
                    let survivors = try readAll(reopened, from: reopened.logStartOffset)
                    #expect(survivors.count <= model.count, "round \(round)")
                    #expect(survivors.map(\.buffer) == model.prefix(survivors.count).map(\.buffer), "round \(round): not a prefix")
                    #expect(reopened.logEndOffset >= durable, "round \(round): lost flushed data")
                    #expect(reopened.logEndOffset <= end, "round \(round)")
                    if survivors.count < model.count { crashesThatLostData += 1 }
                    model = Array(model.prefix(survivors.count))
                    end = survivors.last?.header.nextOffset ?? reopened.logEndOffset
                    start = min(start, end)
                    if survivors.isEmpty, reopened.logEndOffset < start { start = reopened.logEndOffset }
                    durable = end
                    log = reopened
                case 73..<81:
                    let target = Int64.random(in: start...end, using: &random)
                    try log!.truncate(to: target, nowMs: Int64(round))
                    if let firstRemoved = model.first(where: { $0.header.lastOffset >= target }) {
                        end = firstRemoved.header.baseOffset
                    }
                    model.removeAll { $0.header.lastOffset >= target }
                    start = min(start, end)
                    durable = min(durable, end)
                case 81..<87:
                    log!.updateHighWatermark(end)
                    let target = Int64.random(in: start...end, using: &random)
                    let before = log!.segmentCount
                    #expect(try log!.deleteRecords(before: target, nowMs: Int64(round)) == target)
                    deletedSegments += before - log!.segmentCount
                    start = target
                    model.removeAll { $0.header.lastOffset < target }
                case 87..<93:
                    try log!.flush()
                    try log!.close()
                    log = try openLog(dir, config: config, fileIO: files, hadCleanShutdown: true, logStartOffset: start, nowMs: Int64(round))
                    durable = end
                default:
                    guard !model.isEmpty else { break }
                    let index = Int.random(in: 0..<model.count, using: &random)
                    let from = max(start, model[index].header.baseOffset + Int64(model[index].header.lastOffsetDelta > 0 ? 1 : 0))
                    #expect(try readAll(log!, from: from).map(\.buffer) == model[index...].map(\.buffer))
                }
                try check(log!, "seed \(seed) round \(round) op \(roll)")
                maxSegments = max(maxSegments, log!.segmentCount)
            }
            // The run exercised rolling, segment deletion and crashes that lost unflushed data.
            #expect(maxSegments > 3)
            #expect(deletedSegments > 3)
            #expect(crashesThatLostData > 5)
            try log!.close()
        }
    }
}
