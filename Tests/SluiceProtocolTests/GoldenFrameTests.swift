import Foundation
import NIOCore
import SluiceCompression
import Testing

@testable import SluiceProtocol

/// Request frames recorded from real clients (see Fixtures/frames/README.md): decoding then
/// encoding must give back the client's bytes exactly, and their record batches must validate.
@Suite struct GoldenFrameTests {
    struct Fixture: Decodable, Sendable, CustomTestStringConvertible {
        var file: String
        var client: String
        var apiKey: Int16
        var apiName: String
        var apiVersion: Int16
        var headerVersion: Int16
        var trailingBytes: Int?

        var testDescription: String { self.file }

        func bytes() throws -> ByteBuffer {
            let url = GoldenFrameTests.folder.appendingPathComponent(self.file)
            return ByteBuffer(bytes: try Data(contentsOf: url))
        }
    }

    struct Index: Decodable {
        var frames: [Fixture]
    }

    static let folder = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/frames")

    static let fixtures: [Fixture] = {
        let data = try! Data(contentsOf: folder.appendingPathComponent("index.json"))
        return try! JSONDecoder().decode(Index.self, from: data).frames
    }()

    @Test func coverageOfClientsAndApis() {
        let required: Set<String> = [
            "ApiVersions", "Metadata", "Produce", "Fetch", "ListOffsets", "FindCoordinator", "JoinGroup",
            "SyncGroup", "Heartbeat", "OffsetCommit", "OffsetFetch", "CreateTopics", "InitProducerId",
        ]
        for client in ["librdkafka", "kafka-python"] {
            let apis = Set(Self.fixtures.filter { $0.client == client }.map(\.apiName))
            #expect(required.isSubset(of: apis), "\(client) lacks \(required.subtracting(apis).sorted())")
        }
        #expect(Set(Self.fixtures.map(\.client)).isSuperset(of: ["librdkafka", "kafka-python", "kcat"]))
    }

    @Test(arguments: GoldenFrameTests.fixtures)
    func decodeThenEncodeReproducesTheClientsBytes(_ fixture: Fixture) throws {
        let original = try fixture.bytes()
        let frame = try RequestFrame(frame: original)
        #expect(frame.apiKey?.rawValue == fixture.apiKey)
        #expect(frame.header.requestApiVersion == fixture.apiVersion)
        let key = try #require(frame.apiKey)
        #expect(key.requestHeaderVersion(apiVersion: fixture.apiVersion) == fixture.headerVersion)
        let type = try #require(key.requestType)

        var body = frame.body
        let request = try type.init(from: &body, version: fixture.apiVersion)
        #expect(body.readableBytes == (fixture.trailingBytes ?? 0))

        var encoded = ByteBuffer()
        try frame.header.encode(into: &encoded, version: fixture.headerVersion)
        try request.encode(into: &encoded, version: fixture.apiVersion)
        let expected = original.getSlice(at: original.readerIndex, length: original.readableBytes - (fixture.trailingBytes ?? 0))
        #expect(encoded == expected)
    }

    /// Every record batch that a client produced validates (CRC, counts, offsets) with the real
    /// codecs, decodes to records, and re-encodes byte for byte when uncompressed; compressed ones
    /// re-encode their decompressed records exactly.
    @Test(arguments: GoldenFrameTests.fixtures.filter { $0.apiName == "Produce" })
    func producedBatchesValidateAndReencode(_ fixture: Fixture) throws {
        let frame = try RequestFrame(frame: try fixture.bytes())
        let request = try frame.decodeBody(as: ProduceRequest.self)
        var batches = 0
        for topic in request.topicData {
            for partition in topic.partitionData {
                let records = try #require(partition.records)
                for batch in try RecordBatchReader.validate(records, options: .produce, codecs: Compression.codecs) {
                    batches += 1
                    let decoded = try batch.decodeRecords(codecs: Compression.codecs)
                    #expect(decoded.count == Int(batch.header.recordCount))
                    #expect(!decoded.isEmpty)
                    var builder = RecordBatchBuilder(parametersOf: batch.header)
                    for record in decoded { builder.append(record) }
                    let compression = try #require(batch.header.compression)
                    if compression == .none {
                        var reencoded = ByteBuffer()
                        _ = try builder.encode(into: &reencoded, codec: nil)
                        #expect(reencoded == batch.buffer)
                    } else {
                        // The compressed section is the client's; what it holds must re-encode exactly.
                        let codec = try #require(Compression.codec(for: compression))
                        var plain = ByteBuffer()
                        try codec.decompress(batch.recordsSection, into: &plain, maximumOutputBytes: 1 << 24)
                        var rewritten = ByteBuffer()
                        for record in decoded { try record.write(to: &rewritten) }
                        #expect(rewritten == plain)
                    }
                }
            }
        }
        #expect(batches > 0)
    }

    @Test func corruptedProducedBatchIsRejected() throws {
        let fixture = try #require(Self.fixtures.first { $0.client == "librdkafka" && $0.apiName == "Produce" })
        let request = try RequestFrame(frame: try fixture.bytes()).decodeBody(as: ProduceRequest.self)
        var records = try #require(request.topicData.first?.partitionData.first?.records)
        // Flip a byte in the last record: covered by the CRC.
        let index = records.writerIndex - 2
        records.setInteger(records.getInteger(at: index, as: UInt8.self)! ^ 0x55, at: index)
        #expect(throws: RecordBatchValidationError.self) {
            _ = try RecordBatchReader.validate(records, options: .produce, codecs: Compression.codecs)
        }
    }
}
