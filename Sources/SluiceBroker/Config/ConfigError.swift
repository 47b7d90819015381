import SluiceProtocol

/// A configuration Sluice refuses: a `server.properties` value that does not parse or is out of
/// range, an unknown or invalid topic config in CreateTopics / AlterConfigs, or a file that is not
/// valid properties syntax. Always answered on the wire as `INVALID_CONFIG`; `message` is what
/// Kafka would say (`Invalid value x for configuration retention.ms: ...`).
public struct ConfigError: Error, Sendable, Hashable, CustomStringConvertible {
    private enum Kind: Sendable, Hashable {
        case invalidValue
        case unknownTopicConfig
        case conflict
        case malformedProperties
    }

    private let kind: Kind
    /// The config name at fault; nil for a malformed file.
    public let key: String?
    public let message: String

    private init(_ kind: Kind, key: String?, _ message: String) {
        self.kind = kind
        self.key = key
        self.message = message
    }

    /// `value` does not parse as the config's type or breaks its validator; `expected` says what
    /// would be accepted (Kafka's wording: "Value must be at least 1").
    public static func invalidValue(_ key: String, _ value: String, expected: String) -> ConfigError {
        ConfigError(.invalidValue, key: key, "Invalid value \(value) for configuration \(key): \(expected)")
    }

    /// A topic config name Kafka does not know (Kafka: `Unknown topic config name: x`).
    public static func unknownTopicConfig(_ key: String) -> ConfigError {
        ConfigError(.unknownTopicConfig, key: key, "Unknown topic config name: \(key)")
    }

    /// Two settings that are each valid but contradict each other (`node.id` vs `broker.id`,
    /// `min.compaction.lag.ms` above `max.compaction.lag.ms`).
    public static func conflict(_ key: String, _ message: String) -> ConfigError {
        ConfigError(.conflict, key: key, message)
    }

    /// The properties text cannot be read (a bad `\uXXXX` escape), with its line number.
    public static func malformedProperties(line: Int, _ detail: String) -> ConfigError {
        ConfigError(.malformedProperties, key: nil, "line \(line): \(detail)")
    }

    public var errorCode: ErrorCode { .invalidConfig }

    public var description: String { "INVALID_CONFIG: \(self.message)" }
}
