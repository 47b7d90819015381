import NIOConcurrencyHelpers
import SluiceStorage

/// Each topic's `ProduceValidator`, resolved from its config once and reused until its overrides
/// or log config change. Resolving every topic config per Produce request cost more CPU than the
/// append itself.
final class ProduceSettingsCache: Sendable {
    private struct Entry {
        var overrides: [String: String]
        var logConfig: LogConfig
        var validator: ProduceValidator
    }

    private let entries = NIOLockedValueBox<[String: Entry]>([:])

    func validator(topic: String, overrides: [String: String], logConfig: LogConfig, config: BrokerConfig) -> ProduceValidator {
        if let entry = self.entries.withLockedValue({ $0[topic] }), entry.overrides == overrides, entry.logConfig == logConfig {
            return entry.validator
        }
        let validator = ProduceValidator(topicConfigs: config.effectiveTopicConfigText(overrides: overrides), logConfig: logConfig)
        self.entries.withLockedValue { $0[topic] = Entry(overrides: overrides, logConfig: logConfig, validator: validator) }
        return validator
    }
}
