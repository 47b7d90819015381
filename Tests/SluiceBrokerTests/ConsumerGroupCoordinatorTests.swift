import Foundation
import Logging
import NIOCore
import SluiceCluster
import SluiceProtocol
import Testing

@testable import SluiceBroker

/// The coordinator and the two (unregistered) handlers, over a real broker and topic.
@Suite struct ConsumerGroupCoordinatorTests {
    final class Fixture {
        let directory: String
        let broker: Broker

        init() throws {
            self.directory = FileManager.default.temporaryDirectory.appendingPathComponent("sluice-cg-\(UUID().uuidString)").path
            self.broker = try Broker(
                config: BrokerConfig(properties: ["log.dirs": self.directory, "node.id": "1"]), logger: Logger(label: "test"))
        }

        deinit {
            try? self.broker.shutdown()
            try? FileManager.default.removeItem(atPath: self.directory)
        }

        func context(_ api: ApiKey, version: Int16) -> RequestContext {
            var header = RequestHeader()
            header.requestApiKey = api.rawValue
            header.requestApiVersion = version
            header.clientId = "rdkafka"
            return RequestContext(broker: self.broker, header: header, connection: ConnectionInfo(id: 1, remoteAddress: "[IPv4]127.0.0.1/127.0.0.1:54321"))
        }

        func heartbeat(_ request: ConsumerGroupHeartbeatRequest, version: Int16 = 1) async throws -> ConsumerGroupHeartbeatResponse {
            guard case .response(let response) = try await ConsumerGroupHeartbeatHandler.handle(request, context: self.context(.consumerGroupHeartbeat, version: version)) else {
                throw ConfigHandlerTests.TestFailure("no response")
            }
            // What the client reads back is what was decided.
            var buffer = ByteBuffer()
            try response.encode(into: &buffer, version: version)
            let decoded = try ConsumerGroupHeartbeatResponse(from: &buffer, version: version)
            #expect(decoded == response)
            return response
        }

        func describe(_ ids: [String]) async throws -> [ConsumerGroupDescribeResponse.DescribedGroup] {
            var request = ConsumerGroupDescribeRequest()
            request.groupIds = ids
            guard case .response(let response) = try await ConsumerGroupDescribeHandler.handle(request, context: self.context(.consumerGroupDescribe, version: 0)) else {
                throw ConfigHandlerTests.TestFailure("no response")
            }
            return response.groups
        }
    }

    static func join(_ group: String, _ member: String, topics: [String]) -> ConsumerGroupHeartbeatRequest {
        var request = ConsumerGroupHeartbeatRequest()
        request.groupId = group
        request.memberId = member
        request.memberEpoch = 0
        request.rebalanceTimeoutMs = 300_000
        request.subscribedTopicNames = topics
        request.topicPartitions = []
        return request
    }

    @Test func aMemberJoinsThroughTheHandlerAndIsDescribed() async throws {
        let fixture = try Fixture()
        let topic = try fixture.broker.createTopic(name: "orders", partitionCount: 3, replicationFactor: 1, configs: [:])
        let joined = try await fixture.heartbeat(Self.join("g1", "member-uuid-1", topics: ["orders"]))
        #expect(joined.errorCode == 0)
        #expect(joined.memberId == "member-uuid-1")
        #expect(joined.memberEpoch == 1)
        #expect(joined.heartbeatIntervalMs == 5_000)
        #expect(joined.assignment?.topicPartitions.map(\.topicId) == [topic.topicId])
        #expect(joined.assignment?.topicPartitions.first?.partitions == [0, 1, 2])

        let groups = try await fixture.describe(["g1", "nope", ""])
        #expect(groups.count == 3)
        #expect(groups[2].errorCode == ErrorCode.invalidGroupId.rawValue)
        #expect(groups[0].groupState == "Stable")
        #expect(groups[0].assignorName == "uniform")
        #expect(groups[0].members.first?.clientId == "rdkafka")
        #expect(groups[0].members.first?.clientHost == "/127.0.0.1")
        #expect(groups[0].members.first?.assignment.topicPartitions.first?.topicName == "orders")
        #expect(groups[1].errorCode == ErrorCode.groupIdNotFound.rawValue)
    }

    @Test func heartbeatsForAGroupThatDoesNotExist() async throws {
        let fixture = try Fixture()
        var request = Self.join("g2", "m", topics: ["orders"])
        request.memberEpoch = 4
        request.topicPartitions = nil
        #expect(try await fixture.heartbeat(request).errorCode == ErrorCode.groupIdNotFound.rawValue)
        // Request checks come first.
        request.memberId = ""
        #expect(try await fixture.heartbeat(request).errorCode == ErrorCode.invalidRequest.rawValue)
        // A failed join does not leave an empty group behind.
        var bad = Self.join("g3", "m", topics: ["orders"])
        bad.serverAssignor = "cooperative-sticky"
        #expect(try await fixture.heartbeat(bad).errorCode == ErrorCode.unsupportedAssignor.rawValue)
        #expect(fixture.broker.consumerGroups.group("g3") == nil)
    }

    @Test func theCoordinatorExpiresSilentMembers() async throws {
        let coordinator = ConsumerGroupCoordinator()
        let topics = ConsumerGroupTopics([.init(name: "t", topicId: KafkaUUID(high: 1, low: 1), partitionCount: 2)])
        let response = await coordinator.heartbeat(Self.join("g", "m1", topics: ["t"]), version: 1, clientId: "c", clientHost: "h", topics: topics, nowMs: 1_000)
        #expect(response.memberEpoch == 1)
        #expect(coordinator.nextDeadlineMs == 46_000)
        #expect(try await coordinator.expireMembers(nowMs: 45_999, topics: topics).isEmpty)
        #expect(try await coordinator.expireMembers(nowMs: 46_000, topics: topics) == ["g": [.sessionTimeout(memberId: "m1")]])
        #expect(coordinator.group("g")?.state == .empty)
    }
}
