import NIOConcurrencyHelpers
import NIOCore
import SluiceProtocol
import Testing

@testable import SluiceClient

/// Admin calls against a fake broker that lacks IncrementalAlterConfigs and DescribeCluster, so
/// the fallbacks run.
@Suite struct AdminTests {
    final class Recorder: Sendable {
        let alterConfigs = NIOLockedValueBox<[String: String?]?>(nil)
        let createTopics = NIOLockedValueBox<[CreateTopicsRequest.CreatableTopic]>([])
        let port = NIOLockedValueBox(0)
    }

    func start(_ recorder: Recorder) async throws -> (FakeBroker, KafkaClient) {
        let broker = try await FakeBroker.start { frame, connection in
            switch frame.apiKey {
            case .apiVersions:
                try connection.reply(ApiVersionsResponse.listing([
                    (.apiVersions, 0...3), (.metadata, 0...12), (.createTopics, 0...7), (.describeConfigs, 0...4), (.alterConfigs, 0...2),
                ]), to: frame)
            case .metadata:
                var response = MetadataResponse()
                var broker = MetadataResponse.MetadataResponseBroker()
                broker.nodeId = 7
                broker.host = "127.0.0.1"
                broker.port = Int32(recorder.port.withLockedValue { $0 })
                response.brokers = [broker]
                response.clusterId = "fake-cluster"
                response.controllerId = 7
                try connection.reply(response, to: frame)
            case .createTopics:
                let request: CreateTopicsRequest = try frame.decodeBody()
                recorder.createTopics.withLockedValue { $0 += request.topics }
                var response = CreateTopicsResponse()
                response.topics = request.topics.map {
                    var result = CreateTopicsResponse.CreatableTopicResult()
                    result.name = $0.name
                    if $0.name == "taken" {
                        result.errorCode = ErrorCode.topicAlreadyExists.rawValue
                        result.errorMessage = "Topic 'taken' already exists."
                    } else {
                        result.numPartitions = $0.numPartitions < 0 ? 4 : $0.numPartitions
                        result.replicationFactor = 1
                    }
                    return result
                }
                try connection.reply(response, to: frame)
            case .describeConfigs:
                let request: DescribeConfigsRequest = try frame.decodeBody()
                var response = DescribeConfigsResponse()
                var result = DescribeConfigsResponse.DescribeConfigsResult()
                result.resourceType = 2
                result.resourceName = request.resources.first?.resourceName ?? ""
                func entry(_ name: String, _ value: String, _ source: ConfigSource) -> DescribeConfigsResponse.DescribeConfigsResourceResult {
                    var config = DescribeConfigsResponse.DescribeConfigsResourceResult()
                    config.name = name
                    config.value = value
                    config.configSource = source.rawValue
                    // IsDefault exists only in v0; later versions carry ConfigSource.
                    if frame.header.requestApiVersion == 0 { config.isDefault = source == .defaultConfig }
                    return config
                }
                result.configs = [
                    entry("retention.ms", "1000", .dynamicTopicConfig),
                    entry("cleanup.policy", "compact", .dynamicTopicConfig),
                    entry("segment.bytes", "1073741824", .defaultConfig),
                ]
                response.results = [result]
                try connection.reply(response, to: frame)
            case .alterConfigs:
                let request: AlterConfigsRequest = try frame.decodeBody()
                var configs: [String: String?] = [:]
                for config in request.resources.first?.configs ?? [] { configs[config.name] = config.value }
                recorder.alterConfigs.withLockedValue { $0 = configs }
                var response = AlterConfigsResponse()
                var result = AlterConfigsResponse.AlterConfigsResourceResponse()
                result.resourceType = 2
                result.resourceName = request.resources.first?.resourceName ?? ""
                response.responses = [result]
                try connection.reply(response, to: frame)
            default:
                connection.close()
            }
        }
        recorder.port.withLockedValue { $0 = broker.port }
        let client = KafkaClient(configuration: .init(bootstrapServers: [BrokerAddress(host: "127.0.0.1", port: broker.port)], requestTimeout: .seconds(5)))
        return (broker, client)
    }

    @Test func describeClusterFallsBackToMetadata() async throws {
        let recorder = Recorder()
        let (broker, client) = try await self.start(recorder)
        defer { Task { await broker.stop() } }
        let cluster = try await client.describeCluster()
        #expect(cluster.clusterId == "fake-cluster")
        #expect(cluster.controllerId == 7)
        #expect(cluster.brokers.map(\.nodeId) == [7])
        await client.close()
    }

    @Test func alterConfigsFallbackSendsTheWholeDynamicSet() async throws {
        let recorder = Recorder()
        let (broker, client) = try await self.start(recorder)
        defer { Task { await broker.stop() } }
        try await client.alterTopicConfigs("t", changes: [.set("max.message.bytes", "2048"), .delete("retention.ms")])
        // The default segment.bytes stays out; cleanup.policy (dynamic) is kept.
        let sent = recorder.alterConfigs.withLockedValue { $0 }
        #expect(sent == ["cleanup.policy": "compact", "max.message.bytes": "2048"])
        await client.close()
    }

    @Test func describeConfigsReportsSources() async throws {
        let recorder = Recorder()
        let (broker, client) = try await self.start(recorder)
        defer { Task { await broker.stop() } }
        let configs = try await client.describeTopicConfigs("t")
        #expect(configs.map(\.name) == ["cleanup.policy", "retention.ms", "segment.bytes"])
        #expect(configs.map(\.source) == [.dynamicTopicConfig, .dynamicTopicConfig, .defaultConfig])
        #expect(configs.last?.isDefault == true)
        await client.close()
    }

    @Test func createTopicsUsesBrokerDefaultsAndNamesTheTopicInErrors() async throws {
        let recorder = Recorder()
        let (broker, client) = try await self.start(recorder)
        defer { Task { await broker.stop() } }
        let created = try await client.createTopics([NewTopic(name: "fresh", configs: ["retention.ms": "5"])])
        #expect(created.first?.partitions == 4)
        let sent = recorder.createTopics.withLockedValue { $0 }
        #expect(sent.first?.numPartitions == -1)
        #expect(sent.first?.replicationFactor == -1)
        #expect(sent.first?.configs.map(\.name) == ["retention.ms"])
        do {
            try await client.createTopics([NewTopic(name: "taken", partitions: 1)])
            Issue.record("an existing topic is an error")
        } catch {
            #expect(error.description == "topic 'taken' already exists (TOPIC_ALREADY_EXISTS)")
        }
        await client.close()
    }

    @Test func incrementalAlterConfigsNeedsNoDescribe() async throws {
        let operations = NIOLockedValueBox<[Int8]>([])
        let broker = try await FakeBroker.start { frame, connection in
            switch frame.apiKey {
            case .apiVersions:
                try connection.reply(ApiVersionsResponse.listing([(.apiVersions, 0...3), (.metadata, 0...12), (.incrementalAlterConfigs, 0...1)]), to: frame)
            case .metadata:
                try connection.reply(MetadataResponse(), to: frame)
            case .incrementalAlterConfigs:
                let request: IncrementalAlterConfigsRequest = try frame.decodeBody()
                operations.withLockedValue { $0 = request.resources.flatMap { $0.configs.map(\.configOperation) } }
                var response = IncrementalAlterConfigsResponse()
                var result = IncrementalAlterConfigsResponse.AlterConfigsResourceResponse()
                result.errorCode = ErrorCode.invalidConfig.rawValue
                result.errorMessage = "Unknown topic config name: bogus"
                response.responses = [result]
                try connection.reply(response, to: frame)
            default:
                connection.close()
            }
        }
        defer { Task { await broker.stop() } }
        let client = KafkaClient(configuration: .init(bootstrapServers: [BrokerAddress(host: "127.0.0.1", port: broker.port)]))
        do {
            try await client.alterTopicConfigs("t", changes: [.set("bogus", "1"), .delete("retention.ms")])
            Issue.record("the broker's INVALID_CONFIG must surface")
        } catch {
            #expect(error.code == .invalidConfig)
            #expect(error.message.contains("Unknown topic config name: bogus"))
        }
        #expect(operations.withLockedValue { $0 } == [0, 1])
        await client.close()
    }
}
