import Dispatch
import Foundation
import NIOConcurrencyHelpers
import NIOCore
import SluiceCompression
import SluiceProtocol
import SluiceTestKit
import Testing

@testable import SluiceStorage

/// One record as read back from a log.
private struct StoredRecord: Hashable, CustomStringConvertible {
    var offset: Int64
    var key: String
    var value: String?
    var description: String { "\(self.offset):\(self.key)=\(self.value ?? "<tombstone>")" }
}

private func compactedConfig(segmentBytes: Int = 600, fileDeleteDelayMs: Int64 = 0) -> LogConfig {
    var config = smallLogConfig(segmentBytes: segmentBytes, indexIntervalBytes: 128)
    config.cleanupPolicy = .compact
    config.fileDeleteDelayMs = fileDeleteDelayMs
    return config
}

private func cleaningConfig(deleteRetentionMs: Int64 = 1_000, minCleanableDirtyRatio: Double = 0.5) -> LogCleaningConfig {
    LogCleaningConfig(cleanupPolicy: .compact, deleteRetentionMs: deleteRetentionMs, minCleanableDirtyRatio: minCleanableDirtyRatio)
}

/// Appends one batch of keyed records (nil value: a tombstone) and returns their offsets.
@discardableResult
private func appendKeyed(_ log: Log, _ records: [(String, String?)], timestamp: Int64 = 1_000, compression: CompressionType = .none) throws -> [Int64] {
    var builder = RecordBatchBuilder(baseOffset: 0)
    for (key, value) in records {
        // Padded values so a few batches fill a small segment.
        builder.append(
            timestamp: timestamp, key: ByteBuffer(string: key),
            value: value.map { ByteBuffer(string: $0 + String(repeating: ".", count: 40)) }
        )
    }
    let batch = compression == .none ? try builder.encode() : try builder.encode(codec: Compression.codec(for: compression))
    let info = try log.append([batch], leaderEpoch: 1, nowMs: timestamp)
    return Array(info.firstOffset...info.lastOffset)
}

private func records(_ log: Log) throws -> [StoredRecord] {
    var result: [StoredRecord] = []
    for batch in try readAll(log) {
        for record in try batch.decodeRecords(codecs: Compression.codecs) {
            let value = record.value.map { String(buffer: $0) }.map { String($0.prefix { $0 != "." }) }
            result.append(StoredRecord(offset: batch.header.baseOffset + Int64(record.offsetDelta), key: String(buffer: record.key!), value: value))
        }
    }
    return result
}

/// What a pass over `[0, uncleanable)` keeps: per key, its record with the largest offset below
/// `uncleanable` (tombstones included), and everything from `uncleanable` on.
private func expectedAfterCleaning(_ before: [StoredRecord], uncleanable: Int64) -> [StoredRecord] {
    var latest: [String: Int64] = [:]
    for record in before where record.offset < uncleanable { latest[record.key] = record.offset }
    return before.filter { $0.offset >= uncleanable || latest[$0.key] == $0.offset }
}

private func writeKeyedHistory(_ log: Log, batches: Int = 40, keys: Int = 6) throws {
    for index in 0..<batches {
        try appendKeyed(log, [("k\(index % keys)", "v\(index)"), ("k\((index * 5 + 1) % keys)", "w\(index)")])
    }
    log.updateHighWatermark(log.logEndOffset)
}

/// Appends records of new keys until the active segment rolls; moves the high watermark to the end.
private func rollWithNewKeys(_ log: Log, prefix: String) throws {
    let active = log.segmentBaseOffsets.last!
    var index = 0
    while log.segmentBaseOffsets.last == active {
        try appendKeyed(log, [("\(prefix)\(index)", "\(prefix)")])
        index += 1
    }
    log.updateHighWatermark(log.logEndOffset)
}

private func leftoverFiles(_ directory: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: directory).filter {
        $0.hasSuffix(LogFileSuffix.cleaned) || $0.hasSuffix(LogFileSuffix.swap) || $0.hasSuffix(LogFileSuffix.deleted)
    }
}

/// A `FileIO` whose `failAt`-th rename (1-based) fails with EIO, delegating everything to `base`.
private final class NthRenameFailingFileIO: FileIO, @unchecked Sendable {
    let base: FaultyFileIO
    private let lock = NIOLock()
    private var renames = 0
    private var failAt: Int?
    private(set) var fired = false

    init(base: FaultyFileIO) { self.base = base }

    func arm(failAt: Int?) { self.lock.withLock { self.renames = 0; self.failAt = failAt; self.fired = false } }

    func open(_ path: String, mode: FileOpenMode) throws -> any StorageFile { try self.base.open(path, mode: mode) }
    func fileExists(_ path: String) -> Bool { self.base.fileExists(path) }
    func createDirectory(_ path: String) throws { try self.base.createDirectory(path) }
    func contentsOfDirectory(_ path: String) throws -> [String] { try self.base.contentsOfDirectory(path) }
    func removeFile(_ path: String) throws { try self.base.removeFile(path) }
    func removeDirectory(_ path: String) throws { try self.base.removeDirectory(path) }
    func syncDirectory(_ path: String) throws { try self.base.syncDirectory(path) }
    func rename(_ from: String, to: String) throws {
        let fail = self.lock.withLock { () -> Bool in
            self.renames += 1
            guard self.renames == self.failAt else { return false }
            self.fired = true
            return true
        }
        if fail { throw StorageError.io("rename", path: from, errno: EIO, "injected: rename number \(self.failAt!)") }
        try self.base.rename(from, to: to)
    }
}

@Suite("Log compaction")
struct LogCompactionTests {
    @Test("clean keeps each key's latest value at its original offset and leaves the active segment alone")
    func cleanKeepsLatest() throws {
        try withTemporaryDirectory { dir in
            let log = try openLog(dir, config: compactedConfig())
            try writeKeyedHistory(log)
            let before = try records(log)
            let bases = log.segmentBaseOffsets
            #expect(bases.count > 4)
            let activeBase = bases.last!
            let activeRecords = before.filter { $0.offset >= activeBase }
            let (start, end, size) = (log.logStartOffset, log.logEndOffset, log.size)

            let outcome = try #require(try log.clean(nowMs: 2_000, cleaningConfig: cleaningConfig(), firstDirtyOffset: nil))
            #expect(!outcome.aborted)
            #expect(outcome.range.firstDirtyOffset == 0 && outcome.range.firstUncleanableOffset == activeBase)
            #expect(outcome.nextDirtyOffset == activeBase)
            #expect(outcome.replacedSegments == bases.count - 1)
            #expect(outcome.bytesAfter < outcome.bytesBefore)

            let after = try records(log)
            #expect(after == expectedAfterCleaning(before, uncleanable: activeBase))
            #expect(after.count < before.count)
            #expect(zip(after, after.dropFirst()).allSatisfy { $0.offset < $1.offset })
            #expect(after.filter { $0.offset >= activeBase } == activeRecords)
            #expect(log.logStartOffset == start && log.logEndOffset == end)
            // The small cleaned segments were merged (segment.bytes allows it) at the first base offset.
            #expect(log.segmentBaseOffsets.first == 0 && log.segmentBaseOffsets.last == activeBase)
            #expect(log.segmentCount < bases.count)
            #expect(log.size < size)
            #expect(try leftoverFiles(dir + "/topic-0").isEmpty)

            // Appends after cleaning continue at the log end; reopening gives the same records.
            let appended = try appendKeyed(log, [("k0", "after")])
            #expect(appended == [end])
            let expected = try records(log)
            try log.close()
            let reopened = try openLog(dir, config: compactedConfig(), hadCleanShutdown: false)
            #expect(try records(reopened) == expected)
            #expect(reopened.logEndOffset == end + 1)
        }
    }

    @Test("replaced segments stay as .deleted for file.delete.delay.ms; a slice read before the swap stays readable")
    func deleteDelay() throws {
        try withTemporaryDirectory { dir in
            let log = try openLog(dir, config: compactedConfig(fileDeleteDelayMs: 60_000))
            try writeKeyedHistory(log)
            let slice = try #require(try log.read(from: 0, maxBytes: 1 << 20, isolation: .logEnd).records)
            let bytes = try slice.readBytes()
            let outcome = try #require(try log.clean(nowMs: 2_000, cleaningConfig: cleaningConfig(), firstDirtyOffset: nil))
            #expect(try leftoverFiles(dir + "/topic-0").count == 3 * outcome.replacedSegments)
            #expect(try leftoverFiles(dir + "/topic-0").allSatisfy { $0.hasSuffix(LogFileSuffix.deleted) })
            #expect(try slice.readBytes() == bytes)
            try log.deleteOldSegments(nowMs: 2_000 + 59_999)
            #expect(try leftoverFiles(dir + "/topic-0").count == 3 * outcome.replacedSegments)
            try log.deleteOldSegments(nowMs: 2_000 + 60_000)
            #expect(try leftoverFiles(dir + "/topic-0").isEmpty)
        }
    }

    @Test("cleaned segments merge up to segment.bytes; a group never ends with an empty segment")
    func mergeGroups() throws {
        func cleaned(_ base: Int64, bytes: Int?) throws -> CleanedSegment {
            guard let bytes else { return CleanedSegment(baseOffset: base, batches: [], abortedTransactions: []) }
            var builder = RecordBatchBuilder(baseOffset: base)
            builder.append(timestamp: 1, key: ByteBuffer(string: "k"), value: ByteBuffer(repeating: 1, count: bytes))
            return CleanedSegment(baseOffset: base, batches: [try builder.encode()], abortedTransactions: [])
        }
        var config = compactedConfig(segmentBytes: 1_000)
        config.segmentIndexBytes = 4096
        let segments = [
            try cleaned(0, bytes: 500), try cleaned(10, bytes: nil), try cleaned(20, bytes: 500),
            try cleaned(30, bytes: nil), try cleaned(40, bytes: nil),
        ]
        #expect(segments[0].sizeInBytes + segments[2].sizeInBytes > 1_000)
        #expect(Log.mergeGroups(segments, config: config) == [[0], [1, 2], [3], [4]])
        let small = [try cleaned(0, bytes: 100), try cleaned(10, bytes: nil), try cleaned(20, bytes: 100), try cleaned(30, bytes: 100)]
        #expect(Log.mergeGroups(small, config: config) == [[0, 1, 2, 3]])
        #expect(Log.mergeGroups([try cleaned(0, bytes: nil), try cleaned(10, bytes: nil)], config: config) == [[0], [1]])
    }

    @Test("compressed batches are cleaned record by record and stay compressed", arguments: [CompressionType.gzip, .snappy, .lz4, .zstd])
    func compressed(type: CompressionType) throws {
        try withTemporaryDirectory { dir in
            let log = try openLog(dir, config: compactedConfig())
            for index in 0..<30 {
                try appendKeyed(log, [("k\(index % 4)", "v\(index)"), ("j\(index % 3)", "w\(index)"), ("k\((index + 1) % 4)", "u\(index)")], compression: type)
            }
            log.updateHighWatermark(log.logEndOffset)
            let before = try records(log)
            let activeBase = log.segmentBaseOffsets.last!
            let outcome = try #require(try log.clean(nowMs: 2_000, cleaningConfig: cleaningConfig(), firstDirtyOffset: nil))
            #expect(outcome.stats.batchesRewritten > 0)
            #expect(try records(log) == expectedAfterCleaning(before, uncleanable: activeBase))
            #expect(try readAll(log).allSatisfy { $0.header.compression == type })
        }
    }

    @Test("nothing past the high watermark is cleaned")
    func boundedByHighWatermark() throws {
        try withTemporaryDirectory { dir in
            let log = try openLog(dir, config: compactedConfig())
            try writeKeyedHistory(log)
            let bases = log.segmentBaseOffsets
            log.updateHighWatermark(bases[2] + 1)
            let before = try records(log)
            let outcome = try #require(try log.clean(nowMs: 2_000, cleaningConfig: cleaningConfig(), firstDirtyOffset: nil))
            #expect(outcome.range.firstUncleanableOffset == bases[2])
            #expect(outcome.replacedSegments == 2)
            #expect(try records(log) == expectedAfterCleaning(before, uncleanable: bases[2]))
        }
    }

    @Test("a delete-only log is never cleaned")
    func notCompacted() throws {
        try withTemporaryDirectory { dir in
            var config = compactedConfig()
            config.cleanupPolicy = .delete
            let log = try openLog(dir, config: config)
            try writeKeyedHistory(log)
            #expect(try log.clean(nowMs: 2_000, cleaningConfig: cleaningConfig(), firstDirtyOffset: nil) == nil)
            #expect(try !log.cleanableRange(nowMs: 2_000, cleaningConfig: cleaningConfig(), firstDirtyOffset: nil).needsCleaning)
        }
    }

    @Test("needsCleaning is false while the dirty ratio is at or below min.cleanable.dirty.ratio")
    func dirtyRatio() throws {
        try withTemporaryDirectory { dir in
            let log = try openLog(dir, config: compactedConfig())
            // Distinct keys: cleaning keeps everything, so the clean part stays large.
            try writeKeyedHistory(log, batches: 60, keys: 1_000)
            let outcome = try #require(try log.clean(nowMs: 2_000, cleaningConfig: cleaningConfig(), firstDirtyOffset: nil))
            // One more sealed segment of dirty data: small next to the clean part.
            try rollWithNewKeys(log, prefix: "x")
            let range = try log.cleanableRange(nowMs: 3_000, cleaningConfig: cleaningConfig(), firstDirtyOffset: outcome.nextDirtyOffset)
            #expect(range.cleanableBytes > 0 && range.cleanBytes > 0)
            #expect(range.dirtyRatio < 0.5)
            #expect(!range.needsCleaning)
            let eager = try log.cleanableRange(
                nowMs: 3_000, cleaningConfig: cleaningConfig(minCleanableDirtyRatio: range.dirtyRatio / 2), firstDirtyOffset: outcome.nextDirtyOffset
            )
            #expect(eager.needsCleaning)
            // From scratch (no checkpoint) everything is dirty.
            #expect(try log.cleanableRange(nowMs: 3_000, cleaningConfig: cleaningConfig(), firstDirtyOffset: nil).needsCleaning)
        }
    }

    @Test("tombstones stay until delete.retention.ms after the pass that kept them, then go")
    func tombstones() throws {
        try withTemporaryDirectory { dir in
            let log = try openLog(dir, config: compactedConfig())
            try appendKeyed(log, [("a", "a0"), ("b", "b0")])
            try appendKeyed(log, [("a", nil)])
            for index in 0..<30 { try appendKeyed(log, [("c\(index % 3)", "c\(index)")]) }
            log.updateHighWatermark(log.logEndOffset)
            let tombstone = StoredRecord(offset: 2, key: "a", value: nil)
            let config = cleaningConfig(deleteRetentionMs: 1_000)

            let first = try #require(try log.clean(nowMs: 10_000, cleaningConfig: config, firstDirtyOffset: nil))
            let after = try records(log)
            #expect(after.contains(tombstone))
            #expect(!after.contains { $0.key == "a" && $0.value != nil })
            #expect(after.contains(StoredRecord(offset: 1, key: "b", value: "b0")))

            // Tombstones go only from batches the offset map covers, so each later pass has new
            // dirty data (other keys) to map. Before the horizon (10_000 + 1_000): kept.
            try rollWithNewKeys(log, prefix: "d")
            let second = try #require(try log.clean(nowMs: 10_999, cleaningConfig: config, firstDirtyOffset: first.nextDirtyOffset))
            #expect(second.nextDirtyOffset > first.nextDirtyOffset)
            #expect(try records(log).contains(tombstone))
            // After it: removed, everything else as it was.
            try rollWithNewKeys(log, prefix: "e")
            let withTombstone = try records(log)
            _ = try #require(try log.clean(nowMs: 11_001, cleaningConfig: config, firstDirtyOffset: second.nextDirtyOffset))
            let final = try records(log)
            #expect(!final.contains { $0.key == "a" })
            #expect(final == withTombstone.filter { $0 != tombstone })
        }
    }

    @Test("appends go on while a pass runs, and after it")
    func concurrentAppends() throws {
        try withTemporaryDirectory { dir in
            let log = try openLog(dir, config: compactedConfig())
            try writeKeyedHistory(log, batches: 80)
            let before = try records(log)
            let uncleanable = log.segmentBaseOffsets.last!
            let appended = NIOLockedValueBox<[Int64]>([])
            let failures = NIOLockedValueBox<[String]>([])
            DispatchQueue.concurrentPerform(iterations: 2) { index in
                do {
                    if index == 0 {
                        for round in 0..<3 {
                            _ = try log.clean(nowMs: 2_000 + Int64(round), cleaningConfig: cleaningConfig(), firstDirtyOffset: nil)
                        }
                    } else {
                        for round in 0..<200 {
                            let offsets = try appendKeyed(log, [("n\(round)", "n\(round)")])
                            appended.withLockedValue { $0 += offsets }
                        }
                    }
                } catch {
                    failures.withLockedValue { $0.append("\(error)") }
                }
            }
            #expect(failures.withLockedValue { $0 } == [])
            let after = try records(log)
            #expect(zip(after, after.dropFirst()).allSatisfy { $0.offset < $1.offset })
            // The history below the first pass's bound is compacted; every concurrent append is there.
            let history = after.filter { $0.offset < before.last!.offset + 1 }
            #expect(history.filter { $0.offset < uncleanable } == expectedAfterCleaning(before, uncleanable: uncleanable).filter { $0.offset < uncleanable })
            let newOffsets = Set(after.filter { $0.key.hasPrefix("n") }.map(\.offset))
            #expect(newOffsets == Set(appended.withLockedValue { $0 }))
            #expect(newOffsets.count == 200)
        }
    }

    @Test("a pass whose segments changed under it (retention) is abandoned and its files removed")
    func abortsWhenSegmentsChange() throws {
        try withTemporaryDirectory { dir in
            let log = try openLog(dir, config: compactedConfig())
            try writeKeyedHistory(log)
            let before = try records(log)
            let bases = log.segmentBaseOffsets
            // Retention (here DeleteRecords) drops the first segment while the pass writes.
            let deleteFirstSegment: () throws -> Void = {
                let newStart = try log.deleteRecords(before: bases[1], nowMs: 1_500)
                #expect(newStart == bases[1])
            }
            let outcome = try #require(
                try log.clean(nowMs: 2_000, cleaningConfig: cleaningConfig(), firstDirtyOffset: nil, stoppingAfter: nil, beforeSwap: deleteFirstSegment)
            )
            #expect(outcome.aborted)
            #expect(outcome.nextDirtyOffset == 0)
            #expect(try records(log) == before.filter { $0.offset >= bases[1] })
            #expect(try leftoverFiles(dir + "/topic-0").isEmpty)

            // The next pass starts at the new log start offset (the checkpoint fell out of the log).
            let next = try #require(try log.clean(nowMs: 2_000, cleaningConfig: cleaningConfig(), firstDirtyOffset: 0))
            #expect(!next.aborted)
            #expect(next.range.firstDirtyOffset == bases[1] && next.range.forceUpdateCheckpoint)
            let remaining = before.filter { $0.offset >= bases[1] }
            #expect(try records(log) == expectedAfterCleaning(remaining, uncleanable: bases.last!))
        }
    }

    @Test("a crash after each step of the swap leaves either the old or the cleaned segments", arguments: CompactionStep.allCases)
    func crashDuringSwap(step: CompactionStep) throws {
        try withTemporaryDirectory { dir in
            let files = FaultyFileIO()
            let log = try openLog(dir, config: compactedConfig(), fileIO: files)
            try writeKeyedHistory(log)
            try log.flush()
            let before = try records(log)
            let activeBase = log.segmentBaseOffsets.last!
            let cleaned = expectedAfterCleaning(before, uncleanable: activeBase)
            let end = log.logEndOffset
            #expect(throws: CompactionStoppedForTesting.self) {
                try log.clean(nowMs: 2_000, cleaningConfig: cleaningConfig(), firstDirtyOffset: nil, stoppingAfter: step)
            }
            try? log.close()
            try files.simulateCrash()

            let reopened = try openLog(dir, config: compactedConfig(), fileIO: files, hadCleanShutdown: false)
            let after = try records(reopened)
            switch step {
            case .cleanedWritten: #expect(after == before)
            case .renamedToSwap, .replacedOldSegments, .renamedIntoPlace: #expect(after == cleaned)
            }
            #expect(reopened.logEndOffset == end)
            #expect(Set(after.map(\.offset)).count == after.count)
            #expect(try leftoverFiles(dir + "/topic-0").isEmpty)
            // The reopened log cleans and appends as usual.
            reopened.updateHighWatermark(reopened.logEndOffset)
            _ = try reopened.clean(nowMs: 3_000, cleaningConfig: cleaningConfig(), firstDirtyOffset: nil)
            #expect(try records(reopened) == cleaned)
            #expect(try appendKeyed(reopened, [("k0", "z")]) == [end])
        }
    }

    @Test("a pass is abandoned when a follower truncation cut a replaced segment and appends rolled past it")
    func abortsAfterTruncation() throws {
        try withTemporaryDirectory { dir in
            let log = try openLog(dir, config: compactedConfig())
            try writeKeyedHistory(log)
            let bases = log.segmentBaseOffsets
            // The last replaced segment: cut, active again, then sealed by new rolls.
            let target = bases[bases.count - 2]
            let truncateAndRefill: () throws -> Void = {
                try log.truncate(to: target + 1, nowMs: 1_500)
                try rollWithNewKeys(log, prefix: "f")
                try rollWithNewKeys(log, prefix: "g")
            }
            let outcome = try #require(
                try log.clean(nowMs: 2_000, cleaningConfig: cleaningConfig(), firstDirtyOffset: nil, stoppingAfter: nil, beforeSwap: truncateAndRefill)
            )
            #expect(outcome.aborted)
            let after = try records(log)
            #expect(!after.contains { $0.offset > target && $0.key.hasPrefix("k") })
            #expect(log.segmentBaseOffsets.prefix(bases.count - 1) == bases.prefix(bases.count - 1))
            #expect(after.contains { $0.key == "f0" })
            #expect(try leftoverFiles(dir + "/topic-0").isEmpty)
        }
    }

    @Test("a log closed while a pass runs: the pass fails and leaves no cleaned files")
    func closedDuringPass() throws {
        try withTemporaryDirectory { dir in
            let log = try openLog(dir, config: compactedConfig())
            try writeKeyedHistory(log)
            try log.flush()
            let before = try records(log)
            #expect(throws: StorageError.self) {
                try log.clean(nowMs: 2_000, cleaningConfig: cleaningConfig(), firstDirtyOffset: nil, stoppingAfter: nil, beforeSwap: { try log.close() })
            }
            #expect(try leftoverFiles(dir + "/topic-0").isEmpty)
            let reopened = try openLog(dir, config: compactedConfig())
            #expect(try records(reopened) == before)
        }
    }

    @Test("random appends, tombstones, passes and reopens keep every key's latest state and every offset's value", arguments: [1, 2, 3] as [UInt64])
    func randomHistory(seed: UInt64) throws {
        try withTemporaryDirectory { dir in
            var random = SplitMix64(seed: seed)
            func draw(_ bound: Int) -> Int { Int(random.next() % UInt64(bound)) }
            var written: [Int64: StoredRecord] = [:]
            var latest: [String: StoredRecord] = [:]
            var log = try openLog(dir, config: compactedConfig())
            var checkpoint: Int64?
            var now: Int64 = 10_000
            var passes = 0
            for round in 0..<60 {
                now += Int64(draw(400))
                var batch: [(String, String?)] = []
                for _ in 0..<(1 + draw(3)) {
                    let key = "k\(draw(8))"
                    batch.append((key, draw(6) == 0 ? nil : "r\(round)"))
                }
                for (offset, (key, value)) in zip(try appendKeyed(log, batch, timestamp: now), batch) {
                    let record = StoredRecord(offset: offset, key: key, value: value)
                    written[offset] = record
                    latest[key] = record
                }
                log.updateHighWatermark(log.logEndOffset)
                if draw(5) == 0 {
                    if let outcome = try log.clean(nowMs: now, cleaningConfig: cleaningConfig(deleteRetentionMs: 2_000), firstDirtyOffset: checkpoint) {
                        #expect(!outcome.aborted)
                        checkpoint = outcome.nextDirtyOffset
                        if outcome.replacedSegments > 0 { passes += 1 }
                    }
                }
                if draw(10) == 0 {
                    try log.flush()
                    try log.close()
                    log = try openLog(dir, config: compactedConfig(), hadCleanShutdown: draw(2) == 0)
                    log.updateHighWatermark(log.logEndOffset)
                }
                let stored = try records(log)
                #expect(zip(stored, stored.dropFirst()).allSatisfy { $0.offset < $1.offset })
                // Every record is exactly what was written at its offset.
                #expect(stored.allSatisfy { written[$0.offset] == $0 }, "seed \(seed) round \(round)")
                // Each key's last record is its latest write (a tombstone may be gone entirely).
                for (key, record) in latest {
                    let last = stored.last { $0.key == key }
                    #expect(last == record || (record.value == nil && last == nil), "seed \(seed) round \(round) key \(key)")
                }
                // Nothing at or past the checkpoint was removed.
                let tail = written.values.filter { $0.offset >= (checkpoint ?? 0) }.sorted { $0.offset < $1.offset }
                #expect(stored.filter { $0.offset >= (checkpoint ?? 0) } == tail)
                #expect(log.logEndOffset == (written.keys.max() ?? -1) + 1)
            }
            #expect(passes >= 3)
            #expect(try records(log).count < written.count / 2)
            #expect(try leftoverFiles(dir + "/topic-0").isEmpty)
        }
    }

    /// With 6 keys the history merges into one cleaned segment; with 40 into several.
    @Test("a crash at any rename of the swap leaves each segment either old or cleaned, never both or neither", arguments: [6, 40])
    func crashAtEveryRename(keys: Int) throws {
        var failAt = 1
        var expectedRenames = 0
        while true {
            let fired = try withTemporaryDirectory { dir -> Bool in
                let faulty = FaultyFileIO()
                let files = NthRenameFailingFileIO(base: faulty)
                let log = try openLog(dir, config: compactedConfig(), fileIO: files)
                try writeKeyedHistory(log, batches: 24, keys: keys)
                try log.flush()
                let before = try records(log)
                let bases = log.segmentBaseOffsets
                let end = log.logEndOffset
                let cleaned = expectedAfterCleaning(before, uncleanable: bases.last!)
                files.arm(failAt: failAt)
                var outcome: CleaningOutcome?
                do {
                    outcome = try log.clean(nowMs: 2_000, cleaningConfig: cleaningConfig(), firstDirtyOffset: nil, offsetMapMemory: 1 << 20)
                } catch {
                    #expect(error is StorageError)
                }
                guard files.fired else {
                    #expect(try records(log) == cleaned)
                    // Old segments to `.deleted`; each written one `.cleaned` -> `.swap` -> no suffix.
                    expectedRenames = 3 * (outcome?.replacedSegments ?? 0) + 6 * (log.segmentCount - 1)
                    #expect(keys != 6 || log.segmentCount == 2)
                    #expect(keys == 6 || log.segmentCount > 3)
                    return false
                }
                files.arm(failAt: nil)
                try? log.close()
                try faulty.simulateCrash()
                let reopened = try openLog(dir, config: compactedConfig(), fileIO: files, hadCleanShutdown: false)
                let after = try records(reopened)
                #expect(reopened.logEndOffset == end, "rename \(failAt)")
                #expect(try leftoverFiles(dir + "/topic-0").isEmpty, "rename \(failAt)")
                #expect(zip(after, after.dropFirst()).allSatisfy { $0.offset < $1.offset }, "rename \(failAt)")
                #expect(Set(after.map(\.offset)).count == after.count)
                if keys == 6 { #expect(after == before || after == cleaned, "rename \(failAt)") }
                for (index, base) in bases.enumerated() {
                    let upper = index + 1 < bases.count ? bases[index + 1] : Int64.max
                    let inSegment = { (record: StoredRecord) in record.offset >= base && record.offset < upper }
                    let got = after.filter(inSegment)
                    let old = before.filter(inSegment)
                    let new = cleaned.filter(inSegment)
                    #expect(got == old || got == new, "rename \(failAt), segment \(base): \(got)")
                }
                try reopened.close()
                return true
            }
            guard fired else { break }
            failAt += 1
        }
        // Three renames per cleaned segment for each of .cleaned -> .swap, old -> .deleted, .swap -> "".
        #expect(failAt - 1 == expectedRenames)
        #expect(expectedRenames >= 9)
    }

    @Test("a rename failing while renaming to .swap leaves the old segments and the log online")
    func renameFailureBeforeSwap() throws {
        try withTemporaryDirectory { dir in
            let files = FaultyFileIO()
            let log = try openLog(dir, config: compactedConfig(), fileIO: files)
            try writeKeyedHistory(log)
            try log.flush()
            let before = try records(log)
            let bases = log.segmentBaseOffsets
            // The cleaned segment's log and offset index are already `.swap`, its time index not.
            files.faultPathFilter = LogSegment.timeIndexFileName(baseOffset: bases[0]) + LogFileSuffix.cleaned
            files.failNextRename = .ioError
            #expect(throws: StorageError.self) {
                try log.clean(nowMs: 2_000, cleaningConfig: cleaningConfig(), firstDirtyOffset: nil)
            }
            #expect(files.injectedFaults == 1)
            #expect(log.isOnline)
            #expect(try records(log) == before)
            #expect(try leftoverFiles(dir + "/topic-0").isEmpty)

            // Had the process died there instead (cleanup never ran), the loader undoes it too.
            files.reset()
            files.faultPathFilter = LogSegment.timeIndexFileName(baseOffset: bases[0]) + LogFileSuffix.cleaned
            files.failNextRename = .ioError
            try? log.close()
            let again = try openLog(dir, config: compactedConfig(), fileIO: files)
            #expect(try records(again) == before)
        }
    }

    @Test("a rename failing while renaming into place takes the log offline; reopening finishes the swap")
    func renameFailureDuringSwap() throws {
        try withTemporaryDirectory { dir in
            let files = FaultyFileIO()
            let log = try openLog(dir, config: compactedConfig(), fileIO: files)
            try writeKeyedHistory(log)
            try log.flush()
            let before = try records(log)
            let bases = log.segmentBaseOffsets
            let cleaned = expectedAfterCleaning(before, uncleanable: bases.last!)
            files.faultPathFilter = LogSegment.indexFileName(baseOffset: bases[0]) + LogFileSuffix.swap
            files.failNextRename = .ioError
            #expect(throws: StorageError.self) {
                try log.clean(nowMs: 2_000, cleaningConfig: cleaningConfig(), firstDirtyOffset: nil)
            }
            #expect(files.injectedFaults == 1)
            #expect(!log.isOnline)
            try? log.close()
            files.reset()
            try files.simulateCrash()
            let reopened = try openLog(dir, config: compactedConfig(), fileIO: files, hadCleanShutdown: false)
            #expect(try records(reopened) == cleaned)
            #expect(try leftoverFiles(dir + "/topic-0").isEmpty)
        }
    }

    @Test("the cleaner checkpoint is written by runCleaner and survives a LogManager restart")
    func checkpointRoundTrip() throws {
        try withTemporaryDirectory { dir in
            let configFor: @Sendable (String) -> LogConfig = { topic in topic == "compacted" ? compactedConfig() : smallLogConfig() }
            var manager = try LogManager(dataDirectory: dir, fileIO: PosixFileIO(), nowMs: 1_000, configForTopic: configFor)
            let log = try manager.getOrCreateLog(topic: "compacted", partition: 0, topicId: nil, nowMs: 1_000)
            let plain = try manager.getOrCreateLog(topic: "plain", partition: 0, topicId: nil, nowMs: 1_000)
            try writeKeyedHistory(log)
            try writeKeyedHistory(plain)
            let before = try records(log)
            let activeBase = log.segmentBaseOffsets.last!

            let result = try manager.runCleaner(nowMs: 2_000, offsetMapMemory: 1 << 20) { _ in cleaningConfig() }
            #expect(result.failures.isEmpty)
            #expect(result.cleaned.keys.map(\.description) == ["compacted-0"])
            #expect(try manager.cleanerCheckpoints() == [LogManager.TopicPartition(topic: "compacted", partition: 0): activeBase])
            let text = try String(contentsOfFile: dir + "/" + CheckpointFileName.cleanerOffset, encoding: .utf8)
            #expect(text == "0\n1\ncompacted 0 \(activeBase)\n")
            #expect(try records(log) == expectedAfterCleaning(before, uncleanable: activeBase))

            // Nothing new: the next pass cleans nothing and keeps the checkpoint.
            #expect(try manager.runCleaner(nowMs: 3_000, offsetMapMemory: 1 << 20) { _ in cleaningConfig() }.cleaned.isEmpty)
            try manager.shutdown()

            manager = try LogManager(dataDirectory: dir, fileIO: PosixFileIO(), nowMs: 4_000, configForTopic: configFor)
            #expect(try manager.cleanerCheckpoints() == [LogManager.TopicPartition(topic: "compacted", partition: 0): activeBase])
            let log2 = try #require(manager.log(topic: "compacted", partition: 0))
            log2.updateHighWatermark(log2.logEndOffset)
            // New overwrites of every key: the next pass starts from the checkpoint.
            try writeKeyedHistory(log2, batches: 60)
            let result2 = try manager.runCleaner(nowMs: 5_000, offsetMapMemory: 1 << 20) { _ in cleaningConfig() }
            let outcome = try #require(result2.cleaned[LogManager.TopicPartition(topic: "compacted", partition: 0)])
            #expect(outcome.range.firstDirtyOffset == activeBase)
            #expect(try manager.cleanerCheckpoints()[LogManager.TopicPartition(topic: "compacted", partition: 0)] == log2.segmentBaseOffsets.last!)
            try manager.shutdown()
        }
    }
}
