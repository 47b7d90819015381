import SluiceStorage

/// A broker config a topic config takes its default from, and how its value converts
/// (`log.retention.hours` is hours, `retention.ms` is milliseconds).
public struct BrokerSynonym: Sendable, Hashable {
    public enum Unit: Sendable, Hashable {
        case same
        case minutesToMs
        case hoursToMs
    }

    public let name: String
    public let unit: Unit

    public init(_ name: String, _ unit: Unit = .same) {
        self.name = name
        self.unit = unit
    }
}

/// One of Kafka's topic configs: type, Kafka's default, the broker configs it defaults from (first
/// one set wins, as Kafka's `ServerTopicConfigSynonyms`) and what values it accepts. Topic configs
/// are never sensitive and never read-only.
public struct TopicConfigDefinition: Sendable, Hashable {
    public let name: String
    public let type: ConfigType
    /// Kafka's default, as `ConfigDef.convertToString` writes it.
    public let defaultValue: String
    /// In precedence order; empty when no broker config supplies a default.
    public let brokerSynonyms: [BrokerSynonym]
    public let validator: ConfigValidator
    public var isSensitive: Bool { self.type == .password }
    public var readOnly: Bool { false }

    init(_ name: String, _ type: ConfigType, _ defaultValue: String, _ brokerSynonyms: [BrokerSynonym], _ validator: ConfigValidator = .any) {
        self.name = name
        self.type = type
        self.defaultValue = defaultValue
        self.brokerSynonyms = brokerSynonyms
        self.validator = validator
    }

    /// Parses and validates one value of this config.
    public func parse(_ text: String) throws(ConfigError) -> ConfigValue {
        let value = try self.type.parse(text, key: self.name)
        if let problem = self.validator.check(value) { throw .invalidValue(self.name, text, expected: problem) }
        return value
    }
}

/// Kafka's topic configs (as of Kafka 3.9, plus Sluice's `sluice.durability`), by name.
///
/// Not listed, so rejected as unknown: the tiered-storage configs (`remote.storage.enable`,
/// `local.retention.*`, `remote.log.*`) and the deprecated `message.format.version` and
/// `message.timestamp.difference.max.ms`.
public enum TopicConfigDefinitions {
    static let longMax = String(Int64.max)
    public static let compressionTypes = ["uncompressed", "zstd", "lz4", "snappy", "gzip", "producer"]

    public static let all: [TopicConfigDefinition] = [
        .init("cleanup.policy", .list, "delete", [.init("log.cleanup.policy")], .listOf(["compact", "delete"])),
        .init("compression.gzip.level", .int, "-1", [.init("compression.gzip.level")], .levelOrMinusOne(1, 9)),
        .init("compression.lz4.level", .int, "9", [.init("compression.lz4.level")], .between(1, 17)),
        .init("compression.type", .string, "producer", [.init("compression.type")], .oneOf(compressionTypes)),
        .init("compression.zstd.level", .int, "3", [.init("compression.zstd.level")], .between(-131_072, 22)),
        .init("delete.retention.ms", .long, "86400000", [.init("log.cleaner.delete.retention.ms")], .atLeast(0)),
        .init("file.delete.delay.ms", .long, "60000", [.init("log.segment.delete.delay.ms")], .atLeast(0)),
        .init("flush.messages", .long, longMax, [.init("log.flush.interval.messages")], .atLeast(1)),
        .init("flush.ms", .long, longMax, [.init("log.flush.interval.ms"), .init("log.flush.scheduler.interval.ms")], .atLeast(0)),
        .init("follower.replication.throttled.replicas", .list, "", [], .throttledReplicas),
        .init("index.interval.bytes", .int, "4096", [.init("log.index.interval.bytes")], .atLeast(0)),
        .init("leader.replication.throttled.replicas", .list, "", [], .throttledReplicas),
        .init("max.compaction.lag.ms", .long, longMax, [.init("log.cleaner.max.compaction.lag.ms")], .atLeast(1)),
        .init("max.message.bytes", .int, "1048588", [.init("message.max.bytes")], .atLeast(0)),
        .init("message.downconversion.enable", .boolean, "true", [.init("log.message.downconversion.enable")]),
        .init("message.timestamp.after.max.ms", .long, longMax, [.init("log.message.timestamp.after.max.ms")], .atLeast(0)),
        .init("message.timestamp.before.max.ms", .long, longMax, [.init("log.message.timestamp.before.max.ms")], .atLeast(0)),
        .init("message.timestamp.type", .string, "CreateTime", [.init("log.message.timestamp.type")], .oneOf(["CreateTime", "LogAppendTime"])),
        .init("min.cleanable.dirty.ratio", .double, "0.5", [.init("log.cleaner.min.cleanable.ratio")], .between(0, 1)),
        .init("min.compaction.lag.ms", .long, "0", [.init("log.cleaner.min.compaction.lag.ms")], .atLeast(0)),
        .init("min.insync.replicas", .int, "1", [.init("min.insync.replicas")], .atLeast(1)),
        .init("preallocate", .boolean, "false", [.init("log.preallocate")]),
        .init("retention.bytes", .long, "-1", [.init("log.retention.bytes")]),
        .init("retention.ms", .long, "604800000",
              [.init("log.retention.ms"), .init("log.retention.minutes", .minutesToMs), .init("log.retention.hours", .hoursToMs)],
              .atLeast(-1)),
        .init("segment.bytes", .int, "1073741824", [.init("log.segment.bytes")], .atLeast(14)),
        .init("segment.index.bytes", .int, "10485760", [.init("log.index.size.max.bytes")], .atLeast(4)),
        .init("segment.jitter.ms", .long, "0", [.init("log.roll.jitter.ms"), .init("log.roll.jitter.hours", .hoursToMs)], .atLeast(0)),
        .init("segment.ms", .long, "604800000", [.init("log.roll.ms"), .init("log.roll.hours", .hoursToMs)], .atLeast(1)),
        .init(DurabilityMode.configName, .string, DurabilityMode.groupCommit.rawValue, [.init(DurabilityMode.configName)],
              .oneOfIgnoringCase(DurabilityMode.allCases.map(\.rawValue))),
        .init("unclean.leader.election.enable", .boolean, "false", [.init("unclean.leader.election.enable")]),
    ]

    public static let byName: [String: TopicConfigDefinition] = Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0) })

    public static func definition(_ name: String) -> TopicConfigDefinition? { self.byName[name] }

    /// Checks a set of topic overrides as CreateTopics and AlterConfigs do: every name known, every
    /// value valid for its config, and `min.compaction.lag.ms <= max.compaction.lag.ms`. Returns the
    /// parsed values. The first problem found throws (names are checked in sorted order, so the
    /// error is the same from run to run).
    @discardableResult
    public static func validate(_ overrides: [String: String]) throws(ConfigError) -> [String: ConfigValue] {
        var parsed: [String: ConfigValue] = [:]
        for name in overrides.keys.sorted() {
            guard let definition = self.byName[name] else { throw .unknownTopicConfig(name) }
            parsed[name] = try definition.parse(overrides[name] ?? "")
        }
        try self.checkCompactionLags(parsed)
        return parsed
    }

    /// Kafka's cross-config check: compaction lags must not cross.
    static func checkCompactionLags(_ values: [String: ConfigValue]) throws(ConfigError) {
        if let minLag = values["min.compaction.lag.ms"]?.integer, let maxLag = values["max.compaction.lag.ms"]?.integer, minLag > maxLag {
            throw .conflict("min.compaction.lag.ms", "conflict topic config setting min.compaction.lag.ms (\(minLag)) > max.compaction.lag.ms (\(maxLag))")
        }
    }
}
