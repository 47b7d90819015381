import Foundation
import NIOCore
import Testing

@testable import SluiceProtocol

/// Batches built by a real client (kafka-python 3.0.12's `DefaultRecordBatchBuilder`), written by
/// `scripts/fixtures/kafka_python_record_batches.py` with what kafka-python's own reader decodes
/// from them. Sluice must decode the same fields and records, and re-encode the same bytes.
@Suite struct RecordBatchFixtureTests {
    struct Fixture: Decodable {
        var generator: String
        var batches: [Batch]
    }

    struct Batch: Decodable {
        var size: Int
        var header: Header
        var records: [DecodedRecord]
        var inflatedRecordsSection: String?
        var built: Built
    }

    struct Header: Decodable {
        var baseOffset: Int64
        var batchLength: Int32
        var partitionLeaderEpoch: Int32
        var magic: Int8
        var crc: UInt32
        var attributes: Int16
        var lastOffsetDelta: Int32
        var baseTimestamp: Int64
        var maxTimestamp: Int64
        var producerId: Int64
        var producerEpoch: Int16
        var baseSequence: Int32
        var recordCount: Int32
        var compression: Int8
        var timestampType: Int8
        var isTransactional: Bool
        var isControl: Bool
    }

    struct DecodedRecord: Decodable {
        var offset: Int64
        var timestamp: Int64
        var key: String?
        var value: String?
        var headers: [[String?]]
    }

    struct Built: Decodable {
        var compression: Int8
        var transactional: Bool
        var producerId: Int64
        var producerEpoch: Int16
        var baseSequence: Int32
        var records: [BuiltRecord]
    }

    struct BuiltRecord: Decodable {
        var timestamp: Int64
        var key: String?
        var value: String?
        var headers: [[String?]]
    }

    /// Replays one real compressed section: `decompress` maps exactly those bytes to what Python's
    /// gzip inflated them to, and `compress` maps back, so the compressed path runs on real bytes.
    struct ReplayCodec: CompressionCodec {
        var type: CompressionType
        var compressed: ByteBuffer
        var inflated: ByteBuffer

        func compress(_ input: ByteBuffer, into output: inout ByteBuffer) throws {
            guard input == self.inflated else { throw ProtocolError.compression("replay: unexpected input") }
            var compressed = self.compressed
            output.writeBuffer(&compressed)
        }

        func decompress(_ input: ByteBuffer, into output: inout ByteBuffer, maximumOutputBytes: Int) throws {
            guard input == self.compressed else { throw ProtocolError.compression("replay: unexpected input") }
            guard self.inflated.readableBytes <= maximumOutputBytes else { throw ProtocolError.compression("replay: over the limit") }
            var inflated = self.inflated
            output.writeBuffer(&inflated)
        }
    }

    static let names = [
        "kafka-python-plain",
        "kafka-python-idempotent",
        "kafka-python-transactional",
        "kafka-python-two-batches",
        "kafka-python-gzip",
    ]

    /// `.produce`, but accepting the fixture that carries two batches.
    static let produceAnyBatchCount: RecordBatchValidationOptions = {
        var options = RecordBatchValidationOptions.produce
        options.requiresSingleBatch = false
        return options
    }()

    static func load(_ name: String) throws -> (ByteBuffer, Fixture) {
        let directory = try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures/records")
        let bytes = try Data(contentsOf: directory.appendingPathComponent("\(name).bin"))
        let json = try Data(contentsOf: directory.appendingPathComponent("\(name).json"))
        return (ByteBuffer(bytes: bytes), try JSONDecoder().decode(Fixture.self, from: json))
    }

    static func bytes(_ hex: String?) -> ByteBuffer? {
        guard let hex else { return nil }
        var buffer = ByteBuffer()
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            buffer.writeInteger(UInt8(hex[index..<next], radix: 16)!)
            index = next
        }
        return buffer
    }

    static func headers(_ pairs: [[String?]]) -> [RecordHeader] {
        pairs.map { RecordHeader(key: $0[0]!, value: Self.bytes($0[1])) }
    }

    /// Codecs for the fixture's compressed batches, replaying their real sections.
    static func replayCodecs(_ records: ByteBuffer, _ fixture: Fixture) throws -> CompressionCodecs {
        var codecs: [CompressionType: ReplayCodec] = [:]
        var position = records.readerIndex
        for batch in fixture.batches {
            if let inflated = batch.inflatedRecordsSection {
                let type = try #require(CompressionType(rawValue: batch.header.compression))
                let compressed = records.getSlice(at: position + RecordBatchHeader.size, length: batch.size - RecordBatchHeader.size)!
                codecs[type] = ReplayCodec(type: type, compressed: compressed, inflated: Self.bytes(inflated)!)
            }
            position += batch.size
        }
        let frozen = codecs
        return { frozen[$0] }
    }

    @Test(arguments: Self.names)
    func decodesLikeKafkaPython(name: String) throws {
        let (records, fixture) = try Self.load(name)
        #expect(fixture.generator.contains("kafka-python 3.0.12"))
        let codecs = try Self.replayCodecs(records, fixture)
        let batches = try RecordBatchReader.validate(records, options: Self.produceAnyBatchCount, codecs: codecs)
        #expect(batches.count == fixture.batches.count)
        for (batch, expected) in zip(batches, fixture.batches) {
            let header = batch.header
            let want = expected.header
            #expect(batch.sizeInBytes == expected.size)
            #expect(header.baseOffset == want.baseOffset)
            #expect(header.batchLength == want.batchLength)
            #expect(header.partitionLeaderEpoch == want.partitionLeaderEpoch)
            #expect(header.magic == want.magic)
            #expect(header.crc == want.crc)
            #expect(header.attributes.rawValue == want.attributes)
            #expect(header.lastOffsetDelta == want.lastOffsetDelta)
            #expect(header.baseTimestamp == want.baseTimestamp)
            #expect(header.maxTimestamp == want.maxTimestamp)
            #expect(header.producerId == want.producerId)
            #expect(header.producerEpoch == want.producerEpoch)
            #expect(header.baseSequence == want.baseSequence)
            #expect(header.recordCount == want.recordCount)
            #expect(header.compression?.rawValue == want.compression)
            #expect(header.timestampType.rawValue == want.timestampType)
            #expect(header.isTransactional == want.isTransactional)
            #expect(header.isControl == want.isControl)

            let decoded = try batch.decodeRecords(codecs: codecs)
            #expect(decoded.count == expected.records.count)
            for (record, want) in zip(decoded, expected.records) {
                #expect(record.offset(in: header) == want.offset)
                #expect(record.timestamp(in: header) == want.timestamp)
                #expect(record.key == Self.bytes(want.key))
                #expect(record.value == Self.bytes(want.value))
                #expect(record.headers == Self.headers(want.headers))
            }
        }
    }

    /// Decode, then encode with the same parameters: the client's exact bytes.
    @Test(arguments: Self.names)
    func reencodesDecodedBatchesByteForByte(name: String) throws {
        let (records, fixture) = try Self.load(name)
        let codecs = try Self.replayCodecs(records, fixture)
        var output = ByteBuffer()
        for batch in try RecordBatchReader.validate(records, options: Self.produceAnyBatchCount, codecs: codecs) {
            var builder = RecordBatchBuilder(parametersOf: batch.header)
            for record in try batch.decodeRecords(codecs: codecs) {
                builder.append(record)
            }
            let compression = batch.header.compression ?? .none
            try builder.encode(into: &output, codec: compression == .none ? nil : codecs(compression))
        }
        #expect(output == records)
    }

    /// Build from the same inputs kafka-python was given (absolute timestamps, keys, values,
    /// producer state), with Sluice's builder computing every derived field: the same bytes.
    @Test(arguments: Self.names)
    func buildsTheClientsBytesFromItsInputs(name: String) throws {
        let (records, fixture) = try Self.load(name)
        let codecs = try Self.replayCodecs(records, fixture)
        var output = ByteBuffer()
        for batch in fixture.batches {
            let built = batch.built
            // kafka-python writes 0 for baseOffset and partitionLeaderEpoch (Java writes -1 epoch).
            var builder = RecordBatchBuilder(
                baseOffset: 0,
                partitionLeaderEpoch: 0,
                producerId: built.producerId,
                producerEpoch: built.producerEpoch,
                baseSequence: built.baseSequence,
                isTransactional: built.transactional
            )
            for record in built.records {
                builder.append(
                    timestamp: record.timestamp,
                    key: Self.bytes(record.key),
                    value: Self.bytes(record.value),
                    headers: Self.headers(record.headers)
                )
            }
            let compression = try #require(CompressionType(rawValue: built.compression))
            try builder.encode(into: &output, codec: compression == .none ? nil : codecs(compression))
        }
        #expect(output == records)
    }

    /// Kafka-python sends one batch per partition; two in one Produce are refused.
    @Test func twoBatchesAreNotOneProduce() throws {
        let (records, _) = try Self.load("kafka-python-two-batches")
        #expect(validationError(records, options: .produce)?.kind == .wrongBatchCount)
    }

    /// Without the codec a broker reports UNSUPPORTED_COMPRESSION_TYPE; header checks still pass.
    @Test func gzipBatchWithoutCodec() throws {
        let (records, fixture) = try Self.load("kafka-python-gzip")
        let error = try #require(validationError(records, codecs: nil))
        #expect(error.kind == .compressionUnavailable)
        #expect(error.errorCode == .unsupportedCompressionType)
        let batch = try #require(try RecordBatchReader.validate(records, options: .headersOnly).first)
        #expect(batch.header.compression == .gzip)
        #expect(batch.header.crc == fixture.batches[0].header.crc)
    }

    /// Damage to a real batch: every truncation and every flipped CRC-covered byte is caught.
    @Test(arguments: Self.names)
    func damagedClientBatchesAreRejected(name: String) throws {
        let (records, fixture) = try Self.load(name)
        let codecs = try Self.replayCodecs(records, fixture)
        let boundaries = Set(fixture.batches.reduce(into: [0]) { $0.append($0.last! + $1.size) })
        for length in 1..<records.readableBytes where !boundaries.contains(length) {
            let error = validationError(records.getSlice(at: 0, length: length)!, options: Self.produceAnyBatchCount, codecs: codecs)
            #expect(error?.kind == .truncated, "length \(length)")
        }
        let firstSize = fixture.batches[0].size
        for index in RecordBatchHeader.attributesOffset..<firstSize {
            var damaged = records
            damaged.setInteger(damaged.getInteger(at: index, as: UInt8.self)! ^ 0x80, at: index)
            #expect(validationError(damaged, options: Self.produceAnyBatchCount, codecs: codecs)?.kind == .crcMismatch, "byte \(index)")
        }
    }
}
