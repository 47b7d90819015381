import SluiceProtocol

extension ClassicGroupState {
    /// Heartbeat: REBALANCE_IN_PROGRESS while preparing a rebalance tells the member to rejoin.
    public mutating func heartbeat(memberId: String, groupInstanceId: String?, generationId: Int32, now: Int64) -> ErrorCode {
        if self.phase == .dead { return .coordinatorNotAvailable }
        if let error = self.validateMember(memberId, groupInstanceId: groupInstanceId) { return error }
        if generationId != self.generationId { return .illegalGeneration }
        switch self.phase {
        case .empty, .dead:
            return .unknownMemberId
        case .preparingRebalance:
            self.rescheduleHeartbeat(memberId, now: now)
            return .rebalanceInProgress
        case .completingRebalance, .stable:
            self.rescheduleHeartbeat(memberId, now: now)
            return .noError
        }
    }

    /// LeaveGroup, one result per member in request order; one rebalance for the whole batch.
    /// An empty member id with an instance id removes that static member (admin removal).
    public mutating func leave(_ leaving: [ClassicLeaveMember], now: Int64) -> (results: [ClassicLeaveMemberResult], actions: [ClassicGroupAction]) {
        guard self.phase != .dead else {
            return (leaving.map { ClassicLeaveMemberResult(memberId: $0.memberId, groupInstanceId: $0.groupInstanceId, errorCode: .coordinatorNotAvailable) }, [])
        }
        var results: [ClassicLeaveMemberResult] = []
        var removedMember = false
        var removedPending = false
        for member in leaving {
            var error = ErrorCode.noError
            if member.memberId.isEmpty {
                if let instanceId = member.groupInstanceId, let memberId = self.staticMembers[instanceId] {
                    self.removeAndAnswer(memberId, error: .unknownMemberId)
                    removedMember = true
                } else {
                    error = .unknownMemberId
                }
            } else if self.pendingMembers.removeValue(forKey: member.memberId) != nil {
                removedPending = true
            } else if let validation = self.validateMember(member.memberId, groupInstanceId: member.groupInstanceId) {
                error = validation
            } else {
                self.removeAndAnswer(member.memberId, error: .unknownMemberId)
                removedMember = true
            }
            results.append(ClassicLeaveMemberResult(memberId: member.memberId, groupInstanceId: member.groupInstanceId, errorCode: error))
        }
        if removedMember {
            self.maybePrepareRebalanceOrCompleteJoin(now: now)
        } else if removedPending {
            self.maybeCompleteJoinPhase(now: now)
        }
        return (results, self.drainOutbox())
    }

    /// Runs every timer due at `now`: expired pending members and sessions (→ rebalance), the
    /// initial rebalance delay, the rebalance timeout (members that did not rejoin are dropped) and
    /// members that never sent SyncGroup.
    public mutating func tick(now: Int64) -> [ClassicGroupAction] {
        guard self.phase != .dead else { return [] }
        let expiredPending = self.pendingMembers.filter { $0.value <= now }.map(\.key)
        if !expiredPending.isEmpty {
            for id in expiredPending { self.pendingMembers[id] = nil }
            self.maybeCompleteJoinPhase(now: now)
        }
        for id in self.order {
            guard let member = self.members[id], let deadline = member.heartbeatDeadline, deadline <= now else { continue }
            self.members[id]?.heartbeatDeadline = nil
            if !member.hasSatisfiedHeartbeat { self.removeMemberAndUpdateGroup(id, now: now) }
        }
        if let joinTimer = self.joinTimer, joinTimer.deadline <= now {
            switch joinTimer {
            case .initialDelay(_, let delayMs, let remainingMs):
                if self.newMemberAdded && remainingMs != 0 {
                    // Someone joined during the delay: wait a little longer, within the rebalance timeout.
                    self.newMemberAdded = false
                    let newDelay = min(Int64(self.config.initialRebalanceDelayMs), remainingMs)
                    self.joinTimer = .initialDelay(deadline: now + newDelay, delayMs: newDelay, remainingMs: max(remainingMs - delayMs, 0))
                } else {
                    self.completeJoin(now: now)
                }
            case .rebalance:
                self.completeJoin(now: now)
            }
        }
        if let syncDeadline = self.syncDeadline, syncDeadline <= now {
            self.syncDeadline = nil
            if self.phase == .completingRebalance || self.phase == .stable, !self.pendingSyncMembers.isEmpty {
                for id in self.order where self.pendingSyncMembers.contains(id) { self.removeAndAnswer(id, error: .unknownMemberId) }
                self.prepareRebalance(now: now)
            }
        }
        return self.drainOutbox()
    }

    /// DeleteGroups: only an Empty group can go (GROUP_ID_NOT_FOUND when Dead, NON_EMPTY_GROUP
    /// otherwise). On success the group is Dead and its metadata must be removed.
    public mutating func delete(now: Int64) -> (error: ErrorCode, actions: [ClassicGroupAction]) {
        switch self.phase {
        case .dead: return (.groupIdNotFound, [])
        case .stable, .preparingRebalance, .completingRebalance: return (.nonEmptyGroup, [])
        case .empty:
            self.transition(to: .dead, now: now)
            self.joinTimer = nil
            self.syncDeadline = nil
            self.pendingMembers = [:]
            return (.noError, [.storeGroup(self.groupId, nil)])
        }
    }
}
