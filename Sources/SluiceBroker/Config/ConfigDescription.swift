/// One synonym of a described config: a name that could have supplied its value.
public struct ConfigSynonymDescription: Sendable, Hashable {
    public var name: String
    /// Nil for a sensitive config.
    public var value: String?
    public var source: ConfigSource

    public init(name: String, value: String?, source: ConfigSource) {
        self.name = name
        self.value = value
        self.source = source
    }
}

/// One entry of a DescribeConfigs result, before it is put on the wire.
public struct ConfigEntryDescription: Sendable, Hashable {
    public var name: String
    /// Nil for a sensitive config, and for a broker config without value or default.
    public var value: String?
    public var source: ConfigSource
    public var isSensitive: Bool
    public var readOnly: Bool
    public var type: ConfigType
    /// Always nil: Sluice does not carry Kafka's config documentation.
    public var documentation: String?
    /// Highest precedence first; the first one (if any) is where `value` came from.
    public var synonyms: [ConfigSynonymDescription]

    /// DescribeConfigs v0's `IsDefault`.
    public var isDefault: Bool { self.source == .defaultConfig }
}

extension BrokerConfig {
    /// Describes topic config `name` for a topic with these overrides; nil for a name that is not
    /// a topic config. Synonyms come in Kafka's order: the override (DYNAMIC_TOPIC_CONFIG), the
    /// broker synonyms set in `server.properties` in precedence order (STATIC_BROKER_CONFIG), then
    /// the broker synonyms' defaults (DEFAULT_CONFIG). The source is the first synonym's, or
    /// DEFAULT_CONFIG when there is none.
    ///
    /// Unlike Kafka 3.9, the static and default synonyms of `retention.ms`, `segment.ms`,
    /// `segment.jitter.ms` and `flush.ms` are listed even when their first broker synonym
    /// (`log.retention.ms`, ...) is unset; Kafka's `configSynonyms` drops them all then, and so
    /// reports DEFAULT_CONFIG for a retention set by `log.retention.hours`.
    public func describeTopicConfig(name: String, overrides: [String: String]) throws(ConfigError) -> ConfigEntryDescription? {
        guard let definition = TopicConfigDefinitions.byName[name] else { return nil }
        let resolved = try self.resolve(definition, overrides: overrides)
        return ConfigEntryDescription(
            name: name,
            value: definition.isSensitive ? nil : resolved.value.description,
            source: resolved.source,
            isSensitive: definition.isSensitive,
            readOnly: definition.readOnly,
            type: definition.type,
            documentation: nil,
            synonyms: resolved.synonyms
        )
    }

    /// Every topic config for a topic with these overrides, sorted by name. Throws when an
    /// override is unknown or invalid (they are validated before they are stored, so only a
    /// damaged metadata store gets here).
    public func describeAllTopicConfigs(overrides: [String: String]) throws(ConfigError) -> [ConfigEntryDescription] {
        try TopicConfigDefinitions.validate(overrides)
        var entries: [ConfigEntryDescription] = []
        for definition in TopicConfigDefinitions.all {
            if let entry = try self.describeTopicConfig(name: definition.name, overrides: overrides) { entries.append(entry) }
        }
        return entries.sorted { $0.name < $1.name }
    }

    /// Describes broker config `name` as the BROKER resource of this node does; nil when it is
    /// neither known nor in `server.properties`. STATIC_BROKER_CONFIG when the file sets it,
    /// DEFAULT_CONFIG otherwise. Every broker config is read-only (Sluice has no dynamic broker
    /// configs yet). A key Sluice does not know is described as Kafka describes one: type UNKNOWN,
    /// sensitive, value hidden.
    ///
    /// Synonyms: for `log.retention.*`, `log.roll.*`, `log.roll.jitter.*` and
    /// `log.flush.interval.ms`, the group from `name` on (describing `log.retention.hours` does not
    /// mention `log.retention.ms`), set ones first, then defaults. As for topics, Sluice keeps
    /// them when `name` itself is unset, where Kafka drops them all.
    public func describeBrokerConfig(name: String) -> ConfigEntryDescription? {
        let definition = BrokerConfigDefinitions.byName[name]
        guard definition != nil || self.properties[name] != nil else { return nil }
        let isSensitive = definition.map(\.isSensitive) ?? true
        var synonyms: [ConfigSynonymDescription] = []
        // Kafka lists the synonym group from `name` onward: describing log.retention.hours does
        // not mention log.retention.ms.
        let names = BrokerConfigDefinitions.synonyms(of: name).drop { $0 != name }
        for synonym in names {
            if let text = self.properties[synonym] {
                synonyms.append(ConfigSynonymDescription(name: synonym, value: isSensitive ? nil : text, source: .staticBrokerConfig))
            }
        }
        for synonym in names {
            if let text = BrokerConfigDefinitions.byName[synonym]?.defaultValue {
                synonyms.append(ConfigSynonymDescription(name: synonym, value: isSensitive ? nil : text, source: .defaultConfig))
            }
        }
        let value = self.properties[name] ?? definition?.defaultValue
        return ConfigEntryDescription(
            name: name,
            value: isSensitive ? nil : value,
            source: self.properties[name] != nil ? .staticBrokerConfig : .defaultConfig,
            isSensitive: isSensitive,
            readOnly: true,
            type: definition?.type ?? .unknown,
            documentation: nil,
            synonyms: synonyms
        )
    }

    /// Every known broker config and every key of `server.properties`, sorted by name.
    public func describeAllBrokerConfigs() -> [ConfigEntryDescription] {
        let names = Set(BrokerConfigDefinitions.all.map(\.name)).union(self.properties.keys)
        return names.sorted().compactMap { self.describeBrokerConfig(name: $0) }
    }
}
