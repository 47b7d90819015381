import SluiceProtocol

extension ClassicGroupState {
    /// JoinGroup. The answer comes as `.joinResponse(token, …)`, in the returned actions or in those
    /// of a later call (when the rebalance completes).
    ///
    /// `memberIdSuffix` makes generated member ids unique (`clientId-suffix`, or
    /// `groupInstanceId-suffix` for static members); the coordinator passes a UUID.
    public mutating func join(_ request: ClassicJoinRequest, token: ClassicGroupToken, now: Int64, memberIdSuffix: String) -> [ClassicGroupAction] {
        self.joinStep(request, token: token, now: now, memberIdSuffix: memberIdSuffix)
        return self.drainOutbox()
    }

    private mutating func respond(_ token: ClassicGroupToken, _ error: ErrorCode, memberId: String) {
        self.outbox.append(.joinResponse(token, ClassicJoinResponse(errorCode: error, memberId: memberId)))
    }

    private mutating func joinStep(_ request: ClassicJoinRequest, token: ClassicGroupToken, now: Int64, memberIdSuffix: String) {
        if request.sessionTimeoutMs < self.config.minSessionTimeoutMs || request.sessionTimeoutMs > self.config.maxSessionTimeoutMs {
            return self.respond(token, .invalidSessionTimeout, memberId: request.memberId)
        }
        if !self.acceptsJoiningMember(request.memberId) {
            self.remove(request.memberId)
            self.maybeCompleteJoinPhase(now: now)
            return self.respond(token, .groupMaxSizeReached, memberId: "")
        }
        if self.phase == .dead { return self.respond(token, .coordinatorNotAvailable, memberId: request.memberId) }
        if !self.supportsProtocols(type: request.protocolType, protocols: request.protocols) {
            return self.respond(token, .inconsistentGroupProtocol, memberId: request.memberId)
        }
        if request.memberId.isEmpty {
            self.joinNewMember(request, token: token, now: now, memberIdSuffix: memberIdSuffix)
        } else {
            self.joinExistingMember(request, token: token, now: now)
        }
    }

    /// Kafka's `acceptJoiningMember`: the size limit counts members awaiting join while preparing
    /// (members that do not rejoin will be dropped), all members otherwise.
    private func acceptsJoiningMember(_ memberId: String) -> Bool {
        switch self.phase {
        case .empty, .dead:
            return true
        case .preparingRebalance:
            return self.members[memberId]?.joinToken != nil || self.awaitingJoinCount < self.config.maxSize
        case .completingRebalance, .stable:
            return self.members[memberId] != nil || self.members.count < self.config.maxSize
        }
    }

    private mutating func joinNewMember(_ request: ClassicJoinRequest, token: ClassicGroupToken, now: Int64, memberIdSuffix: String) {
        let newMemberId = (request.groupInstanceId ?? request.clientId) + "-" + memberIdSuffix
        if let instanceId = request.groupInstanceId {
            if let existing = self.staticMembers[instanceId] {
                self.replaceStaticMember(request, instanceId: instanceId, oldMemberId: existing, newMemberId: newMemberId, token: token, now: now)
            } else {
                self.addMemberAndRebalance(request, memberId: newMemberId, token: token, now: now)
            }
        } else if request.requireKnownMemberId {
            // KIP-394: the member must come back with this id; until then it holds up the rebalance
            // for at most its session timeout.
            self.pendingMembers[newMemberId] = now + Int64(request.sessionTimeoutMs)
            self.respond(token, .memberIdRequired, memberId: newMemberId)
        } else {
            self.addMemberAndRebalance(request, memberId: newMemberId, token: token, now: now)
        }
    }

    private mutating func joinExistingMember(_ request: ClassicJoinRequest, token: ClassicGroupToken, now: Int64) {
        let memberId = request.memberId
        if self.pendingMembers[memberId] != nil {
            // Pending ids are only handed to dynamic members.
            guard request.groupInstanceId == nil else { return self.respond(token, .unknownMemberId, memberId: memberId) }
            return self.addMemberAndRebalance(request, memberId: memberId, token: token, now: now)
        }
        if let error = self.validateMember(memberId, groupInstanceId: request.groupInstanceId) {
            return self.respond(token, error, memberId: memberId)
        }
        guard let member = self.members[memberId] else { return self.respond(token, .unknownMemberId, memberId: memberId) }
        switch self.phase {
        case .preparingRebalance:
            self.updateMemberThenRebalanceOrCompleteJoin(request, token: token, now: now)
        case .completingRebalance:
            if member.protocols == request.protocols {
                // It lost its JoinGroup answer: the current generation again.
                self.outbox.append(.joinResponse(token, self.joinResponse(for: memberId)))
            } else {
                self.updateMemberThenRebalanceOrCompleteJoin(request, token: token, now: now)
            }
        case .stable:
            if self.leaderId == memberId || member.protocols != request.protocols {
                // The leader rejoining forces a rebalance (e.g. topic metadata changed).
                self.updateMemberThenRebalanceOrCompleteJoin(request, token: token, now: now)
            } else {
                self.outbox.append(.joinResponse(token, self.joinResponse(for: memberId)))
            }
        case .empty, .dead:
            self.respond(token, .unknownMemberId, memberId: memberId)
        }
    }

    private mutating func addMemberAndRebalance(_ request: ClassicJoinRequest, memberId: String, token: ClassicGroupToken, now: Int64) {
        var member = Member(
            memberId: memberId, groupInstanceId: request.groupInstanceId, clientId: request.clientId,
            clientHost: request.clientHost, rebalanceTimeoutMs: request.rebalanceTimeoutMs,
            sessionTimeoutMs: request.sessionTimeoutMs, protocolType: request.protocolType, protocols: request.protocols)
        member.isNew = true
        member.joinToken = token
        if self.phase == .preparingRebalance && self.previousPhase == .empty { self.newMemberAdded = true }
        self.add(member)
        // A new member cannot heartbeat until it has its generation: its JoinGroup times out instead.
        self.rescheduleHeartbeat(memberId, now: now, timeoutMs: self.config.newMemberJoinTimeoutMs)
        self.maybePrepareRebalanceOrCompleteJoin(now: now)
    }

    /// Records the member's new protocols and timeouts and that it awaits join under `token`.
    private mutating func updateMember(_ request: ClassicJoinRequest, memberId: String, token: ClassicGroupToken) {
        guard var member = self.members[memberId] else { return }
        if let old = member.joinToken, old != token {
            // A JoinGroup superseded by a newer one from the same member (a client retry).
            self.outbox.append(.joinResponse(old, ClassicJoinResponse(errorCode: .rebalanceInProgress, memberId: memberId)))
        }
        member.protocols = request.protocols
        member.rebalanceTimeoutMs = request.rebalanceTimeoutMs
        member.sessionTimeoutMs = request.sessionTimeoutMs
        member.joinToken = token
        self.members[memberId] = member
    }

    private mutating func updateMemberThenRebalanceOrCompleteJoin(_ request: ClassicJoinRequest, token: ClassicGroupToken, now: Int64) {
        self.updateMember(request, memberId: request.memberId, token: token)
        self.maybePrepareRebalanceOrCompleteJoin(now: now)
    }

    /// A static member came back with an unknown member id: it takes over its instance's member
    /// (and assignment) under a new id; requests still waiting under the old id are fenced.
    private mutating func replaceStaticMember(_ request: ClassicJoinRequest, instanceId: String, oldMemberId: String, newMemberId: String, token: ClassicGroupToken, now: Int64) {
        guard var member = self.members.removeValue(forKey: oldMemberId) else {
            return self.respond(token, .unknownMemberId, memberId: "")
        }
        let currentLeader = self.leaderId
        if let old = member.joinToken { self.outbox.append(.joinResponse(old, ClassicJoinResponse(errorCode: .fencedInstanceId, memberId: oldMemberId))) }
        if let old = member.syncToken { self.outbox.append(.syncResponse(old, ClassicSyncResponse(errorCode: .fencedInstanceId))) }
        member.joinToken = nil
        member.syncToken = nil
        member.memberId = newMemberId
        member.clientId = request.clientId
        member.clientHost = request.clientHost
        self.members[newMemberId] = member
        self.order = self.order.map { $0 == oldMemberId ? newMemberId : $0 }
        if self.leaderId == oldMemberId { self.leaderId = newMemberId }
        self.staticMembers[instanceId] = newMemberId
        if self.pendingSyncMembers.remove(oldMemberId) != nil { self.pendingSyncMembers.insert(newMemberId) }
        self.rescheduleHeartbeat(newMemberId, now: now)

        switch self.phase {
        case .stable:
            self.members[newMemberId]?.protocols = request.protocols
            self.members[newMemberId]?.rebalanceTimeoutMs = request.rebalanceTimeoutMs
            self.members[newMemberId]?.sessionTimeoutMs = request.sessionTimeoutMs
            if (self.protocolName ?? "") == (self.selectProtocol() ?? "") {
                // The chosen protocol stays: no rebalance, the member keeps its assignment.
                self.outbox.append(.storeGroup(self.groupId, self.storedMetadata))
                let isLeader = self.leaderId == newMemberId
                self.outbox.append(.joinResponse(token, self.joinResponse(for: newMemberId, leader: currentLeader, skipAssignment: isLeader)))
            } else {
                self.members[newMemberId]?.joinToken = token
                self.maybePrepareRebalanceOrCompleteJoin(now: now)
            }
        case .completingRebalance:
            // The leader may already be assigning to the old id: rebalance again.
            self.updateMember(request, memberId: newMemberId, token: token)
            self.prepareRebalance(now: now)
        case .preparingRebalance:
            self.updateMember(request, memberId: newMemberId, token: token)
            self.maybeCompleteJoinPhase(now: now)
        case .empty, .dead:
            self.respond(token, .unknownMemberId, memberId: newMemberId)
        }
    }
}
