extension ConsumerOffsetsStorage {
    /// Offsets due to expire at `now` under Kafka's rule (`OffsetExpirationCondition` and
    /// `isSubscribedToTopic`), given each group's `OffsetExpiryRule` (nil keeps all its offsets):
    /// offsets of topics the group consumes are kept; an offset committed with an explicit expire
    /// timestamp (OffsetCommit v1) expires at that time; any other `offsets.retention.minutes`
    /// after the rule's base time.
    ///
    /// Reads what this storage loaded and wrote since: call `load` first.
    public func expiredOffsets(now: Int64, rule: (String) -> OffsetExpiryRule?) -> [String: [GroupTopicPartition]] {
        let offsets = self.mirror.withLockedValue { $0 }
        return Self.expiredOffsets(in: offsets, now: now, retentionMs: self.retentionMs, rule: rule)
    }

    /// `expiredOffsets` of one group; nil when none of its offsets is due.
    public func expiredOffsets(now: Int64, only group: String, rule: (String) -> OffsetExpiryRule?) -> [GroupTopicPartition]? {
        guard let offsets = self.mirror.withLockedValue({ $0[group] }) else { return nil }
        return Self.expiredOffsets(in: [group: offsets], now: now, retentionMs: self.retentionMs, rule: rule)[group]
    }

    /// `expiredOffsets`, then tombstones for them (one batch per group). Returns what was removed.
    @discardableResult
    public func expireOffsets(now: Int64, rule: (String) -> OffsetExpiryRule?) async throws -> [String: [GroupTopicPartition]] {
        let expired = self.expiredOffsets(now: now, rule: rule)
        for group in expired.keys.sorted() {
            guard let partitions = expired[group] else { continue }
            try await self.deleteOffsets(group: group, partitions: partitions)
        }
        return expired
    }

    static func expiredOffsets(
        in offsets: [String: [GroupTopicPartition: StoredOffset]], now: Int64, retentionMs: Int64, rule: (String) -> OffsetExpiryRule?
    ) -> [String: [GroupTopicPartition]] {
        var expired: [String: [GroupTopicPartition]] = [:]
        for (group, offsets) in offsets {
            guard let rule = rule(group) else { continue }
            var gone: [GroupTopicPartition] = []
            for (partition, offset) in offsets where !rule.subscribedTopics.contains(partition.topic) {
                if offset.expireTimestamp != -1 {
                    if now >= offset.expireTimestamp { gone.append(partition) }
                    continue
                }
                let base: Int64
                switch rule.since {
                case .commit: base = offset.commitTimestamp
                case .groupBecameEmpty(let timestamp): base = timestamp
                }
                if now &- base >= retentionMs { gone.append(partition) }
            }
            if !gone.isEmpty { expired[group] = gone.sorted() }
        }
        return expired
    }
}
