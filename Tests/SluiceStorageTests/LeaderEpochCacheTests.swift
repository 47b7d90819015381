#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SluiceProtocol
import Testing

@testable import SluiceStorage

private func entries(_ pairs: [(Int32, Int64)]) -> [EpochEntry] {
    pairs.map { EpochEntry(epoch: $0.0, startOffset: $0.1) }
}

private func cache(_ pairs: [(Int32, Int64)] = []) throws -> (LeaderEpochCache, InMemoryLeaderEpochCheckpoint) {
    let checkpoint = InMemoryLeaderEpochCheckpoint(entries(pairs))
    return (try LeaderEpochCache(checkpoint: checkpoint), checkpoint)
}

private struct WriteError: Error {}

@Suite("LeaderEpochCache")
struct LeaderEpochCacheTests {
    // MARK: assign

    @Test("assign appends new epochs and persists each change")
    func assignAppends() throws {
        let (cache, checkpoint) = try cache()
        #expect(cache.latestEpoch == nil)
        #expect(try cache.assign(epoch: 2, startOffset: 6))
        #expect(try cache.assign(epoch: 3, startOffset: 8))
        #expect(cache.epochEntries == entries([(2, 6), (3, 8)]))
        #expect(cache.latestEpoch == 3)
        #expect(cache.previousEpoch == 2)
        #expect(checkpoint.entries == cache.epochEntries)
        #expect(checkpoint.writeCount == 2)
    }

    @Test("the same epoch at the same or a later offset changes nothing and writes nothing")
    func assignSameEpochLaterOffsetIgnored() throws {
        let (cache, checkpoint) = try cache()
        try cache.assign(epoch: 2, startOffset: 6)
        #expect(try cache.assign(epoch: 2, startOffset: 6) == false)
        #expect(try cache.assign(epoch: 2, startOffset: 7) == false)
        #expect(cache.epochEntries == entries([(2, 6)]))
        #expect(checkpoint.writeCount == 1)
    }

    @Test("the same epoch at an earlier offset replaces the latest entry")
    func assignSameEpochEarlierOffsetReplaces() throws {
        let (cache, _) = try cache([(1, 0), (2, 6)])
        #expect(try cache.assign(epoch: 2, startOffset: 5))
        #expect(cache.epochEntries == entries([(1, 0), (2, 5)]))
    }

    @Test("a smaller epoch is not ignored: it replaces every later epoch (Kafka's monotonic epochs)")
    func assignSmallerEpochTruncatesLaterEpochs() throws {
        let (cache, _) = try cache([(0, 0), (2, 6), (3, 8)])
        #expect(try cache.assign(epoch: 1, startOffset: 10))
        #expect(cache.epochEntries == entries([(0, 0), (1, 10)]))
    }

    @Test("a larger epoch at a smaller offset removes the entries starting at or after it")
    func assignSmallerOffsetTruncatesLaterOffsets() throws {
        let (cache, _) = try cache([(0, 0), (2, 6), (3, 8)])
        #expect(try cache.assign(epoch: 4, startOffset: 6))
        #expect(cache.epochEntries == entries([(0, 0), (4, 6)]))
    }

    @Test("an earlier, non-latest epoch at a new offset keeps only the entries before it")
    func assignMiddleEpoch() throws {
        let (cache, _) = try cache([(0, 0), (1, 5), (2, 10)])
        #expect(try cache.assign(epoch: 1, startOffset: 7))
        #expect(cache.epochEntries == entries([(0, 0), (1, 7)]))
    }

    @Test("negative epochs and offsets are rejected without a write")
    func assignInvalid() throws {
        let (cache, checkpoint) = try cache()
        #expect(throws: LeaderEpochError.invalidEntry(epoch: -1, startOffset: 0)) { try cache.assign(epoch: -1, startOffset: 0) }
        do {
            try cache.assign(epoch: 0, startOffset: -5)
            Issue.record("expected an error")
        } catch let error as LeaderEpochError {
            #expect(error.isInvalidEntry)
            #expect(error.errorCode == .unknownServerError)
        }
        #expect(cache.isEmpty)
        #expect(checkpoint.writeCount == 0)
    }

    @Test("a failed checkpoint write leaves the cache unchanged")
    func failedWriteLeavesCacheUnchanged() throws {
        let (cache, checkpoint) = try cache([(1, 0)])
        checkpoint.failNextWrite(with: WriteError())
        #expect(throws: WriteError.self) { try cache.assign(epoch: 2, startOffset: 5) }
        #expect(cache.epochEntries == entries([(1, 0)]))
        #expect(checkpoint.entries == entries([(1, 0)]))
        #expect(try cache.assign(epoch: 2, startOffset: 5))
        #expect(checkpoint.entries == entries([(1, 0), (2, 5)]))
    }

    @Test("assigning a list applies the rules in order with one write")
    func assignList() throws {
        let (cache, checkpoint) = try cache()
        try cache.assign(entries([(0, 0), (1, 5), (1, 9), (3, 7)]))
        #expect(cache.epochEntries == entries([(0, 0), (1, 5), (3, 7)]))
        #expect(checkpoint.writeCount == 1)
    }

    // MARK: endOffset (OffsetForLeaderEpoch)

    @Test("endOffset: every branch of Kafka's endOffsetFor")
    func endOffsetBranches() throws {
        let (cache, _) = try cache([(2, 6), (4, 10), (5, 15)])
        // UNDEFINED_EPOCH.
        #expect(cache.endOffset(for: -1, logEndOffset: 20) == LeaderEpochEndOffset(leaderEpoch: -1, endOffset: -1))
        // The latest epoch ends at the log end offset.
        #expect(cache.endOffset(for: 5, logEndOffset: 20) == LeaderEpochEndOffset(leaderEpoch: 5, endOffset: 20))
        // A known, older epoch ends where the next one starts.
        #expect(cache.endOffset(for: 4, logEndOffset: 20) == LeaderEpochEndOffset(leaderEpoch: 4, endOffset: 15))
        #expect(cache.endOffset(for: 2, logEndOffset: 20) == LeaderEpochEndOffset(leaderEpoch: 2, endOffset: 10))
        // An unknown epoch between known ones: the largest epoch below it, ending at the next start.
        #expect(cache.endOffset(for: 3, logEndOffset: 20) == LeaderEpochEndOffset(leaderEpoch: 2, endOffset: 10))
        // Older than every known epoch: the requested epoch, ending at the first start offset.
        #expect(cache.endOffset(for: 1, logEndOffset: 20) == LeaderEpochEndOffset(leaderEpoch: 1, endOffset: 6))
        #expect(cache.endOffset(for: 0, logEndOffset: 20) == LeaderEpochEndOffset(leaderEpoch: 0, endOffset: 6))
        // Newer than the latest epoch.
        #expect(cache.endOffset(for: 6, logEndOffset: 20) == .undefined)
    }

    @Test("endOffset on an empty cache is undefined for every epoch")
    func endOffsetEmptyCache() throws {
        let (cache, _) = try cache()
        #expect(cache.endOffset(for: 0, logEndOffset: 0) == .undefined)
        #expect(cache.endOffset(for: 7, logEndOffset: 100) == .undefined)
        #expect(cache.endOffset(for: -1, logEndOffset: 100) == .undefined)
    }

    // MARK: truncation

    @Test("truncateFromEnd removes entries starting at or after the new end")
    func truncateFromEnd() throws {
        let (cache, checkpoint) = try cache([(2, 6), (3, 8), (4, 11)])
        try cache.truncateFromEnd(endOffset: 12)
        try cache.truncateFromEnd(endOffset: -1)
        #expect(cache.epochEntries == entries([(2, 6), (3, 8), (4, 11)]))
        #expect(checkpoint.writeCount == 0, "nothing removed: no write")

        try cache.truncateFromEnd(endOffset: 11)
        #expect(cache.epochEntries == entries([(2, 6), (3, 8)]))
        try cache.truncateFromEnd(endOffset: 9)
        #expect(cache.epochEntries == entries([(2, 6), (3, 8)]), "epoch 3 still wrote offset 8")
        try cache.truncateFromEnd(endOffset: 7)
        #expect(cache.epochEntries == entries([(2, 6)]))
        #expect(checkpoint.entries == entries([(2, 6)]))
        try cache.truncateFromEnd(endOffset: 0)
        #expect(cache.isEmpty)
        #expect(checkpoint.entries.isEmpty)
    }

    @Test("truncateFromStart makes the new log start offset the first entry's start offset")
    func truncateFromStart() throws {
        let (cache, checkpoint) = try cache([(2, 6), (3, 8), (4, 11)])
        try cache.truncateFromStart(startOffset: 5)
        #expect(cache.epochEntries == entries([(2, 6), (3, 8), (4, 11)]))
        #expect(checkpoint.writeCount == 0)

        try cache.truncateFromStart(startOffset: 7)
        #expect(cache.epochEntries == entries([(2, 7), (3, 8), (4, 11)]))
        try cache.truncateFromStart(startOffset: 9)
        #expect(cache.epochEntries == entries([(3, 9), (4, 11)]))
        try cache.truncateFromStart(startOffset: 11)
        #expect(cache.epochEntries == entries([(4, 11)]), "an entry exactly at the start offset is kept")
        try cache.truncateFromStart(startOffset: 20)
        #expect(cache.epochEntries == entries([(4, 20)]))
        #expect(checkpoint.entries == entries([(4, 20)]))
    }

    @Test("epochEntries(startOffset:endOffset:) is a truncated copy")
    func entriesInRange() throws {
        let (cache, checkpoint) = try cache([(2, 6), (3, 8), (4, 11)])
        #expect(cache.epochEntries(startOffset: 7, endOffset: 11) == entries([(2, 7), (3, 8)]))
        #expect(cache.epochEntries(startOffset: -1, endOffset: 8) == entries([(2, 6)]))
        #expect(cache.epochEntries == entries([(2, 6), (3, 8), (4, 11)]))
        #expect(checkpoint.writeCount == 0)
    }

    @Test("epoch lookups by offset and neighbours")
    func lookups() throws {
        let (cache, _) = try cache([(2, 6), (3, 8), (5, 11)])
        #expect(cache.epoch(forOffset: 5) == nil)
        #expect(cache.epoch(forOffset: 6) == 2)
        #expect(cache.epoch(forOffset: 10) == 3)
        #expect(cache.epoch(forOffset: 1000) == 5)
        #expect(cache.previousEpoch(before: 5) == 3)
        #expect(cache.previousEpoch(before: 4) == 3)
        #expect(cache.previousEpoch(before: 2) == nil)
        #expect(cache.nextEpoch(after: 3) == 5)
        #expect(cache.nextEpoch(after: 5) == nil)
        #expect(cache.entry(for: 3) == EpochEntry(epoch: 3, startOffset: 8))
        #expect(cache.entry(for: 4) == nil)
        #expect(cache.earliestEntry == EpochEntry(epoch: 2, startOffset: 6))
        #expect(cache.latestEntry == EpochEntry(epoch: 5, startOffset: 11))
    }

    @Test("loading applies assign's rules to a non-monotonic checkpoint, without rewriting it")
    func loadRepairsNonMonotonicCheckpoint() throws {
        let (cache, checkpoint) = try cache([(1, 0), (3, 10), (2, 12), (4, 11)])
        #expect(cache.epochEntries == entries([(1, 0), (4, 11)]))
        #expect(checkpoint.writeCount == 0)
    }

    @Test("clearAndFlush empties the cache and the checkpoint")
    func clearAndFlush() throws {
        let (cache, checkpoint) = try cache([(1, 0)])
        try cache.clearAndFlush()
        #expect(cache.isEmpty)
        #expect(checkpoint.entries.isEmpty)
        #expect(checkpoint.writeCount == 1)
    }
}

// MARK: - The file

/// The cache over the real `leader-epoch-checkpoint` file (format and malformed-file cases are
/// covered by the checkpoint file's own tests).
@Suite("LeaderEpochCheckpointFile")
struct LeaderEpochCheckpointFileTests {
    @Test("persists in Kafka's text format and reloads into an equal cache")
    func roundTrip() throws {
        try withTemporaryDirectory { directory in
            let fileIO = PosixFileIO()
            let path = directory + "/" + CheckpointFileName.leaderEpoch
            let checkpoint = LeaderEpochCheckpointFile(path: path, fileIO: fileIO)
            #expect(try checkpoint.read().isEmpty, "a missing file is an empty cache")

            let cache = try LeaderEpochCache(checkpoint: checkpoint)
            try cache.assign(epoch: 0, startOffset: 0)
            try cache.assign(epoch: 3, startOffset: 120)
            try cache.assign(epoch: 7, startOffset: 4_000_000_000)
            let text = try fileIO.readWholeFile(path)
            #expect(String(buffer: text) == "0\n3\n0 0\n3 120\n7 4000000000\n")
            #expect(!fileIO.fileExists(path + ".tmp"), "the temporary file was renamed away")
            #expect(try LeaderEpochCache(checkpoint: checkpoint).epochEntries == cache.epochEntries)

            try cache.truncateFromEnd(endOffset: 120)
            try cache.truncateFromStart(startOffset: 10)
            #expect(try LeaderEpochCache(checkpoint: checkpoint).epochEntries == entries([(0, 10)]))
            try cache.clearAndFlush()
            #expect(try checkpoint.read().isEmpty)
        }
    }

    @Test("a failed write throws KAFKA_STORAGE_ERROR and leaves cache and file unchanged")
    func writeFailure() throws {
        try withTemporaryDirectory { directory in
            let fileIO = FaultyFileIO()
            let checkpoint = LeaderEpochCheckpointFile(path: directory + "/" + CheckpointFileName.leaderEpoch, fileIO: fileIO)
            let cache = try LeaderEpochCache(checkpoint: checkpoint)
            try cache.assign(epoch: 1, startOffset: 0)
            fileIO.failNextRename = .noSpace
            #expect(throws: (any Error).self) { try cache.assign(epoch: 2, startOffset: 50) }
            #expect(cache.epochEntries == entries([(1, 0)]))
            #expect(try checkpoint.read() == entries([(1, 0)]))
        }
    }
}
