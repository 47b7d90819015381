import SluiceProtocol

extension ClassicGroupState {
    /// SyncGroup. The answer comes as `.syncResponse(token, …)`: at once, or for followers of a
    /// CompletingRebalance group once the leader has sent the assignment.
    public mutating func sync(_ request: ClassicSyncRequest, token: ClassicGroupToken, now: Int64) -> [ClassicGroupAction] {
        self.syncStep(request, token: token, now: now)
        return self.drainOutbox()
    }

    private mutating func syncStep(_ request: ClassicSyncRequest, token: ClassicGroupToken, now: Int64) {
        func respond(_ error: ErrorCode) { self.outbox.append(.syncResponse(token, ClassicSyncResponse(errorCode: error))) }
        if self.phase == .dead { return respond(.coordinatorNotAvailable) }
        if let error = self.validateMember(request.memberId, groupInstanceId: request.groupInstanceId) { return respond(error) }
        if request.generationId != self.generationId { return respond(.illegalGeneration) }
        if Self.isInconsistent(request.protocolType, self.protocolType) || Self.isInconsistent(request.protocolName, self.protocolName) {
            return respond(.inconsistentGroupProtocol)
        }
        let memberId = request.memberId
        switch self.phase {
        case .empty, .dead:
            respond(.unknownMemberId)
        case .preparingRebalance:
            respond(.rebalanceInProgress)
        case .completingRebalance:
            if let old = self.members[memberId]?.syncToken, old != token {
                self.outbox.append(.syncResponse(old, ClassicSyncResponse(errorCode: .rebalanceInProgress)))
            }
            self.members[memberId]?.syncToken = token
            self.pendingSyncMembers.remove(memberId)
            guard self.leaderId == memberId else { return }
            for id in self.order { self.members[id]?.assignment = request.assignments[id] ?? [] }
            self.outbox.append(.storeGroup(self.groupId, self.storedMetadata))
            self.propagateAssignment(error: .noError, now: now)
            self.transition(to: .stable, now: now)
        case .stable:
            self.pendingSyncMembers.remove(memberId)
            self.rescheduleHeartbeat(memberId, now: now)
            let assignment = self.members[memberId]?.assignment ?? []
            self.outbox.append(.syncResponse(token, ClassicSyncResponse(errorCode: .noError, protocolType: self.protocolType, protocolName: self.protocolName, assignment: assignment)))
        }
    }

    static func isInconsistent(_ requested: String?, _ current: String?) -> Bool {
        guard let requested, let current else { return false }
        return requested != current
    }

    /// Storing the generation `generationId` failed: members must rejoin (Kafka resets the
    /// assignment and rebalances when the group metadata append fails).
    public mutating func storeFailed(generationId: Int32, now: Int64) -> [ClassicGroupAction] {
        if generationId == self.generationId, self.phase == .stable || self.phase == .completingRebalance {
            self.resetAndPropagateAssignment(error: .coordinatorNotAvailable, now: now)
            self.prepareRebalance(now: now)
        }
        return self.drainOutbox()
    }
}
