import NIOCore

/// A segment's `.index`: a sparse map from offset to the byte position of a batch in the `.log`.
///
/// Format: 8-byte entries, big-endian: `relativeOffset: UInt32` (offset - baseOffset) then
/// `position: UInt32`. An entry `(o, p)` means the batch starting at byte `p` has last offset
/// `o`, so every offset `>= o` lies in that batch or a later one. One entry is added per
/// `index.interval.bytes` of log appended (never for the batch at position 0).
///
/// Invariants: offsets strictly increase, positions strictly increase, every offset fits in
/// `UInt32` relative to `baseOffset`. The entries live in memory (`entries`) and are mirrored at
/// the start of the file; while the segment is active the file is preallocated to
/// `segment.index.bytes` with zeros, and it is trimmed to the used size on `trim`/`close`. A
/// zero entry marks the end of the used part when loading a preallocated file.
///
/// The index is derived data: when `sanityCheck` fails or the file is missing, the segment
/// rebuilds it from the log. Owned by one `LogSegment`; not thread-safe.
public final class OffsetIndex {
    public struct Entry: Sendable, Hashable {
        public var offset: Int64
        public var position: Int64

        public init(offset: Int64, position: Int64) {
            self.offset = offset
            self.position = position
        }
    }

    public static let entrySize = 8

    public let baseOffset: Int64
    private let storage: IndexFile
    private var relativeOffsets: [UInt32] = []
    private var positions: [UInt32] = []
    /// Why the loaded file failed its checks, if it did.
    private var loadProblem: String?

    public var path: String { self.storage.path }

    /// Opens (creating if missing) the index at `path`. Entries that do not pass the sanity
    /// checks are dropped at load time and reported by `sanityCheck()`.
    public init(path: String, baseOffset: Int64, maxIndexSize: Int, fileIO: any FileIO) throws {
        self.baseOffset = baseOffset
        self.storage = try IndexFile(path: path, entrySize: Self.entrySize, maxIndexSize: maxIndexSize, fileIO: fileIO)
        try self.load()
    }

    private func load() throws {
        self.loadProblem = try self.storage.loadEntries { bytes, at, index in
            let relative = bytes.getInteger(at: at, as: UInt32.self)!
            let position = bytes.getInteger(at: at + 4, as: UInt32.self)!
            if let lastOffset = self.relativeOffsets.last, let lastPosition = self.positions.last,
                relative <= lastOffset || position <= lastPosition
            {
                return "entry \(index) (\(relative), \(position)) does not follow (\(lastOffset), \(lastPosition))"
            }
            self.relativeOffsets.append(relative)
            self.positions.append(position)
            return nil
        }
        if self.relativeOffsets.count > self.maxEntries {
            // Written under a larger segment.index.bytes: keep them all; the index is full.
            try self.storage.setMaxIndexSize(0, entryCount: self.relativeOffsets.count)
        }
    }

    public var entryCount: Int { self.relativeOffsets.count }
    public var maxEntries: Int { self.storage.maxEntries }
    public var isFull: Bool { self.entryCount >= self.maxEntries }
    /// Bytes the used entries take (the file length once trimmed).
    public var sizeInBytes: Int { self.entryCount * Self.entrySize }
    /// The offset of the last entry, or `baseOffset` when there is none.
    public var lastOffset: Int64 { self.relativeOffsets.last.map { self.baseOffset + Int64($0) } ?? self.baseOffset }
    public var lastEntry: Entry? { self.entryCount == 0 ? nil : self.entry(at: self.entryCount - 1) }

    public func entry(at index: Int) -> Entry {
        Entry(offset: self.baseOffset + Int64(self.relativeOffsets[index]), position: Int64(self.positions[index]))
    }

    public var entries: [Entry] { (0..<self.entryCount).map(self.entry(at:)) }

    /// The entry with the largest offset `<= target`, or `(baseOffset, 0)` when there is none.
    public func lookup(_ target: Int64) -> Entry {
        guard let slot = self.slot(atOrBelow: target) else { return Entry(offset: self.baseOffset, position: 0) }
        return self.entry(at: slot)
    }

    /// Index of the last entry with offset `<= target` (binary search).
    private func slot(atOrBelow target: Int64) -> Int? {
        let relative = target - self.baseOffset
        guard relative >= 0 else { return nil }
        var low = 0
        var high = self.entryCount
        while low < high {
            let middle = (low + high) / 2
            if Int64(self.relativeOffsets[middle]) <= relative { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? nil : low - 1
    }

    /// Appends an entry. Offsets and positions must exceed the last entry's and the index must
    /// not be full; the write goes to the file immediately (durable only after `flush`).
    public func append(offset: Int64, position: Int64) throws {
        let relative = offset - self.baseOffset
        guard relative >= 0, relative <= Int64(UInt32.max), position >= 0, position <= Int64(UInt32.max) else {
            throw StorageError.invalidAppend(path: self.path, "entry (\(offset), \(position)) does not fit the index of base offset \(self.baseOffset)")
        }
        guard !self.isFull else {
            throw StorageError.segmentFull(path: self.path, "the index holds its maximum of \(self.maxEntries) entries")
        }
        if let lastOffset = self.relativeOffsets.last, let lastPosition = self.positions.last {
            guard relative > Int64(lastOffset), position > Int64(lastPosition) else {
                throw StorageError.invalidAppend(
                    path: self.path,
                    "entry (\(offset), \(position)) is not after the last entry (\(self.lastOffset), \(lastPosition))"
                )
            }
        }
        var bytes = ByteBuffer()
        bytes.writeInteger(UInt32(relative))
        bytes.writeInteger(UInt32(position))
        try self.storage.writeEntry(bytes, at: self.entryCount)
        self.relativeOffsets.append(UInt32(relative))
        self.positions.append(UInt32(position))
    }

    /// Removes every entry with offset `>= offset`.
    public func truncate(toOffset offset: Int64) throws {
        let keep = self.slot(atOrBelow: offset - 1).map { $0 + 1 } ?? 0
        try self.truncate(toEntries: keep)
    }

    /// Removes every entry.
    public func reset() throws {
        // Always rewrites the file: after a failed load it may hold bytes the entries do not.
        try self.storage.setEntryCount(0)
        self.removeAllEntries()
        self.loadProblem = nil
    }

    private func removeAllEntries() {
        self.relativeOffsets.removeAll()
        self.positions.removeAll()
    }

    /// Memory first: if clearing the file fails, the stale slots on disk are overwritten by the
    /// next appends, or caught by `sanityCheck` and the segment's checks at the next open.
    private func truncate(toEntries count: Int) throws {
        guard count < self.entryCount else { return }
        self.relativeOffsets.removeSubrange(count...)
        self.positions.removeSubrange(count...)
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
            bytes.writeInteger(UInt32(entry.offset - self.baseOffset))
            bytes.writeInteger(UInt32(entry.position))
        }
        try self.storage.writeEntry(bytes, at: 0)
        self.relativeOffsets = entries.map { UInt32($0.offset - self.baseOffset) }
        self.positions = entries.map { UInt32($0.position) }
    }

    /// Throws a `StorageError` (`isCorruptSegment`) when the file read at open was not a valid
    /// index: length not a multiple of 8, entries out of order, garbage after the used part.
    public func sanityCheck() throws {
        if let problem = self.loadProblem {
            throw StorageError.corruptSegment(path: self.path, "corrupt offset index: \(problem)")
        }
    }

    /// Preallocates the file to `segment.index.bytes` (the segment is active).
    public func preallocate() throws { try self.storage.preallocate() }
    /// Cuts the file to the used entries (the segment is sealed).
    public func trim() throws { try self.storage.trim(to: self.entryCount) }
    public func setMaxIndexSize(_ bytes: Int) throws { try self.storage.setMaxIndexSize(bytes, entryCount: self.entryCount) }
    public func flush() throws { try self.storage.sync() }
    /// Trims the file and closes it.
    public func close() throws {
        try self.trim()
        try self.storage.close()
    }
    /// Closes without trimming (after a failure).
    func abandon() { try? self.storage.close() }
    public func delete() throws { try self.storage.delete() }
    /// Renames the file; the index stays usable.
    public func renameFile(to newPath: String) throws { try self.storage.rename(to: newPath) }
}
