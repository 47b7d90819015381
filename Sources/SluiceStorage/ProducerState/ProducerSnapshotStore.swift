import NIOCore
import SluiceProtocol

/// The `<offset>.snapshot` files of one partition directory. Owned by the `Log`, guarded by its
/// lock. Writes are atomic (temporary file, fsync, rename, directory fsync), so a file is either
/// whole or absent; a file that still fails to decode is deleted and an older one (or a replay
/// of the log) is used instead.
struct ProducerSnapshotStore {
    /// How many snapshots are kept: enough for a truncation near the end to reload from one
    /// instead of replaying the log from its start.
    static let retainedCount = 3

    let directory: String
    let fileIO: any FileIO
    /// Offsets of the snapshot files, ascending.
    private(set) var offsets: [Int64]

    init(directory: String, fileIO: any FileIO) throws {
        self.directory = directory
        self.fileIO = fileIO
        self.offsets = try fileIO.contentsOfDirectory(directory).compactMap(ProducerSnapshot.offset(fromFileName:)).sorted()
    }

    var latestOffset: Int64? { self.offsets.last }

    private func path(_ offset: Int64) -> String { joinPath(self.directory, ProducerSnapshot.fileName(offset: offset)) }

    /// Writes `state` as the snapshot at `offset` (replacing one already there).
    mutating func write(_ state: ProducerStateManager, at offset: Int64) throws {
        try atomicWrite(ProducerSnapshot.encode(state.producers.values), to: self.path(offset), fileIO: self.fileIO)
        if !self.offsets.contains(offset) {
            self.offsets.append(offset)
            self.offsets.sort()
        }
    }

    /// The entries of the snapshot at `offset`; `ProducerSnapshotError` when it is corrupt.
    func read(at offset: Int64) throws -> [ProducerStateEntry] {
        try ProducerSnapshot.decode(try self.fileIO.readWholeFile(self.path(offset)))
    }

    /// Deletes the snapshots whose offset matches `predicate`.
    mutating func delete(where predicate: (Int64) -> Bool) throws {
        for offset in self.offsets where predicate(offset) {
            let path = self.path(offset)
            if self.fileIO.fileExists(path) { try self.fileIO.removeFile(path) }
        }
        self.offsets.removeAll(where: predicate)
    }

    /// Deletes snapshots below `logStartOffset` and all but the newest `retainedCount`.
    mutating func deleteOld(logStartOffset: Int64) throws {
        let keepFrom = self.offsets.count > Self.retainedCount ? self.offsets[self.offsets.count - Self.retainedCount] : Int64.min
        try self.delete { $0 < logStartOffset || $0 < keepFrom }
    }

    /// Loads the newest readable snapshot at or below `limit` (and not below `logStartOffset`)
    /// into a fresh state; corrupt ones on the way are deleted. Without one, the state is empty
    /// from `logStartOffset`. Entries already expired at `nowMs` are skipped, as Kafka does.
    mutating func loadLatest(
        atOrBelow limit: Int64, logStartOffset: Int64, producerIdExpirationMs: Int64, nowMs: Int64
    ) throws -> (state: ProducerStateManager, snapshotOffset: Int64?) {
        while let offset = self.offsets.last(where: { $0 <= limit && $0 >= logStartOffset }) {
            do {
                let entries = try self.read(at: offset)
                var state = ProducerStateManager(mapEndOffset: offset, producerIdExpirationMs: producerIdExpirationMs)
                for entry in entries where !state.isExpired(entry, nowMs: nowMs) { state.load(entry) }
                return (state, offset)
            } catch is ProducerSnapshotError {
                try self.delete { $0 == offset }
            }
        }
        return (ProducerStateManager(mapEndOffset: logStartOffset, producerIdExpirationMs: producerIdExpirationMs), nil)
    }
}

extension ProducerStateManager {
    /// Replays the producer batches of `segments` from `state.mapEndOffset` up to `endOffset`
    /// (exclusive), reading headers only (and the one record of each transaction marker). Moves
    /// `mapEndOffset` to `endOffset`.
    mutating func replay(segments: [LogSegment], to endOffset: Int64, codecs: CompressionCodecs?) throws {
        let start = self.mapEndOffset
        for (index, segment) in segments.enumerated() {
            let segmentEnd = index + 1 < segments.count ? segments[index + 1].baseOffset : segment.nextOffset
            guard segmentEnd > start, segment.baseOffset < endOffset else { continue }
            let position = segment.baseOffset >= start ? 0 : (try segment.translateOffset(start)?.position ?? segment.sizeInBytes)
            try segment.forEachBatchHeader(from: position) { position, header in
                guard header.baseOffset < endOffset else { return false }
                guard header.lastOffset >= start, header.hasProducerId else { return true }
                var marker: EndTransactionMarker?
                if header.isControl {
                    let bytes = try segment.readBatch(at: position, header: header)
                    if let batch = try? RecordBatch(validating: bytes, options: .log, codecs: codecs),
                        let record = try? batch.decodeRecords(codecs: codecs).first
                    {
                        marker = try? EndTransactionMarker(record: record)
                    }
                }
                self.replay(header, marker: marker)
                return true
            }
        }
        self.mapEndOffset = max(self.mapEndOffset, endOffset)
    }
}
