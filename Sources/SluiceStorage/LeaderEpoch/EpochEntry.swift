// MERGE NOTE: branch `storage` declares the same `EpochEntry` in CheckpointFile.swift, field for
// field. When both branches meet, delete this file; `LeaderEpochCheckpoint` then accepts that
// one unchanged.

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
