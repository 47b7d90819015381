extension ConsumerGroupState {
    /// Removes the members whose session (`group.consumer.session.timeout.ms` after their last
    /// heartbeat) or revocation (their rebalance timeout after being asked to revoke, while still
    /// at that epoch) has run out, as Kafka's timers fence them. Each removal bumps the group epoch.
    @discardableResult
    public mutating func expireMembers(nowMs: Int64, topics: ConsumerGroupTopics? = nil) -> [Expiry] {
        var expired: [Expiry] = []
        for (memberId, deadline) in self.sessionDeadlines.sorted(by: { $0.key < $1.key }) where deadline <= nowMs {
            expired.append(.sessionTimeout(memberId: memberId))
            self.removeMember(memberId, topics: topics)
        }
        for (memberId, timer) in self.rebalanceDeadlines.sorted(by: { $0.key < $1.key }) where timer.deadlineMs <= nowMs {
            self.rebalanceDeadlines[memberId] = nil
            guard let member = self.members[memberId], member.memberEpoch == timer.memberEpoch,
                member.state == .unrevokedPartitions
            else { continue }
            expired.append(.rebalanceTimeout(memberId: memberId))
            self.removeMember(memberId, topics: topics)
        }
        return expired
    }
}
