import SluiceProtocol

/// Why an append could not be acknowledged as durable. Sync failures and shutdown are answered
/// with `KAFKA_STORAGE_ERROR`: the partition goes offline and clients move to another replica
/// (or, on a single node, retry until an operator intervenes). Appends removed by a log
/// truncation are answered with `NOT_LEADER_OR_FOLLOWER`, as Kafka does when leadership moved
/// under a waiting produce request.
///
/// Kept separate from the storage layer's general `StorageError` so this file merges without
/// conflict; `underlying` carries the `StorageError` (or any error) the sync closure threw.
public struct DurabilityError: Error, CustomStringConvertible {
    private enum Kind: Sendable, Hashable {
        case syncFailed
        case logOffline
        case shutDown
        case truncated
    }

    private let kind: Kind
    /// The error thrown by the failed sync, when there is one.
    public let underlying: (any Error)?

    private init(_ kind: Kind, underlying: (any Error)?) {
        self.kind = kind
        self.underlying = underlying
    }

    /// The sync covering this waiter's offset failed: the data may or may not be on disk, so it
    /// must not be acknowledged.
    public static func syncFailed(_ underlying: any Error) -> DurabilityError {
        DurabilityError(.syncFailed, underlying: underlying)
    }

    /// An earlier sync of this log failed; nothing written to it since can be acknowledged.
    public static func logOffline(after underlying: any Error) -> DurabilityError {
        DurabilityError(.logOffline, underlying: underlying)
    }

    /// The committer was shut down (or its thread pool stopped) before the offset became durable.
    public static let shutDown = DurabilityError(.shutDown, underlying: nil)

    /// The log was truncated below the waiter's offset: its appends are gone.
    public static let truncated = DurabilityError(.truncated, underlying: nil)

    /// The Kafka error a broker answers with.
    public var errorCode: ErrorCode { self.kind == .truncated ? .notLeaderOrFollower : .kafkaStorageError }

    public var isSyncFailure: Bool { self.kind == .syncFailed }
    public var isLogOffline: Bool { self.kind == .logOffline }
    public var isShutDown: Bool { self.kind == .shutDown }
    public var isTruncated: Bool { self.kind == .truncated }

    public var description: String {
        let cause = self.underlying.map { ": \($0)" } ?? ""
        switch self.kind {
        case .syncFailed:
            return "KAFKA_STORAGE_ERROR: fsync of the log failed, the append was not acknowledged\(cause)"
        case .logOffline:
            return "KAFKA_STORAGE_ERROR: the log is offline after an earlier fsync failure; restart the broker after checking the disk\(cause)"
        case .shutDown:
            return "KAFKA_STORAGE_ERROR: the log was closed before the append became durable"
        case .truncated:
            return "NOT_LEADER_OR_FOLLOWER: the log was truncated below the append before it became durable"
        }
    }
}
