/// A set of message versions, kept as a sorted list. Spec ranges ("0+", "3-5", "7", "none") are
/// always intersected with the message's `validVersions`, so open ends become concrete.
struct VersionSet: Equatable, CustomStringConvertible {
    private(set) var versions: [Int16]

    init(_ versions: [Int16]) {
        self.versions = Array(Set(versions)).sorted()
    }

    static let empty = VersionSet([])

    /// Parses a spec range within `bounds` (the message's valid versions, or nil while reading those).
    init(parsing text: String, within bounds: VersionSet?) throws {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let low: Int16
        let high: Int16
        if trimmed == "none" {
            self.init([])
            return
        } else if trimmed.hasSuffix("+") {
            low = try Self.number(String(trimmed.dropLast()), in: text)
            high = bounds?.versions.last ?? low
            guard bounds != nil else { throw CodegenError("open range \"\(text)\" needs bounds") }
        } else if let dash = trimmed.firstIndex(of: "-") {
            low = try Self.number(String(trimmed[..<dash]), in: text)
            high = try Self.number(String(trimmed[trimmed.index(after: dash)...]), in: text)
        } else {
            low = try Self.number(trimmed, in: text)
            high = low
        }
        guard low <= high || bounds != nil else { throw CodegenError("empty version range \"\(text)\"") }
        let all: [Int16] = low <= high ? Array(low...high) : []
        if let bounds {
            self.init(all.filter { bounds.contains($0) })
        } else {
            self.init(all)
        }
    }

    private static func number(_ text: String, in range: String) throws -> Int16 {
        guard let value = Int16(text.trimmingCharacters(in: .whitespaces)), value >= 0 else {
            throw CodegenError("bad version range \"\(range)\"")
        }
        return value
    }

    var isEmpty: Bool { self.versions.isEmpty }
    var lowest: Int16? { self.versions.first }
    var highest: Int16? { self.versions.last }

    func contains(_ version: Int16) -> Bool { self.versions.contains(version) }

    func intersection(_ other: VersionSet) -> VersionSet {
        VersionSet(self.versions.filter { other.contains($0) })
    }

    func union(_ other: VersionSet) -> VersionSet {
        VersionSet(self.versions + other.versions)
    }

    func subtracting(_ other: VersionSet) -> VersionSet {
        VersionSet(self.versions.filter { !other.contains($0) })
    }

    var description: String {
        guard let low = self.lowest, let high = self.highest else { return "none" }
        if self.versions.count == Int(high - low) + 1 {
            return low == high ? "v\(low)" : "v\(low)-\(high)"
        }
        return self.versions.map { "v\($0)" }.joined(separator: ",")
    }
}

/// A test on the `version` variable, simplified by what the surrounding code already knows.
enum VersionCondition: Equatable {
    case always
    case never
    case when(String)

    /// The condition "version is in `target`", for code that only runs for versions in `context`.
    /// Bounds implied by the context are left out: `version >= 3` rather than `version >= 3 && version <= 17`.
    static func of(_ target: VersionSet, in context: VersionSet) -> VersionCondition {
        let inside = target.intersection(context)
        guard let low = inside.lowest, let high = inside.highest else { return .never }
        if inside == context { return .always }
        let contiguous = context.versions.allSatisfy { ($0 < low || $0 > high) || inside.contains($0) }
        guard contiguous else {
            return .when("[\(inside.versions.map(String.init).joined(separator: ", "))].contains(version)")
        }
        let needsLow = context.versions.contains { $0 < low }
        let needsHigh = context.versions.contains { $0 > high }
        if low == high && needsLow && needsHigh { return .when("version == \(low)") }
        var parts: [String] = []
        if needsLow { parts.append("version >= \(low)") }
        if needsHigh { parts.append("version <= \(high)") }
        return .when(parts.joined(separator: " && "))
    }

    /// The Swift expression for a `Bool` argument (`compact:`); `variable`, if given, already holds
    /// the value of a `.when` condition.
    func expression(variable: String?) -> String {
        switch self {
        case .always: return "true"
        case .never: return "false"
        case .when(let text): return variable ?? "(\(text))"
        }
    }
}

struct CodegenError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
