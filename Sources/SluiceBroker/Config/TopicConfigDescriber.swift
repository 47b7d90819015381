import SluiceCluster
import SluiceProtocol
import SluiceStorage

/// Topic config checks and descriptions shared by CreateTopics, DescribeConfigs and the alters.
enum TopicConfigDescriber {
    /// Nil when `configs` are acceptable topic overrides on this broker, else Kafka's message
    /// (`Unknown topic config name: x`, `Invalid value x for configuration y: ...`).
    static func validate(_ configs: [String: String], broker: Broker) -> String? {
        do {
            _ = try broker.config.logConfig(topicOverrides: configs)
            return nil
        } catch {
            return error.message
        }
    }

    /// The created topic's configs for CreateTopics v5+: every topic config with its value and
    /// source, as Kafka returns them.
    static func creatableConfigs(for topic: TopicMetadata, broker: Broker) -> [CreateTopicsResponse.CreatableTopicConfigs] {
        let entries = (try? broker.config.describeAllTopicConfigs(overrides: topic.configs)) ?? []
        return entries.map { entry in
            var config = CreateTopicsResponse.CreatableTopicConfigs()
            config.name = entry.name
            config.value = entry.value
            config.readOnly = entry.readOnly
            config.configSource = entry.source.rawValue
            config.isSensitive = entry.isSensitive
            return config
        }
    }
}
