import SluiceStorage

extension BrokerConfig {
    /// Reads `server.properties` entries with Kafka's defaults and precedence:
    ///
    /// - `node.id`, else `broker.id` (both set and different: an error, as Kafka).
    /// - `listeners`: the first listener whose security protocol (per
    ///   `listener.security.protocol.map`) is PLAINTEXT and which is not one of
    ///   `controller.listener.names`; `PLAINTEXT://:9092` listens on every interface.
    ///   `advertised.listeners`: the entry with that listener's name, if any.
    /// - `log.dirs`, else `log.dir`: a comma-separated list; Sluice uses the first directory only.
    /// - Topic defaults (`log.retention.ms` over `log.retention.minutes` over `log.retention.hours`,
    ///   `log.segment.bytes`, `message.max.bytes`, ...) resolve into `logDefaults` as
    ///   `logConfig(topicOverrides: [:])` does.
    ///
    /// Every value of a known key is parsed and validated as Kafka's ConfigDef would; the first
    /// invalid one throws a `ConfigError` naming the key. Unknown keys are kept in `properties`
    /// (see `unknownKeys`) for DescribeConfigs and for the caller to log.
    public init(properties: [String: String]) throws(ConfigError) {
        self.init()
        var values: [String: ConfigValue] = [:]
        for name in properties.keys.sorted() {
            guard let definition = BrokerConfigDefinitions.byName[name], let text = properties[name] else { continue }
            values[name] = try definition.parse(text)
        }
        self.properties = properties
        func int(_ name: String) -> Int64? { values[name]?.integer }
        func bool(_ name: String) -> Bool? {
            if case .boolean(let value) = values[name] { return value }
            return nil
        }

        if let nodeId = int("node.id"), let brokerId = int("broker.id"), nodeId != brokerId {
            throw .conflict("broker.id", "broker.id (\(brokerId)) must match node.id (\(nodeId)) or be omitted")
        }
        if let id = int("node.id") ?? int("broker.id") { self.nodeId = Int32(truncatingIfNeeded: id) }

        try self.readListeners(properties)

        if let text = properties["log.dirs"] ?? properties["log.dir"] {
            let key = properties["log.dirs"] != nil ? "log.dirs" : "log.dir"
            let dirs = text.split(separator: ",").map { $0.trimmingCharacters(in: " \t") }.filter { !$0.isEmpty }
            guard let first = dirs.first else { throw .invalidValue(key, text, expected: "at least one directory") }
            self.logDir = first
            self.logDirs = dirs
        }
        if let value = int("num.partitions") { self.numPartitions = Int32(truncatingIfNeeded: value) }
        if let value = int("default.replication.factor") { self.defaultReplicationFactor = Int16(truncatingIfNeeded: value) }
        if let value = int("offsets.topic.num.partitions") { self.offsetsTopicNumPartitions = Int32(truncatingIfNeeded: value) }
        if let value = int("offsets.topic.replication.factor") { self.offsetsTopicReplicationFactor = Int16(truncatingIfNeeded: value) }
        if let value = int("offsets.retention.minutes") { self.offsetsRetentionMs = value * 60_000 }
        if let value = bool("auto.create.topics.enable") { self.autoCreateTopicsEnable = value }
        if let value = int("offsets.retention.check.interval.ms") { self.offsetsRetentionCheckIntervalMs = value }
        try self.readGroupConfigs(values)
        if let value = int("socket.request.max.bytes") { self.socketRequestMaxBytes = Int(value) }
        if let value = int("queued.max.request.bytes") { self.queuedMaxRequestBytes = Int(value) }
        if let value = int("log.retention.check.interval.ms") { self.logRetentionCheckIntervalMs = value }
        if let value = bool("log.cleaner.enable") { self.logCleanerEnable = value }
        if let value = int("log.cleaner.backoff.ms") { self.logCleanerBackoffMs = value }

        self.logDefaults = try LogConfig().applying(self.effectiveTopicConfigs(overrides: [:]))
    }

    /// Replaces (or with nil removes) one `server.properties` entry and re-derives everything, as
    /// if the file had said so. For tests and the CLI's `--override key=value`.
    public mutating func set(_ key: String, _ value: String?) throws(ConfigError) {
        var properties = self.properties
        properties[key] = value
        self = try BrokerConfig(properties: properties)
    }

    /// Reads the file at `path` (Java properties syntax) into a `BrokerConfig`.
    public init(propertiesFile path: String) throws {
        try self.init(properties: PropertiesFile.load(path: path))
    }

    private mutating func readListeners(_ properties: [String: String]) throws(ConfigError) {
        guard let text = properties["listeners"] else { return }
        let protocolMapText = properties["listener.security.protocol.map"] ?? BrokerConfigDefinitions.defaultSecurityProtocolMap
        var protocols: [String: String] = [:]
        for pair in protocolMapText.split(separator: ",") {
            let parts = pair.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: " \t").uppercased() }
            guard parts.count == 2, !parts[0].isEmpty else {
                throw .invalidValue("listener.security.protocol.map", protocolMapText, expected: "a list of LISTENER_NAME:SECURITY_PROTOCOL pairs")
            }
            protocols[parts[0]] = parts[1]
        }
        let controllerNames = Set((properties["controller.listener.names"] ?? "").split(separator: ",").map { $0.trimmingCharacters(in: " \t").uppercased() })

        let listeners = try Self.parseListeners(text, key: "listeners")
        guard let chosen = listeners.first(where: { protocols[$0.name] == "PLAINTEXT" && !controllerNames.contains($0.name) }) else {
            throw .invalidValue("listeners", text, expected: "a listener whose security protocol is PLAINTEXT (Sluice serves plaintext only)")
        }
        self.listener = chosen.address
        if let advertisedText = properties["advertised.listeners"] {
            let advertised = try Self.parseListeners(advertisedText, key: "advertised.listeners")
            self.advertisedListener = advertised.first(where: { $0.name == chosen.name })?.address
        }
    }

    /// `NAME://HOST:PORT` entries, comma-separated; names upper-cased as Kafka normalises them.
    private static func parseListeners(_ text: String, key: String) throws(ConfigError) -> [(name: String, address: HostPort)] {
        var result: [(name: String, address: HostPort)] = []
        for entry in text.split(separator: ",").map({ $0.trimmingCharacters(in: " \t") }) where !entry.isEmpty {
            guard let scheme = entry.firstRange(of: "://"), let address = HostPort(parsing: entry) else {
                throw .invalidValue(key, text, expected: "a list of NAME://HOST:PORT listeners (\(entry) is not one)")
            }
            result.append((String(entry[..<scheme.lowerBound]).uppercased(), address))
        }
        guard !result.isEmpty else { throw .invalidValue(key, text, expected: "at least one NAME://HOST:PORT listener") }
        return result
    }
}
