import NIOConcurrencyHelpers
import SluiceCluster
import SluiceProtocol
import SluiceStorage

/// Why one resource of DescribeConfigs / AlterConfigs / IncrementalAlterConfigs failed: the
/// per-resource error code and message.
struct ConfigResourceError: Error, Sendable, Hashable {
    let code: ErrorCode
    let message: String?

    init(_ code: ErrorCode, _ message: String?) {
        self.code = code
        self.message = message
    }

    static func unknownTopic(_ name: String) -> ConfigResourceError {
        ConfigResourceError(.unknownTopicOrPartition, "The topic '\(name)' does not exist.")
    }

    static func unsupportedResourceType(_ type: Int8) -> ConfigResourceError {
        ConfigResourceError(.invalidRequest, "Unsupported resource type: \(ConfigResourceType(rawValue: type).map { "\($0)" } ?? "\(type)")")
    }

    init(_ error: ConfigError) {
        self.init(error.errorCode, error.message)
    }
}

extension Broker {
    /// Serialises config alterations so that an incremental alter's read-modify-write of a topic's
    /// overrides cannot interleave with another's.
    private static let configAlterLock = NIOLock()

    /// Checks that a BROKER resource name designates this node (or is empty: the cluster-wide
    /// default), as Kafka does. Returns true for this node, false for the empty name.
    func checkBrokerResourceName(_ name: String) throws(ConfigResourceError) -> Bool {
        if name.isEmpty { return false }
        guard let id = Int32(name) else {
            throw ConfigResourceError(.invalidRequest, "Broker id must be an integer, but it is: \(name)")
        }
        guard id == self.config.nodeId else {
            throw ConfigResourceError(.invalidRequest, "Unexpected broker id, expected \(self.config.nodeId) or empty string, but received \(name)")
        }
        return true
    }

    /// Refuses any change to broker configs: Sluice has no dynamic broker configs yet, so every
    /// name is answered as Kafka answers a config it cannot update dynamically (INVALID_CONFIG).
    func alterBrokerConfigs(resourceName: String, names: [String]) throws(ConfigResourceError) {
        _ = try self.checkBrokerResourceName(resourceName)
        guard !names.isEmpty else { return }
        throw ConfigResourceError(
            .invalidConfig,
            "Cannot update these configs dynamically: \(names.sorted().joined(separator: ", ")) (Sluice does not support dynamic broker configs yet)"
        )
    }

    /// Replaces a topic's overrides with the result of `change` applied to the current ones:
    /// validated as a whole, then (unless `validateOnly`) persisted and pushed into every open log
    /// of the topic.
    func alterTopicConfigs(
        topic name: String,
        validateOnly: Bool,
        change: ([String: String]) throws(ConfigResourceError) -> [String: String]
    ) throws(ConfigResourceError) {
        let result: Result<Void, ConfigResourceError> = Self.configAlterLock.withLock {
            do throws(ConfigResourceError) {
                guard let topic = self.metadata.image.topic(named: name) else { throw .unknownTopic(name) }
                let overrides = try change(topic.configs)
                let logConfig: LogConfig
                do throws(ConfigError) {
                    logConfig = try self.config.logConfig(topicOverrides: overrides)
                } catch {
                    throw ConfigResourceError(error)
                }
                if validateOnly { return .success(()) }
                do {
                    try self.metadata.setConfigs(topic: name, configs: overrides)
                } catch let error as MetadataError {
                    throw ConfigResourceError(error.errorCode, error.message)
                } catch {
                    throw ConfigResourceError(.unknownServerError, "\(error)")
                }
                self.replicaManager.updateConfig(ofTopic: name, to: logConfig)
                self.logger.info("Altered topic configs", metadata: ["topic": "\(name)", "configs": "\(overrides)"])
                return .success(())
            } catch {
                return .failure(error)
            }
        }
        try result.get()
    }

    /// The current effective value of a topic config: its override, else what the broker gives.
    func effectiveTopicConfigValue(_ name: String, overrides: [String: String]) -> ConfigValue? {
        guard let definition = TopicConfigDefinitions.definition(name) else { return nil }
        return try? self.config.resolve(definition, overrides: overrides).value
    }
}
