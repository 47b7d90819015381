import NIOConcurrencyHelpers
import SluiceBroker
import SluiceProtocol
import Testing

/// Records `storeGroup` calls; fails them, and KIP-848 appends, while `failing` is set.
final class ClassicRecordingStorage: GroupStorage {
    private let state = NIOLockedValueBox<(stored: [(String, StoredGroupMetadata?)], failing: Bool)>(([], false))

    struct Failure: Error {}

    var stored: [(String, StoredGroupMetadata?)] { self.state.withLockedValue { $0.stored } }
    func setFailing(_ failing: Bool) { self.state.withLockedValue { $0.failing = failing } }

    func commitOffsets(group: String, offsets: [StoredOffset]) async throws {}
    func deleteOffsets(group: String, partitions: [GroupTopicPartition]) async throws {}
    func storeGroup(_ group: String, metadata: StoredGroupMetadata?) async throws {
        try self.state.withLockedValue { state in
            if state.failing { throw Failure() }
            state.stored.append((group, metadata))
        }
    }
    func appendConsumerGroupRecords(_ group: String, records: [CoordinatorRecord]) throws -> GroupStorageWrite {
        try self.state.withLockedValue { state in
            if state.failing { throw Failure() }
        }
        return .durable
    }
    func load() async throws -> StoredGroups { StoredGroups() }
}

final class ManualClock: Sendable {
    private let value = NIOLockedValueBox<Int64>(1_000)
    var now: Int64 { self.value.withLockedValue { $0 } }
    func advance(_ ms: Int64) { self.value.withLockedValue { $0 += ms } }
}

@Suite struct ClassicGroupCoordinatorTests {
    let clock = ManualClock()
    let storage = ClassicRecordingStorage()
    let coordinator: ClassicGroupCoordinator

    init() {
        let clock = self.clock
        self.coordinator = ClassicGroupCoordinator(storage: self.storage, clock: { clock.now })
    }

    static let protocols = [ClassicGroupProtocol(name: "range", metadata: [7])]

    /// Waits (without sleeping on a timer) until the group has `count` members.
    func waitForMembers(_ count: Int, group: String = "g") async {
        for _ in 0..<100_000 {
            if self.coordinator.describeGroup(group)?.members.count == count { return }
            await Task.yield()
        }
        Issue.record("the group never reached \(count) members")
    }

    func handshake(_ clientId: String) async -> String {
        let first = await self.coordinator.joinGroup(groupId: "g", ClassicJoinRequest(clientId: clientId, protocols: Self.protocols))
        #expect(first.errorCode == .memberIdRequired)
        return first.memberId
    }

    @Test func joinAndSyncSuspendUntilTheGroupAnswers() async throws {
        let a = await self.handshake("a")
        let b = await self.handshake("b")
        async let aJoin = self.coordinator.joinGroup(groupId: "g", ClassicJoinRequest(memberId: a, clientId: "a", protocols: Self.protocols))
        async let bJoin = self.coordinator.joinGroup(groupId: "g", ClassicJoinRequest(memberId: b, clientId: "b", protocols: Self.protocols))
        await self.waitForMembers(2)
        #expect(self.coordinator.describeGroup("g")?.state == .preparingRebalance)
        self.clock.advance(3_000)
        await self.coordinator.tick()
        self.clock.advance(3_000)
        await self.coordinator.tick()
        let (aResponse, bResponse) = await (aJoin, bJoin)
        #expect(aResponse.errorCode == .noError && bResponse.errorCode == .noError)
        #expect(aResponse.generationId == 1 && aResponse.leader == a)
        #expect(aResponse.members.count == 2 && bResponse.members.isEmpty)

        async let bSync = self.coordinator.syncGroup(groupId: "g", ClassicSyncRequest(memberId: b, generationId: 1))
        for _ in 0..<1_000 { await Task.yield() }
        let aSync = await self.coordinator.syncGroup(groupId: "g", ClassicSyncRequest(memberId: a, generationId: 1, assignments: [a: [1], b: [2]]))
        #expect(aSync.assignment == [1])
        #expect(await bSync.assignment == [2])
        #expect(self.coordinator.describeGroup("g")?.state == .stable)
        let stored = self.storage.stored
        #expect(stored.count == 1)
        #expect(stored.first?.1?.generation == 1)
        #expect(stored.first?.1?.members.map(\.assignment) == [[1], [2]])

        #expect(self.coordinator.heartbeat(groupId: "g", memberId: b, groupInstanceId: nil, generationId: 1) == .noError)
        // b falls silent: a's heartbeats carry on, the session timeout rebalances the group.
        for _ in 0..<3 {
            self.clock.advance(4_000)
            await self.coordinator.tick()
            _ = self.coordinator.heartbeat(groupId: "g", memberId: a, groupInstanceId: nil, generationId: 1)
        }
        #expect(self.coordinator.heartbeat(groupId: "g", memberId: a, groupInstanceId: nil, generationId: 1) == .rebalanceInProgress)
        #expect(self.coordinator.heartbeat(groupId: "g", memberId: b, groupInstanceId: nil, generationId: 1) == .unknownMemberId)
        let left = await self.coordinator.leaveGroup(groupId: "g", members: [ClassicLeaveMember(memberId: a)])
        #expect(left.errorCode == .noError && left.members.map(\.errorCode) == [.noError])
        #expect(self.coordinator.listGroups() == [ClassicGroupListing(groupId: "g", protocolType: "consumer", state: .empty)])
        #expect(self.storage.stored.last?.1?.members.isEmpty == true)
        #expect(await self.coordinator.deleteGroup("g") == .noError)
        #expect(self.storage.stored.last?.1 == nil)
        #expect(self.coordinator.listGroups().isEmpty)
    }

    @Test func aFailedStoreAnswersTheSyncWithAnErrorAndRebalances() async {
        let a = await self.handshake("a")
        async let join = self.coordinator.joinGroup(groupId: "g", ClassicJoinRequest(memberId: a, clientId: "a", protocols: Self.protocols))
        await self.waitForMembers(1)
        self.clock.advance(3_000)
        await self.coordinator.tick()
        #expect(await join.generationId == 1)
        self.storage.setFailing(true)
        let sync = await self.coordinator.syncGroup(groupId: "g", ClassicSyncRequest(memberId: a, generationId: 1, assignments: [a: [1]]))
        #expect(sync.errorCode == .coordinatorNotAvailable)
        #expect(self.coordinator.describeGroup("g")?.state == .preparingRebalance)
    }

    @Test func unknownGroups() async {
        #expect(self.coordinator.heartbeat(groupId: "nope", memberId: "m", groupInstanceId: nil, generationId: 1) == .unknownMemberId)
        let join = await self.coordinator.joinGroup(groupId: "nope", ClassicJoinRequest(memberId: "m", clientId: "c", protocols: Self.protocols))
        #expect(join.errorCode == .unknownMemberId)
        let sync = await self.coordinator.syncGroup(groupId: "nope", ClassicSyncRequest(memberId: "m", generationId: 1))
        #expect(sync.errorCode == .unknownMemberId)
        #expect(await self.coordinator.leaveGroup(groupId: "nope", members: [ClassicLeaveMember(memberId: "m")]).errorCode == .unknownMemberId)
        #expect(await self.coordinator.joinGroup(groupId: "", ClassicJoinRequest(clientId: "c", protocols: Self.protocols)).errorCode == .invalidGroupId)
        #expect(await self.coordinator.deleteGroup("nope") == .groupIdNotFound)
        // An invalid join does not leave a group behind.
        _ = await self.coordinator.joinGroup(groupId: "bad", ClassicJoinRequest(clientId: "c", sessionTimeoutMs: 1, protocols: Self.protocols))
        #expect(self.coordinator.describeGroup("bad") == nil)
        // Offset commits: generation -1 creates a simple group; a member commit to no group is refused.
        #expect(self.coordinator.validateOffsetCommit(groupId: "other", memberId: "m", groupInstanceId: nil, generationId: 3) == .illegalGeneration)
        #expect(self.coordinator.validateOffsetCommit(groupId: "other", memberId: "m", groupInstanceId: nil, generationId: 3, apiVersion: 9) == .groupIdNotFound)
        #expect(self.coordinator.validateOffsetCommit(groupId: "simple", memberId: "", groupInstanceId: nil, generationId: -1) == nil)
        #expect(self.coordinator.listGroups() == [ClassicGroupListing(groupId: "simple", protocolType: "", state: .empty)])
        #expect(self.coordinator.listGroups(states: [.stable]).isEmpty)
        #expect(self.coordinator.phase(of: "simple") == .empty)
        #expect(self.coordinator.phase(of: "nope") == nil)
    }

    @Test func shutdownAnswersParkedRequests() async {
        let a = await self.handshake("a")
        async let join = self.coordinator.joinGroup(groupId: "g", ClassicJoinRequest(memberId: a, clientId: "a", protocols: Self.protocols))
        await self.waitForMembers(1)
        self.coordinator.shutdown()
        #expect(await join.errorCode == .notCoordinator)
        #expect(self.coordinator.heartbeat(groupId: "g", memberId: a, groupInstanceId: nil, generationId: 0) == .notCoordinator)
    }

    @Test func requestsWaitForTheLoad() async {
        let coordinator = ClassicGroupCoordinator(storage: self.storage, awaitingLoad: true, clock: { 1_000 })
        #expect(coordinator.isLoading)
        #expect(await coordinator.joinGroup(groupId: "g", ClassicJoinRequest(clientId: "c", protocols: Self.protocols)).errorCode == .coordinatorLoadInProgress)
        #expect(await coordinator.syncGroup(groupId: "g", ClassicSyncRequest(memberId: "m", generationId: 1)).errorCode == .coordinatorLoadInProgress)
        #expect(coordinator.heartbeat(groupId: "g", memberId: "m", groupInstanceId: nil, generationId: 1) == .noError)
        #expect(await coordinator.leaveGroup(groupId: "g", members: [ClassicLeaveMember(memberId: "m")]).errorCode == .coordinatorLoadInProgress)
        #expect(coordinator.validateOffsetCommit(groupId: "g", memberId: "", groupInstanceId: nil, generationId: -1) == .coordinatorLoadInProgress)
        coordinator.load([:])
        #expect(!coordinator.isLoading)
        #expect(coordinator.heartbeat(groupId: "g", memberId: "m", groupInstanceId: nil, generationId: 1) == .unknownMemberId)
        #expect(await coordinator.joinGroup(groupId: "g", ClassicJoinRequest(clientId: "c", protocols: Self.protocols)).errorCode == .memberIdRequired)
    }

    @Test func loadedGroupsAreStable() {
        let member = StoredGroupMetadata.Member(memberId: "m1", groupInstanceId: nil, clientId: "c", clientHost: "h", rebalanceTimeoutMs: 60_000, sessionTimeoutMs: 10_000, subscription: [1], assignment: [2])
        self.coordinator.load(["g": StoredGroupMetadata(protocolType: "consumer", generation: 4, protocolName: "range", leader: "m1", currentStateTimestamp: 5, members: [member])])
        let description = self.coordinator.describeGroup("g")
        #expect(description?.state == .stable)
        #expect(description?.members.first?.assignment == [2])
        #expect(self.coordinator.heartbeat(groupId: "g", memberId: "m1", groupInstanceId: nil, generationId: 4) == .noError)
    }
}

@Suite struct ClassicGroupCoordinatorLifecycleTests {
    @Test func runTicksUntilCancelledThenAnswersParkedRequests() async {
        let clock = ManualClock()
        let coordinator = ClassicGroupCoordinator(storage: ClassicRecordingStorage(), tickInterval: .milliseconds(5), clock: { clock.now })
        let runner = Task { try await coordinator.run() }
        let protocols = ClassicGroupCoordinatorTests.protocols
        let first = await coordinator.joinGroup(groupId: "g", ClassicJoinRequest(clientId: "a", protocols: protocols))
        async let joined = coordinator.joinGroup(groupId: "g", ClassicJoinRequest(memberId: first.memberId, clientId: "a", protocols: protocols))
        for _ in 0..<100_000 where coordinator.describeGroup("g")?.members.count != 1 { await Task.yield() }
        // The run loop completes the initial rebalance once the (manual) clock passes the delay.
        clock.advance(3_000)
        #expect(await joined.errorCode == .noError)
        // A second member's join stays parked until the coordinator stops.
        let second = await coordinator.joinGroup(groupId: "g", ClassicJoinRequest(clientId: "b", protocols: protocols))
        async let parked = coordinator.joinGroup(groupId: "g", ClassicJoinRequest(memberId: second.memberId, clientId: "b", protocols: protocols))
        for _ in 0..<100_000 where coordinator.describeGroup("g")?.members.count != 2 { await Task.yield() }
        runner.cancel()
        _ = try? await runner.value
        #expect(await parked.errorCode == .notCoordinator)
        #expect(coordinator.heartbeat(groupId: "g", memberId: first.memberId, groupInstanceId: nil, generationId: 1) == .notCoordinator)
    }
}
