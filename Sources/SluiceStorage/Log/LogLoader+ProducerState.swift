import SluiceProtocol

/// Rebuilding producer state when a log opens (Kafka's `rebuildProducerState`), after the
/// segments were loaded and, without a clean shutdown, recovered:
/// 1. snapshots past the log end offset (the log lost what they describe) or below the log start
///    offset are deleted; without a clean shutdown, so are snapshots past the recovery point, so
///    that the state of the recovered part is rebuilt from its batches;
/// 2. the newest snapshot left is read (a corrupt one is deleted and the next older one tried);
///    producers already expired are skipped;
/// 3. the batches from the snapshot's offset (or from the log start offset when no snapshot is
///    usable) to the log end offset are replayed.
///
/// Unlike Kafka, a log with no snapshot is always replayed from its start, even after a clean
/// shutdown (Kafka skips that as an upgrade shortcut); replay reads batch headers only.
extension LogLoader {
    struct LoadedProducerState {
        var state: ProducerStateManager
        var snapshots: ProducerSnapshotStore
        /// The snapshot the state started from; nil when it was rebuilt from the log start.
        var snapshotOffset: Int64?
    }

    func loadProducerState(
        segments: [LogSegment], logStartOffset: Int64, logEndOffset: Int64, hadCleanShutdown: Bool, recoveryPoint: Int64
    ) throws -> LoadedProducerState {
        var snapshots = try ProducerSnapshotStore(directory: self.directory, fileIO: self.fileIO)
        let limit = hadCleanShutdown ? logEndOffset : min(recoveryPoint, logEndOffset)
        try snapshots.delete { $0 > limit || $0 < logStartOffset }
        var (state, snapshotOffset) = try snapshots.loadLatest(
            atOrBelow: limit, logStartOffset: logStartOffset, producerIdExpirationMs: self.config.producerIdExpirationMs, nowMs: self.nowMs
        )
        try state.replay(segments: segments, to: logEndOffset, codecs: self.codecs)
        return LoadedProducerState(state: state, snapshots: snapshots, snapshotOffset: snapshotOffset)
    }
}
