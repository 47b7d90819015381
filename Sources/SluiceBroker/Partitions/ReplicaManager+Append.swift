import SluiceProtocol
import SluiceStorage

extension ReplicaManager {
    /// Appends validated producer batches to a partition this node leads, in the caller's order.
    /// Returns once written; `waitForAcknowledgement` then waits for what acks=-1 needs.
    ///
    /// The high watermark follows what is acknowledgeable under the topic's durability mode
    /// (fsynced under group commit), and waiting fetches are woken when it moves.
    ///
    /// `awaitedByCaller`: the caller will call `waitForAcknowledgement` (acks=-1), which moves the
    /// high watermark; otherwise a background task moves it once the batches are durable.
    public func appendToLeader(_ partition: Partition, batches: [RecordBatch], nowMs: Int64, awaitedByCaller: Bool = false) throws -> LogAppendInfo {
        guard partition.isLeader else {
            throw PartitionError(.notLeaderOrFollower, "this broker does not lead \(partition.topicPartition)")
        }
        let log = partition.log
        let info = try log.append(batches, leaderEpoch: partition.leaderEpoch, nowMs: nowMs)
        self.advanceHighWatermark(of: log)
        if awaitedByCaller { return info }
        Task {
            // The high watermark moves once the data is acknowledgeable; a failed fsync has
            // taken the log offline and is reported by the next request to it.
            try? await log.waitUntilDurable(info)
            self.advanceHighWatermark(of: log)
        }
        return info
    }

    /// acks=-1: returns once the appended batches are acknowledgeable (fsynced under group
    /// commit: the only replica is the whole ISR, and it has them on disk).
    public func waitForAcknowledgement(_ partition: Partition, info: LogAppendInfo) async throws {
        try await partition.log.waitUntilDurable(info)
        self.advanceHighWatermark(of: partition.log)
    }

    func advanceHighWatermark(of log: Log) {
        let before = log.highWatermark
        if log.advanceHighWatermarkToDurable() != before {
            self.fetchWaiters.wakeAll()
        }
    }
}
