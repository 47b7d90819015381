import Testing

@testable import SluiceBroker

@Suite struct ConfigDescribeTests {
    private func synonyms(_ entry: ConfigEntryDescription?) -> [String] {
        (entry?.synonyms ?? []).map { "\($0.source.rawValue):\($0.name)=\($0.value ?? "null")" }
    }

    @Test func kafkaNumbers() {
        #expect(ConfigSource.dynamicTopicConfig.rawValue == 1)
        #expect(ConfigSource.staticBrokerConfig.rawValue == 4)
        #expect(ConfigSource.defaultConfig.rawValue == 5)
        #expect(ConfigSource.dynamicBrokerLoggerConfig.rawValue == 6)
        #expect(ConfigType.long.rawValue == 5)
        #expect(ConfigType.list.rawValue == 7)
        #expect(ConfigType.password.rawValue == 9)
        #expect(ConfigResourceType.topic.rawValue == 2)
        #expect(ConfigResourceType.broker.rawValue == 4)
    }

    @Test func topicDefaultComesFromTheBrokerDefault() throws {
        let entry = try BrokerConfig(properties: [:]).describeTopicConfig(name: "segment.bytes", overrides: [:])
        #expect(entry?.value == "1073741824")
        #expect(entry?.source == .defaultConfig)
        #expect(entry?.type == .int)
        #expect(entry?.isSensitive == false)
        #expect(entry?.readOnly == false)
        #expect(entry?.documentation == nil)
        #expect(entry?.isDefault == true)
        #expect(synonyms(entry) == ["5:log.segment.bytes=1073741824"])
    }

    @Test func synonymOrderOverrideThenStaticThenDefault() throws {
        let broker = try BrokerConfig(properties: ["log.retention.minutes": "30", "log.retention.hours": "2"])
        let overridden = try broker.describeTopicConfig(name: "retention.ms", overrides: ["retention.ms": " 1000 "])
        #expect(overridden?.value == "1000")
        #expect(overridden?.source == .dynamicTopicConfig)
        #expect(synonyms(overridden) == [
            "1:retention.ms=1000",
            "4:log.retention.minutes=30",
            "4:log.retention.hours=2",
            "5:log.retention.hours=168",
        ])
        let inherited = try broker.describeTopicConfig(name: "retention.ms", overrides: [:])
        #expect(inherited?.value == "1800000")
        #expect(inherited?.source == .staticBrokerConfig)
        #expect(synonyms(inherited) == ["4:log.retention.minutes=30", "4:log.retention.hours=2", "5:log.retention.hours=168"])
    }

    @Test func configWithoutBrokerDefaultHasNoSynonymsAndDefaultSource() throws {
        let entry = try BrokerConfig().describeTopicConfig(name: "leader.replication.throttled.replicas", overrides: [:])
        #expect(entry?.value == "")
        #expect(entry?.source == .defaultConfig)
        #expect(entry?.synonyms == [])
    }

    @Test func valuesAreCanonical() throws {
        let broker = BrokerConfig()
        let policy = try broker.describeTopicConfig(name: "cleanup.policy", overrides: ["cleanup.policy": "compact , delete"])
        #expect(policy?.value == "compact,delete")
        #expect(policy?.type == .list)
        let ratio = try broker.describeTopicConfig(name: "min.cleanable.dirty.ratio", overrides: [:])
        #expect(ratio?.value == "0.5")
        #expect(ratio?.type == .double)
        let flush = try broker.describeTopicConfig(name: "flush.ms", overrides: [:])
        #expect(flush?.value == "9223372036854775807")
        #expect(synonyms(flush) == ["5:log.flush.scheduler.interval.ms=9223372036854775807"])
    }

    @Test func unknownNameIsNil() throws {
        #expect(try BrokerConfig().describeTopicConfig(name: "retention.hours", overrides: [:]) == nil)
    }

    @Test func describeAllListsEveryTopicConfigSorted() throws {
        let entries = try BrokerConfig().describeAllTopicConfigs(overrides: ["retention.ms": "5"])
        #expect(entries.map(\.name) == TopicConfigDefinitions.all.map(\.name).sorted())
        #expect(entries.filter { $0.source == .dynamicTopicConfig }.map(\.name) == ["retention.ms"])
        #expect(throws: ConfigError.self) { try BrokerConfig().describeAllTopicConfigs(overrides: ["bogus": "1"]) }
    }

    @Test func brokerResourceStaticVersusDefault() throws {
        let broker = try BrokerConfig(properties: ["num.partitions": "3", "log.retention.hours": "5", "custom.thing": "secret"])
        let partitions = broker.describeBrokerConfig(name: "num.partitions")
        #expect(partitions?.value == "3")
        #expect(partitions?.source == .staticBrokerConfig)
        #expect(partitions?.readOnly == true)
        #expect(partitions?.type == .int)
        #expect(synonyms(partitions) == ["4:num.partitions=3", "5:num.partitions=1"])

        let replication = broker.describeBrokerConfig(name: "default.replication.factor")
        #expect(replication?.source == .defaultConfig)
        #expect(replication?.value == "1")

        // log.retention.ms: unset, no default; its synonyms list the group from itself onward.
        let retentionMs = broker.describeBrokerConfig(name: "log.retention.ms")
        #expect(retentionMs?.value == nil)
        #expect(retentionMs?.source == .defaultConfig)
        #expect(synonyms(retentionMs) == ["4:log.retention.hours=5", "5:log.retention.hours=168"])
        #expect(synonyms(broker.describeBrokerConfig(name: "log.retention.hours")) == ["4:log.retention.hours=5", "5:log.retention.hours=168"])

        // Unknown keys are shown as Kafka shows them: type unknown, value hidden as sensitive.
        let custom = broker.describeBrokerConfig(name: "custom.thing")
        #expect(custom?.value == nil)
        #expect(custom?.isSensitive == true)
        #expect(custom?.type == .unknown)
        #expect(custom?.source == .staticBrokerConfig)

        #expect(broker.describeBrokerConfig(name: "not.there") == nil)
        let all = broker.describeAllBrokerConfigs()
        #expect(all.map(\.name) == all.map(\.name).sorted())
        #expect(all.contains { $0.name == "custom.thing" })
        #expect(all.count == BrokerConfigDefinitions.all.count + 1)
    }
}
