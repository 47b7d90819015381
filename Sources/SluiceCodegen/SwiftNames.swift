/// Swift spellings of Kafka's names.
enum SwiftNames {
    /// "CorrelationId" -> "correlationId", as Kafka's own generator does (first letter only).
    static func lowerFirst(_ name: String) -> String {
        guard let first = name.first else { return name }
        return first.lowercased() + name.dropFirst()
    }

    /// A property name, backticked where Swift reserves the word.
    static func property(_ name: String) -> String {
        let lowered = lowerFirst(name)
        return keywords.contains(lowered) ? "`\(lowered)`" : lowered
    }

    /// The property name without backticks, for use after `.` or in strings.
    static func bare(_ swiftName: String) -> String {
        swiftName.replacingOccurrences(of: "`", with: "")
    }

    static let keywords: Set<String> = [
        "associatedtype", "borrowing", "class", "consuming", "deinit", "enum", "extension", "fileprivate",
        "func", "import", "init", "inout", "internal", "let", "nonisolated", "open", "operator", "private",
        "precedencegroup", "protocol", "public", "rethrows", "static", "struct", "subscript", "typealias",
        "var", "break", "case", "catch", "continue", "default", "defer", "do", "else", "fallthrough", "for",
        "guard", "if", "in", "repeat", "return", "throw", "switch", "where", "while", "Any", "as", "await",
        "false", "is", "nil", "self", "Self", "super", "throws", "true", "try", "Type",
    ]

    /// Names the generated code refers to unqualified; a nested struct must not shadow them.
    static let reservedTypeNames: Set<String> = [
        "Bool", "Int", "Int8", "Int16", "Int32", "Int64", "UInt8", "UInt16", "UInt32", "Double", "String",
        "Array", "Optional", "ByteBuffer", "KafkaUUID", "TaggedField", "ProtocolError", "ApiKey",
        "KafkaMessage", "KafkaRequest", "KafkaResponse", "KafkaStructCodable", "KafkaArrayElement",
        "Response", "Sendable", "Equatable", "ClosedRange", "StaticString",
    ]

    /// A Swift string literal for arbitrary text.
    static func stringLiteral(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

/// Collects indented lines of Swift.
struct SwiftWriter {
    private(set) var text = ""
    private var depth = 0

    mutating func line(_ line: String = "") {
        if line.isEmpty {
            self.text += "\n"
        } else {
            self.text += String(repeating: "    ", count: self.depth) + line + "\n"
        }
    }

    /// Writes `opening {`, the body one level deeper, then `}`.
    mutating func block(_ opening: String, _ body: (inout SwiftWriter) throws -> Void) rethrows {
        self.line(opening + " {")
        self.depth += 1
        try body(&self)
        self.depth -= 1
        self.line("}")
    }

    /// Appends lines written by another writer (which started at depth 0) at this writer's depth.
    mutating func append(_ other: SwiftWriter) {
        for line in other.text.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            self.line(String(line))
        }
    }

    mutating func indent() { self.depth += 1 }
    mutating func dedent() { self.depth -= 1 }
}
