import SluiceProtocol
import SluiceStorage
import Testing

@testable import SluiceBroker

@Suite struct ConfigTopicTests {
    @Test func tableHasEveryKafkaTopicConfigWithKafkasDefaults() {
        let expected: [String: (ConfigType, String)] = [
            "cleanup.policy": (.list, "delete"),
            "compression.type": (.string, "producer"),
            "delete.retention.ms": (.long, "86400000"),
            "file.delete.delay.ms": (.long, "60000"),
            "flush.messages": (.long, "9223372036854775807"),
            "flush.ms": (.long, "9223372036854775807"),
            "index.interval.bytes": (.int, "4096"),
            "max.compaction.lag.ms": (.long, "9223372036854775807"),
            "max.message.bytes": (.int, "1048588"),
            "message.timestamp.type": (.string, "CreateTime"),
            "message.timestamp.before.max.ms": (.long, "9223372036854775807"),
            "message.timestamp.after.max.ms": (.long, "9223372036854775807"),
            "min.cleanable.dirty.ratio": (.double, "0.5"),
            "min.compaction.lag.ms": (.long, "0"),
            "min.insync.replicas": (.int, "1"),
            "preallocate": (.boolean, "false"),
            "retention.bytes": (.long, "-1"),
            "retention.ms": (.long, "604800000"),
            "segment.bytes": (.int, "1073741824"),
            "segment.index.bytes": (.int, "10485760"),
            "segment.jitter.ms": (.long, "0"),
            "segment.ms": (.long, "604800000"),
            "unclean.leader.election.enable": (.boolean, "false"),
            "message.downconversion.enable": (.boolean, "true"),
            "sluice.durability": (.string, "group-commit"),
        ]
        for (name, (type, value)) in expected {
            let definition = TopicConfigDefinitions.definition(name)
            #expect(definition?.type == type, "\(name)")
            #expect(definition?.defaultValue == value, "\(name)")
            #expect(definition?.isSensitive == false)
            #expect(definition?.readOnly == false)
        }
    }

    @Test func brokerSynonymsAreKafkas() {
        func names(_ topic: String) -> [String]? { TopicConfigDefinitions.definition(topic)?.brokerSynonyms.map(\.name) }
        #expect(names("retention.ms") == ["log.retention.ms", "log.retention.minutes", "log.retention.hours"])
        #expect(names("segment.ms") == ["log.roll.ms", "log.roll.hours"])
        #expect(names("segment.jitter.ms") == ["log.roll.jitter.ms", "log.roll.jitter.hours"])
        #expect(names("flush.ms") == ["log.flush.interval.ms", "log.flush.scheduler.interval.ms"])
        #expect(names("max.message.bytes") == ["message.max.bytes"])
        #expect(names("segment.bytes") == ["log.segment.bytes"])
        #expect(names("segment.index.bytes") == ["log.index.size.max.bytes"])
        #expect(names("file.delete.delay.ms") == ["log.segment.delete.delay.ms"])
        #expect(names("min.cleanable.dirty.ratio") == ["log.cleaner.min.cleanable.ratio"])
        #expect(names("delete.retention.ms") == ["log.cleaner.delete.retention.ms"])
        #expect(names("min.insync.replicas") == ["min.insync.replicas"])
        #expect(names("compression.type") == ["compression.type"])
    }

    @Test func everyBrokerSynonymIsAKnownBrokerConfigWithTheTopicDefault() throws {
        let config = try BrokerConfig(properties: [:])
        for definition in TopicConfigDefinitions.all {
            for synonym in definition.brokerSynonyms {
                #expect(BrokerConfigDefinitions.definition(synonym.name) != nil, "\(synonym.name)")
            }
            // With nothing set, resolving through the broker defaults gives the topic's own default.
            let resolved = try config.resolve(definition, overrides: [:])
            #expect(resolved.value == (try definition.parse(definition.defaultValue)), "\(definition.name)")
        }
    }

    @Test func unknownTopicConfigIsInvalidConfig() {
        do {
            try TopicConfigDefinitions.validate(["retention.ms": "1000", "retention.hours": "1"])
            Issue.record("expected an error")
        } catch {
            #expect(error.errorCode == .invalidConfig)
            #expect(error.message == "Unknown topic config name: retention.hours")
            #expect(error.key == "retention.hours")
        }
    }

    @Test func invalidValuesAreInvalidConfigWithKafkasWording() {
        let cases: [(String, String, String)] = [
            ("retention.ms", "-2", "Value must be at least -1"),
            ("retention.ms", "soon", "Not a number of type LONG"),
            ("segment.bytes", "13", "Value must be at least 14"),
            ("segment.bytes", "2147483648", "Not a number of type INT"),
            ("segment.ms", "0", "Value must be at least 1"),
            ("max.compaction.lag.ms", "0", "Value must be at least 1"),
            ("min.cleanable.dirty.ratio", "-0.1", "Value must be at least 0"),
            ("min.cleanable.dirty.ratio", "1.01", "Value must be no more than 1"),
            ("min.cleanable.dirty.ratio", "half", "Not a number of type DOUBLE"),
            ("cleanup.policy", "", "Empty list is not allowed; must be one or more of: compact, delete"),
            ("cleanup.policy", "compact,tidy", "Invalid value tidy: must be one or more of: compact, delete"),
            ("compression.type", "GZIP", "String must be one of: uncompressed, zstd, lz4, snappy, gzip, producer"),
            ("message.timestamp.type", "NoTime", "String must be one of: CreateTime, LogAppendTime"),
            ("preallocate", "1", "Expected value to be either true or false"),
            ("min.insync.replicas", "0", "Value must be at least 1"),
            ("compression.gzip.level", "0", "Value must be between 1 and 9 or equal to -1"),
            ("compression.zstd.level", "23", "Value must be no more than 22"),
            ("flush.messages", "0", "Value must be at least 1"),
            ("sluice.durability", "fsync", "String must be one of (case insensitive): group-commit, kafka, none"),
            ("leader.replication.throttled.replicas", "0:x", "Should be a list of [partitionId]:[brokerId] pairs or the single wildcard character *"),
        ]
        for (key, value, expected) in cases {
            #expect(throws: ConfigError.invalidValue(key, value, expected: expected), "\(key)=\(value)") {
                try TopicConfigDefinitions.validate([key: value])
            }
        }
    }

    @Test func acceptedValues() throws {
        let parsed = try TopicConfigDefinitions.validate([
            "cleanup.policy": "delete, compact",
            "retention.ms": "-1",
            "retention.bytes": "-5",
            "min.cleanable.dirty.ratio": "0",
            "compression.gzip.level": "-1",
            "compression.zstd.level": "-5",
            "preallocate": "TRUE",
            "sluice.durability": "NONE",
            "leader.replication.throttled.replicas": "*",
            "follower.replication.throttled.replicas": "0:1, 1:1",
        ])
        #expect(parsed["cleanup.policy"] == .list(["delete", "compact"]))
        #expect(parsed["preallocate"] == .boolean(true))
    }

    @Test func crossedCompactionLagsAreInvalidConfig() {
        #expect(throws: ConfigError.self) {
            try TopicConfigDefinitions.validate(["min.compaction.lag.ms": "10", "max.compaction.lag.ms": "5"])
        }
        // Crossing the broker's value counts too.
        #expect(throws: ConfigError.self) {
            try BrokerConfig(properties: ["log.cleaner.max.compaction.lag.ms": "100"]).logConfig(topicOverrides: ["min.compaction.lag.ms": "101"])
        }
    }

    @Test func logConfigPrecedenceOverrideThenBrokerThenDefault() throws {
        let broker = try BrokerConfig(properties: ["log.retention.hours": "2", "log.segment.bytes": "4096", "message.max.bytes": "900"])
        let plain = try broker.logConfig(topicOverrides: [:])
        #expect(plain.retentionMs == 7_200_000)
        #expect(plain.segmentBytes == 4096)
        #expect(plain.maxMessageBytes == 900)
        #expect(plain.segmentMs == LogConfig().segmentMs)

        let overridden = try broker.logConfig(topicOverrides: [
            "retention.ms": "1000", "segment.bytes": "2048", "cleanup.policy": "compact", "message.timestamp.type": "LogAppendTime",
            "sluice.durability": "none", "flush.ms": "5", "segment.jitter.ms": "9", "file.delete.delay.ms": "1",
            "index.interval.bytes": "64", "segment.index.bytes": "80", "retention.bytes": "77", "flush.messages": "3",
            "max.message.bytes": "1234", "segment.ms": "60000",
        ])
        var expected = LogConfig()
        expected.retentionMs = 1000
        expected.segmentBytes = 2048
        expected.cleanupPolicy = .compact
        expected.messageTimestampType = .logAppendTime
        expected.durabilityMode = DurabilityMode.none
        expected.flushMs = 5
        expected.segmentJitterMs = 9
        expected.fileDeleteDelayMs = 1
        expected.indexIntervalBytes = 64
        expected.segmentIndexBytes = 80
        expected.retentionBytes = 77
        expected.flushMessages = 3
        expected.maxMessageBytes = 1234
        expected.segmentMs = 60_000
        #expect(overridden == expected)
        // Storage's own parser agrees with the table on the same overrides.
        #expect(try LogConfig(properties: [
            "retention.ms": "1000", "segment.bytes": "2048", "cleanup.policy": "compact", "message.timestamp.type": "LogAppendTime",
            "sluice.durability": "none", "flush.ms": "5", "segment.jitter.ms": "9", "file.delete.delay.ms": "1",
            "index.interval.bytes": "64", "segment.index.bytes": "80", "retention.bytes": "77", "flush.messages": "3",
            "max.message.bytes": "1234", "segment.ms": "60000",
        ]) == expected)
    }

    @Test func logConfigRejectsBadOverrides() {
        let broker = BrokerConfig()
        #expect(throws: ConfigError.unknownTopicConfig("retention.hours")) { try broker.logConfig(topicOverrides: ["retention.hours": "1"]) }
        #expect(throws: ConfigError.self) { try broker.logConfig(topicOverrides: ["segment.bytes": "big"]) }
    }

    @Test func effectiveValuesIncludeConfigsStorageDoesNotModel() throws {
        let broker = try BrokerConfig(properties: ["compression.type": "zstd", "min.insync.replicas": "2"])
        let values = try broker.effectiveTopicConfigs(overrides: ["compression.type": "lz4"])
        #expect(values["compression.type"] == .string("lz4"))
        #expect(values["min.insync.replicas"] == .int(2))
        #expect(values["unclean.leader.election.enable"] == .boolean(false))
        #expect(values.count == TopicConfigDefinitions.all.count)
    }

    @Test func cleaningConfigResolvesCleanerSynonyms() throws {
        let broker = try BrokerConfig(properties: ["log.cleaner.delete.retention.ms": "10", "log.cleaner.min.cleanable.ratio": "0.25"])
        let cleaning = try broker.cleaningConfig(topicOverrides: ["cleanup.policy": "compact", "min.compaction.lag.ms": "5"])
        #expect(cleaning.cleanupPolicy == .compact)
        #expect(cleaning.deleteRetentionMs == 10)
        #expect(cleaning.minCleanableDirtyRatio == 0.25)
        #expect(cleaning.minCompactionLagMs == 5)
        #expect(cleaning.maxCompactionLagMs == .max)
    }

    @Test func assignedLogDefaultsFlowIntoTopics() throws {
        var broker = BrokerConfig()
        broker.logDefaults.segmentBytes = 1000
        #expect(try broker.logConfig(topicOverrides: [:]).segmentBytes == 1000)
        #expect(try broker.logConfig(topicOverrides: ["segment.bytes": "2000"]).segmentBytes == 2000)
    }
}
