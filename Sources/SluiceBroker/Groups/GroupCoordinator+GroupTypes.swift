import SluiceProtocol

/// A group id names either a classic or a KIP-848 group, never both (Kafka's group types).
/// Kafka replaces an empty group of one type when a member of the other joins (its committed
/// offsets stay); a group with members is not converted (Kafka's online migration is not
/// supported here), and the other protocol's members are refused.
extension GroupCoordinator {
    /// Before a classic JoinGroup: INCONSISTENT_GROUP_PROTOCOL for a KIP-848 group with members;
    /// an empty one is deleted. Nil: go on.
    func admitClassicJoin(groupId: String) async -> ErrorCode? {
        guard let consumerGroups = self.consumerGroups, let group = consumerGroups.group(groupId) else { return nil }
        if !group.members.isEmpty { return .inconsistentGroupProtocol }
        _ = await consumerGroups.deleteGroup(groupId)
        return nil
    }

    /// Before a ConsumerGroupHeartbeat: an empty classic group is deleted when a member joins
    /// (epoch 0); a classic group with members gets the refusal's message (GROUP_ID_NOT_FOUND, as
    /// Kafka words it). Nil: go on.
    func admitConsumerHeartbeat(groupId: String, joining: Bool) async -> String? {
        guard self.consumerGroups?.group(groupId) == nil, let phase = self.classic.phase(of: groupId) else { return nil }
        if joining && (phase == .empty || phase == .dead) {
            _ = await self.classic.deleteGroup(groupId)
            return nil
        }
        return "Group \(groupId) is not a consumer group."
    }
}
