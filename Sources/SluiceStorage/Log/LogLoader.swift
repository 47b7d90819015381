import NIOCore
import SluiceProtocol

/// Opens a partition directory's segments (Kafka's `LogLoader`):
/// 1. removes leftovers: `*.tmp` (unfinished atomic writes), `*.cleaned` (an interrupted
///    compaction's output, not yet swapped in), `*.deleted` (segments already dropped), and
///    `*.swap` files at or above the lowest `.cleaned` base offset (an unfinished split);
/// 2. completes interrupted swaps: a `<base>.log.swap` replaces every segment whose base offset
///    lies in its offset range, and is renamed to `<base>.log` (indexes rebuilt on open);
/// 3. removes index files without a `.log`, opens the segments in base-offset order;
/// 4. without a clean shutdown, recovers every segment from the one holding the recovery point,
///    validating records; after the first segment that had to be cut (or, unless compacted, that
///    ends before the next segment's base offset), the later segments are deleted: their data
///    cannot follow a hole. A torn or zero-filled tail is cut; an invalid batch (bad CRC or
///    framing) is cut only in the last segment: in a sealed segment it is corruption, and loading
///    throws `corruptSegment` (position, offset, what to do) without truncating or deleting
///    anything;
/// 5. deletes every segment when the log start offset lies past the log end (as Kafka does);
/// 6. makes sure there is a segment (an empty one at the log start offset) and activates the last.
struct LogLoader {
    let directory: String
    let config: LogConfig
    let fileIO: any FileIO
    let codecs: CompressionCodecs?
    let nowMs: Int64

    var removedFiles = 0
    var completedSwaps = 0
    var recoveredSegments = 0
    var recoveredBytes: Int64 = 0
    var truncatedBytes: Int64 = 0

    init(directory: String, config: LogConfig, fileIO: any FileIO, codecs: CompressionCodecs?, nowMs: Int64) {
        self.directory = directory
        self.config = config
        self.fileIO = fileIO
        self.codecs = codecs
        self.nowMs = nowMs
    }

    mutating func load(hadCleanShutdown: Bool, recoveryPoint: Int64, logStartOffset: Int64) throws -> (segments: [LogSegment], createdSegment: Bool) {
        var names = try self.fileIO.contentsOfDirectory(self.directory)
        // KAFKA-6264: a `.swap` at or above the lowest `.cleaned` base offset belongs to an
        // operation that had not finished producing its output; it is dropped, not completed.
        let minCleanedBase = names.filter { $0.hasSuffix(LogFileSuffix.cleaned) }.compactMap { LogSegment.baseOffset(fromFileName: $0) }.min()
        for name in names {
            let incompleteSwap = name.hasSuffix(LogFileSuffix.swap)
                && minCleanedBase.map { minimum in (LogSegment.baseOffset(fromFileName: name) ?? Int64.max) >= minimum } == true
            if name.hasSuffix(LogFileSuffix.temporary) || name.hasSuffix(LogFileSuffix.cleaned) || name.hasSuffix(LogFileSuffix.deleted) || incompleteSwap {
                try self.remove(name)
            }
        }
        names = try self.fileIO.contentsOfDirectory(self.directory)
        // Index swaps are rebuilt from their log; log swaps replace what they cover.
        for name in names where name.hasSuffix(".index" + LogFileSuffix.swap) || name.hasSuffix(".timeindex" + LogFileSuffix.swap) {
            try self.remove(name)
        }
        for name in names.sorted() where name.hasSuffix(".log" + LogFileSuffix.swap) {
            try self.completeSwap(name)
        }

        names = try self.fileIO.contentsOfDirectory(self.directory)
        let logBases = Set(names.filter { $0.hasSuffix(".log") }.compactMap { LogSegment.baseOffset(fromFileName: $0) })
        for name in names where name.hasSuffix(".index") || name.hasSuffix(".timeindex") {
            if let base = LogSegment.baseOffset(fromFileName: name), !logBases.contains(base) { try self.remove(name) }
        }

        var segments: [LogSegment] = []
        do {
            let lastBase = logBases.max()
            for base in logBases.sorted() {
                segments.append(
                    try LogSegment.open(
                        directory: self.directory, baseOffset: base, config: self.config.segmentConfig(jitter: true), fileIO: self.fileIO,
                        nowMs: self.nowMs, sealed: base != lastBase
                    )
                )
            }
            if !hadCleanShutdown {
                try self.recover(&segments, from: recoveryPoint)
            }
            // A log start offset past everything left (DeleteRecords or retention checkpointed
            // before a crash lost the tail): nothing is kept, the log restarts there.
            if let last = segments.last, logStartOffset > last.nextOffset {
                for segment in segments {
                    self.truncatedBytes += segment.sizeInBytes
                    try segment.delete()
                }
                segments = []
            }
            var created = false
            if segments.isEmpty {
                segments.append(try LogSegment.create(directory: self.directory, baseOffset: max(logStartOffset, 0), config: self.config.segmentConfig(jitter: true), fileIO: self.fileIO, nowMs: self.nowMs))
                created = true
            } else {
                try segments[segments.count - 1].activate()
            }
            return (segments, created)
        } catch {
            for segment in segments { try? segment.close() }
            throw error
        }
    }

    private mutating func remove(_ name: String) throws {
        try self.fileIO.removeFile(joinPath(self.directory, name))
        self.removedFiles += 1
    }

    /// Recovers the segments holding offsets at or after `recoveryPoint`; deletes every segment
    /// after the first one cut short.
    private mutating func recover(_ segments: inout [LogSegment], from recoveryPoint: Int64) throws {
        var index = 0
        while index < segments.count {
            let segment = segments[index]
            let next = index + 1 < segments.count ? segments[index + 1].baseOffset : Int64.max
            if next <= recoveryPoint {
                index += 1
                continue
            }
            let openTruncated = segment.recoveryOnOpen?.truncatedBytes ?? 0
            // A sealed segment's invalid batch is corruption, not a torn write: it throws and
            // leaves the files as they are (the partition stays offline).
            let result = try segment.recover(validating: .log, codecs: self.codecs, sealed: index + 1 < segments.count)
            self.recoveredSegments += 1
            self.recoveredBytes += result.validBytes
            self.truncatedBytes += result.truncatedBytes + openTruncated
            // Offsets stay dense: after a cut, or a segment ending before the next one starts
            // (its tail was lost while a later segment's file survived), nothing later can be
            // trusted. Compacted logs have legitimate gaps, so only cuts count there.
            let leavesGap = index + 1 < segments.count && !self.config.cleanupPolicy.compacts
                && segment.nextOffset != segments[index + 1].baseOffset
            if result.truncatedBytes > 0 || openTruncated > 0 || leavesGap {
                for later in segments[(index + 1)...] {
                    self.truncatedBytes += later.sizeInBytes
                    try later.delete()
                }
                segments.removeSubrange((index + 1)...)
                return
            }
            index += 1
        }
    }

    /// Completes the swap of `<base>.log.swap`: deletes the segments it replaces (base offsets
    /// in `base ..< its next offset`), then renames it into place.
    private mutating func completeSwap(_ name: String) throws {
        let swapPath = joinPath(self.directory, name)
        guard let base = LogSegment.baseOffset(fromFileName: name) else {
            try self.remove(name)
            return
        }
        let nextOffset = try self.nextOffset(ofLogFile: swapPath) ?? base
        let names = try self.fileIO.contentsOfDirectory(self.directory)
        for other in names where !other.hasSuffix(LogFileSuffix.swap) {
            guard other.hasSuffix(".log") || other.hasSuffix(".index") || other.hasSuffix(".timeindex"),
                let otherBase = LogSegment.baseOffset(fromFileName: other),
                otherBase >= base && (otherBase < nextOffset || otherBase == base)
            else { continue }
            try self.remove(other)
        }
        try self.fileIO.rename(swapPath, to: joinPath(self.directory, LogSegment.logFileName(baseOffset: base)))
        self.completedSwaps += 1
    }

    /// The offset after the last whole batch in a `.log` file (nil when it holds none).
    private func nextOffset(ofLogFile path: String) throws -> Int64? {
        let file = try self.fileIO.open(path, mode: .readOnly)
        defer { try? file.close() }
        let size = try file.size()
        var position: Int64 = 0
        var next: Int64?
        while position + Int64(RecordBatchHeader.size) <= size {
            var buffer = ByteBuffer()
            try file.read(into: &buffer, at: position, count: RecordBatchHeader.size)
            guard let header = RecordBatchHeader(buffer, at: buffer.readerIndex), header.batchLength >= RecordBatchHeader.minimumBatchLength,
                position + Int64(header.totalSize) <= size
            else { break }
            next = header.nextOffset
            position += Int64(header.totalSize)
        }
        return next
    }
}
