import Foundation

/// Kafka's spec files are JSON with `//` line comments (and, in principle, `/* */` blocks).
/// Comments are removed by scanning, so `//` inside a string literal is kept as text.
enum JSONWithComments {
    static func strip(_ text: String) throws -> String {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        var inString = false
        let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\"), slash = UInt8(ascii: "/")
        let star = UInt8(ascii: "*"), newline = UInt8(ascii: "\n")
        while index < bytes.count {
            let byte = bytes[index]
            if inString {
                out.append(byte)
                if byte == backslash, index + 1 < bytes.count {
                    out.append(bytes[index + 1])
                    index += 2
                    continue
                }
                if byte == quote { inString = false }
                index += 1
            } else if byte == quote {
                inString = true
                out.append(byte)
                index += 1
            } else if byte == slash, index + 1 < bytes.count, bytes[index + 1] == slash {
                while index < bytes.count && bytes[index] != newline { index += 1 }
            } else if byte == slash, index + 1 < bytes.count, bytes[index + 1] == star {
                index += 2
                while index + 1 < bytes.count && !(bytes[index] == star && bytes[index + 1] == slash) {
                    // Keep line breaks so that parser errors still point at the right line.
                    if bytes[index] == newline { out.append(newline) }
                    index += 1
                }
                guard index + 1 < bytes.count else { throw CodegenError("unterminated /* comment") }
                index += 2
            } else {
                out.append(byte)
                index += 1
            }
        }
        guard !inString else { throw CodegenError("unterminated string literal") }
        return String(decoding: out, as: UTF8.self)
    }
}
