import SluiceCluster
import SluiceProtocol
import SluiceStorage

/// Validation and description of topic config overrides for CreateTopics.
/// (Minimal: the full Kafka config table with sources and synonyms replaces this.)
enum TopicConfigDescriber {
    /// Nil when `configs` are acceptable topic overrides, else why not.
    static func validate(_ configs: [String: String], broker: Broker) -> String? {
        do {
            _ = try LogConfig(properties: configs)
        } catch let error as LogError {
            return error.message
        } catch {
            return "\(error)"
        }
        return nil
    }

    /// The created topic's configs for CreateTopics v5+: its overrides, marked as topic configs.
    static func creatableConfigs(for topic: TopicMetadata, broker: Broker) -> [CreateTopicsResponse.CreatableTopicConfigs] {
        topic.configs.sorted { $0.key < $1.key }.map { key, value in
            var config = CreateTopicsResponse.CreatableTopicConfigs()
            config.name = key
            config.value = value
            config.configSource = 1
            return config
        }
    }
}
