import NIOCore
import SluiceProtocol
import Testing

@testable import SluiceBroker

@Suite struct ClassicGroupHandlerTests {
    let clock = ManualClock()
    let coordinator: ClassicGroupCoordinator

    init() {
        let clock = self.clock
        self.coordinator = ClassicGroupCoordinator(storage: ClassicRecordingStorage(), clock: { clock.now })
    }

    func joinRequest(memberId: String = "", instance: String? = nil) -> JoinGroupRequest {
        var request = JoinGroupRequest()
        request.groupId = "g"
        request.sessionTimeoutMs = 10_000
        request.rebalanceTimeoutMs = 30_000
        request.memberId = memberId
        request.groupInstanceId = instance
        request.protocolType = "consumer"
        var proto = JoinGroupRequest.JoinGroupRequestProtocol()
        proto.name = "range"
        proto.metadata = [9]
        request.protocols = [proto]
        return request
    }

    /// Every answer must encode at every version this handler serves.
    func encodes<R: KafkaResponse>(_ response: R, versions: ClosedRange<Int16>) throws {
        for version in versions {
            var buffer = ByteBuffer()
            try response.encode(into: &buffer, version: version)
        }
    }

    @Test func joinSyncHeartbeatLeaveOverTheWireTypes() async throws {
        let first = await JoinGroupHandler.respond(self.joinRequest(), version: 9, clientId: "cli", clientHost: "/127.0.0.1", coordinator: self.coordinator)
        #expect(first.errorCode == ErrorCode.memberIdRequired.rawValue)
        #expect(first.memberId.hasPrefix("cli-"))
        try self.encodes(first, versions: 7...9)
        let memberId = first.memberId
        async let joined = JoinGroupHandler.respond(self.joinRequest(memberId: memberId), version: 9, clientId: "cli", clientHost: "/127.0.0.1", coordinator: self.coordinator)
        for _ in 0..<100_000 where self.coordinator.describeGroup("g")?.members.count != 1 { await Task.yield() }
        self.clock.advance(3_000)
        await self.coordinator.tick()
        let response = await joined
        #expect(response.errorCode == 0 && response.generationId == 1 && response.leader == memberId)
        #expect(response.protocolType == "consumer" && response.protocolName == "range")
        #expect(response.members.map(\.metadata) == [[9]])
        try self.encodes(response, versions: 7...9)
        #expect(self.coordinator.describeGroup("g")?.members.first?.clientHost == "/127.0.0.1")

        var sync = SyncGroupRequest()
        sync.groupId = "g"
        sync.generationId = 1
        sync.memberId = memberId
        var assignment = SyncGroupRequest.SyncGroupRequestAssignment()
        assignment.memberId = memberId
        assignment.assignment = [4, 2]
        sync.assignments = [assignment]
        // v5 requires the protocol type and name.
        let missing = await SyncGroupHandler.respond(sync, version: 5, coordinator: self.coordinator)
        #expect(missing.errorCode == ErrorCode.inconsistentGroupProtocol.rawValue)
        let synced = await SyncGroupHandler.respond(sync, version: 4, coordinator: self.coordinator)
        #expect(synced.errorCode == 0 && synced.assignment == [4, 2])
        try self.encodes(synced, versions: SyncGroupHandler.versions)

        var heartbeat = HeartbeatRequest()
        heartbeat.groupId = "g"
        heartbeat.generationId = 1
        heartbeat.memberId = memberId
        #expect(HeartbeatHandler.respond(heartbeat, version: 4, coordinator: self.coordinator).errorCode == 0)
        heartbeat.generationId = 0
        #expect(HeartbeatHandler.respond(heartbeat, version: 4, coordinator: self.coordinator).errorCode == ErrorCode.illegalGeneration.rawValue)

        // LeaveGroup v0: one member, its error at the top level.
        var leaveOld = LeaveGroupRequest()
        leaveOld.groupId = "g"
        leaveOld.memberId = "nobody"
        let oldAnswer = await LeaveGroupHandler.respond(leaveOld, version: 2, coordinator: self.coordinator)
        #expect(oldAnswer.errorCode == ErrorCode.unknownMemberId.rawValue && oldAnswer.members.isEmpty)
        var leave = LeaveGroupRequest()
        leave.groupId = "g"
        var identity = LeaveGroupRequest.MemberIdentity()
        identity.memberId = memberId
        var ghost = LeaveGroupRequest.MemberIdentity()
        ghost.memberId = "ghost"
        leave.members = [identity, ghost]
        let answer = await LeaveGroupHandler.respond(leave, version: 5, coordinator: self.coordinator)
        #expect(answer.errorCode == 0)
        #expect(answer.members.map(\.errorCode) == [0, ErrorCode.unknownMemberId.rawValue])
        try self.encodes(answer, versions: 3...5)
        #expect(self.coordinator.describeGroup("g")?.state == .empty)
    }

    @Test func joinGroupV0UsesTheSessionTimeoutAsRebalanceTimeoutAndNoHandshake() async throws {
        var request = self.joinRequest()
        request.rebalanceTimeoutMs = -1
        async let joined = JoinGroupHandler.respond(request, version: 0, clientId: "old", clientHost: "/10.0.0.1", coordinator: self.coordinator)
        for _ in 0..<100_000 where self.coordinator.describeGroup("g")?.members.count != 1 { await Task.yield() }
        self.clock.advance(3_000)
        await self.coordinator.tick()
        let response = await joined
        #expect(response.errorCode == 0 && response.memberId.hasPrefix("old-"))
        #expect(self.coordinator.describeGroup("g")?.members.first?.clientHost == "/10.0.0.1")
        #expect(response.protocolName == "range")
        try self.encodes(response, versions: 0...6)
    }

    @Test func clientHostLooksLikeKafkas() {
        #expect(JoinGroupHandler.clientHost(fromRemoteAddress: "[IPv4]127.0.0.1/127.0.0.1:54321") == "/127.0.0.1")
        #expect(JoinGroupHandler.clientHost(fromRemoteAddress: "[IPv6]::1/::1:5000") == "/::1")
        #expect(JoinGroupHandler.clientHost(fromRemoteAddress: "unknown") == "unknown")
    }
}
