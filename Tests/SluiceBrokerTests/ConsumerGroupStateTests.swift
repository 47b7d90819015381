import SluiceProtocol
import Testing

@testable import SluiceBroker

@Suite struct ConsumerGroupStateTests {
    static let topicA = KafkaUUID(high: 0xA, low: 1)
    static let topicB = KafkaUUID(high: 0xB, low: 2)

    static func topics(a: Int32 = 4, b: Int32? = nil) -> ConsumerGroupTopics {
        var list = [ConsumerGroupTopics.Topic(name: "a", topicId: topicA, partitionCount: a)]
        if let b { list.append(.init(name: "b", topicId: topicB, partitionCount: b)) }
        return ConsumerGroupTopics(list)
    }

    static func request(
        _ memberId: String, epoch: Int32, subscribe: [String]? = nil, owned: MemberAssignment? = nil,
        instanceId: String? = nil, assignor: String? = nil, rebalanceTimeoutMs: Int32 = -1
    ) -> ConsumerGroupHeartbeatRequest {
        var request = ConsumerGroupHeartbeatRequest()
        request.groupId = "g"
        request.memberId = memberId
        request.memberEpoch = epoch
        request.instanceId = instanceId
        request.subscribedTopicNames = subscribe
        request.serverAssignor = assignor
        request.rebalanceTimeoutMs = rebalanceTimeoutMs
        request.topicPartitions = owned.map { owned in
            owned.partitions.map { id, partitions in
                var entry = ConsumerGroupHeartbeatRequest.TopicPartitions()
                entry.topicId = id
                entry.partitions = partitions.sorted()
                return entry
            }
        }
        return request
    }

    @discardableResult
    static func join(
        _ group: inout ConsumerGroupState, _ memberId: String, subscribe: [String] = ["a"], instanceId: String? = nil,
        assignor: String? = nil, topics: ConsumerGroupTopics = topics(), nowMs: Int64 = 0
    ) -> ConsumerGroupHeartbeatOutcome {
        group.heartbeat(
            request(memberId, epoch: 0, subscribe: subscribe, owned: .empty, instanceId: instanceId, assignor: assignor, rebalanceTimeoutMs: 30_000),
            version: 1, topics: topics, nowMs: nowMs)
    }

    @discardableResult
    static func beat(
        _ group: inout ConsumerGroupState, _ memberId: String, epoch: Int32, owned: MemberAssignment?,
        instanceId: String? = nil, topics: ConsumerGroupTopics = topics(), nowMs: Int64 = 0
    ) -> ConsumerGroupHeartbeatOutcome {
        group.heartbeat(request(memberId, epoch: epoch, owned: owned, instanceId: instanceId), version: 1, topics: topics, nowMs: nowMs)
    }

    static func a(_ partitions: Int32...) -> MemberAssignment { MemberAssignment([topicA: Set(partitions)]) }

    @Test func oneMemberGetsEverything() {
        var group = ConsumerGroupState(groupId: "g")
        #expect(group.state == .empty)
        let outcome = Self.join(&group, "m1")
        #expect(outcome.error == .noError)
        #expect(outcome.memberId == "m1")
        #expect(outcome.memberEpoch == 1)
        #expect(outcome.heartbeatIntervalMs == 5_000)
        #expect(outcome.assignment == Self.a(0, 1, 2, 3))
        #expect(group.groupEpoch == 1 && group.targetAssignmentEpoch == 1)
        #expect(group.state == .stable)
        // A light heartbeat changes nothing and carries no assignment.
        let again = Self.beat(&group, "m1", epoch: 1, owned: nil, nowMs: 1_000)
        #expect(again.memberEpoch == 1 && again.assignment == nil && again.error == .noError)
        let response = outcome.response
        #expect(response.assignment?.topicPartitions.first?.partitions == [0, 1, 2, 3])
    }

    /// Joins m1 and m2 and runs the revocation dance; returns the group with m1 and m2 stable.
    static func twoStableMembers() -> ConsumerGroupState {
        var group = ConsumerGroupState(groupId: "g")
        Self.join(&group, "m1")
        Self.join(&group, "m2")
        Self.beat(&group, "m1", epoch: 1, owned: a(0, 1, 2, 3))
        Self.beat(&group, "m1", epoch: 1, owned: group.members["m1"]?.assignedPartitions)
        Self.beat(&group, "m2", epoch: 2, owned: .empty)
        return group
    }

    @Test func secondMemberGetsPartitionsOnlyAfterTheyAreRevoked() {
        var group = ConsumerGroupState(groupId: "g")
        Self.join(&group, "m1")
        let joined = Self.join(&group, "m2", nowMs: 10)
        // m2 moves to the new epoch but its target partitions are still m1's.
        #expect(joined.memberEpoch == 2)
        #expect(joined.assignment == .empty)
        #expect(group.members["m2"]?.state == .unreleasedPartitions)
        #expect(group.state == .reconciling)
        let m2Target = group.targetAssignment["m2"] ?? .empty
        #expect(m2Target.count == 2)

        // m1 is asked to revoke m2's target: it keeps its epoch until it has.
        let revoke = Self.beat(&group, "m1", epoch: 1, owned: Self.a(0, 1, 2, 3), nowMs: 20)
        #expect(revoke.memberEpoch == 1)
        let m1Kept = revoke.assignment ?? .empty
        #expect(m1Kept.count == 2 && m1Kept == group.targetAssignment["m1"])
        #expect(group.members["m1"]?.state == .unrevokedPartitions)
        #expect(group.members["m1"]?.partitionsPendingRevocation == m2Target)

        // While m1 has not confirmed, m2 still gets nothing; a heartbeat without owned partitions
        // does not count as a confirmation.
        #expect(Self.beat(&group, "m2", epoch: 2, owned: .empty, nowMs: 30).assignment == nil)
        #expect(Self.beat(&group, "m1", epoch: 1, owned: nil, nowMs: 40).memberEpoch == 1)
        #expect(group.members["m2"]?.assignedPartitions == .empty)

        // m1 confirms: it moves to epoch 2, then m2 gets its partitions.
        let confirmed = Self.beat(&group, "m1", epoch: 1, owned: m1Kept, nowMs: 50)
        #expect(confirmed.memberEpoch == 2)
        #expect(confirmed.assignment == nil)
        #expect(group.members["m1"]?.state == .stable)
        let granted = Self.beat(&group, "m2", epoch: 2, owned: .empty, nowMs: 60)
        #expect(granted.memberEpoch == 2)
        #expect(granted.assignment == m2Target)
        #expect(group.state == .stable)
    }

    @Test func aLeavingMembersPartitionsGoToTheOther() {
        var group = Self.twoStableMembers()
        #expect(group.state == .stable)
        let epochBefore = group.groupEpoch
        let left = Self.beat(&group, "m2", epoch: ConsumerGroupState.leaveGroupMemberEpoch, owned: nil)
        #expect(left.error == .noError && left.memberEpoch == -1 && left.memberId == "m2")
        #expect(group.members["m2"] == nil)
        #expect(group.groupEpoch == epochBefore + 1)
        #expect(group.state == .assigning)
        let outcome = Self.beat(&group, "m1", epoch: 2, owned: group.members["m1"]?.assignedPartitions)
        #expect(outcome.memberEpoch == epochBefore + 1)
        #expect(outcome.assignment == Self.a(0, 1, 2, 3))
        #expect(group.state == .stable)
        // The departed member is unknown now.
        #expect(Self.beat(&group, "m2", epoch: 2, owned: nil).error == .unknownMemberId)
    }

    @Test func sessionTimeoutRemovesASilentMember() {
        var group = Self.twoStableMembers()
        Self.beat(&group, "m1", epoch: 2, owned: nil, nowMs: 40_000)
        #expect(group.expireMembers(nowMs: 44_999).isEmpty)
        #expect(group.nextDeadlineMs == 45_000)
        let outcome = Self.beat(&group, "m1", epoch: 2, owned: group.members["m1"]?.assignedPartitions, nowMs: 45_000)
        #expect(group.members["m2"] == nil)
        #expect(outcome.assignment == Self.a(0, 1, 2, 3))
        #expect(outcome.memberEpoch == 3)
        #expect(group.expireMembers(nowMs: 89_999).isEmpty)
        #expect(group.expireMembers(nowMs: 90_000) == [.sessionTimeout(memberId: "m1")])
        #expect(group.state == .empty)
    }

    @Test func aMemberThatDoesNotRevokeIsFencedAfterItsRebalanceTimeout() {
        var group = ConsumerGroupState(groupId: "g")
        Self.join(&group, "m1", nowMs: 0)
        Self.join(&group, "m2", nowMs: 1_000)
        Self.beat(&group, "m1", epoch: 1, owned: Self.a(0, 1, 2, 3), nowMs: 2_000)  // asked to revoke
        #expect(group.members["m1"]?.state == .unrevokedPartitions)
        // Keeps heartbeating but never revokes; the rebalance timeout (30 s) is not pushed back.
        Self.beat(&group, "m1", epoch: 1, owned: Self.a(0, 1, 2, 3), nowMs: 20_000)
        Self.beat(&group, "m2", epoch: 2, owned: .empty, nowMs: 20_000)
        #expect(group.expireMembers(nowMs: 31_999).isEmpty)
        #expect(group.expireMembers(nowMs: 32_000) == [.rebalanceTimeout(memberId: "m1")])
        let outcome = Self.beat(&group, "m2", epoch: 2, owned: .empty, nowMs: 33_000)
        #expect(outcome.assignment == Self.a(0, 1, 2, 3))
        #expect(Self.beat(&group, "m1", epoch: 1, owned: nil, nowMs: 33_000).error == .unknownMemberId)
    }

    @Test func staleAndFutureEpochsAreFenced() throws {
        var group = Self.twoStableMembers()
        let m1 = try #require(group.members["m1"])
        #expect(m1.memberEpoch == 2 && m1.previousMemberEpoch == 1)
        #expect(Self.beat(&group, "m1", epoch: 3, owned: nil).error == .fencedMemberEpoch)
        // The previous epoch with partitions outside the assignment: fenced.
        #expect(Self.beat(&group, "m1", epoch: 1, owned: Self.a(0, 1, 2, 3)).error == .fencedMemberEpoch)
        // The previous epoch without owned partitions: fenced (the coordinator cannot tell).
        #expect(Self.beat(&group, "m1", epoch: 1, owned: nil).error == .fencedMemberEpoch)
        // The previous epoch owning a subset of the assignment: the bumped response was lost.
        let tolerated = Self.beat(&group, "m1", epoch: 1, owned: m1.assignedPartitions)
        #expect(tolerated.error == .noError && tolerated.memberEpoch == 2)
        // An older epoch still.
        #expect(Self.beat(&group, "m2", epoch: 0 + 1, owned: .empty).error == .fencedMemberEpoch)
    }

    @Test func aFencedMemberRejoinsUnderItsOwnIdWithEpochZero() {
        var group = Self.twoStableMembers()
        #expect(Self.beat(&group, "m1", epoch: 7, owned: nil).error == .fencedMemberEpoch)
        let epoch = group.groupEpoch
        let rejoined = Self.join(&group, "m1")
        #expect(rejoined.error == .noError)
        #expect(rejoined.memberEpoch == epoch)
        #expect(rejoined.assignment == group.targetAssignment["m1"])
        #expect(group.groupEpoch == epoch)  // same subscription: no rebalance
        #expect(group.members.count == 2)
    }

    @Test func aTopicGrowingPartitionsTriggersANewTargetAssignment() {
        var group = ConsumerGroupState(groupId: "g")
        Self.join(&group, "m1", topics: Self.topics(a: 2))
        #expect(group.members["m1"]?.assignedPartitions == Self.a(0, 1))
        let grown = Self.topics(a: 4)
        let outcome = Self.beat(&group, "m1", epoch: 1, owned: Self.a(0, 1), topics: grown, nowMs: 1_000)
        #expect(group.groupEpoch == 2)
        #expect(outcome.memberEpoch == 2)
        #expect(outcome.assignment == Self.a(0, 1, 2, 3))
        // A new subscribed topic appearing does the same.
        var subscribed = Self.request("m1", epoch: 2, subscribe: ["a", "b"], owned: Self.a(0, 1, 2, 3))
        subscribed.rebalanceTimeoutMs = 30_000
        let before = group.heartbeat(subscribed, version: 1, topics: grown, nowMs: 2_000)
        #expect(before.memberEpoch == 3)  // subscription changed; b does not exist yet
        let withB = Self.beat(&group, "m1", epoch: 3, owned: nil, topics: Self.topics(a: 4, b: 2), nowMs: 3_000)
        #expect(withB.memberEpoch == 4)
        #expect(withB.assignment == MemberAssignment([Self.topicA: [0, 1, 2, 3], Self.topicB: [0, 1]]))
    }

    @Test func rangeOrUniformAsTheMembersAsk() {
        let two = Self.topics(a: 3, b: 3)
        var range = ConsumerGroupState(groupId: "g")
        Self.join(&range, "m1", subscribe: ["a", "b"], assignor: "range", topics: two)
        Self.join(&range, "m2", subscribe: ["a", "b"], assignor: "range", topics: two)
        #expect(range.preferredAssignor.name == "range")
        #expect(range.targetAssignment["m1"] == MemberAssignment([Self.topicA: [0, 1], Self.topicB: [0, 1]]))
        #expect(range.targetAssignment["m2"] == MemberAssignment([Self.topicA: [2], Self.topicB: [2]]))
        var uniform = ConsumerGroupState(groupId: "g")
        Self.join(&uniform, "m1", subscribe: ["a", "b"], topics: two)
        Self.join(&uniform, "m2", subscribe: ["a", "b"], topics: two)
        #expect(uniform.preferredAssignor.name == "uniform")
        #expect(uniform.targetAssignment["m1"]?.count == 3 && uniform.targetAssignment["m2"]?.count == 3)
        #expect(uniform.describe(topics: two).assignorName == "uniform")
    }

    @Test func invalidRequestsAreRefusedAsKafkaRefusesThem() {
        var group = ConsumerGroupState(groupId: "g")
        func check(_ request: ConsumerGroupHeartbeatRequest, version: Int16 = 1, _ error: ErrorCode, _ message: String? = nil) {
            let outcome = group.heartbeat(request, version: version, topics: Self.topics(), nowMs: 0)
            #expect(outcome.error == error)
            #expect(outcome.memberId == nil)
            if let message { #expect(outcome.errorMessage == message) }
        }
        var noTimeout = Self.request("m1", epoch: 0, subscribe: ["a"], owned: .empty)
        noTimeout.rebalanceTimeoutMs = -1
        check(noTimeout, .invalidRequest, "RebalanceTimeoutMs must be provided in first request.")
        check(Self.request("m1", epoch: 0, subscribe: ["a"], owned: nil, rebalanceTimeoutMs: 1), .invalidRequest, "TopicPartitions must be empty when (re-)joining.")
        check(Self.request("m1", epoch: 0, subscribe: ["a"], owned: Self.a(0), rebalanceTimeoutMs: 1), .invalidRequest)
        check(Self.request("m1", epoch: 0, subscribe: nil, owned: .empty, rebalanceTimeoutMs: 1), .invalidRequest,
              "Either SubscribedTopicNames or SubscribedTopicRegex must be non-null when (re-)joining.")
        check(Self.request("", epoch: 0, subscribe: ["a"], owned: .empty, rebalanceTimeoutMs: 1), .invalidRequest, "MemberId can't be empty.")
        check(Self.request("m1", epoch: -3, owned: nil), .invalidRequest, "MemberEpoch is invalid.")
        check(Self.request("m1", epoch: -2, owned: nil), .invalidRequest, "InstanceId can't be null.")
        check(Self.request("m1", epoch: 0, subscribe: ["a"], owned: .empty, assignor: "sticky", rebalanceTimeoutMs: 1), .unsupportedAssignor)
        var regex = Self.request("m1", epoch: 0, owned: .empty, rebalanceTimeoutMs: 1)
        regex.subscribedTopicRegex = "a.*"
        check(regex, .invalidRequest)
        var emptyGroup = Self.request("m1", epoch: 0, subscribe: ["a"], owned: .empty, rebalanceTimeoutMs: 1)
        emptyGroup.groupId = ""
        check(emptyGroup, .invalidRequest, "GroupId can't be empty.")
        check(Self.request("m9", epoch: 3, owned: nil), .unknownMemberId)
        #expect(group.members.isEmpty && group.groupEpoch == 0)

        // v0: the broker names a joining member that sends no id.
        let v0 = group.heartbeat(Self.request("", epoch: 0, subscribe: ["a"], owned: .empty, rebalanceTimeoutMs: 1),
                                 version: 0, topics: Self.topics(), nowMs: 0, newMemberId: { "generated" })
        #expect(v0.error == .noError && v0.memberId == "generated" && group.members["generated"] != nil)
        // v0 still needs the id once the member has one.
        check(Self.request("", epoch: 1, owned: nil), version: 0, .invalidRequest, "MemberId can't be empty.")
        // An empty subscription is a member that reads nothing.
        let idle = group.heartbeat(Self.request("idle", epoch: 0, subscribe: [], owned: .empty, rebalanceTimeoutMs: 1),
                                   version: 1, topics: Self.topics(), nowMs: 0)
        #expect(idle.error == .noError && idle.assignment == .empty)
    }

    @Test func theGroupSizeIsCapped() {
        var config = ConsumerGroupConfig()
        config.maxSize = 1
        var group = ConsumerGroupState(groupId: "g", config: config)
        Self.join(&group, "m1")
        let refused = Self.join(&group, "m2")
        #expect(refused.error == .groupMaxSizeReached)
        #expect(group.members.count == 1)
    }

    @Test func aStaticMemberLeavesAndComesBackWithItsPartitions() {
        var group = ConsumerGroupState(groupId: "g")
        Self.join(&group, "s1", instanceId: "i1")
        Self.join(&group, "m2")
        Self.beat(&group, "s1", epoch: 1, owned: Self.a(0, 1, 2, 3), instanceId: "i1")
        let s1Kept = group.members["s1"]?.assignedPartitions ?? .empty
        Self.beat(&group, "s1", epoch: 1, owned: s1Kept, instanceId: "i1")
        Self.beat(&group, "m2", epoch: 2, owned: .empty)
        #expect(group.state == .stable)

        // Another process claiming the same instance id while it is in use.
        #expect(Self.join(&group, "s9", instanceId: "i1").error == .unreleasedInstanceId)
        #expect(Self.beat(&group, "s9", epoch: 2, owned: nil, instanceId: "i1").error == .fencedInstanceId)
        #expect(Self.beat(&group, "s1", epoch: 2, owned: nil, instanceId: "i9").error == .unknownMemberId)

        let epoch = group.groupEpoch
        let left = Self.beat(&group, "s1", epoch: ConsumerGroupState.leaveGroupStaticMemberEpoch, owned: nil, instanceId: "i1", nowMs: 1_000)
        #expect(left.error == .noError && left.memberEpoch == -2)
        #expect(group.groupEpoch == epoch)  // no rebalance
        // Its partitions stay reserved for it.
        Self.beat(&group, "m2", epoch: 2, owned: group.members["m2"]?.assignedPartitions, nowMs: 2_000)
        #expect(group.members["m2"]?.assignedPartitions.count == 2)

        // The restarted instance rejoins under a new member id and gets the same partitions.
        let back = Self.join(&group, "s1-restarted", instanceId: "i1", nowMs: 3_000)
        #expect(back.error == .noError)
        #expect(back.assignment == s1Kept)
        #expect(back.memberEpoch == epoch)
        #expect(group.groupEpoch == epoch)
        #expect(group.members["s1"] == nil)
        #expect(group.staticMembers["i1"] == "s1-restarted")
        #expect(group.state == .stable)
    }

    @Test func aStaticMemberThatDoesNotComeBackExpires() {
        var group = ConsumerGroupState(groupId: "g")
        Self.join(&group, "s1", instanceId: "i1")
        Self.beat(&group, "s1", epoch: ConsumerGroupState.leaveGroupStaticMemberEpoch, owned: nil, instanceId: "i1", nowMs: 1_000)
        #expect(group.members["s1"]?.memberEpoch == -2)
        #expect(group.expireMembers(nowMs: 45_000) == [.sessionTimeout(memberId: "s1")])
        #expect(group.state == .empty)
    }

    @Test func describeReportsStateMembersAndTargets() {
        var group = ConsumerGroupState(groupId: "g")
        #expect(group.describe(topics: Self.topics()).groupState == "Empty")
        Self.join(&group, "m1")
        Self.join(&group, "m2")
        let described = group.describe(topics: Self.topics())
        #expect(described.groupId == "g")
        #expect(described.groupState == "Reconciling")
        #expect(described.groupEpoch == 2 && described.assignmentEpoch == 2)
        #expect(described.members.map(\.memberId) == ["m1", "m2"])
        let m2 = described.members[1]
        #expect(m2.assignment.topicPartitions.isEmpty)
        #expect(m2.targetAssignment.topicPartitions.first?.topicName == "a")
        #expect(m2.targetAssignment.topicPartitions.first?.partitions.count == 2)
        #expect(described.members[0].subscribedTopicNames == ["a"])
        let stable = Self.twoStableMembers().describe(topics: Self.topics())
        #expect(stable.groupState == "Stable")
    }
}
