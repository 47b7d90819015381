#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NIOConcurrencyHelpers

/// Where a `LeaderEpochCache` persists its entries. The failure point of the cache, so tests
/// can inject faults (`InMemoryLeaderEpochCheckpoint.failNextWrite`).
///
/// `write` must be atomic: after a crash, `read` returns either the previous or the new
/// entries. Implementations are used by one cache at a time.
///
/// Not class-bound, so the storage layer's `LeaderEpochCheckpointFile` (a struct with exactly
/// these two methods over `[EpochEntry]`) can conform with an empty extension.
public protocol LeaderEpochCheckpoint {
    /// The persisted entries in file order; empty when nothing was written yet.
    func read() throws -> [EpochEntry]
    /// Replaces the persisted entries.
    func write(_ entries: [EpochEntry]) throws
}

/// In memory, for tests: keeps the last written entries and counts writes. Thread-safe.
public final class InMemoryLeaderEpochCheckpoint: LeaderEpochCheckpoint, @unchecked Sendable {
    private struct Contents {
        var entries: [EpochEntry]
        var writes = 0
        var failNextWrite: (any Error)?
    }

    private let contents: NIOLockedValueBox<Contents>

    public init(_ entries: [EpochEntry] = []) {
        self.contents = NIOLockedValueBox(Contents(entries: entries))
    }

    /// The entries as last written.
    public var entries: [EpochEntry] { self.contents.withLockedValue { $0.entries } }
    /// How many writes succeeded.
    public var writeCount: Int { self.contents.withLockedValue { $0.writes } }

    /// Makes the next `write` throw `error` and leave the entries unchanged.
    public func failNextWrite(with error: any Error) {
        self.contents.withLockedValue { $0.failNextWrite = error }
    }

    public func read() throws -> [EpochEntry] {
        self.contents.withLockedValue { $0.entries }
    }

    public func write(_ entries: [EpochEntry]) throws {
        try self.contents.withLockedValue { contents in
            if let error = contents.failNextWrite {
                contents.failNextWrite = nil
                throw error
            }
            contents.entries = entries
            contents.writes += 1
        }
    }
}

/// A partition's `leader-epoch-checkpoint` in Kafka's text format (UTF-8, `\n` line ends):
///
///     0                  version
///     2                  entry count
///     0 0                epoch startOffset
///     3 120
///
/// `write` puts the text in `<path>.tmp`, fsyncs it, renames it over `<path>` and fsyncs the
/// directory: a crash leaves the old or the new file, never a mix; a leftover `.tmp` is ignored.
///
/// Deliberately minimal and written straight to POSIX: it is meant to be replaced by the storage
/// layer's generic `CheckpointFile` (with its `FileIO` fault injection) once both branches meet.
/// Not thread-safe; owned by one partition's cache.
public final class FileLeaderEpochCheckpoint: LeaderEpochCheckpoint {
    public static let fileName = "leader-epoch-checkpoint"
    public static let version = 0

    public let path: String

    /// The checkpoint at `path` (usually `<partition dir>/leader-epoch-checkpoint`).
    public init(path: String) {
        self.path = path
    }

    /// The checkpoint in a partition directory.
    public convenience init(directory: String) {
        self.init(path: directory.hasSuffix("/") ? directory + Self.fileName : directory + "/" + Self.fileName)
    }

    public func read() throws -> [EpochEntry] {
        guard let text = try Self.readFile(self.path) else { return [] }
        return try Self.parse(text, path: self.path)
    }

    public func write(_ entries: [EpochEntry]) throws {
        try Self.replaceAtomically(self.path, with: Self.format(entries))
    }

    // MARK: - Format

    /// The file's text for `entries`.
    public static func format(_ entries: [EpochEntry]) -> String {
        var text = "\(Self.version)\n\(entries.count)\n"
        for entry in entries { text += "\(entry.epoch) \(entry.startOffset)\n" }
        return text
    }

    /// Parses the file's text as Kafka's `CheckpointFile` reader does: the version must be 0,
    /// the count must match the entry lines, each entry is two integers >= 0.
    public static func parse(_ text: String, path: String) throws -> [EpochEntry] {
        // "\r\n" is one Character in Swift, so it must be named; Java's readLine accepts both.
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        if lines.last == "" { lines.removeLast() }
        func field(_ line: Substring) -> [Substring] {
            line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
        }
        guard lines.count >= 2 else {
            throw LeaderEpochError.malformedCheckpoint(path: path, "expected a version line and a count line, found \(lines.count) lines")
        }
        guard let versionField = field(lines[0]).first, field(lines[0]).count == 1, let version = Int(versionField) else {
            throw LeaderEpochError.malformedCheckpoint(path: path, "line 1 should be the version, found \"\(lines[0])\"")
        }
        guard version == Self.version else {
            throw LeaderEpochError.malformedCheckpoint(path: path, "unrecognised version \(version), expected \(Self.version)")
        }
        guard let countField = field(lines[1]).first, field(lines[1]).count == 1, let count = Int(countField), count >= 0 else {
            throw LeaderEpochError.malformedCheckpoint(path: path, "line 2 should be the entry count, found \"\(lines[1])\"")
        }
        guard lines.count - 2 == count else {
            throw LeaderEpochError.malformedCheckpoint(path: path, "expected \(count) entries but found \(lines.count - 2)")
        }
        var entries: [EpochEntry] = []
        entries.reserveCapacity(count)
        for (index, line) in lines.dropFirst(2).enumerated() {
            let fields = field(line)
            guard fields.count == 2, let epoch = Int32(fields[0]), epoch >= 0, let start = Int64(fields[1]), start >= 0 else {
                throw LeaderEpochError.malformedCheckpoint(path: path, "line \(index + 3) should be \"epoch startOffset\", found \"\(line)\"")
            }
            entries.append(EpochEntry(epoch: epoch, startOffset: start))
        }
        return entries
    }

    // MARK: - POSIX

    private static func readFile(_ path: String) throws -> String? {
        let fd = Self.retrying { open(path, O_RDONLY | O_CLOEXEC) }
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw LeaderEpochError.io("open", path: path, errno: errno)
        }
        defer { _ = close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = chunk.withUnsafeMutableBytes { buffer in Self.retryingSize { Glibc.read(fd, buffer.baseAddress, buffer.count) } }
            if count < 0 { throw LeaderEpochError.io("read", path: path, errno: errno) }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw LeaderEpochError.malformedCheckpoint(path: path, "it is not UTF-8 text")
        }
        return text
    }

    private static func replaceAtomically(_ path: String, with text: String) throws {
        let temporary = path + ".tmp"
        let fd = Self.retrying { open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644) }
        guard fd >= 0 else { throw LeaderEpochError.io("open", path: temporary, errno: errno) }
        var isOpen = true
        do {
            let bytes = Array(text.utf8)
            var done = 0
            while done < bytes.count {
                let written = bytes.withUnsafeBytes { buffer in
                    Self.retryingSize { Glibc.write(fd, buffer.baseAddress! + done, buffer.count - done) }
                }
                guard written > 0 else { throw LeaderEpochError.io("write", path: temporary, errno: written < 0 ? errno : EIO) }
                done += written
            }
            guard fsync(fd) == 0 else { throw LeaderEpochError.io("fsync", path: temporary, errno: errno) }
            isOpen = false
            // The descriptor is released even when close fails: never close it twice.
            guard close(fd) == 0 else { throw LeaderEpochError.io("close", path: temporary, errno: errno) }
        } catch {
            if isOpen { _ = close(fd) }
            _ = unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let failure = errno
            _ = unlink(temporary)
            throw LeaderEpochError.io("rename", path: temporary, errno: failure)
        }
        let directory: String
        if let slash = path.lastIndex(of: "/") {
            directory = slash == path.startIndex ? "/" : String(path[..<slash])
        } else {
            directory = "."
        }
        let directoryFD = Self.retrying { open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
        guard directoryFD >= 0 else { throw LeaderEpochError.io("open directory", path: directory, errno: errno) }
        defer { _ = close(directoryFD) }
        guard fsync(directoryFD) == 0 else { throw LeaderEpochError.io("fsync directory", path: directory, errno: errno) }
    }

    private static func retrying(_ call: () -> CInt) -> CInt {
        while true {
            let result = call()
            if result >= 0 || errno != EINTR { return result }
        }
    }

    private static func retryingSize(_ call: () -> Int) -> Int {
        while true {
            let result = call()
            if result >= 0 || errno != EINTR { return result }
        }
    }
}
