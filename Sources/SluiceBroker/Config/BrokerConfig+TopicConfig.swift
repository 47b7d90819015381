import SluiceStorage

extension BrokerConfig {
    /// The effective value of one topic config and where it came from.
    struct ResolvedTopicConfig {
        var value: ConfigValue
        var source: ConfigSource
        /// Highest precedence first: the topic override, then the broker synonyms set in
        /// `server.properties`, then the broker synonyms' defaults.
        var synonyms: [ConfigSynonymDescription]
    }

    /// Resolves `definition` as Kafka does: the topic override, else the first of its broker
    /// synonyms set in the file (converted to the topic config's unit), else the first broker
    /// synonym that has a default, else the topic config's own default.
    func resolve(_ definition: TopicConfigDefinition, overrides: [String: String]) throws(ConfigError) -> ResolvedTopicConfig {
        var synonyms: [ConfigSynonymDescription] = []
        var chosen: ConfigValue? = nil
        if let text = overrides[definition.name] {
            let value = try definition.parse(text)
            chosen = value
            synonyms.append(ConfigSynonymDescription(name: definition.name, value: definition.isSensitive ? nil : value.description, source: .dynamicTopicConfig))
        }
        for synonym in definition.brokerSynonyms {
            guard let text = self.properties[synonym.name] else { continue }
            if chosen == nil { chosen = try self.convert(text, from: synonym, to: definition) }
            synonyms.append(ConfigSynonymDescription(name: synonym.name, value: definition.isSensitive ? nil : text, source: .staticBrokerConfig))
        }
        for synonym in definition.brokerSynonyms {
            guard let text = BrokerConfigDefinitions.byName[synonym.name]?.defaultValue else { continue }
            if chosen == nil { chosen = try self.convert(text, from: synonym, to: definition) }
            synonyms.append(ConfigSynonymDescription(name: synonym.name, value: definition.isSensitive ? nil : text, source: .defaultConfig))
        }
        let value: ConfigValue
        if let chosen { value = chosen } else { value = try definition.parse(definition.defaultValue) }
        return ResolvedTopicConfig(value: value, source: synonyms.first?.source ?? .defaultConfig, synonyms: synonyms)
    }

    /// A broker value in the topic config's terms: hours and minutes become milliseconds, and a
    /// negative retention time means forever (-1), as Kafka's `logRetentionTimeMillis`.
    private func convert(_ text: String, from synonym: BrokerSynonym, to definition: TopicConfigDefinition) throws(ConfigError) -> ConfigValue {
        guard let brokerDefinition = BrokerConfigDefinitions.byName[synonym.name] else { return try definition.parse(text) }
        let brokerValue = try brokerDefinition.parse(text)
        guard var number = brokerValue.integer else { return try definition.parse(brokerValue.description) }
        switch synonym.unit {
        case .same: break
        case .minutesToMs: number = number.multipliedReportingOverflow(by: 60_000).overflow ? .max : number * 60_000
        case .hoursToMs: number = number.multipliedReportingOverflow(by: 3_600_000).overflow ? .max : number * 3_600_000
        }
        if definition.name == "retention.ms", number < 0 { number = -1 }
        return try definition.parse(String(number))
    }

    /// Every topic config's effective value for a topic with these overrides. Throws on an
    /// unknown name, an invalid value, or compaction lags that cross.
    public func effectiveTopicConfigs(overrides: [String: String]) throws(ConfigError) -> [String: ConfigValue] {
        try TopicConfigDefinitions.validate(overrides)
        var values: [String: ConfigValue] = [:]
        for definition in TopicConfigDefinitions.all {
            values[definition.name] = try self.resolve(definition, overrides: overrides).value
        }
        try TopicConfigDefinitions.checkCompactionLags(values)
        return values
    }

    /// The `LogConfig` a partition of a topic with these overrides runs with: `logDefaults` with
    /// the overrides applied. Throws as `effectiveTopicConfigs(overrides:)`.
    public func logConfig(topicOverrides: [String: String]) throws(ConfigError) -> LogConfig {
        _ = try self.effectiveTopicConfigs(overrides: topicOverrides)
        let parsed = try TopicConfigDefinitions.validate(topicOverrides)
        return try self.logDefaults.applying(parsed)
    }

    /// The compaction settings of a topic with these overrides.
    public func cleaningConfig(topicOverrides: [String: String]) throws(ConfigError) -> LogCleaningConfig {
        let values = try self.effectiveTopicConfigs(overrides: topicOverrides)
        do {
            return try LogCleaningConfig(topicConfigs: values.mapValues(\.description))
        } catch {
            throw .conflict("cleanup.policy", "\(error)")
        }
    }
}

extension LogConfig {
    /// This config with the given topic config values set (names not used by `LogConfig` are
    /// ignored). Values must already be parsed and validated against `TopicConfigDefinitions`.
    func applying(_ values: [String: ConfigValue]) throws(ConfigError) -> LogConfig {
        var config = self
        for (name, value) in values {
            let number = value.integer
            switch name {
            case "segment.bytes": if let number { config.segmentBytes = Int(number) }
            case "segment.ms": if let number { config.segmentMs = number }
            case "segment.jitter.ms": if let number { config.segmentJitterMs = number }
            case "retention.ms": if let number { config.retentionMs = number }
            case "retention.bytes": if let number { config.retentionBytes = number }
            case "index.interval.bytes": if let number { config.indexIntervalBytes = Int(number) }
            case "segment.index.bytes": if let number { config.segmentIndexBytes = Int(number) }
            case "max.message.bytes": if let number { config.maxMessageBytes = Int(number) }
            case "file.delete.delay.ms": if let number { config.fileDeleteDelayMs = number }
            case "flush.messages": if let number { config.flushMessages = number }
            case "flush.ms": if let number { config.flushMs = number }
            case "message.timestamp.type":
                config.messageTimestampType = value.description == "LogAppendTime" ? .logAppendTime : .createTime
            case "cleanup.policy":
                guard let policy = CleanupPolicy(configValue: value.description) else {
                    throw .invalidValue(name, value.description, expected: "delete, compact or compact,delete")
                }
                config.cleanupPolicy = policy
            case DurabilityMode.configName:
                guard let mode = DurabilityMode(configValue: value.description) else {
                    throw .invalidValue(name, value.description, expected: "group-commit, kafka or none")
                }
                config.durabilityMode = mode
            default: break
            }
        }
        return config
    }
}
