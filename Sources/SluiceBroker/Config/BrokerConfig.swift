import SluiceStorage

/// A broker's settings, named and defaulted as Kafka's `server.properties`.
public struct BrokerConfig: Sendable {
    /// `node.id` (also read as `broker.id`).
    public var nodeId: Int32 = 1
    /// `listeners`: where the broker accepts connections.
    public var listener: HostPort = HostPort(host: "127.0.0.1", port: 9092)
    /// `advertised.listeners`: the address clients are told to use; the listener when unset.
    public var advertisedListener: HostPort?
    /// `log.dirs` (or `log.dir`): the first directory; Sluice uses one directory for now.
    public var logDir: String = "./sluice-data"
    /// Every directory `log.dirs` (or `log.dir`) names, in order; only the first is used yet.
    public var logDirs: [String] = ["./sluice-data"]
    /// `num.partitions`: partitions of an auto-created topic, and of CreateTopics with -1.
    public var numPartitions: Int32 = 1
    /// `default.replication.factor`.
    public var defaultReplicationFactor: Int16 = 1
    /// `offsets.topic.num.partitions`: partitions of `__consumer_offsets`, fixed once it exists
    /// (a group's partition depends on it).
    public var offsetsTopicNumPartitions: Int32 = 50
    /// `offsets.topic.replication.factor`. On one node the topic gets the one replica there is.
    public var offsetsTopicReplicationFactor: Int16 = 3
    /// `offsets.retention.minutes` (7 days), in milliseconds: how long an empty group's (or a
    /// standalone commit's) offsets are kept.
    public var offsetsRetentionMs: Int64 = 10_080 * 60_000
    /// `auto.create.topics.enable`.
    public var autoCreateTopicsEnable: Bool = true
    /// `offsets.retention.check.interval.ms`
    public var offsetsRetentionCheckIntervalMs: Int64 = 600_000
    /// `group.initial.rebalance.delay.ms`, `group.min.session.timeout.ms`,
    /// `group.max.session.timeout.ms`, `group.max.size`.
    public var classicGroups = ClassicGroupConfig()
    /// `group.consumer.session.timeout.ms`, `group.consumer.heartbeat.interval.ms` (each within
    /// its `min`/`max` bounds), `group.consumer.max.size`, `group.consumer.assignors`.
    public var consumerGroups = ConsumerGroupConfig()
    /// `socket.request.max.bytes`: the largest request frame accepted.
    public var socketRequestMaxBytes: Int = 104_857_600
    /// `queued.max.request.bytes`: request bytes read but not yet answered, across all
    /// connections; reading pauses at the limit. Kafka's default is -1 (unbounded); Sluice bounds
    /// it by default at 512 MiB so a flood of large requests cannot exhaust memory. -1 disables.
    public var queuedMaxRequestBytes: Int = 512 * 1024 * 1024
    /// `log.retention.check.interval.ms`: how often retention runs.
    public var logRetentionCheckIntervalMs: Int64 = 300_000
    /// `log.cleaner.enable`: whether compacted topics are cleaned.
    public var logCleanerEnable: Bool = true
    /// `log.cleaner.backoff.ms`: the cleaner's sleep when no log needs cleaning.
    public var logCleanerBackoffMs: Int64 = 15_000
    /// Broker-level defaults of topic configs (`log.retention.ms`, `log.segment.bytes`,
    /// `message.max.bytes`, ...), as a topic without overrides sees them. Derived from
    /// `properties` by `init(properties:)` and `set(_:_:)`; `logConfig(topicOverrides:)` applies
    /// overrides on top of it, so assigning it directly (in tests) changes topics' effective
    /// configs, though not what DescribeConfigs reports.
    public var logDefaults: LogConfig = LogConfig()
    /// Every key and value read from `server.properties` (values with trailing blanks removed),
    /// known or not: the source of DescribeConfigs' STATIC_BROKER_CONFIG entries and synonyms.
    public internal(set) var properties: [String: String] = [:]
    /// Keys in `properties` that Sluice does not know, sorted; the caller logs them.
    public var unknownKeys: [String] {
        self.properties.keys.filter { BrokerConfigDefinitions.byName[$0] == nil }.sorted()
    }

    public init() {}

    /// The address clients are told to use.
    public var effectiveAdvertisedListener: HostPort { self.advertisedListener ?? self.listener }
}

/// A host and port, as written in `HOST:PORT` or a listener such as `PLAINTEXT://HOST:PORT`.
public struct HostPort: Sendable, Hashable, CustomStringConvertible {
    public var host: String
    public var port: Int

    public init(host: String, port: Int) {
        self.host = host
        self.port = port
    }

    /// Parses `HOST:PORT`, `[v6]:PORT` or `NAME://HOST:PORT`; nil when it is neither.
    public init?(parsing text: String) {
        var rest = Substring(text.trimmingCharacters(in: " \t"))
        if let scheme = rest.firstRange(of: "://") { rest = rest[scheme.upperBound...] }
        guard let colon = rest.lastIndex(of: ":"), let port = Int(rest[rest.index(after: colon)...]), (0...65535).contains(port) else {
            return nil
        }
        var host = rest[..<colon]
        if host.hasPrefix("[") && host.hasSuffix("]") { host = host.dropFirst().dropLast() }
        self.host = host.isEmpty ? "0.0.0.0" : String(host)
        self.port = port
    }

    public var description: String { self.host.contains(":") ? "[\(self.host)]:\(self.port)" : "\(self.host):\(self.port)" }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        let characters = Set(set)
        var slice = Substring(self)
        while let first = slice.first, characters.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, characters.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
