import Foundation
import Logging
import NIOCore
import SluiceCluster
import SluiceProtocol
import SluiceStorage
import Testing

@testable import SluiceBroker

/// The three config APIs, called directly on a broker over a temporary data directory.
@Suite struct ConfigHandlerTests {
    final class Fixture {
        let directory: String
        let broker: Broker

        init(properties: [String: String] = [:]) throws {
            self.directory = FileManager.default.temporaryDirectory.appendingPathComponent("sluice-config-\(UUID().uuidString)").path
            var properties = properties
            properties["log.dirs"] = self.directory
            properties["node.id"] = properties["node.id"] ?? "1"
            self.broker = try Broker(config: BrokerConfig(properties: properties), logger: Logger(label: "test"))
        }

        deinit {
            try? self.broker.shutdown()
            try? FileManager.default.removeItem(atPath: self.directory)
        }

        func context(_ api: ApiKey, version: Int16) -> RequestContext {
            var header = RequestHeader()
            header.requestApiKey = api.rawValue
            header.requestApiVersion = version
            header.clientId = "test"
            return RequestContext(broker: self.broker, header: header, connection: ConnectionInfo(id: 1, remoteAddress: "127.0.0.1"))
        }

        func describe(_ type: ConfigResourceType, _ name: String, keys: [String]? = nil, synonyms: Bool = false, version: Int16 = 4) async throws -> DescribeConfigsResponse.DescribeConfigsResult {
            var request = DescribeConfigsRequest()
            var resource = DescribeConfigsRequest.DescribeConfigsResource()
            resource.resourceType = type.rawValue
            resource.resourceName = name
            resource.configurationKeys = keys
            request.resources = [resource]
            request.includeSynonyms = synonyms
            guard case .response(let response) = try await DescribeConfigsHandler.handle(request, context: self.context(.describeConfigs, version: version)) else {
                throw TestFailure("no response")
            }
            return try #require(response.results.first)
        }

        func alter(_ name: String, _ configs: [String: String?], type: ConfigResourceType = .topic, validateOnly: Bool = false) async throws -> AlterConfigsResponse.AlterConfigsResourceResponse {
            var request = AlterConfigsRequest()
            var resource = AlterConfigsRequest.AlterConfigsResource()
            resource.resourceType = type.rawValue
            resource.resourceName = name
            resource.configs = configs.sorted { $0.key < $1.key }.map { key, value in
                var config = AlterConfigsRequest.AlterableConfig()
                config.name = key
                config.value = value
                return config
            }
            request.resources = [resource]
            request.validateOnly = validateOnly
            guard case .response(let response) = try await AlterConfigsHandler.handle(request, context: self.context(.alterConfigs, version: 2)) else {
                throw TestFailure("no response")
            }
            return try #require(response.responses.first)
        }

        func incremental(_ name: String, _ ops: [(String, Int8, String?)], type: ConfigResourceType = .topic, validateOnly: Bool = false) async throws -> IncrementalAlterConfigsResponse.AlterConfigsResourceResponse {
            var request = IncrementalAlterConfigsRequest()
            var resource = IncrementalAlterConfigsRequest.AlterConfigsResource()
            resource.resourceType = type.rawValue
            resource.resourceName = name
            resource.configs = ops.map { name, op, value in
                var config = IncrementalAlterConfigsRequest.AlterableConfig()
                config.name = name
                config.configOperation = op
                config.value = value
                return config
            }
            request.resources = [resource]
            request.validateOnly = validateOnly
            guard case .response(let response) = try await IncrementalAlterConfigsHandler.handle(request, context: self.context(.incrementalAlterConfigs, version: 1)) else {
                throw TestFailure("no response")
            }
            return try #require(response.responses.first)
        }

        func overrides(_ topic: String) -> [String: String]? { self.broker.metadata.image.topic(named: topic)?.configs }
        func logConfig(_ topic: String) -> LogConfig? { self.broker.replicaManager.partition(topic: topic, partition: 0)?.log.config }
    }

    struct TestFailure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    @Test func describeTopicListsEveryConfigWithSourcesAndSynonyms() async throws {
        let fixture = try Fixture(properties: ["log.retention.hours": "24"])
        try fixture.broker.createTopic(name: "t", partitionCount: 1, replicationFactor: 1, configs: ["segment.bytes": "2048"])
        let result = try await fixture.describe(.topic, "t", synonyms: true)
        #expect(result.errorCode == 0)
        #expect(result.configs.count == TopicConfigDefinitions.all.count)
        let segment = try #require(result.configs.first { $0.name == "segment.bytes" })
        #expect(segment.value == "2048")
        #expect(segment.configSource == ConfigSource.dynamicTopicConfig.rawValue)
        #expect(segment.configType == ConfigType.int.rawValue)
        #expect(segment.synonyms.map(\.name) == ["segment.bytes", "log.segment.bytes"])
        let retention = try #require(result.configs.first { $0.name == "retention.ms" })
        #expect(retention.value == "86400000")
        #expect(retention.configSource == ConfigSource.staticBrokerConfig.rawValue)
        #expect(retention.synonyms.map(\.source) == [4, 5])
    }

    @Test func describeFiltersByKeysAndOmitsSynonymsUnlessAsked() async throws {
        let fixture = try Fixture()
        try fixture.broker.createTopic(name: "t", partitionCount: 1, replicationFactor: 1, configs: [:])
        let result = try await fixture.describe(.topic, "t", keys: ["retention.ms", "nonsense"])
        #expect(result.configs.map(\.name) == ["retention.ms"])
        #expect(result.configs[0].synonyms == [])
        #expect(result.configs[0].configSource == ConfigSource.defaultConfig.rawValue)
        // v0 never carries synonyms, even when asked.
        let v0 = try await fixture.describe(.topic, "t", keys: ["retention.ms"], synonyms: true, version: 0)
        #expect(v0.configs[0].synonyms == [])
    }

    @Test func describeUnknownTopicAndBadBrokerIdsArePerResourceErrors() async throws {
        let fixture = try Fixture()
        let missing = try await fixture.describe(.topic, "nope")
        #expect(missing.errorCode == ErrorCode.unknownTopicOrPartition.rawValue)
        #expect(missing.configs == [])
        let badName = try await fixture.describe(.topic, "no good")
        #expect(badName.errorCode == ErrorCode.invalidTopicException.rawValue)
        let otherBroker = try await fixture.describe(.broker, "2")
        #expect(otherBroker.errorCode == ErrorCode.invalidRequest.rawValue)
        let notANumber = try await fixture.describe(.broker, "one")
        #expect(notANumber.errorCode == ErrorCode.invalidRequest.rawValue)
        let logger = try await fixture.describe(.brokerLogger, "1")
        #expect(logger.errorCode == ErrorCode.invalidRequest.rawValue)
    }

    @Test(arguments: Int16(0)...4)
    func describeResponsesEncodeAtEveryVersion(version: Int16) async throws {
        let fixture = try Fixture(properties: ["log.retention.hours": "1", "custom.key": "x"])
        try fixture.broker.createTopic(name: "t", partitionCount: 1, replicationFactor: 1, configs: ["retention.ms": "9"])
        for (type, name) in [(ConfigResourceType.topic, "t"), (.broker, "1"), (.topic, "missing")] {
            var request = DescribeConfigsRequest()
            var resource = DescribeConfigsRequest.DescribeConfigsResource()
            resource.resourceType = type.rawValue
            resource.resourceName = name
            resource.configurationKeys = nil
            request.resources = [resource]
            request.includeSynonyms = version >= 1
            request.includeDocumentation = version >= 3
            guard case .response(let response) = try await DescribeConfigsHandler.handle(request, context: fixture.context(.describeConfigs, version: version)) else {
                throw TestFailure("no response")
            }
            var buffer = ByteBuffer()
            try response.encode(into: &buffer, version: version)
            let decoded = try DescribeConfigsResponse(from: &buffer, version: version)
            #expect(decoded.results.count == 1)
            #expect(decoded.results[0].configs.count == response.results[0].configs.count)
            if version == 0, type == .topic, name == "t" {
                #expect(decoded.results[0].configs.first { $0.name == "segment.ms" }?.isDefault == true)
                #expect(decoded.results[0].configs.first { $0.name == "retention.ms" }?.isDefault == false)
            }
        }
    }

    @Test(arguments: Int16(0)...2)
    func alterResponsesEncode(version: Int16) async throws {
        let fixture = try Fixture()
        try fixture.broker.createTopic(name: "t", partitionCount: 1, replicationFactor: 1, configs: [:])
        var request = AlterConfigsRequest()
        var resource = AlterConfigsRequest.AlterConfigsResource()
        resource.resourceType = ConfigResourceType.topic.rawValue
        resource.resourceName = "t"
        var config = AlterConfigsRequest.AlterableConfig()
        config.name = "bogus"
        config.value = "1"
        resource.configs = [config]
        request.resources = [resource]
        guard case .response(let response) = try await AlterConfigsHandler.handle(request, context: fixture.context(.alterConfigs, version: version)) else {
            throw TestFailure("no response")
        }
        var buffer = ByteBuffer()
        try response.encode(into: &buffer, version: version)
        #expect(try AlterConfigsResponse(from: &buffer, version: version).responses.first?.errorCode == ErrorCode.invalidConfig.rawValue)
    }

    @Test(arguments: Int16(0)...1)
    func incrementalResponsesEncode(version: Int16) async throws {
        let fixture = try Fixture()
        try fixture.broker.createTopic(name: "t", partitionCount: 1, replicationFactor: 1, configs: [:])
        var request = IncrementalAlterConfigsRequest()
        var resource = IncrementalAlterConfigsRequest.AlterConfigsResource()
        resource.resourceType = ConfigResourceType.topic.rawValue
        resource.resourceName = "t"
        var config = IncrementalAlterConfigsRequest.AlterableConfig()
        config.name = "retention.ms"
        config.value = "10"
        resource.configs = [config]
        request.resources = [resource]
        guard case .response(let response) = try await IncrementalAlterConfigsHandler.handle(request, context: fixture.context(.incrementalAlterConfigs, version: version)) else {
            throw TestFailure("no response")
        }
        var buffer = ByteBuffer()
        try response.encode(into: &buffer, version: version)
        #expect(try IncrementalAlterConfigsResponse(from: &buffer, version: version).responses.first?.errorCode == 0)
    }

    @Test func describeBrokerResource() async throws {
        let fixture = try Fixture(properties: ["num.partitions": "3"])
        let result = try await fixture.describe(.broker, "1", keys: ["num.partitions", "default.replication.factor"], synonyms: true)
        #expect(result.errorCode == 0)
        let byName = Dictionary(uniqueKeysWithValues: result.configs.map { ($0.name, $0) })
        #expect(byName["num.partitions"]?.value == "3")
        #expect(byName["num.partitions"]?.configSource == ConfigSource.staticBrokerConfig.rawValue)
        #expect(byName["num.partitions"]?.readOnly == true)
        #expect(byName["default.replication.factor"]?.configSource == ConfigSource.defaultConfig.rawValue)
        // The empty name (cluster-wide dynamic defaults) has none.
        let cluster = try await fixture.describe(.broker, "")
        #expect(cluster.errorCode == 0)
        #expect(cluster.configs == [])
    }

    @Test func alterConfigsReplacesTheWholeOverrideSetAndUpdatesTheLog() async throws {
        let fixture = try Fixture()
        try fixture.broker.createTopic(name: "t", partitionCount: 1, replicationFactor: 1, configs: ["retention.ms": "1000", "segment.bytes": "4096"])
        #expect(fixture.logConfig("t")?.segmentBytes == 4096)
        let result = try await fixture.alter("t", ["cleanup.policy": "compact", "retention.bytes": "123"])
        #expect(result.errorCode == 0)
        #expect(fixture.overrides("t") == ["cleanup.policy": "compact", "retention.bytes": "123"])
        let log = try #require(fixture.logConfig("t"))
        #expect(log.cleanupPolicy == .compact)
        #expect(log.retentionBytes == 123)
        #expect(log.retentionMs == LogConfig().retentionMs)
        #expect(log.segmentBytes == LogConfig().segmentBytes)
    }

    @Test func alterConfigsValidation() async throws {
        let fixture = try Fixture()
        try fixture.broker.createTopic(name: "t", partitionCount: 1, replicationFactor: 1, configs: ["retention.ms": "1000"])
        let unknown = try await fixture.alter("t", ["retention.hours": "1"])
        #expect(unknown.errorCode == ErrorCode.invalidConfig.rawValue)
        #expect(unknown.errorMessage == "Unknown topic config name: retention.hours")
        let bad = try await fixture.alter("t", ["retention.ms": "-7"])
        #expect(bad.errorCode == ErrorCode.invalidConfig.rawValue)
        let null = try await fixture.alter("t", ["retention.ms": nil])
        #expect(null.errorCode == ErrorCode.invalidRequest.rawValue)
        let missing = try await fixture.alter("nope", ["retention.ms": "1"])
        #expect(missing.errorCode == ErrorCode.unknownTopicOrPartition.rawValue)
        let validateOnly = try await fixture.alter("t", ["retention.ms": "5"], validateOnly: true)
        #expect(validateOnly.errorCode == 0)
        // Nothing above changed the topic.
        #expect(fixture.overrides("t") == ["retention.ms": "1000"])
        #expect(fixture.logConfig("t")?.retentionMs == 1000)
        let broker = try await fixture.alter("1", ["log.retention.ms": "5"], type: .broker)
        #expect(broker.errorCode == ErrorCode.invalidConfig.rawValue)
    }

    @Test func incrementalSetDeleteAppendSubtract() async throws {
        let fixture = try Fixture()
        try fixture.broker.createTopic(name: "t", partitionCount: 1, replicationFactor: 1, configs: ["retention.ms": "1000", "segment.bytes": "4096"])
        let set = try await fixture.incremental("t", [("max.message.bytes", 0, "2000"), ("retention.ms", 1, nil)])
        #expect(set.errorCode == 0)
        #expect(fixture.overrides("t") == ["segment.bytes": "4096", "max.message.bytes": "2000"])
        #expect(fixture.logConfig("t")?.maxMessageBytes == 2000)
        #expect(fixture.logConfig("t")?.retentionMs == LogConfig().retentionMs)

        let append = try await fixture.incremental("t", [("cleanup.policy", 2, "compact")])
        #expect(append.errorCode == 0)
        #expect(fixture.overrides("t")?["cleanup.policy"] == "delete,compact")
        #expect(fixture.logConfig("t")?.cleanupPolicy == .compactAndDelete)

        let subtract = try await fixture.incremental("t", [("cleanup.policy", 3, "delete")])
        #expect(subtract.errorCode == 0)
        #expect(fixture.overrides("t")?["cleanup.policy"] == "compact")
        #expect(fixture.logConfig("t")?.cleanupPolicy == .compact)

        // Subtracting the last policy leaves an empty list, which cleanup.policy refuses.
        let empty = try await fixture.incremental("t", [("cleanup.policy", 3, "compact")])
        #expect(empty.errorCode == ErrorCode.invalidConfig.rawValue)
        #expect(fixture.overrides("t")?["cleanup.policy"] == "compact")
    }

    @Test func incrementalErrorsLeaveTheResourceUnchanged() async throws {
        let fixture = try Fixture()
        try fixture.broker.createTopic(name: "t", partitionCount: 1, replicationFactor: 1, configs: ["retention.ms": "1000"])
        let cases: [([(String, Int8, String?)], ErrorCode)] = [
            ([("retention.ms", 2, "5")], .invalidConfig),  // APPEND to a non-list
            ([("retention.ms", 0, "2000"), ("bogus", 0, "1")], .invalidConfig),  // unknown name fails the whole resource
            ([("retention.ms", 0, "2000"), ("retention.ms", 1, nil)], .invalidRequest),  // duplicate key
            ([("retention.ms", 9, "1")], .invalidRequest),  // unknown operation
            ([("retention.ms", 0, nil)], .invalidRequest),  // SET null
            ([("min.compaction.lag.ms", 0, "10"), ("max.compaction.lag.ms", 0, "5")], .invalidConfig),
        ]
        for (ops, code) in cases {
            let result = try await fixture.incremental("t", ops)
            #expect(result.errorCode == code.rawValue, "\(ops)")
        }
        #expect(fixture.overrides("t") == ["retention.ms": "1000"])
        let validateOnly = try await fixture.incremental("t", [("retention.ms", 0, "2000")], validateOnly: true)
        #expect(validateOnly.errorCode == 0)
        #expect(fixture.overrides("t") == ["retention.ms": "1000"])
        let missing = try await fixture.incremental("nope", [("retention.ms", 0, "2000")])
        #expect(missing.errorCode == ErrorCode.unknownTopicOrPartition.rawValue)
        let broker = try await fixture.incremental("1", [("log.retention.ms", 0, "2000")], type: .broker)
        #expect(broker.errorCode == ErrorCode.invalidConfig.rawValue)
        let otherBroker = try await fixture.incremental("7", [("log.retention.ms", 0, "2000")], type: .broker)
        #expect(otherBroker.errorCode == ErrorCode.invalidRequest.rawValue)
    }

    @Test func alteredConfigsSurviveARestart() async throws {
        let directory: String
        do {
            let fixture = try Fixture()
            directory = fixture.directory
            try fixture.broker.createTopic(name: "t", partitionCount: 1, replicationFactor: 1, configs: [:])
            _ = try await fixture.incremental("t", [("retention.ms", 0, "777")])
            try fixture.broker.shutdown()
            // Reopen the same directory before the fixture removes it.
            let reopened = try Broker(config: BrokerConfig(properties: ["log.dirs": directory, "node.id": "1"]), logger: Logger(label: "test"))
            #expect(reopened.metadata.image.topic(named: "t")?.configs == ["retention.ms": "777"])
            #expect(reopened.replicaManager.partition(topic: "t", partition: 0)?.log.config.retentionMs == 777)
            try reopened.shutdown()
        }
    }

    @Test func duplicateResourcesAreRejected() async throws {
        let fixture = try Fixture()
        try fixture.broker.createTopic(name: "t", partitionCount: 1, replicationFactor: 1, configs: [:])
        var request = AlterConfigsRequest()
        var resource = AlterConfigsRequest.AlterConfigsResource()
        resource.resourceType = ConfigResourceType.topic.rawValue
        resource.resourceName = "t"
        request.resources = [resource, resource]
        guard case .response(let response) = try await AlterConfigsHandler.handle(request, context: fixture.context(.alterConfigs, version: 1)) else {
            throw TestFailure("no response")
        }
        #expect(response.responses.map(\.errorCode) == [ErrorCode.invalidRequest.rawValue, ErrorCode.invalidRequest.rawValue])

        // A config named twice in one resource: refused, and nothing is set.
        var config = AlterConfigsRequest.AlterableConfig()
        config.name = "retention.ms"
        config.value = "1000"
        resource.configs = [config, config]
        request.resources = [resource]
        guard case .response(let twice) = try await AlterConfigsHandler.handle(request, context: fixture.context(.alterConfigs, version: 1)) else {
            throw TestFailure("no response")
        }
        #expect(twice.responses.map(\.errorCode) == [ErrorCode.invalidRequest.rawValue])
        #expect(twice.responses.first?.errorMessage == "Error due to duplicate config keys")
        #expect(fixture.broker.metadata.image.topic(named: "t")?.configs["retention.ms"] == nil)
    }
}
