import NIOCore

/// A segment's `.timeindex`: a sparse map from timestamp to the offset where it was reached.
///
/// Format: 12-byte entries, big-endian: `timestamp: Int64` then `relativeOffset: UInt32`. An
/// entry `(t, o)` means the largest batch `maxTimestamp` among batches up to offset `o` is `t`
/// and first reached at `o`; every batch before `o` has a smaller timestamp. Entries are added
/// next to offset index entries, only when the running maximum timestamp has grown, plus one
/// when the segment is sealed.
///
/// Invariants: timestamps strictly increase, offsets never decrease. `isFull` leaves one slot
/// free for the entry written when the segment is sealed (as Kafka). Memory, file layout,
/// preallocation, trimming and rebuilding work as in `OffsetIndex`. Owned by one `LogSegment`;
/// not thread-safe.
public final class TimeIndex {
    public struct Entry: Sendable, Hashable {
        public var timestamp: Int64
        public var offset: Int64

        public init(timestamp: Int64, offset: Int64) {
            self.timestamp = timestamp
            self.offset = offset
        }
    }

    public static let entrySize = 12

    public let baseOffset: Int64
    private let storage: IndexFile
    private var timestamps: [Int64] = []
    private var relativeOffsets: [UInt32] = []
    private var loadProblem: String?

    public var path: String { self.storage.path }

    public init(path: String, baseOffset: Int64, maxIndexSize: Int, fileIO: any FileIO) throws {
        self.baseOffset = baseOffset
        self.storage = try IndexFile(path: path, entrySize: Self.entrySize, maxIndexSize: maxIndexSize, fileIO: fileIO)
        try self.load()
    }

    private func load() throws {
        self.loadProblem = try self.storage.loadEntries { bytes, at, index in
            let timestamp = bytes.getInteger(at: at, as: Int64.self)!
            let relative = bytes.getInteger(at: at + 8, as: UInt32.self)!
            if let lastTimestamp = self.timestamps.last, let lastOffset = self.relativeOffsets.last,
                timestamp <= lastTimestamp || relative < lastOffset
            {
                return "entry \(index) (\(timestamp), \(relative)) does not follow (\(lastTimestamp), \(lastOffset))"
            }
            self.timestamps.append(timestamp)
            self.relativeOffsets.append(relative)
            return nil
        }
        if self.timestamps.count > self.maxEntries {
            // Written under a larger segment.index.bytes: keep them all; the index is full.
            try self.storage.setMaxIndexSize(0, entryCount: self.timestamps.count)
        }
    }

    public var entryCount: Int { self.timestamps.count }
    public var maxEntries: Int { self.storage.maxEntries }
    /// Full one entry early: the last slot is kept for the entry written when sealing.
    public var isFull: Bool { self.entryCount >= self.maxEntries - 1 }
    public var sizeInBytes: Int { self.entryCount * Self.entrySize }
    public var lastEntry: Entry? { self.entryCount == 0 ? nil : self.entry(at: self.entryCount - 1) }

    public func entry(at index: Int) -> Entry {
        Entry(timestamp: self.timestamps[index], offset: self.baseOffset + Int64(self.relativeOffsets[index]))
    }

    public var entries: [Entry] { (0..<self.entryCount).map(self.entry(at:)) }

    /// The entry with the largest timestamp `<= target`, or `(-1, baseOffset)` when there is none.
    public func lookup(_ target: Int64) -> Entry {
        var low = 0
        var high = self.entryCount
        while low < high {
            let middle = (low + high) / 2
            if self.timestamps[middle] <= target { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? Entry(timestamp: -1, offset: self.baseOffset) : self.entry(at: low - 1)
    }

    /// Appends `(timestamp, offset)` when `timestamp` exceeds the last entry's; otherwise does
    /// nothing. `offset` may not go below the last entry's. `skipFullCheck` uses the reserved
    /// last slot (when sealing the segment).
    public func maybeAppend(timestamp: Int64, offset: Int64, skipFullCheck: Bool = false) throws {
        let relative = offset - self.baseOffset
        guard relative >= 0, relative <= Int64(UInt32.max) else {
            throw StorageError.invalidAppend(path: self.path, "offset \(offset) does not fit the time index of base offset \(self.baseOffset)")
        }
        if let last = self.lastEntry {
            guard offset >= last.offset else {
                throw StorageError.invalidAppend(path: self.path, "offset \(offset) is below the last entry's \(last.offset)")
            }
            guard timestamp > last.timestamp else { return }
        }
        guard self.entryCount < self.maxEntries, skipFullCheck || !self.isFull else {
            throw StorageError.segmentFull(path: self.path, "the time index holds its maximum of \(self.entryCount) entries")
        }
        var bytes = ByteBuffer()
        bytes.writeInteger(timestamp)
        bytes.writeInteger(UInt32(relative))
        try self.storage.writeEntry(bytes, at: self.entryCount)
        self.timestamps.append(timestamp)
        self.relativeOffsets.append(UInt32(relative))
    }

    /// Removes every entry with offset `>= offset`.
    public func truncate(toOffset offset: Int64) throws {
        let relative = offset - self.baseOffset
        var keep = self.entryCount
        while keep > 0 && Int64(self.relativeOffsets[keep - 1]) >= relative { keep -= 1 }
        try self.truncate(toEntries: keep)
    }

    public func reset() throws {
        // Always rewrites the file: after a failed load it may hold bytes the entries do not.
        try self.storage.setEntryCount(0)
        self.removeAllEntries()
        self.loadProblem = nil
    }

    private func removeAllEntries() {
        self.timestamps.removeAll()
        self.relativeOffsets.removeAll()
    }

    /// Memory first, as in `OffsetIndex`.
    private func truncate(toEntries count: Int) throws {
        guard count < self.entryCount else { return }
        self.timestamps.removeSubrange(count...)
        self.relativeOffsets.removeSubrange(count...)
        try self.storage.setEntryCount(count)
    }

    /// Replaces every entry with `entries` (already in order), in one write.
    func rebuild(_ entries: [Entry]) throws {
        try self.reset()
        guard !entries.isEmpty else { return }
        if entries.count > self.maxEntries {
            try self.storage.setMaxIndexSize(0, entryCount: entries.count)
        }
        var bytes = ByteBuffer()
        bytes.reserveCapacity(entries.count * Self.entrySize)
        for entry in entries {
            bytes.writeInteger(entry.timestamp)
            bytes.writeInteger(UInt32(entry.offset - self.baseOffset))
        }
        try self.storage.writeEntry(bytes, at: 0)
        self.timestamps = entries.map(\.timestamp)
        self.relativeOffsets = entries.map { UInt32($0.offset - self.baseOffset) }
    }

    /// Throws a `StorageError` (`isCorruptSegment`) when the file read at open was not a valid
    /// time index.
    public func sanityCheck() throws {
        if let problem = self.loadProblem {
            throw StorageError.corruptSegment(path: self.path, "corrupt time index: \(problem)")
        }
    }

    public func preallocate() throws { try self.storage.preallocate() }
    public func trim() throws { try self.storage.trim(to: self.entryCount) }
    public func setMaxIndexSize(_ bytes: Int) throws { try self.storage.setMaxIndexSize(bytes, entryCount: self.entryCount) }
    public func flush() throws { try self.storage.sync() }
    public func close() throws {
        try self.trim()
        try self.storage.close()
    }
    func abandon() { try? self.storage.close() }
    public func delete() throws { try self.storage.delete() }
    /// Renames the file; the index stays usable.
    public func renameFile(to newPath: String) throws { try self.storage.rename(to: newPath) }
}
