import Testing

@testable import SluiceStorage

@Suite struct CleanerCleanableRangeTests {
    /// Four segments of 100 bytes at 0, 10, 20, 30; the last (30) is active unless told.
    static func segments(largest: [Int64] = [1_000, 2_000, 3_000, 4_000], firstBatch: [Int64?] = [nil, nil, nil, nil]) -> [SegmentSummary] {
        (0..<4).map { index in
            SegmentSummary(
                baseOffset: Int64(index * 10),
                sizeInBytes: 100,
                largestTimestamp: largest[index],
                firstBatchTimestamp: firstBatch[index],
                isActive: index == 3
            )
        }
    }

    static let compact = LogCleaningConfig(cleanupPolicy: .compact)

    static func range(
        _ segments: [SegmentSummary] = segments(),
        checkpoint: Int64? = nil,
        logStartOffset: Int64 = 0,
        firstUnstableOffset: Int64? = nil,
        config: LogCleaningConfig = compact,
        now: Int64 = 10_000
    ) -> CleanableRange {
        CleanableRange(
            segments: segments,
            checkpoint: checkpoint,
            logStartOffset: logStartOffset,
            logEndOffset: 35,
            firstUnstableOffset: firstUnstableOffset,
            config: config,
            now: now
        )
    }

    @Test func activeSegmentIsNeverCleaned() {
        let range = Self.range()
        #expect(range.firstDirtyOffset == 0)
        #expect(range.firstUncleanableOffset == 30)
        #expect(range.cleanBytes == 0)
        #expect(range.cleanableBytes == 300)
        #expect(range.dirtyRatio == 1)
        #expect(range.needsCleaning)
        #expect(!range.forceUpdateCheckpoint)
    }

    @Test func onlyCompactedLogsAreCleaned() {
        #expect(!Self.range(config: LogCleaningConfig(cleanupPolicy: .delete)).needsCleaning)
        #expect(Self.range(config: LogCleaningConfig(cleanupPolicy: .compactAndDelete)).needsCleaning)
    }

    @Test func dirtyRatioAgainstMinCleanableDirtyRatio() {
        let range = Self.range(checkpoint: 20)
        #expect(range.firstDirtyOffset == 20)
        #expect(range.cleanBytes == 200)
        #expect(range.cleanableBytes == 100)
        #expect(abs(range.dirtyRatio - 1.0 / 3.0) < 1e-9)
        #expect(!range.needsCleaning)
        var config = Self.compact
        config.minCleanableDirtyRatio = 0.3
        #expect(Self.range(checkpoint: 20, config: config).needsCleaning)
    }

    @Test func ratioMustExceedTheMinimumStrictly() {
        // 100 bytes clean, 100 dirty, then the active segment: a ratio of exactly 0.5.
        let segments = [
            SegmentSummary(baseOffset: 0, sizeInBytes: 100, largestTimestamp: 1),
            SegmentSummary(baseOffset: 10, sizeInBytes: 100, largestTimestamp: 1),
            SegmentSummary(baseOffset: 20, sizeInBytes: 100, largestTimestamp: 1, isActive: true),
        ]
        let range = Self.range(segments, checkpoint: 10)
        #expect(range.dirtyRatio == 0.5)
        #expect(!range.needsCleaning)
        var config = Self.compact
        config.minCleanableDirtyRatio = 0.49
        #expect(Self.range(segments, checkpoint: 10, config: config).needsCleaning)
    }

    @Test(arguments: [(Int64(15), Int64(10)), (10, 10), (25, 20), (31, 30), (3, 0)])
    func firstUnstableOffsetRoundsDownToItsSegment(unstable: Int64, uncleanable: Int64) {
        let range = Self.range(firstUnstableOffset: unstable)
        #expect(range.firstUncleanableOffset == uncleanable)
        #expect(range.cleanableBytes == uncleanable * 10)
    }

    @Test func unstableOffsetBelowTheCheckpointLeavesNothingToClean() {
        let range = Self.range(checkpoint: 20, firstUnstableOffset: 5)
        #expect(range.firstUncleanableOffset == 20)
        #expect(range.cleanableBytes == 0)
        #expect(!range.needsCleaning)
    }

    @Test func minCompactionLagHoldsBackYoungSegments() {
        var config = Self.compact
        config.minCompactionLagMs = 1_000
        // Segment 10 holds a record from 9_500, within the lag at now = 10_000.
        let range = Self.range(Self.segments(largest: [8_000, 9_500, 8_000, 9_999]), config: config)
        #expect(range.firstUncleanableOffset == 10)
        #expect(range.cleanableBytes == 100)
        // At exactly now - lag a segment is old enough (Kafka: largestTimestamp > now - lag is young).
        let exact = Self.range(Self.segments(largest: [8_000, 9_000, 8_000, 9_999]), config: config)
        #expect(exact.firstUncleanableOffset == 30)
        // Without the lag everything but the active segment is cleanable.
        #expect(Self.range(Self.segments(largest: [8_000, 9_500, 8_000, 9_999])).firstUncleanableOffset == 30)
    }

    @Test func maxCompactionLagForcesCleaningBelowTheRatio() {
        var config = Self.compact
        config.maxCompactionLagMs = 1_000
        let segments = Self.segments(firstBatch: [100, 200, 5_000, 9_999])
        let range = Self.range(segments, checkpoint: 20, config: config)
        #expect(range.dirtyRatio < 0.5)
        // The dirty segment's first batch (5_000) is 4_000 ms past now - lag (9_000).
        #expect(range.maxCompactionDelayMs == 4_000)
        #expect(range.needsCompactionNow && range.needsCleaning)
        // The active segment's timestamp does not count, and a young dirty segment is no reason.
        let young = Self.range(Self.segments(firstBatch: [100, 200, 9_500, 1]), checkpoint: 20, config: config)
        #expect(young.maxCompactionDelayMs == 0)
        #expect(!young.needsCleaning)
        // Default max.compaction.lag.ms never forces anything.
        #expect(Self.range(segments, checkpoint: 20).maxCompactionDelayMs == 0)
    }

    @Test(arguments: [Int64(-1), 36, 100])
    func checkpointOutsideTheLogRestartsAtLogStart(checkpoint: Int64) {
        let range = Self.range(checkpoint: checkpoint, logStartOffset: 0)
        #expect(range.firstDirtyOffset == 0)
        #expect(range.forceUpdateCheckpoint)
    }

    @Test func checkpointBelowLogStartMovesUp() {
        let range = Self.range(checkpoint: 5, logStartOffset: 12)
        #expect(range.firstDirtyOffset == 12)
        #expect(range.forceUpdateCheckpoint)
        // The segment holding 12 counts as both clean and cleanable, as in Kafka.
        #expect(range.cleanBytes == 200)
        #expect(range.cleanableBytes == 200)
    }

    @Test func onlyAnActiveSegmentNeedsNoCleaning() {
        let range = Self.range([SegmentSummary(baseOffset: 0, sizeInBytes: 500, largestTimestamp: 1, isActive: true)])
        #expect(range.firstUncleanableOffset == 0)
        #expect(range.cleanableBytes == 0)
        #expect(!range.needsCleaning)
        #expect(!Self.range([]).needsCleaning)
    }
}
