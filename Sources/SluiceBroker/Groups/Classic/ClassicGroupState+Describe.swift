import SluiceProtocol

extension ClassicGroupState {
    public var description: ClassicGroupDescription {
        let stable = self.phase == .stable
        return ClassicGroupDescription(
            groupId: self.groupId, state: self.phase, protocolType: self.protocolType ?? "",
            protocolName: stable ? (self.protocolName ?? "") : "",
            members: self.order.compactMap { id in
                guard let member = self.members[id] else { return nil }
                return ClassicGroupDescription.Member(
                    memberId: id, groupInstanceId: member.groupInstanceId, clientId: member.clientId, clientHost: member.clientHost,
                    metadata: stable ? member.metadata(for: self.protocolName) : [], assignment: stable ? member.assignment : [])
            })
    }

    public var listing: ClassicGroupListing {
        ClassicGroupListing(groupId: self.groupId, protocolType: self.protocolType ?? "", state: self.phase)
    }

    /// Kafka's `validateOffsetCommit` for a classic group; nil when the commit may proceed.
    ///
    /// Generation -1 with no member id (a simple consumer or an admin tool) may commit only while
    /// the group is Empty; a member must present its current member id, instance id and
    /// generation; members of a group completing a rebalance get REBALANCE_IN_PROGRESS (not for
    /// transactional commits).
    public func validateOffsetCommit(memberId: String, groupInstanceId: String?, generationId: Int32, isTransactional: Bool = false) -> ErrorCode? {
        if self.phase == .dead { return .coordinatorNotAvailable }
        if generationId < 0 && self.phase == .empty { return nil }
        if generationId >= 0 || !memberId.isEmpty || groupInstanceId != nil {
            if let error = self.validateMember(memberId, groupInstanceId: groupInstanceId) { return error }
            if generationId != self.generationId { return .illegalGeneration }
        } else if !isTransactional && self.phase != .empty {
            return .unknownMemberId
        }
        if !isTransactional && self.phase == .completingRebalance { return .rebalanceInProgress }
        return nil
    }
}
