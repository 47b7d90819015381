import SluiceBroker
import SluiceProtocol
import Testing

@Suite struct ClassicGroupStateTests {
    typealias H = ClassicGroupHarness

    @Test func twoMembersJoinAndSplitAfterTheInitialDelay() throws {
        var h = H()
        let a = h.handshakeJoin(clientId: "a", protocols: H.protocols(["range", "roundrobin"], tag: 1))
        #expect(a.memberId == "a-s1")
        #expect(h.group.phase == .preparingRebalance)
        let b = h.handshakeJoin(clientId: "b", protocols: H.protocols(["roundrobin", "range"], tag: 2))
        // group.initial.rebalance.delay.ms: nobody is answered before it passes; B's arrival extends it.
        h.advance(2_999)
        #expect(h.joins[a.token] == nil)
        h.advance(1)
        #expect(h.joins[a.token] == nil)
        h.advance(3_000)
        let leader = try #require(h.joins[a.token])
        let follower = try #require(h.joins[b.token])
        #expect(h.group.phase == .completingRebalance)
        #expect(leader.errorCode == .noError && follower.errorCode == .noError)
        #expect(leader.generationId == 1 && follower.generationId == 1)
        #expect(leader.leader == a.memberId && follower.leader == a.memberId)
        // Votes tie 1-1: the leader's preference wins.
        #expect(leader.protocolName == "range" && follower.protocolName == "range")
        #expect(leader.protocolType == "consumer")
        #expect(leader.members.map(\.memberId) == [a.memberId, b.memberId])
        #expect(leader.members.map(\.metadata) == [Array("range".utf8) + [1], Array("range".utf8) + [2]])
        #expect(follower.members.isEmpty)

        // The follower syncs first and waits for the leader.
        let followerSync = h.sync(ClassicSyncRequest(memberId: b.memberId, generationId: 1, protocolType: "consumer", protocolName: "range"))
        #expect(h.syncs[followerSync] == nil)
        let leaderSync = h.sync(ClassicSyncRequest(memberId: a.memberId, generationId: 1, assignments: [a.memberId: [1, 1], b.memberId: [2, 2]]))
        #expect(h.syncs[leaderSync] == ClassicSyncResponse(errorCode: .noError, protocolType: "consumer", protocolName: "range", assignment: [1, 1]))
        #expect(h.syncs[followerSync] == ClassicSyncResponse(errorCode: .noError, protocolType: "consumer", protocolName: "range", assignment: [2, 2]))
        #expect(h.group.phase == .stable)
        let stored = try #require(h.stores.last ?? nil)
        #expect(stored.generation == 1 && stored.leader == a.memberId && stored.protocolName == "range")
        #expect(stored.members.map(\.assignment) == [[1, 1], [2, 2]])
        #expect(stored.members.map(\.subscription) == [Array("range".utf8) + [1], Array("range".utf8) + [2]])

        // A follower syncing after the leader gets its assignment at once.
        let late = h.sync(ClassicSyncRequest(memberId: b.memberId, generationId: 1))
        #expect(h.syncs[late]?.assignment == [2, 2])
        #expect(h.doubleAnswers.isEmpty)
    }

    @Test func kip394HandshakeThenOldVersionsJoinDirectly() throws {
        var h = H()
        let first = h.join(ClassicJoinRequest(clientId: "c", protocols: H.protocols()))
        let required = try #require(h.joins[first])
        #expect(required.errorCode == .memberIdRequired)
        #expect(required.memberId == "c-s1")
        #expect(h.group.memberCount == 0)
        #expect(h.group.pendingMemberIds == ["c-s1"])
        // A member id nobody handed out is refused.
        let bogus = h.join(ClassicJoinRequest(memberId: "c-made-up", clientId: "c", protocols: H.protocols()))
        #expect(h.joins[bogus]?.errorCode == .unknownMemberId)
        let second = h.join(ClassicJoinRequest(memberId: "c-s1", clientId: "c", protocols: H.protocols()))
        #expect(h.joins[second] == nil)
        #expect(h.group.hasMember("c-s1") && h.group.pendingMemberIds.isEmpty)
        // JoinGroup v3 and older: no handshake.
        let old = h.join(ClassicJoinRequest(clientId: "old", protocols: H.protocols(), requireKnownMemberId: false))
        #expect(h.joins[old] == nil)
        #expect(h.group.hasMember("old-s4"))
        h.advance(10_000)
        #expect(h.joins[second]?.errorCode == .noError)
        #expect(h.joins[old]?.memberId == "old-s4")
    }

    @Test func aPendingMemberThatNeverReturnsExpiresAfterItsSessionTimeout() throws {
        var (h, a, b) = H.stableTwoMembers()
        _ = h.join(ClassicJoinRequest(clientId: "c", sessionTimeoutMs: 10_000, protocols: H.protocols()))
        #expect(h.group.pendingMemberIds.count == 1)
        h.advance(5_000)
        #expect(h.heartbeat(a) == .noError && h.heartbeat(b) == .noError)
        #expect(h.group.pendingMemberIds.count == 1)
        h.advance(5_000)
        #expect(h.group.pendingMemberIds.isEmpty)
        #expect(h.group.phase == .stable)
        #expect(h.heartbeat(a) == .noError)
    }

    @Test func aThirdMemberRebalancesAStableGroup() throws {
        var (h, a, b) = H.stableTwoMembers()
        #expect(h.group.phase == .stable && h.group.generationId == 1)
        let c = h.handshakeJoin(clientId: "c")
        #expect(h.group.phase == .preparingRebalance)
        #expect(h.heartbeat(a) == .rebalanceInProgress)
        #expect(h.heartbeat(b) == .rebalanceInProgress)
        let syncDuringRebalance = h.sync(ClassicSyncRequest(memberId: b, generationId: 1))
        #expect(h.syncs[syncDuringRebalance]?.errorCode == .rebalanceInProgress)
        let aJoin = h.join(ClassicJoinRequest(memberId: a, clientId: "a", rebalanceTimeoutMs: 60_000, protocols: H.protocols()))
        #expect(h.joins[aJoin] == nil)
        let bJoin = h.join(ClassicJoinRequest(memberId: b, clientId: "b", rebalanceTimeoutMs: 60_000, protocols: H.protocols()))
        // Everyone rejoined: completes without waiting for the timeout.
        #expect(h.group.phase == .completingRebalance && h.group.generationId == 2)
        #expect(h.joins[aJoin]?.members.count == 3)
        #expect(h.joins[bJoin]?.members.isEmpty == true)
        #expect(h.joins[c.token]?.generationId == 2)
        #expect(h.heartbeat(a, generation: 1) == .illegalGeneration)
        #expect(h.heartbeat(a) == .noError)
    }

    @Test func aNewMemberWhileCompletingRebalanceAnswersWaitingFollowersWithRebalanceInProgress() throws {
        var h = H()
        let a = h.handshakeJoin(clientId: "a")
        let b = h.handshakeJoin(clientId: "b")
        h.advance(6_000)
        #expect(h.group.phase == .completingRebalance)
        let waiting = h.sync(ClassicSyncRequest(memberId: b.memberId, generationId: 1))
        #expect(h.syncs[waiting] == nil)
        _ = h.handshakeJoin(clientId: "c")
        #expect(h.syncs[waiting]?.errorCode == .rebalanceInProgress)
        #expect(h.group.phase == .preparingRebalance)
        #expect(h.heartbeat(a.memberId) == .rebalanceInProgress)
    }

    @Test func sessionTimeoutRemovesASilentMember() throws {
        var (h, a, b) = H.stableTwoMembers()
        for _ in 0..<2 {
            h.advance(4_000)
            #expect(h.heartbeat(a) == .noError)
        }
        h.advance(4_000)
        // B's last sign of life was its SyncGroup 12 s ago (session 10 s).
        #expect(!h.group.hasMember(b))
        #expect(h.group.phase == .preparingRebalance)
        #expect(h.heartbeat(a) == .rebalanceInProgress)
        #expect(h.heartbeat(b) == .unknownMemberId)
        let rejoin = h.join(ClassicJoinRequest(memberId: a, clientId: "a", protocols: H.protocols()))
        #expect(h.joins[rejoin]?.generationId == 2)
        #expect(h.joins[rejoin]?.members.map(\.memberId) == [a])
    }

    @Test func rebalanceTimeoutDropsMembersThatDidNotRejoin() throws {
        var (h, a, b) = H.stableTwoMembers()
        // The leader rejoining forces a rebalance.
        let aJoin = h.join(ClassicJoinRequest(memberId: a, clientId: "a", sessionTimeoutMs: 10_000, rebalanceTimeoutMs: 60_000, protocols: H.protocols()))
        #expect(h.group.phase == .preparingRebalance)
        for _ in 0..<11 {
            h.advance(5_000)
            #expect(h.heartbeat(b) == .rebalanceInProgress)
            #expect(h.joins[aJoin] == nil)
        }
        h.advance(5_000)
        #expect(h.joins[aJoin]?.generationId == 2)
        #expect(h.joins[aJoin]?.members.map(\.memberId) == [a])
        #expect(!h.group.hasMember(b))
        #expect(h.heartbeat(b) == .unknownMemberId)
    }

    @Test func aLeaderThatNeverSyncsIsDroppedAfterTheRebalanceTimeout() throws {
        var h = H()
        let a = h.handshakeJoin(clientId: "a", rebalanceTimeoutMs: 20_000)
        let b = h.handshakeJoin(clientId: "b", rebalanceTimeoutMs: 20_000)
        h.advance(6_000)
        let waiting = h.sync(ClassicSyncRequest(memberId: b.memberId, generationId: 1))
        for _ in 0..<4 {
            h.advance(5_000)
            _ = h.heartbeat(a.memberId)
        }
        #expect(!h.group.hasMember(a.memberId))
        #expect(h.group.phase == .preparingRebalance)
        #expect(h.syncs[waiting]?.errorCode == .rebalanceInProgress)
    }

    static func staticJoin(_ h: inout H, instance: String, memberId: String = "", protocols: [ClassicGroupProtocol] = H.protocols()) -> ClassicGroupToken {
        h.join(ClassicJoinRequest(memberId: memberId, groupInstanceId: instance, clientId: "client-\(instance)", sessionTimeoutMs: 10_000, rebalanceTimeoutMs: 60_000, protocols: protocols))
    }

    /// Static members "a" (leader) and "b", Stable at generation 1 with assignments [1] and [2].
    static func stableStaticGroup() -> (H, a: String, b: String) {
        var h = H()
        let aJoin = staticJoin(&h, instance: "a")
        let bJoin = staticJoin(&h, instance: "b")
        h.advance(6_000)
        let a = h.joins[aJoin]?.memberId ?? "?"
        let b = h.joins[bJoin]?.memberId ?? "?"
        h.sync(ClassicSyncRequest(memberId: a, groupInstanceId: "a", generationId: 1, assignments: [a: [1], b: [2]]))
        h.sync(ClassicSyncRequest(memberId: b, groupInstanceId: "b", generationId: 1))
        return (h, a, b)
    }

    @Test func staticMembersSkipTheHandshake() throws {
        var (h, a, b) = Self.stableStaticGroup()
        #expect(a == "a-s1" && b == "b-s2")
        #expect(h.group.phase == .stable)
        #expect(h.heartbeat(a, instance: "a") == .noError)
    }

    @Test func aRestartedStaticMemberKeepsItsAssignmentWithoutARebalance() throws {
        var (h, a, b) = Self.stableStaticGroup()
        let storesBefore = h.stores.count
        let rejoin = Self.staticJoin(&h, instance: "b")
        let response = try #require(h.joins[rejoin])
        #expect(response.errorCode == .noError)
        #expect(response.memberId != b && response.memberId.hasPrefix("b-"))
        #expect(response.generationId == 1)
        #expect(response.leader == a)
        #expect(response.members.isEmpty && !response.skipAssignment)
        #expect(h.group.phase == .stable && h.group.generationId == 1)
        #expect(h.stores.count == storesBefore + 1)
        #expect(h.group.memberId(ofInstance: "b") == response.memberId)
        let sync = h.sync(ClassicSyncRequest(memberId: response.memberId, groupInstanceId: "b", generationId: 1))
        #expect(h.syncs[sync]?.assignment == [2])
        // The old incarnation is fenced.
        #expect(h.heartbeat(b, instance: "b") == .fencedInstanceId)
        let oldSync = h.sync(ClassicSyncRequest(memberId: b, groupInstanceId: "b", generationId: 1))
        #expect(h.syncs[oldSync]?.errorCode == .fencedInstanceId)
        #expect(h.group.validateOffsetCommit(memberId: b, groupInstanceId: "b", generationId: 1) == .fencedInstanceId)
        #expect(h.heartbeat(b) == .unknownMemberId)
        #expect(h.heartbeat(a, instance: "a") == .noError)
    }

    @Test func aRestartedStaticLeaderIsToldToSkipAssignment() throws {
        var (h, a, b) = Self.stableStaticGroup()
        let rejoin = Self.staticJoin(&h, instance: "a")
        let response = try #require(h.joins[rejoin])
        #expect(response.skipAssignment)
        #expect(response.leader == a)
        #expect(response.members.map(\.memberId) == [response.memberId, b])
        #expect(h.group.leaderId == response.memberId)
        #expect(h.group.phase == .stable)
    }

    @Test func aStaticRestartThatChangesTheChosenProtocolRebalances() throws {
        var h = H()
        let aJoin = Self.staticJoin(&h, instance: "a", protocols: H.protocols(["range", "sticky"]))
        let bJoin = Self.staticJoin(&h, instance: "b", protocols: H.protocols(["range", "sticky"]))
        h.advance(6_000)
        let a = h.joins[aJoin]?.memberId ?? "?"
        let b = h.joins[bJoin]?.memberId ?? "?"
        h.sync(ClassicSyncRequest(memberId: a, groupInstanceId: "a", generationId: 1, assignments: [a: [1], b: [2]]))
        #expect(h.group.protocolName == "range")
        let rejoin = Self.staticJoin(&h, instance: "b", protocols: H.protocols(["sticky"]))
        #expect(h.joins[rejoin] == nil)
        #expect(h.group.phase == .preparingRebalance)
        let aRejoin = Self.staticJoin(&h, instance: "a", memberId: a, protocols: H.protocols(["range", "sticky"]))
        #expect(h.joins[aRejoin]?.protocolName == "sticky")
        #expect(h.joins[rejoin]?.generationId == 2)
    }

    @Test func aSecondInstanceFencesTheFirstOnesWaitingJoin() throws {
        var h = H()
        let first = Self.staticJoin(&h, instance: "x")
        #expect(h.joins[first] == nil)
        let second = Self.staticJoin(&h, instance: "x")
        #expect(h.joins[first]?.errorCode == .fencedInstanceId)
        #expect(h.group.memberCount == 1)
        h.advance(3_000)
        #expect(h.joins[second]?.errorCode == .noError)
        let oldId = h.joins[first]?.memberId ?? ""
        #expect(oldId != h.joins[second]?.memberId)
        // The fenced incarnation rejoining with its old id is fenced again.
        let stale = Self.staticJoin(&h, instance: "x", memberId: oldId)
        #expect(h.joins[stale]?.errorCode == .fencedInstanceId)
        #expect(h.doubleAnswers.isEmpty)
    }

    @Test func leaveGroupRemovesABatchWithOneRebalance() throws {
        var (h, a, b) = H.stableTwoMembers()
        let cJoin = h.handshakeJoin(clientId: "c")
        let aJoin = h.join(ClassicJoinRequest(memberId: a, clientId: "a", protocols: H.protocols()))
        let bJoin = h.join(ClassicJoinRequest(memberId: b, clientId: "b", protocols: H.protocols()))
        let c = cJoin.memberId
        #expect(h.group.generationId == 2)
        _ = (aJoin, bJoin)
        let (results, actions) = h.group.leave([
            ClassicLeaveMember(memberId: a), ClassicLeaveMember(memberId: "nobody"), ClassicLeaveMember(memberId: b),
            ClassicLeaveMember(memberId: "", groupInstanceId: "not-there"),
        ], now: h.now)
        h.apply(actions)
        #expect(results.map(\.errorCode) == [.noError, .unknownMemberId, .noError, .unknownMemberId])
        #expect(results.map(\.memberId) == [a, "nobody", b, ""])
        #expect(h.group.memberIds == [c])
        #expect(h.group.leaderId == c)
        #expect(h.group.phase == .preparingRebalance)
        let cRejoin = h.join(ClassicJoinRequest(memberId: c, clientId: "c", protocols: H.protocols()))
        #expect(h.joins[cRejoin]?.generationId == 3)
        #expect(h.joins[cRejoin]?.leader == c)
        // The last member leaving empties the group and stores it.
        let (last, lastActions) = h.group.leave([ClassicLeaveMember(memberId: c)], now: h.now)
        h.apply(lastActions)
        #expect(last.map(\.errorCode) == [.noError])
        #expect(h.group.phase == .empty && h.group.generationId == 4)
        #expect(h.stores.last??.members.isEmpty == true)
        #expect(h.stores.last??.generation == 4)
    }

    @Test func staticMembersLeaveByInstanceId() throws {
        var (h, a, b) = Self.stableStaticGroup()
        let (results, actions) = h.group.leave([ClassicLeaveMember(memberId: "", groupInstanceId: "b"), ClassicLeaveMember(memberId: "wrong", groupInstanceId: "a")], now: h.now)
        h.apply(actions)
        #expect(results.map(\.errorCode) == [.noError, .fencedInstanceId])
        #expect(!h.group.hasMember(b) && h.group.hasMember(a))
    }

    @Test func generationAndMemberChecks() throws {
        var (h, a, b) = H.stableTwoMembers()
        let wrongGeneration = h.sync(ClassicSyncRequest(memberId: b, generationId: 7))
        #expect(h.syncs[wrongGeneration]?.errorCode == .illegalGeneration)
        let unknown = h.sync(ClassicSyncRequest(memberId: "ghost", generationId: 1))
        #expect(h.syncs[unknown]?.errorCode == .unknownMemberId)
        #expect(h.heartbeat(a, generation: 0) == .illegalGeneration)
        #expect(h.heartbeat("ghost") == .unknownMemberId)
        #expect(h.heartbeat(a, instance: "i") == .unknownMemberId)
    }

    @Test func inconsistentProtocols() throws {
        var (h, _, b) = H.stableTwoMembers()
        let otherType = h.join(ClassicJoinRequest(clientId: "x", protocolType: "connect", protocols: H.protocols()))
        #expect(h.joins[otherType]?.errorCode == .inconsistentGroupProtocol)
        let noCommon = h.join(ClassicJoinRequest(clientId: "x", protocols: H.protocols(["sticky"])))
        #expect(h.joins[noCommon]?.errorCode == .inconsistentGroupProtocol)
        let emptyGroup = ClassicGroupHarness()
        var e = emptyGroup
        let noProtocols = e.join(ClassicJoinRequest(clientId: "x", protocols: []))
        #expect(e.joins[noProtocols]?.errorCode == .inconsistentGroupProtocol)
        let wrongName = h.sync(ClassicSyncRequest(memberId: b, generationId: 1, protocolType: "consumer", protocolName: "roundrobin"))
        #expect(h.syncs[wrongName]?.errorCode == .inconsistentGroupProtocol)
        let wrongType = h.sync(ClassicSyncRequest(memberId: b, generationId: 1, protocolType: "connect"))
        #expect(h.syncs[wrongType]?.errorCode == .inconsistentGroupProtocol)
        #expect(h.group.phase == .stable)
    }

    @Test func invalidSessionTimeout() throws {
        var h = H()
        let tooShort = h.join(ClassicJoinRequest(clientId: "x", sessionTimeoutMs: 5_999, protocols: H.protocols()))
        #expect(h.joins[tooShort]?.errorCode == .invalidSessionTimeout)
        let tooLong = h.join(ClassicJoinRequest(clientId: "x", sessionTimeoutMs: 1_800_001, protocols: H.protocols()))
        #expect(h.joins[tooLong]?.errorCode == .invalidSessionTimeout)
        #expect(h.group.phase == .empty && h.group.pendingMemberIds.isEmpty)
    }

    @Test func groupMaxSize() throws {
        var config = ClassicGroupConfig()
        config.maxSize = 2
        var (h, a, _) = H.stableTwoMembers(config: config)
        let third = h.join(ClassicJoinRequest(clientId: "c", protocols: H.protocols()))
        #expect(h.joins[third]?.errorCode == .groupMaxSizeReached)
        #expect(h.group.phase == .stable)
        // While preparing, the members awaiting join count.
        let aJoin = h.join(ClassicJoinRequest(memberId: a, clientId: "a", protocols: H.protocols()))
        #expect(h.group.phase == .preparingRebalance)
        let fourth = h.join(ClassicJoinRequest(clientId: "d", protocols: H.protocols(), requireKnownMemberId: false))
        #expect(h.joins[fourth] == nil)
        let fifth = h.join(ClassicJoinRequest(clientId: "e", protocols: H.protocols(), requireKnownMemberId: false))
        #expect(h.joins[fifth]?.errorCode == .groupMaxSizeReached)
        _ = aJoin
    }

    @Test func offsetCommitValidation() throws {
        let empty = H()
        #expect(empty.group.validateOffsetCommit(memberId: "", groupInstanceId: nil, generationId: -1) == nil)
        #expect(empty.group.validateOffsetCommit(memberId: "m", groupInstanceId: nil, generationId: 3) == .unknownMemberId)
        var (h, a, b) = H.stableTwoMembers()
        #expect(h.group.validateOffsetCommit(memberId: "", groupInstanceId: nil, generationId: -1) == .unknownMemberId)
        #expect(h.group.validateOffsetCommit(memberId: "", groupInstanceId: nil, generationId: -1, isTransactional: true) == nil)
        #expect(h.group.validateOffsetCommit(memberId: a, groupInstanceId: nil, generationId: 1) == nil)
        #expect(h.group.validateOffsetCommit(memberId: a, groupInstanceId: nil, generationId: 2) == .illegalGeneration)
        #expect(h.group.validateOffsetCommit(memberId: "ghost", groupInstanceId: nil, generationId: 1) == .unknownMemberId)
        #expect(h.group.validateOffsetCommit(memberId: a, groupInstanceId: "i", generationId: 1) == .unknownMemberId)
        // A member that got its generation but the group is still completing the rebalance.
        _ = h.handshakeJoin(clientId: "c")
        _ = h.join(ClassicJoinRequest(memberId: a, clientId: "a", protocols: H.protocols()))
        _ = h.join(ClassicJoinRequest(memberId: b, clientId: "b", protocols: H.protocols()))
        #expect(h.group.phase == .completingRebalance)
        #expect(h.group.validateOffsetCommit(memberId: a, groupInstanceId: nil, generationId: 2) == .rebalanceInProgress)
        #expect(h.group.validateOffsetCommit(memberId: a, groupInstanceId: nil, generationId: 2, isTransactional: true) == nil)
        let (s, sa, _) = Self.stableStaticGroup()
        #expect(s.group.validateOffsetCommit(memberId: "other", groupInstanceId: "a", generationId: 1) == .fencedInstanceId)
        #expect(s.group.validateOffsetCommit(memberId: sa, groupInstanceId: "a", generationId: 1) == nil)
    }

    @Test func describeListAndDelete() throws {
        var (h, a, _) = H.stableTwoMembers()
        let description = h.group.description
        #expect(description.state.rawValue == "Stable")
        #expect(description.protocolType == "consumer" && description.protocolName == "range")
        #expect(description.members.first?.memberId == a && description.members.first?.assignment == [1])
        #expect(h.group.listing == ClassicGroupListing(groupId: "g", protocolType: "consumer", state: .stable))
        #expect(h.group.delete(now: h.now).error == .nonEmptyGroup)
        _ = h.join(ClassicJoinRequest(memberId: a, clientId: "a", protocols: H.protocols()))
        #expect(h.group.description.state.rawValue == "PreparingRebalance")
        #expect(h.group.description.protocolName == "")
        #expect(h.group.description.members.allSatisfy { $0.assignment.isEmpty && $0.metadata.isEmpty })
        #expect(ClassicGroupPhase.allCases.map(\.rawValue) == ["Empty", "PreparingRebalance", "CompletingRebalance", "Stable", "Dead"])
        var empty = H()
        let (error, actions) = empty.group.delete(now: 5)
        #expect(error == .noError && empty.group.phase == .dead)
        #expect(actions == [.storeGroup("g", nil)])
        #expect(empty.group.delete(now: 6).error == .groupIdNotFound)
    }

    @Test func restoredGroupIsStableAndExpiresSilentMembers() throws {
        let (h, a, b) = H.stableTwoMembers()
        let stored = try #require(h.stores.last ?? nil)
        var restored = ClassicGroupState(groupId: "g", stored: stored, now: 100_000)
        #expect(restored.phase == .stable && restored.generationId == 1 && restored.leaderId == a)
        #expect(restored.assignment(of: b) == [2])
        #expect(restored.heartbeat(memberId: a, groupInstanceId: nil, generationId: 1, now: 105_000) == .noError)
        _ = restored.tick(now: 110_000)
        #expect(!restored.hasMember(b))
        #expect(restored.phase == .preparingRebalance)
    }

    @Test func theInitialDelayNeverExceedsTheRebalanceTimeout() throws {
        var h = H()
        let a = h.handshakeJoin(clientId: "a", rebalanceTimeoutMs: 5_000)
        h.advance(1_000)
        _ = h.handshakeJoin(clientId: "b", rebalanceTimeoutMs: 5_000)
        h.advance(2_000)
        h.advance(1_000)
        _ = h.handshakeJoin(clientId: "c", rebalanceTimeoutMs: 5_000)
        h.advance(999)
        #expect(h.joins[a.token] == nil)
        // Members kept arriving, but 3 000 + 2 000 ms is all the rebalance timeout allows.
        h.advance(1)
        #expect(h.joins[a.token]?.members.count == 3)
    }

    @Test func theLeaderLeavingWhileFollowersWaitForTheAssignment() throws {
        var h = H()
        let a = h.handshakeJoin(clientId: "a")
        let b = h.handshakeJoin(clientId: "b")
        h.advance(6_000)
        let waiting = h.sync(ClassicSyncRequest(memberId: b.memberId, generationId: 1))
        let (results, actions) = h.group.leave([ClassicLeaveMember(memberId: a.memberId)], now: h.now)
        h.apply(actions)
        #expect(results.map(\.errorCode) == [.noError])
        #expect(h.syncs[waiting]?.errorCode == .rebalanceInProgress)
        #expect(h.group.leaderId == b.memberId)
        let rejoin = h.join(ClassicJoinRequest(memberId: b.memberId, clientId: "b", protocols: H.protocols()))
        #expect(h.joins[rejoin]?.leader == b.memberId && h.joins[rejoin]?.generationId == 2)
        #expect(h.doubleAnswers.isEmpty)
    }

    @Test func aRetriedJoinSupersedesTheWaitingOne() throws {
        var (h, a, b) = H.stableTwoMembers()
        let first = h.join(ClassicJoinRequest(memberId: a, clientId: "a", protocols: H.protocols()))
        let retry = h.join(ClassicJoinRequest(memberId: a, clientId: "a", protocols: H.protocols()))
        #expect(h.joins[first]?.errorCode == .rebalanceInProgress)
        #expect(h.joins[retry] == nil)
        let bJoin = h.join(ClassicJoinRequest(memberId: b, clientId: "b", protocols: H.protocols()))
        #expect(h.joins[retry]?.generationId == 2 && h.joins[bJoin]?.generationId == 2)
        #expect(h.doubleAnswers.isEmpty)
    }

    @Test func aPendingMemberLeavingLetsTheRebalanceComplete() throws {
        var (h, a, b) = H.stableTwoMembers()
        let aJoin = h.join(ClassicJoinRequest(memberId: a, clientId: "a", protocols: H.protocols()))
        let pending = h.join(ClassicJoinRequest(clientId: "c", protocols: H.protocols()))
        let pendingId = try #require(h.joins[pending]?.memberId)
        let bJoin = h.join(ClassicJoinRequest(memberId: b, clientId: "b", protocols: H.protocols()))
        // Everyone rejoined, but the handshake of c is still open.
        #expect(h.joins[aJoin] == nil && h.joins[bJoin] == nil)
        let (results, actions) = h.group.leave([ClassicLeaveMember(memberId: pendingId)], now: h.now)
        h.apply(actions)
        #expect(results.map(\.errorCode) == [.noError])
        #expect(h.joins[aJoin]?.generationId == 2 && h.joins[bJoin]?.generationId == 2)
    }
}
