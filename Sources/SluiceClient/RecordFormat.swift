import NIOCore
import SluiceProtocol

/// How a consumed record is printed: a kcat-style format string (`%k\t%v`), or Kafka's console
/// consumer layout (`CreateTime:…`, `Partition:…`, `Offset:…`, headers, key, value, tab-separated).
///
/// Format directives: `%t` topic, `%p` partition, `%o` offset, `%T` timestamp (ms), `%k` key, `%v`
/// value, `%h` headers (`k=v,k2=v2`), `%K` key length, `%S` value length (-1 when null), `%%`
/// percent; escapes `\n`, `\t`, `\r`, `\\`. Keys and values are written as raw bytes.
public struct RecordFormat: Sendable, Hashable {
    enum Token: Sendable, Hashable {
        case literal([UInt8])
        case topic, partition, offset, timestamp, key, value, headers, keyLength, valueLength
        /// Console layout pieces.
        case consoleTimestamp, consolePartition, consoleOffset, consoleHeaders
    }

    let tokens: [Token]
    /// Printed for a null key, value or header value.
    let nullText: [UInt8]

    /// Parses a format string; an unknown `%` directive or a trailing lone `%` or `\` is an error.
    public init(parsing format: String) throws(KafkaClientError) {
        var tokens: [Token] = []
        var literal: [UInt8] = []
        func flush() {
            if !literal.isEmpty {
                tokens.append(.literal(literal))
                literal = []
            }
        }
        var iterator = Array(format.utf8).makeIterator()
        while let byte = iterator.next() {
            switch byte {
            case UInt8(ascii: "%"):
                guard let directive = iterator.next() else {
                    throw .invalidArgument("format '\(format)' ends with a lone '%'")
                }
                let token: Token
                switch directive {
                case UInt8(ascii: "%"):
                    literal.append(directive)
                    continue
                case UInt8(ascii: "t"): token = .topic
                case UInt8(ascii: "p"): token = .partition
                case UInt8(ascii: "o"): token = .offset
                case UInt8(ascii: "T"): token = .timestamp
                case UInt8(ascii: "k"): token = .key
                case UInt8(ascii: "v"): token = .value
                case UInt8(ascii: "h"): token = .headers
                case UInt8(ascii: "K"): token = .keyLength
                case UInt8(ascii: "S"): token = .valueLength
                default:
                    throw .invalidArgument("format '\(format)' has unknown directive '%\(Character(Unicode.Scalar(directive)))' (known: %t %p %o %T %k %v %h %K %S %%)")
                }
                flush()
                tokens.append(token)
            case UInt8(ascii: "\\"):
                guard let escaped = iterator.next() else {
                    throw .invalidArgument("format '\(format)' ends with a lone '\\'")
                }
                switch escaped {
                case UInt8(ascii: "n"): literal.append(UInt8(ascii: "\n"))
                case UInt8(ascii: "t"): literal.append(UInt8(ascii: "\t"))
                case UInt8(ascii: "r"): literal.append(UInt8(ascii: "\r"))
                case UInt8(ascii: "\\"): literal.append(UInt8(ascii: "\\"))
                default:
                    literal.append(UInt8(ascii: "\\"))
                    literal.append(escaped)
                }
            default:
                literal.append(byte)
            }
        }
        flush()
        self.tokens = tokens
        self.nullText = []
    }

    /// Kafka's console consumer layout: the enabled fields in the order timestamp, partition,
    /// offset, headers, key, value, joined by `separator`, nulls printed as `null`. No newline.
    public static func console(
        printTimestamp: Bool = false,
        printPartition: Bool = false,
        printOffset: Bool = false,
        printHeaders: Bool = false,
        printKey: Bool = false,
        printValue: Bool = true,
        separator: String = "\t"
    ) -> RecordFormat {
        var fields: [Token] = []
        if printTimestamp { fields.append(.consoleTimestamp) }
        if printPartition { fields.append(.consolePartition) }
        if printOffset { fields.append(.consoleOffset) }
        if printHeaders { fields.append(.consoleHeaders) }
        if printKey { fields.append(.key) }
        if printValue { fields.append(.value) }
        var tokens: [Token] = []
        for (index, field) in fields.enumerated() {
            if index > 0 { tokens.append(.literal(Array(separator.utf8))) }
            tokens.append(field)
        }
        return RecordFormat(tokens: tokens, nullText: Array("null".utf8))
    }

    init(tokens: [Token], nullText: [UInt8]) {
        self.tokens = tokens
        self.nullText = nullText
    }

    /// Appends the rendered record to `output`.
    public func render(_ record: ConsumerRecord, into output: inout [UInt8]) {
        func bytes(_ buffer: ByteBuffer?) {
            if let buffer {
                buffer.withUnsafeReadableBytes { output.append(contentsOf: $0) }
            } else {
                output.append(contentsOf: self.nullText)
            }
        }
        func text(_ string: String) {
            output.append(contentsOf: string.utf8)
        }
        for token in self.tokens {
            switch token {
            case .literal(let literal): output.append(contentsOf: literal)
            case .topic: text(record.topic)
            case .partition: text(String(record.partition))
            case .offset: text(String(record.offset))
            case .timestamp: text(String(record.timestamp))
            case .key: bytes(record.key)
            case .value: bytes(record.value)
            case .keyLength: text(String(record.key?.readableBytes ?? -1))
            case .valueLength: text(String(record.value?.readableBytes ?? -1))
            case .headers:
                for (index, header) in record.headers.enumerated() {
                    if index > 0 { text(",") }
                    text(header.key)
                    text("=")
                    bytes(header.value)
                }
            case .consoleTimestamp:
                text(record.timestampType == .logAppendTime ? "LogAppendTime:" : "CreateTime:")
                text(String(record.timestamp))
            case .consolePartition: text("Partition:\(record.partition)")
            case .consoleOffset: text("Offset:\(record.offset)")
            case .consoleHeaders:
                if record.headers.isEmpty {
                    text("NO_HEADERS")
                }
                for (index, header) in record.headers.enumerated() {
                    if index > 0 { text(",") }
                    text(header.key)
                    text(":")
                    bytes(header.value)
                }
            }
        }
    }

    /// The rendered record as a string (invalid UTF-8 repaired); for tests and small outputs.
    public func render(_ record: ConsumerRecord) -> String {
        var output: [UInt8] = []
        self.render(record, into: &output)
        return String(decoding: output, as: UTF8.self)
    }
}
