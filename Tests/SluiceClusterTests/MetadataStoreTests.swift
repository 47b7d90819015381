import Foundation
import SluiceCluster
import SluiceProtocol
import SluiceStorage
import Testing

@Suite struct MetadataStoreTests {
    private func temporaryDirectory() -> String {
        let path = NSTemporaryDirectory() + "sluice-metadata-\(UInt64.random(in: 0...UInt64.max))"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func clusterIdIsGeneratedOnceAndKept() throws {
        let directory = self.temporaryDirectory()
        let first = try MetadataStore(directory: directory, nodeId: 1)
        let second = try MetadataStore(directory: directory, nodeId: 1)
        #expect(first.clusterId.count == 22)
        #expect(first.clusterId == second.clusterId)
        let other = try MetadataStore(directory: self.temporaryDirectory(), nodeId: 1)
        #expect(other.clusterId != first.clusterId)
    }

    @Test func anotherNodeIdIsRefused() throws {
        let directory = self.temporaryDirectory()
        _ = try MetadataStore(directory: directory, nodeId: 1)
        #expect(throws: MetadataError.self) { try MetadataStore(directory: directory, nodeId: 2) }
    }

    @Test func topicsSurviveReopening() throws {
        let directory = self.temporaryDirectory()
        let store = try MetadataStore(directory: directory, nodeId: 7)
        let created = try store.createTopic(name: "orders", partitionCount: 3, replicationFactor: 1, configs: ["retention.ms": "1000"])
        try store.createPartitions(topic: "orders", totalCount: 5)
        try store.setConfigs(topic: "orders", configs: ["cleanup.policy": "compact"])

        let reopened = try MetadataStore(directory: directory, nodeId: 7).image
        let topic = try #require(reopened.topic(named: "orders"))
        #expect(topic.topicId == created.topicId)
        #expect(reopened.topic(id: created.topicId)?.name == "orders")
        #expect(topic.partitions.map(\.partition) == [0, 1, 2, 3, 4])
        #expect(topic.partitions.allSatisfy { $0.leader == 7 && $0.replicas == [7] && $0.isr == [7] && $0.leaderEpoch == 0 })
        #expect(topic.configs == ["cleanup.policy": "compact"])
    }

    @Test func deletedTopicIsGoneAfterReopening() throws {
        let directory = self.temporaryDirectory()
        let store = try MetadataStore(directory: directory, nodeId: 1)
        let topic = try store.createTopic(name: "gone", partitionCount: 1, replicationFactor: 1)
        try store.deleteTopic(named: "gone")
        let reopened = try MetadataStore(directory: directory, nodeId: 1).image
        #expect(reopened.topic(named: "gone") == nil)
        #expect(reopened.topic(id: topic.topicId) == nil)
    }

    @Test func refusesWhatKafkaRefuses() throws {
        let store = try MetadataStore(directory: self.temporaryDirectory(), nodeId: 1)
        try store.createTopic(name: "a.b", partitionCount: 1, replicationFactor: 1)
        func code(_ body: () throws -> Void) -> ErrorCode? {
            do { try body() } catch let error as MetadataError { return error.errorCode } catch { return nil }
            return nil
        }
        #expect(code { try store.createTopic(name: "a.b", partitionCount: 1, replicationFactor: 1) } == .topicAlreadyExists)
        #expect(code { try store.createTopic(name: "a_b", partitionCount: 1, replicationFactor: 1) } == .invalidTopicException)
        #expect(code { try store.createTopic(name: "bad name", partitionCount: 1, replicationFactor: 1) } == .invalidTopicException)
        #expect(code { try store.createTopic(name: "..", partitionCount: 1, replicationFactor: 1) } == .invalidTopicException)
        #expect(code { try store.createTopic(name: String(repeating: "x", count: 250), partitionCount: 1, replicationFactor: 1) } == .invalidTopicException)
        #expect(code { try store.createTopic(name: "zero", partitionCount: 0, replicationFactor: 1) } == .invalidPartitions)
        #expect(code { try store.createTopic(name: "rf3", partitionCount: 1, replicationFactor: 3) } == .invalidReplicationFactor)
        #expect(code { try store.createPartitions(topic: "a.b", totalCount: 1) } == .invalidPartitions)
        #expect(code { try store.createPartitions(topic: "missing", totalCount: 2) } == .unknownTopicOrPartition)
        #expect(code { try store.deleteTopic(named: "missing") } == .unknownTopicOrPartition)
    }

    @Test func validateOnlyChangesNothing() throws {
        let directory = self.temporaryDirectory()
        let store = try MetadataStore(directory: directory, nodeId: 1)
        try store.createTopic(name: "dry", partitionCount: 2, replicationFactor: 1, validateOnly: true)
        #expect(store.image.topic(named: "dry") == nil)
        #expect(try MetadataStore(directory: directory, nodeId: 1).image.topic(named: "dry") == nil)
    }
}
