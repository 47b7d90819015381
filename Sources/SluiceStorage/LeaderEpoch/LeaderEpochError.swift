import SluiceProtocol

/// A leader epoch entry the cache refuses. Failures of the checkpoint file itself are
/// `StorageError`s from `CheckpointFile`.
public struct LeaderEpochError: Error, Sendable, Hashable, CustomStringConvertible {
    private enum Kind: Sendable, Hashable {
        case invalidEntry
    }

    private let kind: Kind
    private let detail: String

    private init(_ kind: Kind, _ detail: String) {
        self.kind = kind
        self.detail = detail
    }

    /// `assign` was given a negative epoch or start offset (Kafka throws IllegalArgumentException).
    public static func invalidEntry(epoch: Int32, startOffset: Int64) -> LeaderEpochError {
        LeaderEpochError(.invalidEntry, "epoch \(epoch) and start offset \(startOffset) must both be >= 0")
    }

    public var isInvalidEntry: Bool { self.kind == .invalidEntry }

    /// An invalid entry is a bug in the caller, so the broker answers `UNKNOWN_SERVER_ERROR`.
    public var errorCode: ErrorCode { .unknownServerError }

    public var description: String { "invalid leader epoch entry: \(self.detail)" }
}
