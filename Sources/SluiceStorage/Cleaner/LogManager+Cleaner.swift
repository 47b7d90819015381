extension CheckpointFileName {
    /// In each log directory: per compacted partition, the first offset not yet cleaned (Kafka's
    /// `cleaner-offset-checkpoint`, version 0, lines `topic partition offset`).
    public static let cleanerOffset = "cleaner-offset-checkpoint"
}

/// What one `LogManager.runCleaner` pass did.
public struct CleanerRunResult {
    /// The logs cleaned and how.
    public var cleaned: [LogManager.TopicPartition: CleaningOutcome] = [:]
    /// Logs whose pass failed (a disk failure during the swap also takes the log offline).
    public var failures: [LogManager.TopicPartition: Error] = [:]
}

extension LogManager {
    /// The `cleaner-offset-checkpoint` entries (empty when the file does not exist).
    public func cleanerCheckpoints() throws -> [TopicPartition: Int64] {
        let path = joinPath(self.dataDirectory, CheckpointFileName.cleanerOffset)
        guard self.fileIO.fileExists(path) else { return [:] }
        var result: [TopicPartition: Int64] = [:]
        for entry in try OffsetCheckpointFile(path: path, fileIO: self.fileIO).read() {
            result[TopicPartition(topic: entry.topic, partition: entry.partition)] = entry.offset
        }
        return result
    }

    /// One cleaner pass, synchronously (Kafka's cleaner threads, without the scheduling): every
    /// online log whose `cleanup.policy` compacts and whose `cleanableRange` `needsCleaning` is
    /// cleaned from its `cleaner-offset-checkpoint` entry; then the checkpoint is rewritten
    /// atomically with the new first dirty offsets (entries of logs that no longer exist or no
    /// longer compact are dropped; a range that found its entry out of the log is rewritten).
    /// Logs are cleaned one after the other. One caller at a time: the checkpoint is read,
    /// updated and written by this call.
    ///
    /// - Parameter cleaningConfig: the topic's compaction configs (`delete.retention.ms`,
    ///   `min.cleanable.dirty.ratio`, ...); `cleanup.policy` is taken from each log's own config.
    @discardableResult
    public func runCleaner(
        nowMs: Int64,
        offsetMapMemory: Int = OffsetMap.defaultMemoryBudget,
        cleaningConfig: (String) -> LogCleaningConfig = { _ in LogCleaningConfig() }
    ) throws -> CleanerRunResult {
        let previous = try self.cleanerCheckpoints()
        var checkpoints: [TopicPartition: Int64] = [:]
        var result = CleanerRunResult()
        let logs = self.allLogs.filter(\.isOnline).sorted { ($0.topic, $0.partition) < ($1.topic, $1.partition) }
        for log in logs where log.config.cleanupPolicy.compacts {
            let key = TopicPartition(topic: log.topic, partition: log.partition)
            do {
                let config = cleaningConfig(log.topic)
                let range = try log.cleanableRange(nowMs: nowMs, cleaningConfig: config, firstDirtyOffset: previous[key])
                if let old = previous[key] { checkpoints[key] = range.forceUpdateCheckpoint ? range.firstDirtyOffset : old }
                guard range.needsCleaning else { continue }
                if let outcome = try log.clean(nowMs: nowMs, cleaningConfig: config, firstDirtyOffset: previous[key], offsetMapMemory: offsetMapMemory) {
                    result.cleaned[key] = outcome
                    checkpoints[key] = outcome.nextDirtyOffset
                }
            } catch {
                result.failures[key] = error
            }
        }
        let entries = checkpoints.sorted { ($0.key.topic, $0.key.partition) < ($1.key.topic, $1.key.partition) }
            .map { TopicPartitionOffset(topic: $0.key.topic, partition: $0.key.partition, offset: $0.value) }
        if entries != self.sortedEntries(previous) {
            try OffsetCheckpointFile(path: joinPath(self.dataDirectory, CheckpointFileName.cleanerOffset), fileIO: self.fileIO).write(entries)
        }
        return result
    }

    private func sortedEntries(_ checkpoints: [TopicPartition: Int64]) -> [TopicPartitionOffset] {
        checkpoints.sorted { ($0.key.topic, $0.key.partition) < ($1.key.topic, $1.key.partition) }
            .map { TopicPartitionOffset(topic: $0.key.topic, partition: $0.key.partition, offset: $0.value) }
    }
}
