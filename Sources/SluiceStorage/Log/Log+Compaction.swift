import NIOCore
import SluiceCompression
import SluiceProtocol

/// What one `Log.clean` pass did.
public struct CleaningOutcome: Sendable, Hashable {
    /// The range the pass was computed from.
    public var range: CleanableRange
    /// The new `cleaner-offset-checkpoint` value for this log.
    public var nextDirtyOffset: Int64
    /// Segments replaced by cleaned ones (neighbours may have been merged into one).
    public var replacedSegments: Int
    public var bytesBefore: Int64
    public var bytesAfter: Int64
    public var stats: CleanerStats
    /// A replaced segment changed under the pass (retention deleted it, truncation cut it, it is
    /// active again): nothing was swapped and
    /// the `.cleaned` files were removed. `nextDirtyOffset` is then the old first dirty offset.
    public var aborted: Bool
}

/// The steps of a compaction swap, in order (Kafka's `Cleaner.cleanSegments` and
/// `LocalLog.replaceSegments`). A crash after any of them leaves a directory `LogLoader` turns
/// into either the old segments or the cleaned ones:
/// - up to `renamedToSwap` partly done, `.cleaned` files are removed (a `.log.swap` with a
///   `.cleaned` index at or below it counts as unfinished, KAFKA-6264): the old segments stay;
/// - from `renamedToSwap` on, a `.log.swap` replaces the segments it covers.
enum CompactionStep: Int, Sendable, CaseIterable {
    /// Every cleaned segment is written as `<base>.{log,index,timeindex}.cleaned` and fsynced.
    case cleanedWritten = 1
    /// Under the log's locks, the replaced segments checked: all three files of every cleaned
    /// segment renamed `.cleaned` -> `.swap`; directory fsynced.
    case renamedToSwap
    /// The segment list holds the cleaned segments and the old ones are renamed `.deleted`
    /// (removed now or after `file.delete.delay.ms`).
    case replacedOldSegments
    /// The cleaned segments renamed `.swap` -> no suffix (the directory not yet fsynced).
    case renamedIntoPlace
}

/// Thrown by the test hook that stops a swap after a step, as a crash would.
struct CompactionStoppedForTesting: Error {}

extension Log {
    /// The cleaner's view of this log now (Kafka's `cleanableOffsets`): `checkpoint` is the
    /// `cleaner-offset-checkpoint` entry. The first uncleanable offset is bounded by the active
    /// segment and by the high watermark (the LSO: without transactions there is no
    /// `firstUnstableOffset` of its own). `cleanup.policy` is this log's, whatever `cleaningConfig` says.
    public func cleanableRange(nowMs: Int64, cleaningConfig: LogCleaningConfig, firstDirtyOffset checkpoint: Int64?) throws -> CleanableRange {
        try self.withCompactionAccess(excludingFlush: false) { access in
            try Self.cleanableRange(access, nowMs: nowMs, cleaningConfig: cleaningConfig, checkpoint: checkpoint)
        }
    }

    private static func cleanableRange(_ access: CompactionAccess, nowMs: Int64, cleaningConfig: LogCleaningConfig, checkpoint: Int64?) throws -> CleanableRange {
        let segments = access.segments
        var summaries: [SegmentSummary] = []
        for (index, segment) in segments.enumerated() {
            summaries.append(
                SegmentSummary(
                    baseOffset: segment.baseOffset, sizeInBytes: segment.sizeInBytes, largestTimestamp: segment.maxTimestampSoFar,
                    firstBatchTimestamp: segment.rollingBasedTimestamp, isActive: index == segments.count - 1
                )
            )
        }
        let logEnd = segments[segments.count - 1].nextOffset
        var config = cleaningConfig
        config.cleanupPolicy = access.config.cleanupPolicy
        return CleanableRange(
            segments: summaries, checkpoint: checkpoint, logStartOffset: access.logStartOffset, logEndOffset: logEnd,
            firstUnstableOffset: access.highWatermark < logEnd ? access.highWatermark : nil, config: config, now: nowMs
        )
    }

    /// One compaction pass (Kafka's `Cleaner.doClean` with `LocalLog.replaceSegments`). Returns nil
    /// when the log does not compact or nothing lies below the first uncleanable offset; the
    /// caller decides with `cleanableRange(...).needsCleaning` whether a pass is worth it.
    ///
    /// 1. Under the main lock: the range, the segments below its first uncleanable offset, and a
    ///    read-only descriptor of each one's `.log` (so retention may delete them meanwhile).
    /// 2. Without the log's locks (appends, reads and flushes go on): read and validate the
    ///    segments (`.log` options), run `LogCleaner.cleanLog`, write each cleaned segment as
    ///    `<base>.*.cleaned` (indexes rebuilt by the appends) and fsync it.
    /// 3. Under `flushLock` and the main lock: if the segment list still holds the replaced
    ///    segments (not as the active one), rename the cleaned files `.swap` and fsync the
    ///    directory, put the cleaned segments in place of the old ones, rename the old ones
    ///    `.deleted` (removed after `file.delete.delay.ms`, as retention does), rename `.swap` ->
    ///    no suffix and fsync the directory; if the list changed, remove the cleaned files and
    ///    report `aborted`. Readers see either list, never a mix; slices of old segments stay
    ///    readable as after retention.
    ///
    /// A disk failure up to the `.swap` renames removes the cleaned files and is thrown without
    /// taking the log offline (the log itself is untouched); a later one takes the log offline,
    /// and `LogLoader` finishes the swap on reopen.
    ///
    /// Neighbouring cleaned segments are merged into one (`mergeGroups`, Kafka's
    /// `groupSegmentsBySize`) with the first one's base offset.
    ///
    /// - Parameter firstDirtyOffset: the `cleaner-offset-checkpoint` entry (nil: log start).
    public func clean(
        nowMs: Int64,
        cleaningConfig: LogCleaningConfig,
        firstDirtyOffset: Int64?,
        offsetMapMemory: Int = OffsetMap.defaultMemoryBudget
    ) throws -> CleaningOutcome? {
        try self.clean(nowMs: nowMs, cleaningConfig: cleaningConfig, firstDirtyOffset: firstDirtyOffset, offsetMapMemory: offsetMapMemory, stoppingAfter: nil)
    }

    /// `clean` with test hooks: with `stoppingAfter`, the pass stops right after that step and
    /// throws `CompactionStoppedForTesting`, leaving the files as a crash there would;
    /// `beforeSwap` runs without the log's locks just before the swap takes them.
    func clean(
        nowMs: Int64,
        cleaningConfig: LogCleaningConfig,
        firstDirtyOffset checkpoint: Int64?,
        offsetMapMemory: Int = OffsetMap.defaultMemoryBudget,
        stoppingAfter stop: CompactionStep?,
        beforeSwap: (() throws -> Void)? = nil
    ) throws -> CleaningOutcome? {
        // 1. Snapshot.
        typealias Snapshot = (
            range: CleanableRange, segments: [LogSegment], sizes: [Int64], nextOffsets: [Int64], files: [any StorageFile], config: LogConfig,
            activeProducers: [Int64: ProducerLastRecord]
        )
        let snapshot: Snapshot? = try self.withCompactionAccess(excludingFlush: false) { access in
            let range = try Self.cleanableRange(access, nowMs: nowMs, cleaningConfig: cleaningConfig, checkpoint: checkpoint)
            guard range.compacts else { return nil }
            let toRead = access.segments.dropLast().filter { $0.baseOffset < range.firstUncleanableOffset }
            guard !toRead.isEmpty else { return nil }
            var files: [any StorageFile] = []
            do {
                for segment in toRead {
                    files.append(try self.fileIO.open(segment.logPath, mode: .readOnly))
                }
            } catch {
                for file in files { try? file.close() }
                throw error
            }
            return (
                range, Array(toRead), toRead.map(\.sizeInBytes), toRead.map(\.nextOffset), files, access.config, access.activeProducers
            )
        }
        guard let snapshot else { return nil }
        let range = snapshot.range

        // 2. Read, clean, write `.cleaned`.
        var written: [LogSegment] = []
        var groups: [[Int]] = []
        var lastHeaders: [RecordBatchHeader?] = []
        let result: CleaningResult
        do {
            defer { for file in snapshot.files { try? file.close() } }
            var input: [CleanerSegment] = []
            for (index, segment) in snapshot.segments.enumerated() {
                input.append(CleanerSegment(baseOffset: segment.baseOffset, batches: try self.readBatches(snapshot.files[index], size: snapshot.sizes[index])))
                lastHeaders.append(input[index].batches.last?.header)
            }
            let cleaner = LogCleaner(config: cleaningConfig, codecs: self.codecs ?? Compression.codecs)
            do {
                result = try cleaner.cleanLog(
                    segments: input, firstDirtyOffset: range.firstDirtyOffset, firstUncleanableOffset: range.firstUncleanableOffset,
                    activeProducers: snapshot.activeProducers, offsetMapMemory: offsetMapMemory, now: nowMs
                )
            } catch {
                throw StorageError.corruptSegment(path: self.directory, "compaction failed: \(error)")
            }
            groups = Self.mergeGroups(result.segments, config: snapshot.config)
            for group in groups {
                let segment = try LogSegment.create(
                    directory: self.directory, baseOffset: result.segments[group[0]].baseOffset,
                    config: snapshot.config.segmentConfig(jitter: false), fileIO: self.fileIO, nowMs: nowMs, fileSuffix: LogFileSuffix.cleaned
                )
                written.append(segment)
                var records = ByteBuffer()
                records.reserveCapacity(group.reduce(0) { $0 + result.segments[$1].sizeInBytes })
                for member in group {
                    for batch in result.segments[member].batches {
                        var bytes = batch.buffer
                        records.writeBuffer(&bytes)
                    }
                }
                if records.readableBytes > 0 { try segment.append(records: records) }
                try segment.seal()
                try segment.flush()
            }
            if stop == .cleanedWritten { throw CompactionStoppedForTesting() }
        } catch let error as CompactionStoppedForTesting {
            throw error
        } catch {
            for segment in written { try? segment.delete() }
            throw error
        }

        // Each written segment replaces the old segments of its group (same base offsets).
        var replaced: [[LogSegment]] = []
        var unchanged: [(segment: LogSegment, size: Int64, nextOffset: Int64, lastHeader: RecordBatchHeader?)] = []
        var bytesBefore: Int64 = 0
        for group in groups {
            var olds: [LogSegment] = []
            for member in group {
                guard let index = snapshot.segments.firstIndex(where: { $0.baseOffset == result.segments[member].baseOffset }) else {
                    for segment in written { try? segment.delete() }
                    throw StorageError.invalidAppend(
                        path: self.directory, "the cleaner returned a segment at \(result.segments[member].baseOffset), which it was not given"
                    )
                }
                olds.append(snapshot.segments[index])
                unchanged.append((snapshot.segments[index], snapshot.sizes[index], snapshot.nextOffsets[index], lastHeaders[index]))
                bytesBefore += snapshot.sizes[index]
            }
            replaced.append(olds)
        }
        var outcome = CleaningOutcome(
            range: range, nextDirtyOffset: result.nextDirtyOffset, replacedSegments: replaced.reduce(0) { $0 + $1.count },
            bytesBefore: bytesBefore, bytesAfter: written.reduce(0) { $0 + $1.sizeInBytes },
            stats: result.stats, aborted: false
        )
        guard !written.isEmpty else { return outcome }

        // 3. Swap under the locks (Kafka's `replaceSegments`). `.cleaned` -> `.swap` happens here,
        // after the check, so a pass abandoned because retention removed a segment never leaves a
        // `.swap` the loader would complete.
        enum Swap { case swapped, segmentsChanged, failedBeforeSwap(Error) }
        // Set once the `.swap` names exist: from then on the files belong to the loader.
        var swapStarted = false
        let swap: Swap
        do {
            try beforeSwap?()
            swap = try self.withCompactionAccess(excludingFlush: true) { access -> Swap in
            var segments = access.segments
            // Where each group's old segments are: still there, contiguous, none of them active.
            var positions: [Int] = []
            for olds in replaced {
                guard let first = segments.firstIndex(where: { $0 === olds[0] }), first + olds.count < segments.count,
                    zip(segments[first...], olds).allSatisfy({ $0 === $1 })
                else { return .segmentsChanged }
                positions.append(first)
            }
            // A follower's truncation may have cut a replaced segment, made it active and rolled
            // past it again: same object, other bytes. Kafka pauses cleaning around truncation;
            // here the segment must still end where it did, with the same last batch.
            for old in unchanged {
                guard old.segment.sizeInBytes == old.size, old.segment.nextOffset == old.nextOffset else { return .segmentsChanged }
                if let header = old.lastHeader {
                    var buffer = ByteBuffer()
                    let read = try old.segment.file.read(into: &buffer, at: old.size - Int64(header.totalSize), count: RecordBatchHeader.size)
                    guard read == RecordBatchHeader.size, RecordBatchHeader(buffer, at: buffer.readerIndex) == header else { return .segmentsChanged }
                }
            }
            do {
                for segment in written {
                    try segment.changeFileSuffixes(from: LogFileSuffix.cleaned, to: LogFileSuffix.swap)
                }
                // The `.swap` names are durable before any old segment is renamed.
                try self.fileIO.syncDirectory(self.directory)
            } catch {
                // Nothing of the log changed yet: it stays online; the loader drops a partial rename.
                return .failedBeforeSwap(error)
            }
            swapStarted = true
            if stop == .renamedToSwap { throw CompactionStoppedForTesting() }
            for index in written.indices.reversed() {
                segments.replaceSubrange(positions[index]..<(positions[index] + replaced[index].count), with: [written[index]])
            }
            access.segments = segments
            try access.scheduleDeletion(replaced.flatMap { $0 }, nowMs: nowMs)
            if stop == .replacedOldSegments { throw CompactionStoppedForTesting() }
            for segment in written {
                try segment.changeFileSuffixes(from: LogFileSuffix.swap, to: "")
            }
            if stop == .renamedIntoPlace { throw CompactionStoppedForTesting() }
            try self.fileIO.syncDirectory(self.directory)
            return .swapped
            }
        } catch {
            // The log was closed or offline, or nothing was renamed yet: the cleaned files are ours.
            if !swapStarted { for segment in written { try? segment.delete() } }
            throw error
        }
        switch swap {
        case .swapped:
            return outcome
        case .segmentsChanged:
            for segment in written { try? segment.delete() }
            outcome.aborted = true
            outcome.nextDirtyOffset = range.firstDirtyOffset
            outcome.replacedSegments = 0
            outcome.bytesAfter = outcome.bytesBefore
            return outcome
        case .failedBeforeSwap(let error):
            for segment in written { try? segment.delete() }
            throw error
        }
    }

    /// Groups consecutive cleaned segments into the segments to write (Kafka's
    /// `groupSegmentsBySize`): a group's bytes stay within `segment.bytes`, its index entries
    /// within `segment.index.bytes`, its offsets within `maxRelativeOffset` of its base.
    ///
    /// A group ends with a cleaned segment that kept batches (or is a lone segment): on a crash
    /// after `.swap`, `LogLoader` replaces the old segments whose base offsets lie in
    /// `[swap base, swap next offset)` (or equal its base), so old segments after the group's
    /// last batch would survive next to it. Empty segments therefore join the following group,
    /// and trailing ones are replaced one for one.
    static func mergeGroups(_ cleaned: [CleanedSegment], config: LogConfig) -> [[Int]] {
        let maxEntries = max(1, config.segmentIndexBytes / 12)
        func fits(_ members: [Int]) -> Bool {
            let bytes = members.reduce(0) { $0 + cleaned[$1].sizeInBytes }
            let batches = members.reduce(0) { $0 + cleaned[$1].batches.count }
            let entries = config.indexIntervalBytes > 0 ? bytes / config.indexIntervalBytes + 1 : batches
            let base = cleaned[members[0]].baseOffset
            let last = members.compactMap { cleaned[$0].batches.last?.header.lastOffset }.last ?? base
            return bytes <= config.segmentBytes && entries <= maxEntries && last - base <= LogSegment.maxRelativeOffset
        }
        func isEmpty(_ member: Int) -> Bool { cleaned[member].batches.isEmpty }
        var groups: [[Int]] = []
        var current: [Int] = []
        for index in cleaned.indices {
            if current.isEmpty || fits(current + [index]) {
                current.append(index)
                continue
            }
            if let lastKept = current.lastIndex(where: { !isEmpty($0) }) {
                groups.append(Array(current[...lastKept]))
                let carried = Array(current[(lastKept + 1)...])
                if fits(carried + [index]) {
                    current = carried + [index]
                    continue
                }
                groups.append(contentsOf: carried.map { [$0] })
            } else {
                groups.append(contentsOf: current.map { [$0] })
            }
            current = [index]
        }
        if let lastKept = current.lastIndex(where: { !isEmpty($0) }) {
            groups.append(Array(current[...lastKept]))
            groups.append(contentsOf: current[(lastKept + 1)...].map { [$0] })
        } else {
            groups.append(contentsOf: current.map { [$0] })
        }
        return groups
    }

    /// The batches of a sealed segment's `.log`, read whole and validated as stored data.
    private func readBatches(_ file: any StorageFile, size: Int64) throws -> [RecordBatch] {
        var buffer = ByteBuffer()
        let count = Int(size)
        let read = try file.read(into: &buffer, at: 0, count: count)
        guard read == count else {
            throw StorageError.corruptSegment(path: file.path, "read \(read) of \(count) bytes while cleaning")
        }
        var reader = RecordBatchReader(buffer, options: .log, codecs: self.codecs ?? Compression.codecs)
        var batches: [RecordBatch] = []
        do {
            while let batch = try reader.next() { batches.append(batch) }
        } catch {
            throw StorageError.corruptSegment(path: file.path, "invalid batch while cleaning: \(error)")
        }
        return batches
    }
}
