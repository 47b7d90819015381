import NIOConcurrencyHelpers
import NIOCore
import SluiceProtocol
import Testing

@testable import SluiceClient

/// Group admin calls against a fake coordinator (node 1) holding three groups: "busy" (a Stable
/// classic group, one member owning t-0 and t-1), "idle" (Empty, offsets committed) and "modern"
/// (a KIP-848 group, only ConsumerGroupDescribe knows it). Topic "t" has partitions 0 and 1, log
/// start 2 and log end 20.
@Suite struct GroupAdminTests {
    final class Recorder: Sendable {
        let port = NIOLockedValueBox(0)
        let statesFilter = NIOLockedValueBox<[String]>([])
        let commits = NIOLockedValueBox<[OffsetCommitRequest]>([])
        let findCoordinatorKeys = NIOLockedValueBox<[String]>([])
        /// OffsetFetch answers COORDINATOR_LOAD_IN_PROGRESS for group "loading" this many times.
        let loadingFetches = NIOLockedValueBox(1)
    }

    static let busyAssignment: [UInt8] = {
        (try? ConsumerProtocol.encodeAssignment([TopicPartition(topic: "t", partition: 1), TopicPartition(topic: "t", partition: 0)], version: 1)) ?? []
    }()

    /// `old`: a broker from before batched FindCoordinator (v0-3), OffsetFetch for several groups
    /// (v0-7), ListGroups states (v0-3) and ConsumerGroupDescribe.
    func start(_ recorder: Recorder, old: Bool = false) async throws -> (FakeBroker, KafkaClient) {
        let broker = try await FakeBroker.start { frame, connection in
            let port = Int32(recorder.port.withLockedValue { $0 })
            switch frame.apiKey {
            case .apiVersions:
                try connection.reply(ApiVersionsResponse.listing(old ? [
                    (.apiVersions, 0...3), (.metadata, 0...12), (.findCoordinator, 0...3), (.listGroups, 0...3), (.describeGroups, 0...5),
                    (.offsetFetch, 0...7), (.offsetCommit, 0...7), (.listOffsets, 1...7), (.deleteGroups, 0...2),
                ] : [
                    (.apiVersions, 0...3), (.metadata, 0...12), (.findCoordinator, 0...6), (.listGroups, 0...5), (.describeGroups, 0...5),
                    (.consumerGroupDescribe, 0...0), (.offsetFetch, 0...9), (.offsetCommit, 0...9), (.listOffsets, 1...10), (.deleteGroups, 0...2), (.offsetDelete, 0...0),
                ]), to: frame)
            case .metadata:
                let request: MetadataRequest = try frame.decodeBody()
                let asksForT = request.topics?.contains(where: { $0.name == "t" }) == true
                try connection.reply(MetadataResponse.singleBroker(port: Int(port), topics: asksForT ? [("t", 2)] : []), to: frame)
            case .findCoordinator:
                let request: FindCoordinatorRequest = try frame.decodeBody()
                recorder.findCoordinatorKeys.withLockedValue { $0 += frame.header.requestApiVersion >= 4 ? request.coordinatorKeys : [request.key] }
                var response = FindCoordinatorResponse()
                if frame.header.requestApiVersion < 4 {
                    response.nodeId = 1
                    response.host = "127.0.0.1"
                    response.port = port
                }
                response.coordinators = request.coordinatorKeys.map {
                    var coordinator = FindCoordinatorResponse.Coordinator()
                    coordinator.key = $0
                    coordinator.nodeId = 1
                    coordinator.host = "127.0.0.1"
                    coordinator.port = port
                    return coordinator
                }
                try connection.reply(response, to: frame)
            case .listGroups:
                let request: ListGroupsRequest = try frame.decodeBody()
                recorder.statesFilter.withLockedValue { $0 = request.statesFilter }
                var response = ListGroupsResponse()
                response.groups = [("idle", "Empty", "classic"), ("busy", "Stable", "classic"), ("modern", "Stable", "consumer")].map {
                    var group = ListGroupsResponse.ListedGroup()
                    group.groupId = $0.0
                    group.protocolType = "consumer"
                    if frame.header.requestApiVersion >= 4 { group.groupState = $0.1 }
                    if frame.header.requestApiVersion >= 5 { group.groupType = $0.2 }
                    return group
                }
                try connection.reply(response, to: frame)
            case .consumerGroupDescribe:
                let request: ConsumerGroupDescribeRequest = try frame.decodeBody()
                var response = ConsumerGroupDescribeResponse()
                response.groups = request.groupIds.map { id in
                    var group = ConsumerGroupDescribeResponse.DescribedGroup()
                    group.groupId = id
                    if id == "modern" {
                        group.groupState = "Stable"
                        group.assignorName = "uniform"
                        var member = ConsumerGroupDescribeResponse.Member()
                        member.memberId = "m-1"
                        member.clientId = "c"
                        member.clientHost = "/10.0.0.1"
                        var partitions = ConsumerGroupDescribeResponse.TopicPartitions()
                        partitions.topicName = "t"
                        partitions.partitions = [1]
                        member.assignment.topicPartitions = [partitions]
                        group.members = [member]
                    } else {
                        group.errorCode = ErrorCode.groupIdNotFound.rawValue
                        group.errorMessage = "Group \(id) is not a consumer group."
                    }
                    return group
                }
                try connection.reply(response, to: frame)
            case .describeGroups:
                let request: DescribeGroupsRequest = try frame.decodeBody()
                var response = DescribeGroupsResponse()
                response.groups = request.groups.map { id in
                    var group = DescribeGroupsResponse.DescribedGroup()
                    group.groupId = id
                    switch id {
                    case "busy":
                        group.groupState = "Stable"
                        group.protocolType = "consumer"
                        group.protocolData = "range"
                        var member = DescribeGroupsResponse.DescribedGroupMember()
                        member.memberId = "consumer-1-abc"
                        member.groupInstanceId = "instance-1"
                        member.clientId = "consumer-1"
                        member.clientHost = "/127.0.0.1"
                        member.memberAssignment = Self.busyAssignment
                        group.members = [member]
                    case "idle":
                        group.groupState = "Empty"
                        group.protocolType = "consumer"
                    default:
                        group.groupState = "Dead"
                    }
                    return group
                }
                try connection.reply(response, to: frame)
            case .offsetFetch:
                let request: OffsetFetchRequest = try frame.decodeBody()
                var response = OffsetFetchResponse()
                let groups = frame.header.requestApiVersion >= 8 ? request.groups : [{
                    var group = OffsetFetchRequest.OffsetFetchRequestGroup()
                    group.groupId = request.groupId
                    return group
                }()]
                response.groups = groups.map { requested in
                    var group = OffsetFetchResponse.OffsetFetchResponseGroup()
                    group.groupId = requested.groupId
                    if requested.groupId == "loading" && recorder.loadingFetches.withLockedValue({ count in
                        defer { count -= 1 }
                        return count > 0
                    }) {
                        group.errorCode = ErrorCode.coordinatorLoadInProgress.rawValue
                        return group
                    }
                    let committed: [(Int32, Int64)] = switch requested.groupId {
                    case "busy", "loading": [(0, 5), (1, -1)]
                    case "idle": [(0, 3), (1, 10)]
                    default: []
                    }
                    if !committed.isEmpty {
                        var topic = OffsetFetchResponse.OffsetFetchResponseTopics()
                        topic.name = "t"
                        topic.partitions = committed.map {
                            var partition = OffsetFetchResponse.OffsetFetchResponsePartitions()
                            partition.partitionIndex = $0.0
                            partition.committedOffset = $0.1
                            return partition
                        }
                        group.topics = [topic]
                    }
                    return group
                }
                if frame.header.requestApiVersion < 8 {
                    response.topics = (response.groups.first?.topics ?? []).map { topic in
                        var old = OffsetFetchResponse.OffsetFetchResponseTopic()
                        old.name = topic.name
                        old.partitions = topic.partitions.map {
                            var partition = OffsetFetchResponse.OffsetFetchResponsePartition()
                            partition.partitionIndex = $0.partitionIndex
                            partition.committedOffset = $0.committedOffset
                            return partition
                        }
                        return old
                    }
                    response.groups = []
                }
                try connection.reply(response, to: frame)
            case .listOffsets:
                let response = ListOffsetsResponse.answering(try frame.decodeBody()) { _, timestamp in
                    switch timestamp {
                    case -2: 2
                    case -1: 20
                    default: timestamp > 1_000 ? -1 : 12
                    }
                }
                try connection.reply(response, to: frame)
            case .offsetCommit:
                let request: OffsetCommitRequest = try frame.decodeBody()
                recorder.commits.withLockedValue { $0.append(request) }
                var response = OffsetCommitResponse()
                response.topics = request.topics.map { topic in
                    var answer = OffsetCommitResponse.OffsetCommitResponseTopic()
                    answer.name = topic.name
                    answer.partitions = topic.partitions.map {
                        var entry = OffsetCommitResponse.OffsetCommitResponsePartition()
                        entry.partitionIndex = $0.partitionIndex
                        return entry
                    }
                    return answer
                }
                try connection.reply(response, to: frame)
            case .offsetDelete:
                let request: OffsetDeleteRequest = try frame.decodeBody()
                var response = OffsetDeleteResponse()
                if request.groupId == "ghost" {
                    response.errorCode = ErrorCode.groupIdNotFound.rawValue
                } else {
                    response.topics = request.topics.map { topic in
                        var answer = OffsetDeleteResponse.OffsetDeleteResponseTopic()
                        answer.name = topic.name
                        answer.partitions = topic.partitions.map {
                            var entry = OffsetDeleteResponse.OffsetDeleteResponsePartition()
                            entry.partitionIndex = $0.partitionIndex
                            entry.errorCode = request.groupId == "busy" ? ErrorCode.groupSubscribedToTopic.rawValue : 0
                            return entry
                        }
                        return answer
                    }
                }
                try connection.reply(response, to: frame)
            case .deleteGroups:
                let request: DeleteGroupsRequest = try frame.decodeBody()
                var response = DeleteGroupsResponse()
                response.results = request.groupsNames.map {
                    var result = DeleteGroupsResponse.DeletableGroupResult()
                    result.groupId = $0
                    result.errorCode = switch $0 {
                    case "busy": ErrorCode.nonEmptyGroup.rawValue
                    case "idle": ErrorCode.noError.rawValue
                    default: ErrorCode.groupIdNotFound.rawValue
                    }
                    return result
                }
                try connection.reply(response, to: frame)
            default:
                connection.close()
            }
        }
        recorder.port.withLockedValue { $0 = broker.port }
        let client = KafkaClient(configuration: .init(bootstrapServers: [BrokerAddress(host: "127.0.0.1", port: broker.port)], requestTimeout: .seconds(5)))
        return (broker, client)
    }

    @Test func listGroupsSendsTheStatesFilterAndReadsTypes() async throws {
        let recorder = Recorder()
        let (broker, client) = try await self.start(recorder)
        defer { Task { await broker.stop() } }
        let groups = try await client.listGroups(states: ["Stable"])
        #expect(recorder.statesFilter.withLockedValue { $0 } == ["Stable"])
        #expect(groups.map(\.groupId) == ["busy", "idle", "modern"])
        #expect(groups.map(\.type) == ["classic", "classic", "consumer"])
        await client.close()
    }

    @Test func classicGroupsAreDescribedWithDescribeGroupsAndTheirAssignmentsDecoded() async throws {
        let recorder = Recorder()
        let (broker, client) = try await self.start(recorder)
        defer { Task { await broker.stop() } }
        let busy = try await client.describeGroup("busy")
        #expect(busy.type == "classic")
        #expect(busy.state == "Stable")
        #expect(busy.assignor == "range")
        #expect(busy.members.count == 1)
        #expect(busy.members.first?.instanceId == "instance-1")
        #expect(busy.members.first?.assignment == [TopicPartition(topic: "t", partition: 0), TopicPartition(topic: "t", partition: 1)])
        #expect(!busy.isInactive)
        let modern = try await client.describeGroup("modern")
        #expect(modern.type == "consumer")
        #expect(modern.assignor == "uniform")
        #expect(modern.members.first?.assignment == [TopicPartition(topic: "t", partition: 1)])
        let ghost = try await client.describeGroup("ghost")
        #expect(ghost.state == "Dead")
        #expect(ghost.isInactive)
        #expect(recorder.findCoordinatorKeys.withLockedValue { $0 }.contains("busy"))
        await client.close()
    }

    @Test func lagIsLogEndMinusCommittedAndUnknownWithoutACommit() async throws {
        let recorder = Recorder()
        let (broker, client) = try await self.start(recorder)
        defer { Task { await broker.stop() } }
        let (_, rows) = try await client.describeGroupLag("busy")
        #expect(rows.map(\.partition.partition) == [0, 1])
        #expect(rows.map(\.currentOffset) == [5, nil])
        #expect(rows.map(\.logEndOffset) == [20, 20])
        #expect(rows.map(\.lag) == [15, nil])
        #expect(rows.map(\.memberId) == ["consumer-1-abc", "consumer-1-abc"])
        await client.close()
    }

    @Test func resetIsRefusedWhileTheGroupHasMembers() async throws {
        let recorder = Recorder()
        let (broker, client) = try await self.start(recorder)
        defer { Task { await broker.stop() } }
        do {
            _ = try await client.planOffsetReset(group: "busy", partitions: [TopicPartition(topic: "t", partition: 0)], spec: .earliest)
            Issue.record("a Stable group's offsets must not be reset")
        } catch {
            #expect(error.code == .nonEmptyGroup)
            #expect(error.message.contains("inactive"))
        }
        #expect(recorder.commits.withLockedValue { $0 }.isEmpty)
        await client.close()
    }

    @Test func shiftByIsClampedAndCommittedAsAnAdmin() async throws {
        let recorder = Recorder()
        let (broker, client) = try await self.start(recorder)
        defer { Task { await broker.stop() } }
        let partitions = try await client.resolve([TopicSelection(topic: "t")])
        #expect(partitions.count == 2)
        let plan = try await client.planOffsetReset(group: "idle", partitions: partitions, spec: .shiftBy(-5))
        // t-0: 3 - 5 = -2, clamped to the log start 2; t-1: 10 - 5 = 5.
        #expect(plan.map(\.newOffset) == [2, 5])
        try await client.commitOffsets(group: "idle", offsets: Dictionary(uniqueKeysWithValues: plan.map { ($0.partition, $0.newOffset) }))
        let commit = try #require(recorder.commits.withLockedValue { $0 }.first)
        #expect(commit.groupId == "idle")
        #expect(commit.generationIdOrMemberEpoch == -1)
        #expect(commit.memberId == "")
        #expect(commit.topics.first?.partitions.map(\.committedOffset) == [2, 5])
        await client.close()
    }

    @Test func datetimeWithoutARecordThatRecentGoesToTheLogEnd() async throws {
        let recorder = Recorder()
        let (broker, client) = try await self.start(recorder)
        defer { Task { await broker.stop() } }
        let partition = TopicPartition(topic: "t", partition: 0)
        #expect(try await client.planOffsetReset(group: "idle", partitions: [partition], spec: .datetime(500)).map(\.newOffset) == [12])
        #expect(try await client.planOffsetReset(group: "idle", partitions: [partition], spec: .datetime(5_000)).map(\.newOffset) == [20])
        await client.close()
    }

    @Test func unknownPartitionsAreRejectedBeforeAnythingIsPlanned() async throws {
        let recorder = Recorder()
        let (broker, client) = try await self.start(recorder)
        defer { Task { await broker.stop() } }
        do {
            _ = try await client.resolve([TopicSelection(topic: "t", partitions: [0, 7])])
            Issue.record("partition 7 does not exist")
        } catch {
            #expect(error.code == .unknownTopicOrPartition)
        }
        await client.close()
    }

    @Test func deleteGroupsReportsEachGroupsError() async throws {
        let recorder = Recorder()
        let (broker, client) = try await self.start(recorder)
        defer { Task { await broker.stop() } }
        let results = try await client.deleteGroups(["busy", "idle", "ghost"])
        #expect(results == ["busy": .nonEmptyGroup, "idle": .noError, "ghost": .groupIdNotFound])
        await client.close()
    }

    @Test func olderBrokersGetOneGroupPerRequestAndNoStatesFilter() async throws {
        let recorder = Recorder()
        let (broker, client) = try await self.start(recorder, old: true)
        defer { Task { await broker.stop() } }
        let offsets = try await client.committedOffsets(groups: ["idle", "busy"])
        #expect(offsets["idle"] == [TopicPartition(topic: "t", partition: 0): 3, TopicPartition(topic: "t", partition: 1): 10])
        #expect(offsets["busy"] == [TopicPartition(topic: "t", partition: 0): 5])
        #expect(Set(recorder.findCoordinatorKeys.withLockedValue { $0 }) == ["idle", "busy"])
        // Without ConsumerGroupDescribe, DescribeGroups answers directly.
        #expect(try await client.describeGroup("busy").members.first?.assignment?.count == 2)
        do {
            _ = try await client.listGroups(states: ["Stable"])
            Issue.record("ListGroups v3 cannot filter by state")
        } catch {
            #expect(error.kind == .unsupportedVersion)
        }
        #expect(try await client.listGroups().map(\.type) == ["classic", "classic", "classic"])
        await client.close()
    }

    @Test func offsetDeleteReportsEachPartitionAndTheGroupsError() async throws {
        let recorder = Recorder()
        let (broker, client) = try await self.start(recorder)
        defer { Task { await broker.stop() } }
        let t0 = TopicPartition(topic: "t", partition: 0)
        #expect(try await client.deleteOffsets(group: "idle", partitions: [t0]) == [t0: .noError])
        #expect(try await client.deleteOffsets(group: "busy", partitions: [t0]) == [t0: .groupSubscribedToTopic])
        do {
            _ = try await client.deleteOffsets(group: "ghost", partitions: [t0])
            Issue.record("an unknown group is an error")
        } catch {
            #expect(error.code == .groupIdNotFound)
            #expect(error.message == "group 'ghost' does not exist")
        }
        await client.close()
    }

    @Test func aGroupWhoseCoordinatorIsLoadingIsAskedAgain() async throws {
        let recorder = Recorder()
        let (broker, client) = try await self.start(recorder)
        defer { Task { await broker.stop() } }
        let offsets = try await client.committedOffsets(groups: ["idle", "loading"])
        #expect(offsets["loading"] == [TopicPartition(topic: "t", partition: 0): 5])
        #expect(offsets["idle"]?.count == 2)
        #expect(recorder.loadingFetches.withLockedValue { $0 } < 0)
        await client.close()
    }
}
