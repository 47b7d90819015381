extension ConsumerOffsetsStorage {
    /// Offsets due to expire at `now` under Kafka's rule (`OffsetExpirationCondition` and
    /// `isSubscribedToTopic`), given each group's `OffsetExpiryRule` (nil keeps all its offsets):
    /// offsets of topics the group consumes are kept; an offset committed with an explicit
    /// retention (OffsetCommit v2-4 RetentionTimeMs) expires at its expire timestamp; any other
    /// `offsets.retention.minutes` after the rule's base time.
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
