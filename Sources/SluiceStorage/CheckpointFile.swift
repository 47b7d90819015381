import NIOCore
import SluiceProtocol

/// How one kind of checkpoint file encodes its entries: Kafka's `EntryFormatter`.
public protocol CheckpointEntryCodec {
    associatedtype Entry: Sendable, Hashable
    /// The version on line 1 of the file; reading any other version fails.
    static var version: Int { get }
    /// One entry as its line, without the newline: fields separated by single spaces.
    static func encode(_ entry: Entry) -> String
    /// The entry on one line, already split on whitespace; nil when the fields are malformed.
    static func decode(_ fields: [Substring]) -> Entry?
}

/// A text checkpoint file in Kafka's format, replaced atomically on every write.
///
/// Format (UTF-8, `\n` line ends):
///
///     <version>
///     <entry count>
///     <entry>            one per line, fields separated by a space
///     ...
///
/// `write` puts the new content in `<path>.tmp`, fsyncs it, renames it over `<path>` and fsyncs
/// the directory, so a crash leaves either the old or the new file, never a mix. A `.tmp` left
/// by a crash is ignored by `read` and replaced by the next `write`.
///
/// Not thread-safe: a checkpoint file has one writer (the log manager, or a partition's log).
public struct CheckpointFile<Codec: CheckpointEntryCodec>: Sendable {
    public let path: String
    public let fileIO: any FileIO

    public init(path: String, fileIO: any FileIO) {
        self.path = path
        self.fileIO = fileIO
    }

    public var temporaryPath: String { self.path + ".tmp" }

    /// Atomically replaces the file with `entries`. On failure the previous file is intact and
    /// the temporary file is removed when possible.
    public func write(_ entries: [Codec.Entry]) throws {
        var text = "\(Codec.version)\n\(entries.count)\n"
        for entry in entries {
            text += Codec.encode(entry)
            text += "\n"
        }
        try atomicWrite(ByteBuffer(string: text), to: self.path, fileIO: self.fileIO)
    }

    /// The entries, in file order; empty when the file does not exist or is empty. Throws a `StorageError`
    /// (`isMalformedFile`) when the version is not `Codec.version`, the count disagrees with the
    /// entries, an entry is malformed, or lines follow the last entry.
    public func read() throws -> [Codec.Entry] {
        guard self.fileIO.fileExists(self.path) else { return [] }
        let buffer = try self.fileIO.readWholeFile(self.path)
        guard let text = buffer.getString(at: buffer.readerIndex, length: buffer.readableBytes) else {
            throw StorageError.malformedFile(path: self.path, "it is not UTF-8 text")
        }
        // "\r\n" is one Character in Swift, so it is named as a separator of its own.
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        if lines.last == "" { lines.removeLast() }
        // Kafka creates checkpoint files empty and reads an empty file as no entries.
        if lines.isEmpty { return [] }
        guard lines.count >= 2 else {
            throw StorageError.malformedFile(path: self.path, "expected a version line and a count line, found \(lines.count) lines")
        }
        guard let version = Int(lines[0].trimmingWhitespace()) else {
            throw StorageError.malformedFile(path: self.path, "line 1 should be the version number, found \"\(lines[0])\"")
        }
        guard version == Codec.version else {
            throw StorageError.malformedFile(path: self.path, "unrecognised version \(version), expected \(Codec.version)")
        }
        guard let count = Int(lines[1].trimmingWhitespace()), count >= 0 else {
            throw StorageError.malformedFile(path: self.path, "line 2 should be the entry count, found \"\(lines[1])\"")
        }
        guard lines.count - 2 == count else {
            throw StorageError.malformedFile(path: self.path, "expected \(count) entries but found \(lines.count - 2) lines after the header")
        }
        var entries: [Codec.Entry] = []
        entries.reserveCapacity(count)
        for (index, line) in lines.dropFirst(2).enumerated() {
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
            guard let entry = Codec.decode(fields) else {
                throw StorageError.malformedFile(path: self.path, "entry on line \(index + 3) is malformed: \"\(line)\"")
            }
            entries.append(entry)
        }
        return entries
    }
}

/// Writes `content` to `path` atomically: `<path>.tmp`, fsync, rename, fsync of the directory.
/// Readers see the old file or the new one, never a mix, across a crash.
public func atomicWrite(_ content: ByteBuffer, to path: String, fileIO: any FileIO) throws {
    let temporary = path + ".tmp"
    do {
        let file = try fileIO.open(temporary, mode: .createOrTruncate)
        do {
            try file.write(content, at: 0)
            try file.sync()
            try file.close()
        } catch {
            try? file.close()
            throw error
        }
        try fileIO.rename(temporary, to: path)
    } catch {
        try? fileIO.removeFile(temporary)
        throw error
    }
    try fileIO.syncDirectory(parentDirectory(of: path))
}

extension Substring {
    func trimmingWhitespace() -> Substring {
        var slice = self
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return slice
    }
}

// MARK: - Entry codecs

/// One partition's offset in `recovery-point-offset-checkpoint`, `log-start-offset-checkpoint`
/// (and `replication-offset-checkpoint`): a line `topic partition offset`.
public struct TopicPartitionOffset: Sendable, Hashable {
    public var topic: String
    public var partition: Int32
    public var offset: Int64

    public init(topic: String, partition: Int32, offset: Int64) {
        self.topic = topic
        self.partition = partition
        self.offset = offset
    }
}

/// Version 0 of Kafka's offset checkpoint files. Topic names never contain whitespace.
public enum OffsetCheckpointCodec: CheckpointEntryCodec {
    public static let version = 0

    public static func encode(_ entry: TopicPartitionOffset) -> String {
        "\(entry.topic) \(entry.partition) \(entry.offset)"
    }

    public static func decode(_ fields: [Substring]) -> TopicPartitionOffset? {
        guard fields.count == 3, let partition = Int32(fields[1]), partition >= 0, let offset = Int64(fields[2]) else { return nil }
        return TopicPartitionOffset(topic: String(fields[0]), partition: partition, offset: offset)
    }
}

/// One leader epoch and the first offset written in it: a line `epoch startOffset` in a
/// partition's `leader-epoch-checkpoint`. Entries are kept in increasing epoch order.
public struct EpochEntry: Sendable, Hashable {
    public var epoch: Int32
    public var startOffset: Int64

    public init(epoch: Int32, startOffset: Int64) {
        self.epoch = epoch
        self.startOffset = startOffset
    }
}

/// Version 0 of Kafka's `leader-epoch-checkpoint`.
public enum LeaderEpochCheckpointCodec: CheckpointEntryCodec {
    public static let version = 0

    public static func encode(_ entry: EpochEntry) -> String {
        "\(entry.epoch) \(entry.startOffset)"
    }

    public static func decode(_ fields: [Substring]) -> EpochEntry? {
        guard fields.count == 2, let epoch = Int32(fields[0]), epoch >= 0, let start = Int64(fields[1]), start >= 0 else { return nil }
        return EpochEntry(epoch: epoch, startOffset: start)
    }
}

public typealias OffsetCheckpointFile = CheckpointFile<OffsetCheckpointCodec>
public typealias LeaderEpochCheckpointFile = CheckpointFile<LeaderEpochCheckpointCodec>

/// Names of the checkpoint files as Kafka spells them.
public enum CheckpointFileName {
    /// In each log directory: offsets below which every segment was flushed.
    public static let recoveryPoint = "recovery-point-offset-checkpoint"
    /// In each log directory: each partition's logStartOffset.
    public static let logStartOffset = "log-start-offset-checkpoint"
    /// In each log directory: each partition's high watermark.
    public static let replicationOffset = "replication-offset-checkpoint"
    /// In each partition directory.
    public static let leaderEpoch = "leader-epoch-checkpoint"
    /// In each partition directory.
    public static let partitionMetadata = "partition.metadata"
}

// MARK: - partition.metadata

/// A partition directory's `partition.metadata`, which ties the directory to its topic id:
///
///     version: 0
///     topic_id: <22-character base64 topic id>
///
/// Written atomically like a checkpoint. Reading rejects other versions and the zero id.
public struct PartitionMetadataFile: Sendable {
    public static let currentVersion = 0
    public let path: String
    public let fileIO: any FileIO

    public init(directory: String, fileIO: any FileIO) {
        self.path = joinPath(directory, CheckpointFileName.partitionMetadata)
        self.fileIO = fileIO
    }

    public var exists: Bool { self.fileIO.fileExists(self.path) }

    public func write(topicId: KafkaUUID) throws {
        try atomicWrite(
            ByteBuffer(string: "version: \(Self.currentVersion)\ntopic_id: \(topicId)"),
            to: self.path,
            fileIO: self.fileIO
        )
    }

    /// The topic id, or nil when the file does not exist.
    public func read() throws -> KafkaUUID? {
        guard self.exists else { return nil }
        let buffer = try self.fileIO.readWholeFile(self.path)
        guard let text = buffer.getString(at: buffer.readerIndex, length: buffer.readableBytes) else {
            throw StorageError.malformedFile(path: self.path, "it is not UTF-8 text")
        }
        let lines = text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        guard lines.count == 2 else {
            throw StorageError.malformedFile(path: self.path, "expected 2 lines (version, topic_id), found \(lines.count)")
        }
        let version = try self.field(lines[0], named: "version")
        guard Int(version) == Self.currentVersion else {
            throw StorageError.malformedFile(path: self.path, "unrecognised version \"\(version)\", expected \(Self.currentVersion)")
        }
        let idText = try self.field(lines[1], named: "topic_id")
        guard let id = KafkaUUID(String(idText)), id != .zero else {
            throw StorageError.malformedFile(path: self.path, "\"\(idText)\" is not a valid topic id")
        }
        return id
    }

    private func field(_ line: Substring, named name: String) throws -> Substring {
        guard let colon = line.firstIndex(of: ":"), line[..<colon] == name else {
            throw StorageError.malformedFile(path: self.path, "expected \"\(name): ...\", found \"\(line)\"")
        }
        return line[line.index(after: colon)...].trimmingWhitespace()
    }
}
