/// A config's type as DescribeConfigs v3+ reports it (Kafka's `DescribeConfigsResponse.ConfigType`).
public enum ConfigType: Int8, Sendable, Hashable, CaseIterable {
    case unknown = 0
    case boolean = 1
    case string = 2
    case int = 3
    case short = 4
    case long = 5
    case double = 6
    case list = 7
    case `class` = 8
    case password = 9
}

/// Where a described config's value comes from (Kafka's `DescribeConfigsResponse.ConfigSource`).
public enum ConfigSource: Int8, Sendable, Hashable, CaseIterable {
    case unknown = 0
    /// A topic override (Kafka calls it `DYNAMIC_TOPIC_CONFIG`; `TOPIC_CONFIG` in code).
    case dynamicTopicConfig = 1
    case dynamicBrokerConfig = 2
    case dynamicDefaultBrokerConfig = 3
    /// Set in `server.properties`.
    case staticBrokerConfig = 4
    /// Nobody set it: the built-in default.
    case defaultConfig = 5
    case dynamicBrokerLoggerConfig = 6
    case clientMetricsConfig = 7
    case groupConfig = 8
}

/// A config resource kind on the wire (Kafka's `ConfigResource.Type`).
public enum ConfigResourceType: Int8, Sendable, Hashable {
    case unknown = 0
    case topic = 2
    case broker = 4
    case brokerLogger = 8
    case clientMetrics = 16
    case group = 32
}

/// A parsed config value. `description` is Kafka's `ConfigDef.convertToString`: lists joined by
/// ",", booleans `true`/`false`, numbers in decimal.
public enum ConfigValue: Sendable, Hashable, CustomStringConvertible {
    case boolean(Bool)
    case string(String)
    case int(Int32)
    case long(Int64)
    case double(Double)
    case list([String])

    public var description: String {
        switch self {
        case .boolean(let value): value ? "true" : "false"
        case .string(let value): value
        case .int(let value): String(value)
        case .long(let value): String(value)
        case .double(let value): String(value)
        case .list(let values): values.joined(separator: ",")
        }
    }

    /// The value as a 64-bit integer, for `int` and `long`.
    public var integer: Int64? {
        switch self {
        case .int(let value): Int64(value)
        case .long(let value): value
        default: nil
        }
    }
}

extension ConfigType {
    /// Parses `text` as Kafka's ConfigDef would: trimmed, `Integer.parseInt` / `Long.parseLong`,
    /// booleans case-insensitive, lists split on "," with each element trimmed and empty elements
    /// dropped. Throws naming `key` when it does not parse.
    func parse(_ text: String, key: String) throws(ConfigError) -> ConfigValue {
        let trimmed = text.trimmingCharacters(in: " \t\r\n\u{0C}")
        switch self {
        case .boolean:
            switch trimmed.lowercased() {
            case "true": return .boolean(true)
            case "false": return .boolean(false)
            default: throw .invalidValue(key, text, expected: "Expected value to be either true or false")
            }
        case .int:
            guard let value = Int32(trimmed) else { throw .invalidValue(key, text, expected: "Not a number of type INT") }
            return .int(value)
        case .short:
            guard let value = Int16(trimmed) else { throw .invalidValue(key, text, expected: "Not a number of type SHORT") }
            return .int(Int32(value))
        case .long:
            guard let value = Int64(trimmed) else { throw .invalidValue(key, text, expected: "Not a number of type LONG") }
            return .long(value)
        case .double:
            guard let value = Double(trimmed), value.isFinite else {
                throw .invalidValue(key, text, expected: "Not a number of type DOUBLE")
            }
            return .double(value)
        case .list:
            let items = trimmed.split(separator: ",", omittingEmptySubsequences: false)
                .map { String($0).trimmingCharacters(in: " \t") }
                .filter { !$0.isEmpty }
            return .list(items)
        case .string, .class, .password, .unknown:
            return .string(trimmed)
        }
    }
}

/// What values a config accepts beyond its type (Kafka's ConfigDef validators).
public enum ConfigValidator: Sendable, Hashable {
    case any
    /// `atLeast(n)` for int and long.
    case atLeast(Int64)
    /// `between(a, b)` inclusive, for int, long and double.
    case between(Double, Double)
    /// `ValidString.in(...)`: one of these, case-sensitive.
    case oneOf([String])
    /// `oneOf`, ignoring case (Sluice's own `sluice.durability`).
    case oneOfIgnoringCase([String])
    /// `ValidList.in(...)`: a non-empty list whose elements are each one of these.
    case listOf([String])
    /// A compression level: within the range, or -1 for the codec's default (gzip).
    case levelOrMinusOne(Int64, Int64)
    /// Throttled replica lists: `*` or `partition:broker` pairs.
    case throttledReplicas

    /// Nil when `value` is acceptable, else Kafka's explanation.
    func check(_ value: ConfigValue) -> String? {
        switch self {
        case .any:
            return nil
        case .atLeast(let minimum):
            guard let number = value.integer, number < minimum else { return nil }
            return "Value must be at least \(minimum)"
        case .between(let low, let high):
            let number: Double
            switch value {
            case .double(let d): number = d
            case .int, .long: number = Double(value.integer ?? 0)
            default: return nil
            }
            if number < low { return "Value must be at least \(Self.format(low))" }
            if number > high { return "Value must be no more than \(Self.format(high))" }
            return nil
        case .oneOf(let allowed):
            guard allowed.contains(value.description) else { return "String must be one of: \(allowed.joined(separator: ", "))" }
            return nil
        case .oneOfIgnoringCase(let allowed):
            guard allowed.contains(value.description.lowercased()) else {
                return "String must be one of (case insensitive): \(allowed.joined(separator: ", "))"
            }
            return nil
        case .listOf(let allowed):
            guard case .list(let items) = value else { return nil }
            if items.isEmpty { return "Empty list is not allowed; must be one or more of: \(allowed.joined(separator: ", "))" }
            if let bad = items.first(where: { !allowed.contains($0) }) {
                return "Invalid value \(bad): must be one or more of: \(allowed.joined(separator: ", "))"
            }
            return nil
        case .levelOrMinusOne(let low, let high):
            guard let number = value.integer else { return nil }
            guard number == -1 || (low...high).contains(number) else { return "Value must be between \(low) and \(high) or equal to -1" }
            return nil
        case .throttledReplicas:
            guard case .list(let items) = value else { return nil }
            if items == ["*"] || items.isEmpty { return nil }
            let wellFormed = items.allSatisfy { item in
                let parts = item.split(separator: ":", omittingEmptySubsequences: false)
                return parts.count == 2 && parts.allSatisfy { Int32($0.trimmingCharacters(in: " ")) != nil }
            }
            return wellFormed ? nil : "Should be a list of [partitionId]:[brokerId] pairs or the single wildcard character *"
        }
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}

extension Substring {
    func trimmingCharacters(in set: String) -> String { String(self).trimmingCharacters(in: set) }
}
