import SluiceStorage

/// One broker config Sluice knows: its type, default and accepted values. Defaults are Kafka's
/// (3.9) except where marked as Sluice's (`node.id`, `listeners`, `log.dir`,
/// `queued.max.request.bytes`).
public struct BrokerConfigDefinition: Sendable, Hashable {
    public let name: String
    public let type: ConfigType
    /// Nil when Kafka defines no default (`log.retention.ms`: the next synonym decides).
    public let defaultValue: String?
    public let validator: ConfigValidator
    public var isSensitive: Bool { self.type == .password }

    init(_ name: String, _ type: ConfigType, _ defaultValue: String?, _ validator: ConfigValidator = .any) {
        self.name = name
        self.type = type
        self.defaultValue = defaultValue
        self.validator = validator
    }

    public func parse(_ text: String) throws(ConfigError) -> ConfigValue {
        let value = try self.type.parse(text, key: self.name)
        if let problem = self.validator.check(value) { throw .invalidValue(self.name, text, expected: problem) }
        return value
    }
}

/// The broker configs Sluice reads or at least recognises (those in Kafka's sample
/// `server.properties` are recognised so that a stock file logs no unknown keys).
public enum BrokerConfigDefinitions {
    static let longMax = String(Int64.max)
    /// Kafka's default `listener.security.protocol.map`.
    public static let defaultSecurityProtocolMap = "SASL_SSL:SASL_SSL,PLAINTEXT:PLAINTEXT,SSL:SSL,SASL_PLAINTEXT:SASL_PLAINTEXT"

    public static let all: [BrokerConfigDefinition] = [
        // Identity and listeners.
        .init("node.id", .int, "1", .atLeast(0)),  // Sluice's default; Kafka requires it in KRaft.
        .init("broker.id", .int, "1", .atLeast(0)),  // Sluice's default; Kafka's is -1.
        .init("listeners", .string, "PLAINTEXT://127.0.0.1:9092"),  // Sluice's default; Kafka's is PLAINTEXT://:9092.
        .init("advertised.listeners", .string, nil),
        .init("listener.security.protocol.map", .string, defaultSecurityProtocolMap),
        .init("controller.listener.names", .string, nil),
        .init("inter.broker.listener.name", .string, nil),
        .init("process.roles", .list, ""),
        .init("controller.quorum.voters", .list, ""),
        .init("controller.quorum.bootstrap.servers", .list, ""),
        // Network and threads.
        .init("num.network.threads", .int, "3", .atLeast(1)),
        .init("num.io.threads", .int, "8", .atLeast(1)),
        .init("socket.send.buffer.bytes", .int, "102400"),
        .init("socket.receive.buffer.bytes", .int, "102400"),
        .init("socket.request.max.bytes", .int, "104857600", .atLeast(1)),
        .init("queued.max.request.bytes", .long, "536870912"),  // Sluice's default; Kafka's is -1 (unbounded).
        .init("num.recovery.threads.per.data.dir", .int, "1", .atLeast(1)),
        // Topics.
        .init("log.dirs", .string, nil),
        .init("log.dir", .string, "./sluice-data"),  // Sluice's default; Kafka's is /tmp/kafka-logs.
        .init("num.partitions", .int, "1", .atLeast(1)),
        .init("default.replication.factor", .int, "1", .between(1, Double(Int16.max))),
        .init("auto.create.topics.enable", .boolean, "true"),
        .init("delete.topic.enable", .boolean, "true"),
        .init("min.insync.replicas", .int, "1", .atLeast(1)),
        .init("unclean.leader.election.enable", .boolean, "false"),
        .init("offsets.topic.replication.factor", .short, "3", .atLeast(1)),
        .init("offsets.topic.num.partitions", .int, "50", .atLeast(1)),
        .init("offsets.retention.minutes", .int, "10080", .atLeast(1)),
        .init("transaction.state.log.replication.factor", .short, "3", .atLeast(1)),
        .init("transaction.state.log.min.isr", .int, "2", .atLeast(1)),
        .init("offsets.retention.check.interval.ms", .long, "600000", .atLeast(1)),
        // Classic groups.
        .init("group.initial.rebalance.delay.ms", .int, "3000", .atLeast(0)),
        .init("group.min.session.timeout.ms", .int, "6000"),
        .init("group.max.session.timeout.ms", .int, "1800000"),
        .init("group.max.size", .int, String(Int32.max), .atLeast(1)),
        // KIP-848 consumer groups.
        .init("group.consumer.session.timeout.ms", .int, "45000", .atLeast(1)),
        .init("group.consumer.min.session.timeout.ms", .int, "45000", .atLeast(1)),
        .init("group.consumer.max.session.timeout.ms", .int, "60000", .atLeast(1)),
        .init("group.consumer.heartbeat.interval.ms", .int, "5000", .atLeast(1)),
        .init("group.consumer.min.heartbeat.interval.ms", .int, "5000", .atLeast(1)),
        .init("group.consumer.max.heartbeat.interval.ms", .int, "15000", .atLeast(1)),
        .init("group.consumer.max.size", .int, String(Int32.max), .atLeast(1)),
        .init(
            "group.consumer.assignors", .list, "uniform,range",
            .listOf(["uniform", "range", ConsumerGroupAssignors.uniformClassName, ConsumerGroupAssignors.rangeClassName])),
        // Log defaults for topics (the broker synonyms of topic configs).
        .init("log.segment.bytes", .int, "1073741824", .atLeast(14)),
        .init("log.roll.ms", .long, nil),
        .init("log.roll.hours", .int, "168", .atLeast(1)),
        .init("log.roll.jitter.ms", .long, nil),
        .init("log.roll.jitter.hours", .int, "0", .atLeast(0)),
        .init("log.retention.ms", .long, nil),
        .init("log.retention.minutes", .int, nil),
        .init("log.retention.hours", .int, "168"),
        .init("log.retention.bytes", .long, "-1"),
        .init("log.retention.check.interval.ms", .long, "300000", .atLeast(1)),
        .init("log.index.interval.bytes", .int, "4096", .atLeast(0)),
        .init("log.index.size.max.bytes", .int, "10485760", .atLeast(4)),
        .init("message.max.bytes", .int, "1048588", .atLeast(0)),
        .init("log.message.timestamp.type", .string, "CreateTime", .oneOf(["CreateTime", "LogAppendTime"])),
        .init("log.message.timestamp.before.max.ms", .long, longMax, .atLeast(0)),
        .init("log.message.timestamp.after.max.ms", .long, longMax, .atLeast(0)),
        .init("log.message.downconversion.enable", .boolean, "true"),
        .init("log.cleanup.policy", .list, "delete", .listOf(["compact", "delete"])),
        .init("log.flush.interval.messages", .long, longMax, .atLeast(1)),
        .init("log.flush.interval.ms", .long, nil),
        .init("log.flush.scheduler.interval.ms", .long, longMax),
        .init("log.segment.delete.delay.ms", .long, "60000", .atLeast(0)),
        .init("log.preallocate", .boolean, "false"),
        .init("log.cleaner.enable", .boolean, "true"),
        .init("log.cleaner.threads", .int, "1", .atLeast(0)),
        .init("log.cleaner.backoff.ms", .long, "15000", .atLeast(0)),
        .init("log.cleaner.dedupe.buffer.size", .long, "134217728"),
        .init("log.cleaner.delete.retention.ms", .long, "86400000", .atLeast(0)),
        .init("log.cleaner.min.compaction.lag.ms", .long, "0", .atLeast(0)),
        .init("log.cleaner.max.compaction.lag.ms", .long, longMax, .atLeast(1)),
        .init("log.cleaner.min.cleanable.ratio", .double, "0.5", .between(0, 1)),
        .init("compression.type", .string, "producer", .oneOf(TopicConfigDefinitions.compressionTypes)),
        .init("compression.gzip.level", .int, "-1", .levelOrMinusOne(1, 9)),
        .init("compression.lz4.level", .int, "9", .between(1, 17)),
        .init("compression.zstd.level", .int, "3", .between(-131_072, 22)),
        .init(DurabilityMode.configName, .string, DurabilityMode.groupCommit.rawValue,
              .oneOfIgnoringCase(DurabilityMode.allCases.map(\.rawValue))),
    ]

    public static let byName: [String: BrokerConfigDefinition] = Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0) })

    public static func definition(_ name: String) -> BrokerConfigDefinition? { self.byName[name] }

    /// The names Kafka lists as synonyms when describing broker config `name`, highest precedence
    /// first (Kafka's `DynamicBrokerConfig.brokerConfigSynonyms`); just `name` for most configs.
    public static func synonyms(of name: String) -> [String] {
        let groups: [[String]] = [
            ["log.roll.ms", "log.roll.hours"],
            ["log.roll.jitter.ms", "log.roll.jitter.hours"],
            ["log.retention.ms", "log.retention.minutes", "log.retention.hours"],
        ]
        if let group = groups.first(where: { $0.contains(name) }) { return group }
        if name == "log.flush.interval.ms" { return ["log.flush.interval.ms", "log.flush.scheduler.interval.ms"] }
        return [name]
    }
}
