import Foundation
import SluiceProtocol
import Testing

@testable import SluiceBroker

/// OffsetCommit and OffsetFetch for KIP-848 groups: who may commit and fetch, with Kafka 4's
/// member and epoch checks.
@Suite struct ConsumerGroupOffsetHandlerTests {
    let fixture: ConsumerGroupCoordinatorTests.Fixture
    let running: Task<Void, any Error>

    init() async throws {
        self.fixture = try ConsumerGroupCoordinatorTests.Fixture()
        _ = try self.fixture.broker.createTopic(name: "orders", partitionCount: 2, replicationFactor: 1, configs: [:])
        let coordinator = try self.fixture.broker.installGroupCoordinator()
        self.running = Task { try await coordinator.run() }
        let start = ContinuousClock.now
        while coordinator.isLoading {
            try #require(ContinuousClock.now - start < .seconds(60), "the coordinator never finished loading")
            try await Task.sleep(for: .milliseconds(10))
        }
        let joined = try await self.fixture.heartbeat(ConsumerGroupCoordinatorTests.join("g", "m1", topics: ["orders"]))
        try #require(joined.memberEpoch == 1)
    }

    func commit(member: String, epoch: Int32, offset: Int64 = 5, version: Int16 = 9) async throws -> ErrorCode? {
        var request = OffsetCommitRequest()
        request.groupId = "g"
        request.memberId = member
        request.generationIdOrMemberEpoch = epoch
        var partition = OffsetCommitRequest.OffsetCommitRequestPartition()
        partition.partitionIndex = 0
        partition.committedOffset = offset
        var topic = OffsetCommitRequest.OffsetCommitRequestTopic()
        topic.name = "orders"
        topic.partitions = [partition]
        request.topics = [topic]
        guard case .response(let response) = try await OffsetCommitHandler.handle(request, context: self.fixture.context(.offsetCommit, version: version)) else {
            return nil
        }
        return response.topics.first?.partitions.first.map { ErrorCode(rawValue: $0.errorCode) ?? .unknownServerError }
    }

    func fetch(member: String?, epoch: Int32) async throws -> (ErrorCode?, Int64?) {
        var group = OffsetFetchRequest.OffsetFetchRequestGroup()
        group.groupId = "g"
        group.memberId = member
        group.memberEpoch = epoch
        var topic = OffsetFetchRequest.OffsetFetchRequestTopics()
        topic.name = "orders"
        topic.partitionIndexes = [0]
        group.topics = [topic]
        var request = OffsetFetchRequest()
        request.groups = [group]
        guard case .response(let response) = try await OffsetFetchHandler.handle(request, context: self.fixture.context(.offsetFetch, version: 9)) else {
            return (nil, nil)
        }
        let answer = response.groups.first
        return (answer.map { ErrorCode(rawValue: $0.errorCode) ?? .unknownServerError }, answer?.topics.first?.partitions.first?.committedOffset)
    }

    @Test func onlyTheMemberAtItsEpochCommitsWhileTheGroupHasMembers() async throws {
        defer { self.running.cancel() }
        #expect(try await self.commit(member: "m1", epoch: 1) == ErrorCode.noError)
        #expect(try await self.commit(member: "m1", epoch: 0) == .staleMemberEpoch)
        #expect(try await self.commit(member: "m1", epoch: 2) == .staleMemberEpoch)
        #expect(try await self.commit(member: "stranger", epoch: 1) == .unknownMemberId)
        #expect(try await self.commit(member: "", epoch: -1) == .unknownMemberId)
        // Consumer-protocol members commit with v9.
        #expect(try await self.commit(member: "m1", epoch: 1, version: 8) == .unsupportedVersion)
    }

    @Test func fetchChecksTheMemberOnlyWhenOneIsGiven() async throws {
        defer { self.running.cancel() }
        #expect(try await self.commit(member: "m1", epoch: 1, offset: 7) == ErrorCode.noError)
        #expect(try await self.fetch(member: "m1", epoch: 1) == (ErrorCode.noError, 7))
        #expect(try await self.fetch(member: nil, epoch: -1) == (ErrorCode.noError, 7))
        #expect(try await self.fetch(member: "m1", epoch: 3).0 == .staleMemberEpoch)
        #expect(try await self.fetch(member: "stranger", epoch: 1).0 == .unknownMemberId)
    }

    @Test func classicApisSeeAKIP848GroupAsKafkaShowsIt() async throws {
        defer { self.running.cancel() }
        var describe = DescribeGroupsRequest()
        describe.groups = ["g"]
        guard case .response(let described) = try await DescribeGroupsHandler.handle(describe, context: self.fixture.context(.describeGroups, version: 5)) else {
            throw ConfigHandlerTests.TestFailure("no response")
        }
        #expect(described.groups.map(\.groupState) == ["Dead"])
        #expect(described.groups.first?.members.isEmpty == true)

        var list = ListGroupsRequest()
        list.typesFilter = ["Consumer"]
        guard case .response(let listed) = try await ListGroupsHandler.handle(list, context: self.fixture.context(.listGroups, version: 5)) else {
            throw ConfigHandlerTests.TestFailure("no response")
        }
        #expect(listed.groups.map(\.groupId) == ["g"])
        #expect(listed.groups.first?.groupState == "Stable")
    }

    @Test func anEmptyGroupGoesWithItsLastOffset() async throws {
        defer { self.running.cancel() }
        #expect(try await self.commit(member: "m1", epoch: 1, offset: 3) == ErrorCode.noError)
        var leave = ConsumerGroupHeartbeatRequest()
        leave.groupId = "g"
        leave.memberId = "m1"
        leave.memberEpoch = -1
        #expect(try await self.fixture.heartbeat(leave).errorCode == 0)
        let coordinator = try #require(self.fixture.broker.groupCoordinator)
        let storage = try #require(coordinator.storage as? ConsumerOffsetsStorage)
        let now = self.fixture.broker.clock()
        // Empty, but its offset is kept until retention: so is the group.
        await coordinator.expireOffsets(storage: storage, now: now)
        #expect(self.fixture.broker.consumerGroups.group("g")?.state == .empty)
        await coordinator.expireOffsets(storage: storage, now: now + storage.retentionMs + 1)
        #expect(coordinator.committedOffsets(group: "g").isEmpty)
        #expect(self.fixture.broker.consumerGroups.group("g") == nil)
    }

    @Test func aRetentionTimeFromOffsetCommitV2To4SetsTheExpireTimestamp() async throws {
        defer { self.running.cancel() }
        var partition = OffsetCommitRequest.OffsetCommitRequestPartition()
        partition.partitionIndex = 1
        partition.committedOffset = 9
        var topic = OffsetCommitRequest.OffsetCommitRequestTopic()
        topic.name = "orders"
        topic.partitions = [partition]
        var request = OffsetCommitRequest()
        request.groupId = "standalone"
        request.retentionTimeMs = 5_000
        request.topics = [topic]
        for version: Int16 in [4, 5] {
            guard case .response(let response) = try await OffsetCommitHandler.handle(request, context: self.fixture.context(.offsetCommit, version: version)) else {
                throw ConfigHandlerTests.TestFailure("no response")
            }
            #expect(response.topics.first?.partitions.first?.errorCode == 0)
            let stored = try #require(self.fixture.broker.groupCoordinator?.committedOffsets(group: "standalone")[GroupTopicPartition(topic: "orders", partition: 1)])
            // v5 dropped the field: the broker's retention applies.
            #expect(stored.expireTimestamp == (version == 4 ? stored.commitTimestamp + 5_000 : -1))
        }
    }
}
