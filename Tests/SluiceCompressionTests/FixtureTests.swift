import Foundation
import NIOCore
import SluiceCompression
import SluiceProtocol
import Testing

/// Fixtures/manifest.json, written by scripts/fixtures/generate_compression_fixtures.py.
struct FixtureManifest: Decodable {
    struct Plaintext: Decodable {
        var file: String?
        var zeros: Int?
    }

    struct Entry: Decodable {
        var file: String
        var codec: String
        var plaintext: [String]
        var producer: String
        var note: String
    }

    var plaintexts: [String: Plaintext]
    var fixtures: [Entry]
}

enum Fixtures {
    static func url(_ name: String) throws -> URL {
        guard let directory = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            throw ProtocolError.invalidValue("Fixtures directory is missing from the test bundle")
        }
        return directory.appendingPathComponent(name)
    }

    static func bytes(_ name: String) throws -> [UInt8] {
        try Array(Data(contentsOf: Self.url(name)))
    }

    static func manifest() throws -> FixtureManifest {
        try JSONDecoder().decode(FixtureManifest.self, from: Data(contentsOf: Self.url("manifest.json")))
    }

    /// Fixture file names, for test arguments; empty if the manifest is unreadable (which
    /// `manifestListsEveryFixture` reports).
    static func files() -> [String] {
        (try? Self.manifest().fixtures.map(\.file)) ?? []
    }

    static func plaintext(for entry: FixtureManifest.Entry, in manifest: FixtureManifest) throws -> [UInt8] {
        var bytes: [UInt8] = []
        for name in entry.plaintext {
            let plaintext = try #require(manifest.plaintexts[name])
            if let file = plaintext.file {
                bytes += try Self.bytes(file)
            } else {
                bytes += [UInt8](repeating: 0, count: try #require(plaintext.zeros))
            }
        }
        return bytes
    }
}

/// Payloads written by kafka-python's `kafka.codec` and the Python compression libraries: what a
/// Python Kafka client puts in a record batch. Swift must read every one.
@Suite("Interop fixtures")
struct FixtureTests {
    @Test func manifestListsEveryFixture() throws {
        let manifest = try Fixtures.manifest()
        #expect(manifest.fixtures.count >= 37)
        for type in compressedTypes {
            #expect(manifest.fixtures.contains { $0.codec == type.description })
        }
    }

    @Test(arguments: Fixtures.files())
    func decodesToThePlaintext(file: String) throws {
        let manifest = try Fixtures.manifest()
        let entry = try #require(manifest.fixtures.first { $0.file == file })
        let type = try #require(CompressionType(name: entry.codec))
        let expected = try Fixtures.plaintext(for: entry, in: manifest)
        let compressed = try Fixtures.bytes(file)

        expectSameBytes(try decompress(codec(type), compressed, limit: expected.count), expected, "\(entry.producer)")
        if !expected.isEmpty {
            #expect(throws: ProtocolError.self, "\(file) with a bound one short") {
                _ = try decompress(codec(type), compressed, limit: expected.count - 1)
            }
        }
    }

    /// Writes Swift's output for scripts/fixtures/verify_swift_output.py, which decodes it with
    /// kafka-python: `SLUICE_COMPRESSION_EXPORT=/tmp/dir swift test --filter FixtureTests`.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["SLUICE_COMPRESSION_EXPORT"] != nil))
    func exportForPython() throws {
        let directory = URL(fileURLWithPath: try #require(ProcessInfo.processInfo.environment["SLUICE_COMPRESSION_EXPORT"]))
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for payload in Payload.allCases {
            let plain = payload.bytes
            try Data(plain).write(to: directory.appendingPathComponent("plain.\(payload).bin"))
            for type in compressedTypes {
                let compressed = try compress(codec(type), plain)
                try Data(compressed).write(to: directory.appendingPathComponent("\(type).\(payload).bin"))
            }
        }
    }
}
