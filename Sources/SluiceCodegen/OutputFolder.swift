import Foundation

/// Writes generated files, leaving unchanged ones untouched (so builds stay incremental) and
/// removing `.swift` files that are no longer generated.
struct OutputFolder {
    let url: URL

    func replaceContents(with files: [String: String]) throws {
        let manager = FileManager.default
        try manager.createDirectory(at: self.url, withIntermediateDirectories: true)
        for name in files.keys.sorted() {
            try Self.write(files[name]!, to: self.url.appendingPathComponent(name))
        }
        let existing = try manager.contentsOfDirectory(atPath: self.url.path)
        for name in existing.sorted() where name.hasSuffix(".swift") && files[name] == nil {
            try manager.removeItem(at: self.url.appendingPathComponent(name))
            print("removed stale \(name)")
        }
    }

    static func write(_ text: String, to url: URL) throws {
        let data = Data(text.utf8)
        if let old = try? Data(contentsOf: url), old == data { return }
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url, options: .atomic)
    }
}
