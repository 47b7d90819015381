import SluiceProtocol

extension ConsumerGroupState {
    /// One ConsumerGroupHeartbeat (v0-1) for this group: join (epoch 0), heartbeat (epoch N),
    /// leave (-1) or static leave (-2). Expired members are removed first.
    ///
    /// `version` 1 requires the client-generated member id (KIP-1082); on v0 a joining member
    /// with an empty id gets `newMemberId()`. `SubscribedTopicRegex` is not supported: a non-empty
    /// regex is refused with INVALID_REQUEST (Kafka would resolve it against the topics).
    public mutating func heartbeat(
        _ request: ConsumerGroupHeartbeatRequest, version: Int16, clientId: String = "", clientHost: String = "",
        topics: ConsumerGroupTopics, nowMs: Int64, newMemberId: () -> String = { KafkaUUID.random().description }
    ) -> ConsumerGroupHeartbeatOutcome {
        _ = self.expireMembers(nowMs: nowMs, topics: topics)
        do throws(ConsumerGroupHeartbeatError) {
            try self.validate(request, version: version)
            switch request.memberEpoch {
            case Self.leaveGroupMemberEpoch, Self.leaveGroupStaticMemberEpoch:
                return try self.leave(request, topics: topics)
            default:
                return try self.heartbeatOrJoin(
                    request, clientId: clientId, clientHost: clientHost, topics: topics, nowMs: nowMs,
                    newMemberId: newMemberId)
            }
        } catch {
            return .failure(error.code, error.message)
        }
    }

    /// Kafka's `throwIfConsumerGroupHeartbeatRequestIsInvalid`.
    func validate(_ request: ConsumerGroupHeartbeatRequest, version: Int16) throws(ConsumerGroupHeartbeatError) {
        func invalid(_ message: String) -> ConsumerGroupHeartbeatError { ConsumerGroupHeartbeatError(.invalidRequest, message) }
        if version >= 1 || request.memberEpoch > 0 || request.memberEpoch == Self.leaveGroupMemberEpoch, request.memberId.isEmpty {
            throw invalid("MemberId can't be empty.")
        }
        if request.groupId.isEmpty { throw invalid("GroupId can't be empty.") }
        if request.instanceId?.isEmpty == true { throw invalid("InstanceId can't be empty.") }
        if request.rackId?.isEmpty == true { throw invalid("RackId can't be empty.") }
        if request.memberEpoch == 0 {
            if request.rebalanceTimeoutMs == -1 { throw invalid("RebalanceTimeoutMs must be provided in first request.") }
            if request.topicPartitions == nil || request.topicPartitions?.isEmpty == false {
                throw invalid("TopicPartitions must be empty when (re-)joining.")
            }
            // An empty subscription is accepted: the member is in the group but reads nothing.
            if request.subscribedTopicNames == nil && request.subscribedTopicRegex == nil {
                throw invalid("Either SubscribedTopicNames or SubscribedTopicRegex must be non-null when (re-)joining.")
            }
        } else if request.memberEpoch == Self.leaveGroupStaticMemberEpoch {
            if request.instanceId == nil { throw invalid("InstanceId can't be null.") }
        } else if request.memberEpoch < Self.leaveGroupStaticMemberEpoch {
            throw invalid("MemberEpoch is invalid.")
        }
        if let regex = request.subscribedTopicRegex, !regex.isEmpty {
            throw invalid("SubscribedTopicRegex is not supported by this broker; subscribe with topic names.")
        }
        if let assignor = request.serverAssignor, self.config.assignors.named(assignor) == nil {
            throw ConsumerGroupHeartbeatError(
                .unsupportedAssignor,
                "ServerAssignor \(assignor) is not supported. Supported assignors: \(self.config.assignors.names.joined(separator: ", ")).")
        }
    }

    private mutating func leave(_ request: ConsumerGroupHeartbeatRequest, topics: ConsumerGroupTopics) throws(ConsumerGroupHeartbeatError) -> ConsumerGroupHeartbeatOutcome {
        let member: ConsumerGroupMember
        if let instanceId = request.instanceId {
            member = try self.staticMember(instanceId: instanceId, memberId: request.memberId)
        } else {
            guard let found = self.members[request.memberId] else { throw self.unknownMember(request.memberId) }
            member = found
        }
        if request.memberEpoch == Self.leaveGroupStaticMemberEpoch {
            // The static member keeps its assignment until it rejoins or its session expires.
            var left = member
            left.memberEpoch = Self.leaveGroupStaticMemberEpoch
            left.partitionsPendingRevocation = .empty
            self.updateMember(old: member, new: left)
            self.rebalanceDeadlines[member.memberId] = nil
        } else {
            self.removeMember(member.memberId, topics: topics)
        }
        return ConsumerGroupHeartbeatOutcome(memberId: request.memberId, memberEpoch: request.memberEpoch, heartbeatIntervalMs: 0)
    }

    private func unknownMember(_ memberId: String) -> ConsumerGroupHeartbeatError {
        ConsumerGroupHeartbeatError(.unknownMemberId, "Member \(memberId) is not a member of group \(self.groupId).")
    }

    /// Kafka's `throwIfStaticMemberIsUnknown` and `throwIfInstanceIdIsFenced`.
    private func staticMember(instanceId: String, memberId: String) throws(ConsumerGroupHeartbeatError) -> ConsumerGroupMember {
        guard let id = self.staticMembers[instanceId], let member = self.members[id] else {
            throw ConsumerGroupHeartbeatError(.unknownMemberId, "Instance id \(instanceId) is unknown.")
        }
        if member.memberId != memberId {
            throw ConsumerGroupHeartbeatError(
                .fencedInstanceId,
                "Static member \(memberId) with instance id \(instanceId) was fenced by member \(member.memberId).")
        }
        return member
    }

    /// Kafka's `throwIfConsumerGroupMemberEpochIsInvalid`: the previous epoch is accepted when the
    /// member owns nothing outside its assignment (the response carrying the new epoch may have
    /// been lost), and epoch 0 always is: a fenced member rejoins under its own member id
    /// (KAFKA-19233; it then owns nothing, so its reconciliation proceeds).
    private func checkMemberEpoch(_ member: ConsumerGroupMember, received: Int32, owned: MemberAssignment?) throws(ConsumerGroupHeartbeatError) {
        if received == 0 { return }
        if received > member.memberEpoch {
            throw ConsumerGroupHeartbeatError(
                .fencedMemberEpoch,
                "The consumer group member has a greater member epoch (\(received)) than the one known by the group coordinator (\(member.memberEpoch)). The member must abandon all its partitions and rejoin.")
        }
        if received < member.memberEpoch {
            let ownsSubset = owned.map { $0.isSubset(of: member.assignedPartitions) } ?? false
            if received != member.previousMemberEpoch || !ownsSubset {
                throw ConsumerGroupHeartbeatError(
                    .fencedMemberEpoch,
                    "The consumer group member has a smaller member epoch (\(received)) than the one known by the group coordinator (\(member.memberEpoch)). The member must abandon all its partitions and rejoin.")
            }
        }
    }

    private mutating func heartbeatOrJoin(
        _ request: ConsumerGroupHeartbeatRequest, clientId: String, clientHost: String, topics: ConsumerGroupTopics,
        nowMs: Int64, newMemberId: () -> String
    ) throws(ConsumerGroupHeartbeatError) -> ConsumerGroupHeartbeatOutcome {
        let owned = request.topicPartitions.map { list in
            MemberAssignment(Dictionary(list.map { ($0.topicId, Set($0.partitions)) }, uniquingKeysWith: { $0.union($1) }))
        }
        let memberId = request.memberId.isEmpty ? newMemberId() : request.memberId
        let joining = request.memberEpoch == 0

        // The member as it was (nil for a new one) and the member to update.
        var existing: ConsumerGroupMember?
        var replacedStaticMember: ConsumerGroupMember?
        if let instanceId = request.instanceId {
            if joining {
                if let id = self.staticMembers[instanceId], let previous = self.members[id] {
                    if previous.memberEpoch != Self.leaveGroupStaticMemberEpoch {
                        throw ConsumerGroupHeartbeatError(
                            .unreleasedInstanceId,
                            "Static member \(memberId) with instance id \(instanceId) cannot join the group because the instance id is owned by \(previous.memberId) member.")
                    }
                    replacedStaticMember = previous
                } else {
                    try self.checkGroupSize(memberId)
                }
            } else {
                let member = try self.staticMember(instanceId: instanceId, memberId: memberId)
                try self.checkMemberEpoch(member, received: request.memberEpoch, owned: owned)
                existing = member
            }
        } else if let member = self.members[memberId] {
            try self.checkMemberEpoch(member, received: request.memberEpoch, owned: owned)
            existing = member
        } else if joining {
            try self.checkGroupSize(memberId)
        } else {
            throw self.unknownMember(memberId)
        }

        // A static member rejoining under a new member id takes over the departed one's target
        // assignment; its partitions are released so it gets them back at once, without a rebalance.
        var baseline: ConsumerGroupMember? = existing
        if let previous = replacedStaticMember {
            let target = self.targetAssignment[previous.memberId]
            self.updateMember(old: previous, new: nil)
            self.targetAssignment[previous.memberId] = nil
            self.sessionDeadlines[previous.memberId] = nil
            self.rebalanceDeadlines[previous.memberId] = nil
            var fresh = ConsumerGroupMember(memberId: memberId)
            fresh.instanceId = previous.instanceId
            fresh.rackId = previous.rackId
            fresh.rebalanceTimeoutMs = previous.rebalanceTimeoutMs
            fresh.subscribedTopicNames = previous.subscribedTopicNames
            fresh.serverAssignor = previous.serverAssignor
            self.updateMember(old: nil, new: fresh)
            self.targetAssignment[memberId] = target ?? .empty
            baseline = fresh
        }

        let before = baseline ?? ConsumerGroupMember(memberId: memberId)
        var member = before
        member.instanceId = request.instanceId ?? member.instanceId
        member.rackId = request.rackId ?? member.rackId
        if request.rebalanceTimeoutMs != -1 { member.rebalanceTimeoutMs = request.rebalanceTimeoutMs }
        if let names = request.subscribedTopicNames { member.subscribedTopicNames = Array(Set(names)).sorted() }
        if let assignor = request.serverAssignor { member.serverAssignor = assignor }
        member.clientId = clientId
        member.clientHost = clientHost

        // As Kafka: only a new member or a changed subscription bumps the epoch; a new rack or
        // preferred assignor takes effect at the next target assignment.
        var bumpGroupEpoch = baseline == nil || member.subscribedTopicNames != before.subscribedTopicNames
        if baseline == nil {
            self.updateMember(old: nil, new: member)
        } else {
            self.members[memberId] = member
        }
        let subscribed = self.computeSubscribedTopics(topics)
        if subscribed != self.subscribedTopics {
            self.subscribedTopics = subscribed
            bumpGroupEpoch = true
        }
        if bumpGroupEpoch { self.groupEpoch += 1 }
        if self.groupEpoch > self.targetAssignmentEpoch { self.computeTargetAssignment() }

        // Reconcile toward the member's target.
        var updated = member
        if !member.isReconciled(to: self.targetAssignmentEpoch) {
            let epochs = self.partitionEpochs
            updated = CurrentAssignmentBuilder(
                member: member, targetAssignmentEpoch: self.targetAssignmentEpoch,
                targetAssignment: self.targetAssignment[memberId] ?? .empty, ownedTopicPartitions: owned,
                currentPartitionEpoch: { epochs[TopicPartitionKey(topicId: $0, partition: $1)] ?? -1 }
            ).build()
        }
        self.updateMember(old: member, new: updated)
        if updated != member {
            if updated.state == .unrevokedPartitions {
                self.rebalanceDeadlines[memberId] = (nowMs + Int64(max(0, updated.rebalanceTimeoutMs)), updated.memberEpoch)
            } else {
                self.rebalanceDeadlines[memberId] = nil
            }
        }
        self.sessionDeadlines[memberId] = nowMs + Int64(self.config.sessionTimeoutMs)

        let isFullRequest = joining
            || (request.rebalanceTimeoutMs != -1 && request.subscribedTopicNames != nil && request.topicPartitions != nil)
        let assignmentChanged = updated.assignedPartitions != before.assignedPartitions
        return ConsumerGroupHeartbeatOutcome(
            memberId: memberId, memberEpoch: updated.memberEpoch, heartbeatIntervalMs: self.config.heartbeatIntervalMs,
            assignment: isFullRequest || assignmentChanged ? updated.assignedPartitions : nil)
    }

    /// Kafka's `throwIfConsumerGroupIsFull` for a member not yet in the group.
    private func checkGroupSize(_ memberId: String) throws(ConsumerGroupHeartbeatError) {
        if self.members.count >= self.config.maxSize && self.members[memberId] == nil {
            throw ConsumerGroupHeartbeatError(
                .groupMaxSizeReached, "The consumer group has reached its maximum capacity of \(self.config.maxSize) members.")
        }
    }
}
