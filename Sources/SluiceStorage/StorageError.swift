#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SluiceProtocol

/// A failure of the storage layer: a system call that failed (with its `errno` and path), or
/// on-disk data that cannot be trusted (a malformed checkpoint, a corrupt segment).
///
/// Every error thrown by `SluiceStorage` is a `StorageError`. A broker answers any of them with
/// `KAFKA_STORAGE_ERROR` and, for I/O failures, should treat the log directory as suspect.
public struct StorageError: Error, Sendable, Hashable, CustomStringConvertible {
    private enum Kind: Sendable, Hashable {
        case io(operation: String)
        case malformedFile
        case corruptSegment
        case invalidAppend
        case segmentFull
        case closed
        case unusable
    }

    private let kind: Kind
    /// The file or directory involved, when there is one.
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

    /// A system call failed. `operation` names it as a person would ("write", "fsync", "rename").
    public static func io(_ operation: String, path: String, errno: Int32, _ detail: String = "") -> StorageError {
        StorageError(.io(operation: operation), path: path, errno: errno, detail)
    }

    /// A checkpoint or metadata file does not have the expected format.
    public static func malformedFile(path: String, _ detail: String) -> StorageError {
        StorageError(.malformedFile, path: path, detail)
    }

    /// A log segment holds bytes that do not form valid record batches where valid ones must be.
    public static func corruptSegment(path: String, _ detail: String) -> StorageError {
        StorageError(.corruptSegment, path: path, detail)
    }

    /// The caller asked for an append that would break a segment invariant (offsets going
    /// backwards, a batch whose header disagrees with its bytes, an offset outside the segment).
    public static func invalidAppend(path: String, _ detail: String) -> StorageError {
        StorageError(.invalidAppend, path: path, detail)
    }

    /// The segment (or one of its indexes) cannot take more: roll a new one.
    public static func segmentFull(path: String, _ detail: String) -> StorageError {
        StorageError(.segmentFull, path: path, detail)
    }

    /// The file or segment was already closed.
    public static func closed(path: String) -> StorageError {
        StorageError(.closed, path: path, "it was already closed")
    }

    /// An earlier failure left the segment in a state that could not be rolled back; it must be
    /// recovered (reopened with `recover`) before it is used again.
    public static func unusable(path: String, _ detail: String) -> StorageError {
        StorageError(.unusable, path: path, detail)
    }

    /// The Kafka error a broker answers with.
    public var errorCode: ErrorCode { .kafkaStorageError }

    public var isIOError: Bool { if case .io = self.kind { true } else { false } }
    public var isMalformedFile: Bool { self.kind == .malformedFile }
    public var isCorruptSegment: Bool { self.kind == .corruptSegment }
    public var isInvalidAppend: Bool { self.kind == .invalidAppend }
    public var isSegmentFull: Bool { self.kind == .segmentFull }
    public var isUnusable: Bool { self.kind == .unusable }
    /// The disk is full (`ENOSPC` or `EDQUOT`): deleting data or adding space may help.
    public var isNoSpace: Bool { self.errno == ENOSPC || self.errno == EDQUOT }

    /// What failed, where, and why, in words a person can act on.
    public var message: String {
        var text: String
        switch self.kind {
        case .io(let operation):
            text = "\(operation) failed"
            if let path = self.path { text += " on \(path)" }
            if let errno = self.errno {
                text += ": \(String(cString: strerror(errno))) (errno \(errno))"
                if errno == ENOSPC || errno == EDQUOT { text += "; the disk is full, free space or add capacity" }
                if errno == EIO { text += "; the device reported an I/O error, check the disk and kernel log" }
            }
        case .malformedFile:
            text = "\(self.path ?? "file") is malformed"
        case .corruptSegment:
            text = "log segment \(self.path ?? "") is corrupt"
        case .invalidAppend:
            text = "append to \(self.path ?? "segment") rejected"
        case .segmentFull:
            text = "\(self.path ?? "segment") is full; roll a new segment"
        case .closed:
            text = "\(self.path ?? "file") was used after close"
        case .unusable:
            text = "\(self.path ?? "segment") needs recovery before further use"
        }
        if !self.detail.isEmpty { text += ": \(self.detail)" }
        return text
    }

    public var description: String { "KAFKA_STORAGE_ERROR: \(self.message)" }
}
