import Foundation
import SluiceProtocol

/// Parsing of the values people type for client settings, with Kafka's spellings.
public enum ClientArguments {
    /// `acks`: "0", "1", "-1" or "all".
    public static func parseAcks(_ text: String) throws(KafkaClientError) -> Int16 {
        switch text.lowercased() {
        case "0": return 0
        case "1": return 1
        case "-1", "all": return -1
        default: throw .invalidArgument("acks must be 0, 1, -1 or all, not '\(text)'")
        }
    }

    /// `compression.type`: none, gzip, snappy, lz4 or zstd.
    public static func parseCompression(_ text: String) throws(KafkaClientError) -> CompressionType {
        guard let type = CompressionType(name: text.lowercased()) else {
            throw .invalidArgument("compression must be none, gzip, snappy, lz4 or zstd, not '\(text)'")
        }
        return type
    }

    /// `name=value` (the value may contain '='; it may be empty, the name may not).
    public static func parseKeyValue(_ text: String, what: String = "config") throws(KafkaClientError) -> (String, String) {
        guard let equals = text.firstIndex(of: "=") else {
            throw .invalidArgument("\(what) '\(text)' must be written name=value")
        }
        let name = String(text[..<equals])
        guard !name.isEmpty else { throw .invalidArgument("\(what) '\(text)' has an empty name") }
        return (name, String(text[text.index(after: equals)...]))
    }

    /// Several `name=value` pairs; a name given twice is an error.
    public static func parseConfigs(_ texts: [String]) throws(KafkaClientError) -> [String: String] {
        var configs: [String: String] = [:]
        for text in texts {
            let (name, value) = try Self.parseKeyValue(text)
            guard configs[name] == nil else { throw .invalidArgument("config '\(name)' is given twice") }
            configs[name] = value
        }
        return configs
    }

    /// A point in time as milliseconds since the epoch: all digits (epoch milliseconds, possibly
    /// negative), or ISO 8601 with a time zone (`2024-05-01T12:00:00Z`, `…T12:00:00.250+02:00`),
    /// or a bare date (`2024-05-01`, midnight UTC).
    public static func parseTimestamp(_ text: String) throws(KafkaClientError) -> Int64 {
        let trimmed = text.trimmingWhitespace()
        if let milliseconds = Int64(trimmed) { return milliseconds }
        let attempts: [ISO8601DateFormatter.Options] = [
            [.withInternetDateTime],
            [.withInternetDateTime, .withFractionalSeconds],
            [.withFullDate],
        ]
        for options in attempts {
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = options
            formatter.timeZone = TimeZone(identifier: "UTC")
            if let date = formatter.date(from: trimmed) {
                let milliseconds = (date.timeIntervalSince1970 * 1000).rounded()
                guard let exact = Int64(exactly: milliseconds) else { break }
                return exact
            }
        }
        throw .invalidArgument("'\(text)' is neither epoch milliseconds nor an ISO 8601 time such as 2024-05-01T12:00:00Z")
    }

    /// Where to start consuming from the CLI's options; at most one may be given.
    /// `offset` accepts "earliest", "latest" or a non-negative number.
    public static func startOffset(fromBeginning: Bool, offset: String?, fromTime: String?) throws(KafkaClientError) -> OffsetSpec {
        let given = (fromBeginning ? 1 : 0) + (offset == nil ? 0 : 1) + (fromTime == nil ? 0 : 1)
        guard given <= 1 else {
            throw .invalidArgument("give at most one of --from-beginning, --offset and --from-time")
        }
        if fromBeginning { return .earliest }
        if let offset {
            switch offset.lowercased() {
            case "earliest", "beginning": return .earliest
            case "latest", "end": return .latest
            default:
                guard let value = Int64(offset), value >= 0 else {
                    throw .invalidArgument("--offset must be earliest, latest or a non-negative offset, not '\(offset)'")
                }
                return .offset(value)
            }
        }
        if let fromTime { return .timestamp(try Self.parseTimestamp(fromTime)) }
        return .latest
    }
}
