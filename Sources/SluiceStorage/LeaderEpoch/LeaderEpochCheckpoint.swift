import NIOConcurrencyHelpers

/// Where a `LeaderEpochCache` persists its entries. The failure point of the cache, so tests
/// can inject faults (`InMemoryLeaderEpochCheckpoint.failNextWrite`).
///
/// `write` must be atomic: after a crash, `read` returns either the previous or the new
/// entries. Implementations are used by one cache at a time.
///
/// Not class-bound, so that `LeaderEpochCheckpointFile` (a struct) conforms.
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

/// The partition's `leader-epoch-checkpoint` file, written atomically through `FileIO`.
extension CheckpointFile: LeaderEpochCheckpoint where Codec == LeaderEpochCheckpointCodec {}
