#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SluiceProtocol

/// A failure of the leader epoch cache or its checkpoint file.
///
/// Separate from the storage layer's `StorageError` so this branch merges without conflict;
/// when the file-backed checkpoint is replaced by `CheckpointFile`, the I/O and malformed-file
/// cases come from there instead.
public struct LeaderEpochError: Error, Sendable, Hashable, CustomStringConvertible {
    private enum Kind: Sendable, Hashable {
        case invalidEntry
        case io(operation: String)
        case malformedCheckpoint
    }

    private let kind: Kind
    /// The checkpoint file involved, when there is one.
    public let path: String?
    /// The `errno` of the failed system call, when there is one.
    public let errno: Int32?
    private let detail: String

    private init(_ kind: Kind, path: String?, errno: Int32? = nil, _ detail: String) {
        self.kind = kind
        self.path = path
        self.errno = errno
        self.detail = detail
    }

    /// `assign` was given a negative epoch or start offset (Kafka throws IllegalArgumentException).
    public static func invalidEntry(epoch: Int32, startOffset: Int64) -> LeaderEpochError {
        LeaderEpochError(.invalidEntry, path: nil, "epoch \(epoch) and start offset \(startOffset) must both be >= 0")
    }

    /// A system call on the checkpoint failed.
    public static func io(_ operation: String, path: String, errno: Int32) -> LeaderEpochError {
        LeaderEpochError(.io(operation: operation), path: path, errno: errno, "")
    }

    /// The checkpoint file does not have Kafka's format.
    public static func malformedCheckpoint(path: String, _ detail: String) -> LeaderEpochError {
        LeaderEpochError(.malformedCheckpoint, path: path, detail)
    }

    public var isInvalidEntry: Bool { self.kind == .invalidEntry }
    public var isIOError: Bool { if case .io = self.kind { true } else { false } }
    public var isMalformedCheckpoint: Bool { self.kind == .malformedCheckpoint }

    /// The Kafka error a broker answers with: a bad file or failed I/O takes the partition
    /// offline (`KAFKA_STORAGE_ERROR`); an invalid entry is a bug (`UNKNOWN_SERVER_ERROR`).
    public var errorCode: ErrorCode { self.kind == .invalidEntry ? .unknownServerError : .kafkaStorageError }

    public var description: String {
        var text: String
        switch self.kind {
        case .invalidEntry:
            text = "invalid leader epoch entry"
        case .io(let operation):
            text = "\(operation) failed on \(self.path ?? "leader-epoch-checkpoint")"
            if let errno = self.errno { text += ": \(String(cString: strerror(errno))) (errno \(errno))" }
        case .malformedCheckpoint:
            text = "\(self.path ?? "leader-epoch-checkpoint") is malformed; delete it to rebuild the cache from the log"
        }
        if !self.detail.isEmpty { text += ": \(self.detail)" }
        return text
    }
}
