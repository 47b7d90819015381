import SluiceProtocol
import SluiceStorage

extension ReplicaManager {
    /// Appends validated producer batches to a partition this node leads.
    ///
    /// acks=-1 returns once the batches are acknowledgeable under the topic's durability mode
    /// (fsynced under group commit: the only replica is the whole ISR, and it has them on disk);
    /// acks=0 and 1 return once written. The high watermark follows what is acknowledgeable, and
    /// waiting fetches are woken when it moves.
    public func appendToLeader(
        _ partition: Partition, batches: [RecordBatch], requiredAcks: Int16, nowMs: Int64
    ) async throws -> LogAppendInfo {
        guard partition.isLeader else {
            throw PartitionError(.notLeaderOrFollower, "this broker does not lead \(partition.topicPartition)")
        }
        let log = partition.log
        let info = try log.append(batches, leaderEpoch: partition.leaderEpoch, nowMs: nowMs)
        if requiredAcks == -1 {
            try await log.waitUntilDurable(info)
            self.advanceHighWatermark(of: log)
        } else {
            self.advanceHighWatermark(of: log)
            Task {
                // The high watermark moves once the data is acknowledgeable; a failed fsync has
                // taken the log offline and is reported by the next request to it.
                try? await log.waitUntilDurable(info)
                self.advanceHighWatermark(of: log)
            }
        }
        return info
    }

    func advanceHighWatermark(of log: Log) {
        let before = log.highWatermark
        if log.advanceHighWatermarkToDurable() != before {
            self.fetchWaiters.wakeAll()
        }
    }
}
