/// What the cleaner needs to know about one segment to decide whether and how far to clean.
public struct SegmentSummary: Sendable, Hashable {
    public var baseOffset: Int64
    public var sizeInBytes: Int64
    /// Largest record timestamp in the segment (`LogSegment.largestTimestamp`), -1 if none.
    public var largestTimestamp: Int64
    /// `maxTimestamp` of the segment's first batch (Kafka's `getFirstBatchTimestamp`), for
    /// `max.compaction.lag.ms`; nil or <= 0 when unknown or empty.
    public var firstBatchTimestamp: Int64?
    public var isActive: Bool

    public init(baseOffset: Int64, sizeInBytes: Int64, largestTimestamp: Int64, firstBatchTimestamp: Int64? = nil, isActive: Bool = false) {
        self.baseOffset = baseOffset
        self.sizeInBytes = sizeInBytes
        self.largestTimestamp = largestTimestamp
        self.firstBatchTimestamp = firstBatchTimestamp
        self.isActive = isActive
    }
}

/// The cleaner's view of one log at `now` (Kafka's `LogCleanerManager.cleanableOffsets`,
/// `calculateCleanableBytes`, `maxCompactionDelay` and `LogToClean`).
///
/// The log is `[0 ..< firstDirtyOffset)` clean (already compacted), then dirty up to
/// `firstUncleanableOffset`, a segment base offset: nothing at or past it is cleaned. It is the
/// base of the segment holding the smallest of
/// - the active segment's base offset (the active segment is never cleaned),
/// - the last stable offset (`firstUnstableOffset`: open transactions are not cleaned past),
/// - with `min.compaction.lag.ms` > 0, the base of the first dirty segment whose largest timestamp
///   is newer than `now - min.compaction.lag.ms`.
public struct CleanableRange: Sendable, Hashable {
    /// Where this pass's dirty section starts: the cleaner checkpoint, or the log start offset when
    /// there is none or it lies outside the log.
    public let firstDirtyOffset: Int64
    /// Exclusive end of what may be cleaned; a segment base offset, never below `firstDirtyOffset`.
    public let firstUncleanableOffset: Int64
    /// The checkpoint was out of range and must be rewritten even if nothing is cleaned.
    public let forceUpdateCheckpoint: Bool
    /// Bytes of the segments before the dirty section.
    public let cleanBytes: Int64
    /// Bytes of the segments from the one holding `firstDirtyOffset` up to `firstUncleanableOffset`.
    public let cleanableBytes: Int64
    /// How long (ms) the oldest dirty segment has overstayed `max.compaction.lag.ms`; 0 if none has.
    public let maxCompactionDelayMs: Int64
    /// `min.cleanable.dirty.ratio` of the config used.
    public let minCleanableDirtyRatio: Double
    /// `cleanup.policy` includes `compact`; a delete-only log is never cleaned.
    public let compacts: Bool

    public var totalBytes: Int64 { self.cleanBytes + self.cleanableBytes }

    /// cleanable / (clean + cleanable); 0 for an empty log.
    public var dirtyRatio: Double {
        self.totalBytes == 0 ? 0 : Double(self.cleanableBytes) / Double(self.totalBytes)
    }

    /// `max.compaction.lag.ms` has been exceeded: clean whatever the ratio.
    public var needsCompactionNow: Bool { self.maxCompactionDelayMs > 0 }

    /// Kafka's test in `grabFilthiestCompactedLog`: a compacted log with some bytes to clean and
    /// either the lag was exceeded or the dirty ratio is strictly above the minimum.
    public var needsCleaning: Bool {
        guard self.compacts, self.totalBytes > 0 else { return false }
        return (self.needsCompactionNow && self.cleanableBytes > 0) || self.dirtyRatio > self.minCleanableDirtyRatio
    }

    /// - Parameters:
    ///   - segments: every segment of the log in offset order; the last one (or the one flagged)
    ///     is the active segment.
    ///   - checkpoint: the `cleaner-offset-checkpoint` entry, nil if the log has none.
    ///   - logStartOffset, logEndOffset: the log's bounds.
    ///   - firstUnstableOffset: the last stable offset when it is below the log end (first offset
    ///     of the oldest open transaction, or the high watermark); nil when everything is stable.
    public init(
        segments: [SegmentSummary],
        checkpoint: Int64?,
        logStartOffset: Int64,
        logEndOffset: Int64,
        firstUnstableOffset: Int64?,
        config: LogCleaningConfig,
        now: Int64
    ) {
        self.minCleanableDirtyRatio = config.minCleanableDirtyRatio
        self.compacts = config.cleanupPolicy.compacts
        let checkpointOffset = checkpoint ?? logStartOffset
        if checkpointOffset < logStartOffset || checkpointOffset > logEndOffset {
            self.firstDirtyOffset = logStartOffset
            self.forceUpdateCheckpoint = true
        } else {
            self.firstDirtyOffset = checkpointOffset
            self.forceUpdateCheckpoint = false
        }
        let firstDirty = self.firstDirtyOffset
        guard !segments.isEmpty else {
            self.firstUncleanableOffset = firstDirty
            self.cleanBytes = 0
            self.cleanableBytes = 0
            self.maxCompactionDelayMs = 0
            return
        }
        let activeIndex = segments.firstIndex(where: \.isActive) ?? segments.count - 1
        let activeBase = segments[activeIndex].baseOffset
        // Kafka's `nonActiveLogSegmentsFrom`.
        func nonActive(from offset: Int64) -> ArraySlice<SegmentSummary> {
            Self.segments(segments[..<activeIndex], from: offset, to: activeBase)
        }
        let dirtyNonActive = nonActive(from: firstDirty)

        var candidates: [Int64] = [activeBase, logEndOffset]
        if let firstUnstableOffset { candidates.append(firstUnstableOffset) }
        let minLag = max(config.minCompactionLagMs, 0)
        if minLag > 0, let young = dirtyNonActive.first(where: { $0.largestTimestamp > now - minLag }) {
            candidates.append(young.baseOffset)
        }
        let uncleanable = max(firstDirty, candidates.min()!)

        // Round down to a segment boundary: the segment holding `uncleanable` is not cleaned.
        let firstUncleanableSegment = nonActive(from: uncleanable).first ?? segments[activeIndex]
        let firstUncleanable = firstUncleanableSegment.baseOffset
        self.firstUncleanableOffset = max(firstDirty, firstUncleanable)
        self.cleanBytes = Self.segments(segments[...], from: Int64.min, to: firstDirty).reduce(0) { $0 + $1.sizeInBytes }
        self.cleanableBytes = Self.segments(segments[...], from: min(firstDirty, firstUncleanable), to: firstUncleanable)
            .reduce(0) { $0 + $1.sizeInBytes }

        let firstBatchTimestamps = dirtyNonActive.compactMap(\.firstBatchTimestamp).filter { $0 > 0 }
        let earliest = firstBatchTimestamps.min() ?? .max
        let maxLag = max(config.maxCompactionLagMs, 0)
        let (cleanUntil, overflow) = now.subtractingReportingOverflow(maxLag)
        self.maxCompactionDelayMs = !overflow && earliest < cleanUntil ? cleanUntil - earliest : 0
    }

    /// Segments overlapping `[from, to)`: from the one holding `from` (its floor) to the last one
    /// whose base offset is below `to`. Kafka's `logSegments(from, to)`.
    static func segments(_ segments: ArraySlice<SegmentSummary>, from: Int64, to: Int64 = .max) -> ArraySlice<SegmentSummary> {
        guard from < to else { return [] }
        let start = segments.lastIndex(where: { $0.baseOffset <= from }) ?? segments.startIndex
        let end = segments[start...].firstIndex(where: { $0.baseOffset >= to }) ?? segments.endIndex
        return segments[start..<max(start, end)]
    }
}
