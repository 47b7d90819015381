extension ConsumerOffsetsStorage {
    /// Offsets due to expire at `now` under Kafka's rule (`OffsetExpirationCondition`). Only
    /// groups `groupIsEmpty` says are empty lose offsets: an offset committed with an explicit
    /// expire timestamp (OffsetCommit v1) at that time; any other `offsets.retention.minutes`
    /// after the group became empty (its stored metadata's `currentStateTimestamp`), or after the
    /// commit when the group has no protocol type (a standalone consumer committing offsets) or
    /// no such timestamp. A group with members keeps its offsets. (Kafka also expires a live
    /// consumer group's offsets of topics it no longer subscribes to; that needs the
    /// subscription, which the coordinator has and this storage does not.)
    ///
    /// Reads what this storage loaded and wrote since: call `load` first.
    public func expiredOffsets(now: Int64, groupIsEmpty: (String) -> Bool) -> [String: [GroupTopicPartition]] {
        let stored = self.mirror.withLockedValue { $0 }
        return Self.expiredOffsets(in: stored, now: now, retentionMs: self.retentionMs, groupIsEmpty: groupIsEmpty)
    }

    /// `expiredOffsets` of one group; nil when none of its offsets is due.
    public func expiredOffsets(now: Int64, only group: String, groupIsEmpty: (String) -> Bool) -> [GroupTopicPartition]? {
        let stored = self.mirror.withLockedValue { stored in
            StoredGroups(offsets: stored.offsets[group].map { [group: $0] } ?? [:], groups: stored.groups[group].map { [group: $0] } ?? [:])
        }
        return Self.expiredOffsets(in: stored, now: now, retentionMs: self.retentionMs, groupIsEmpty: groupIsEmpty)[group]
    }

    /// `expiredOffsets`, then tombstones for them (one batch per group). Returns what was removed,
    /// for the coordinator to drop from its state.
    @discardableResult
    public func expireOffsets(now: Int64, groupIsEmpty: (String) -> Bool) async throws -> [String: [GroupTopicPartition]] {
        let expired = self.expiredOffsets(now: now, groupIsEmpty: groupIsEmpty)
        for group in expired.keys.sorted() {
            guard let partitions = expired[group] else { continue }
            try await self.deleteOffsets(group: group, partitions: partitions)
        }
        return expired
    }

    static func expiredOffsets(
        in stored: StoredGroups, now: Int64, retentionMs: Int64, groupIsEmpty: (String) -> Bool
    ) -> [String: [GroupTopicPartition]] {
        var expired: [String: [GroupTopicPartition]] = [:]
        for (group, offsets) in stored.offsets {
            let metadata = stored.groups[group]
            guard groupIsEmpty(group) else { continue }
            var gone: [GroupTopicPartition] = []
            for (partition, offset) in offsets {
                if offset.expireTimestamp != -1 {
                    if now >= offset.expireTimestamp { gone.append(partition) }
                    continue
                }
                var base = offset.commitTimestamp
                if let metadata, !metadata.protocolType.isEmpty, metadata.currentStateTimestamp >= 0 {
                    base = metadata.currentStateTimestamp
                }
                if now &- base >= retentionMs { gone.append(partition) }
            }
            if !gone.isEmpty { expired[group] = gone.sorted() }
        }
        return expired
    }
}
