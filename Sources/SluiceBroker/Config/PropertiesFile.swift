import NIOCore
import SluiceStorage

/// Java `.properties` syntax, as Kafka reads `server.properties`.
///
/// - Lines end at `\n`, `\r` or `\r\n`. A line whose first non-blank character is `#` or `!` is a
///   comment; blank lines are skipped. (A comment never continues onto the next line.)
/// - A line ending in an odd number of backslashes continues on the next line, whose leading
///   blanks are dropped; the continuation is never a comment.
/// - The key runs to the first unescaped `=`, `:` or blank; then blanks, at most one `=` or `:`,
///   and blanks again are skipped; the rest is the value. A key alone has the value "".
/// - Escapes: `\t`, `\n`, `\r`, `\f`, `\uXXXX`; a backslash before any other character stands for
///   that character (`\\`, `\=`, `\:`, `\ `, `\#`).
/// - Values lose trailing blanks (Kafka's ConfigDef trims every value it parses). A later entry
///   for the same key replaces an earlier one.
public enum PropertiesFile {
    /// Parses properties text; throws `ConfigError.malformedProperties` only for a bad `\u` escape.
    public static func parse(_ text: String) throws(ConfigError) -> [String: String] {
        var result: [String: String] = [:]
        for (lineNumber, line) in self.logicalLines(text) {
            let (key, value) = try self.keyAndValue(line, lineNumber: lineNumber)
            result[key] = value
        }
        return result
    }

    private static func isBlank(_ c: Character) -> Bool { c == " " || c == "\t" || c == "\u{0C}" }

    /// Logical lines with comments and blank lines removed, continuations joined (the trailing
    /// continuation backslash removed), each with the number of its first natural line.
    private static func logicalLines(_ text: String) -> [(Int, [Character])] {
        // Swift treats "\r\n" as one Character, so splitting on any of the three covers them all.
        let natural = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        var lines: [(Int, [Character])] = []
        var pending: [Character]? = nil
        var pendingStart = 0
        for (index, raw) in natural.enumerated() {
            var chars = Array(raw.drop(while: self.isBlank))
            if pending == nil {
                if chars.isEmpty || chars[0] == "#" || chars[0] == "!" { continue }
                pendingStart = index + 1
            }
            let continues = self.endsWithContinuation(chars)
            if continues { chars.removeLast() }
            pending = (pending ?? []) + chars
            if !continues, let line = pending {
                lines.append((pendingStart, line))
                pending = nil
            }
        }
        if let line = pending { lines.append((pendingStart, line)) }
        return lines
    }

    private static func endsWithContinuation(_ chars: [Character]) -> Bool {
        var count = 0
        for c in chars.reversed() {
            guard c == "\\" else { break }
            count += 1
        }
        return count % 2 == 1
    }

    private static func keyAndValue(_ line: [Character], lineNumber: Int) throws(ConfigError) -> (String, String) {
        var index = 0
        var keyEnd = line.count
        var escaped = false
        while index < line.count {
            let c = line[index]
            if escaped {
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else if c == "=" || c == ":" || self.isBlank(c) {
                keyEnd = index
                break
            }
            index += 1
        }
        var valueStart = keyEnd
        while valueStart < line.count, self.isBlank(line[valueStart]) { valueStart += 1 }
        if valueStart < line.count, line[valueStart] == "=" || line[valueStart] == ":" {
            valueStart += 1
            while valueStart < line.count, self.isBlank(line[valueStart]) { valueStart += 1 }
        }
        let key = try self.unescape(line[0..<keyEnd], lineNumber: lineNumber)
        let value = try self.unescape(line[valueStart...], lineNumber: lineNumber)
        return (key, String(value.reversed().drop(while: self.isBlank).reversed()))
    }

    private static func unescape(_ chars: ArraySlice<Character>, lineNumber: Int) throws(ConfigError) -> String {
        var out = ""
        var index = chars.startIndex
        while index < chars.endIndex {
            let c = chars[index]
            index += 1
            guard c == "\\", index < chars.endIndex else {
                if c != "\\" { out.append(c) }
                continue
            }
            let next = chars[index]
            index += 1
            switch next {
            case "t": out.append("\t")
            case "n": out.append("\n")
            case "r": out.append("\r")
            case "f": out.append("\u{0C}")
            case "u":
                guard index + 4 <= chars.endIndex,
                      let scalarValue = UInt32(String(chars[index..<index + 4]), radix: 16),
                      let scalar = Unicode.Scalar(scalarValue)
                else {
                    throw .malformedProperties(line: lineNumber, "malformed \\uxxxx escape")
                }
                out.unicodeScalars.append(scalar)
                index += 4
            default: out.append(next)
            }
        }
        return out
    }
}

extension PropertiesFile {
    /// Reads and parses a properties file (UTF-8; Kafka reads `server.properties` the same way
    /// through `Utils.loadProps`, which also accepts Latin-1 only as `\u` escapes).
    public static func load(path: String, fileIO: any FileIO = PosixFileIO()) throws -> [String: String] {
        var buffer = try fileIO.readWholeFile(path)
        let text = buffer.readString(length: buffer.readableBytes) ?? ""
        return try self.parse(text)
    }
}
