import Foundation
import Testing

@testable import SluiceCodegen

@Suite struct JSONWithCommentsTests {
    @Test func keepsSlashesInsideStrings() throws {
        let text = """
            {
              // a comment with "quotes"
              "name": "http://example.com/a//b", // trailing comment
              "escaped": "a \\"//quoted\\" b", /* block // comment */ "n": 1
            }
            """
        let stripped = try JSONWithComments.strip(text)
        let object = try JSONSerialization.jsonObject(with: Data(stripped.utf8)) as? [String: Any]
        #expect(object?["name"] as? String == "http://example.com/a//b")
        #expect(object?["escaped"] as? String == "a \"//quoted\" b")
        #expect(object?["n"] as? Int == 1)
        #expect(!stripped.contains("comment"))
    }

    @Test func rejectsUnterminatedInput() {
        #expect(throws: CodegenError.self) { try JSONWithComments.strip("{\"a\": \"open}") }
        #expect(throws: CodegenError.self) { try JSONWithComments.strip("{} /* open") }
    }
}

@Suite struct VersionTests {
    let valid = VersionSet(Array(0...17))

    @Test func parsesKafkaRanges() throws {
        #expect(try VersionSet(parsing: "12+", within: self.valid).versions == Array(12...17))
        #expect(try VersionSet(parsing: "3-5", within: self.valid).versions == [3, 4, 5])
        #expect(try VersionSet(parsing: "7", within: self.valid).versions == [7])
        #expect(try VersionSet(parsing: "none", within: self.valid).isEmpty)
        #expect(try VersionSet(parsing: "0-20", within: self.valid).versions == Array(0...17))
        #expect(throws: CodegenError.self) { try VersionSet(parsing: "x+", within: self.valid) }
    }

    @Test func conditionsLeaveOutWhatTheContextImplies() {
        #expect(VersionCondition.of(VersionSet(Array(3...17)), in: self.valid) == .when("version >= 3"))
        #expect(VersionCondition.of(VersionSet(Array(0...12)), in: self.valid) == .when("version <= 12"))
        #expect(VersionCondition.of(VersionSet(Array(3...5)), in: self.valid) == .when("version >= 3 && version <= 5"))
        #expect(VersionCondition.of(VersionSet([7]), in: self.valid) == .when("version == 7"))
        #expect(VersionCondition.of(VersionSet(Array(3...17)), in: VersionSet(Array(12...17))) == .always)
        #expect(VersionCondition.of(VersionSet(Array(0...2)), in: VersionSet(Array(12...17))) == .never)
        #expect(VersionCondition.of(VersionSet([1, 3]), in: self.valid) == .when("[1, 3].contains(version)"))
    }

    @Test func integerDefaults() throws {
        #expect(try Message.parseInteger("0x7fffffff", for: .int32, "t") == 2_147_483_647)
        #expect(try Message.parseInteger("-2147483648", for: .int32, "t") == -2_147_483_648)
        #expect(try Message.parseInteger("010", for: .int16, "t") == 8)
        #expect(try Message.parseInteger("0", for: .int8, "t") == 0)
        #expect(throws: CodegenError.self) { try Message.parseInteger("128", for: .int8, "t") }
        #expect(throws: CodegenError.self) { try Message.parseInteger("-1", for: .uint16, "t") }
    }
}

@Suite struct GeneratorTests {
    static let requestSpec = """
        // Licensed to nobody.
        {
          "apiKey": 18,
          "type": "request",
          "listeners": ["broker"],
          "name": "ApiVersionsRequest",
          // Comment with "quotes" and // slashes.
          "validVersions": "0-3",
          "flexibleVersions": "3+",
          "fields": [
            { "name": "Url", "type": "string", "versions": "1+", "default": "http://x//y",
              "about": "PROSE THAT MUST NOT BE COPIED // not a comment" },
            { "name": "Limit", "type": "int32", "versions": "2+", "default": "0x7fffffff", "ignorable": true },
            { "name": "Tagged", "type": "string", "versions": "3+", "taggedVersions": "3+", "tag": "0",
              "nullableVersions": "3+", "default": "null" }
          ]
        }
        """

    static let responseSpec = """
        {
          "apiKey": 18,
          "type": "response",
          "name": "ApiVersionsResponse",
          "validVersions": "0-3",
          "flexibleVersions": "3+",
          "fields": [
            { "name": "ErrorCode", "type": "int16", "versions": "0+" }
          ]
        }
        """

    @Test func generatesDeterministicallyAndRemovesStaleFiles() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sluice-codegen-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let specs = root.appendingPathComponent("specs")
        let output = root.appendingPathComponent("Generated")
        try FileManager.default.createDirectory(at: specs, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try Self.requestSpec.write(to: specs.appendingPathComponent("ApiVersionsRequest.json"), atomically: true, encoding: .utf8)
        try Self.responseSpec.write(to: specs.appendingPathComponent("ApiVersionsResponse.json"), atomically: true, encoding: .utf8)
        try "stale".write(to: output.appendingPathComponent("Stale.swift"), atomically: true, encoding: .utf8)
        try "kept".write(to: output.appendingPathComponent("README.txt"), atomically: true, encoding: .utf8)
        let samples = root.appendingPathComponent("Samples.swift")

        try run([specs.path, output.path, "--samples", samples.path])
        let names = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
        #expect(names == ["ApiKey+Generated.swift", "ApiVersionsRequest.swift", "ApiVersionsResponse.swift", "README.txt"])

        let request = try String(contentsOf: output.appendingPathComponent("ApiVersionsRequest.swift"), encoding: .utf8)
        #expect(request.hasPrefix("// Generated from ApiVersionsRequest.json by SluiceCodegen. Do not edit.\n"))
        #expect(request.contains("public var url: String = \"http://x//y\""))
        #expect(request.contains("public var limit: Int32 = 2147483647"))
        #expect(request.contains("public var tagged: String? = nil"))
        #expect(!request.contains("PROSE"))

        let first = try Self.contents(of: output) + (try String(contentsOf: samples, encoding: .utf8))
        try run([specs.path, output.path, samples.path])
        let second = try Self.contents(of: output) + (try String(contentsOf: samples, encoding: .utf8))
        #expect(first == second)
    }

    static func contents(of folder: URL) throws -> String {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map { name in
            name + "\n" + (try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
        }.joined()
    }
}
