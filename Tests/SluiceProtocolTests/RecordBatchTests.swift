import NIOCore
import Testing

@testable import SluiceProtocol

@Suite struct RecordBatchTests {
    static let now: Int64 = 1_717_171_717_000

    static func sampleBuilder() -> RecordBatchBuilder {
        var builder = RecordBatchBuilder()
        builder.append(timestamp: Self.now, key: ByteBuffer(string: "k0"), value: ByteBuffer(string: "v0"))
        builder.append(timestamp: Self.now + 3, key: nil, value: ByteBuffer(string: "null key"))
        builder.append(timestamp: Self.now - 7, key: ByteBuffer(string: "null value"), value: nil)
        builder.append(
            timestamp: Self.now + 1,
            key: ByteBuffer(),
            value: ByteBuffer(),
            headers: [
                RecordHeader(key: "trace", bytes: [0, 1, 2, 255]),
                RecordHeader(key: "empty", bytes: []),
                RecordHeader(key: "null", value: nil),
                RecordHeader(key: "", bytes: [9]),
            ]
        )
        return builder
    }

    @Test func plainRoundTrip() throws {
        let builder = Self.sampleBuilder()
        let encoded = try builder.encode()
        let batches = try RecordBatchReader.validate(encoded.buffer)
        #expect(batches.count == 1)
        let batch = try #require(batches.first)
        #expect(batch == encoded)
        let header = batch.header
        #expect(header.baseOffset == 0)
        #expect(header.magic == 2)
        #expect(header.partitionLeaderEpoch == -1)
        #expect(header.compression == CompressionType.none)
        #expect(header.timestampType == .createTime)
        #expect(!header.isTransactional && !header.isControl)
        #expect(header.recordCount == 4)
        #expect(header.lastOffsetDelta == 3)
        #expect(header.baseTimestamp == Self.now)
        #expect(header.maxTimestamp == Self.now + 3)
        #expect(header.producerId == -1 && header.producerEpoch == -1 && header.baseSequence == -1)
        #expect(!header.hasProducerId)
        #expect(header.totalSize == batch.sizeInBytes)
        #expect(header.lastOffset == 3 && header.nextOffset == 4)

        let records = try batch.decodeRecords()
        #expect(records == builder.records)
        #expect(records.map { $0.offset(in: header) } == [0, 1, 2, 3])
        #expect(records.map { $0.timestamp(in: header) } == [Self.now, Self.now + 3, Self.now - 7, Self.now + 1])
        #expect(records[1].key == nil)
        #expect(records[2].value == nil)
        #expect(records[3].headers.map(\.key) == ["trace", "empty", "null", ""])
        #expect(records[3].headers[2].value == nil)
        #expect(records[3].headers[1].value == ByteBuffer())
    }

    @Test func encodedSizeMatchesBytesWritten() throws {
        for record in Self.sampleBuilder().records {
            var buffer = ByteBuffer()
            try record.write(to: &buffer)
            #expect(buffer.readableBytes == record.encodedSize)
        }
    }

    @Test func decodedRecordsAreSlicesOfTheBatch() throws {
        let batch = try Self.sampleBuilder().encode()
        var iterator = try batch.records()
        let first = try #require(try iterator.next())
        #expect(first.key == ByteBuffer(string: "k0"))
        // The key shares the batch's storage: no copy was made.
        let batchBase = batch.buffer.withUnsafeReadableBytes { UInt(bitPattern: $0.baseAddress) }
        let keyBase = first.key!.withUnsafeReadableBytes { UInt(bitPattern: $0.baseAddress) }
        #expect(keyBase > batchBase && keyBase < batchBase + UInt(batch.sizeInBytes))
    }

    @Test func idempotentAndTransactionalRoundTrip() throws {
        var builder = RecordBatchBuilder(
            baseOffset: 1000,
            partitionLeaderEpoch: 7,
            producerId: 123_456_789,
            producerEpoch: 4,
            baseSequence: 42,
            isTransactional: true
        )
        for index in 0..<5 {
            builder.append(timestamp: Self.now + Int64(index), key: nil, value: ByteBuffer(string: "txn-\(index)"))
        }
        let encoded = try builder.encode()
        let batch = try #require(try RecordBatchReader.validate(encoded.buffer, options: .log).first)
        #expect(batch.header.isTransactional)
        #expect(!batch.header.isControl)
        #expect(batch.header.producerId == 123_456_789)
        #expect(batch.header.producerEpoch == 4)
        #expect(batch.header.baseSequence == 42)
        #expect(batch.header.lastSequence == 46)
        #expect(batch.header.baseOffset == 1000)
        #expect(batch.header.lastOffset == 1004)
        #expect(batch.header.partitionLeaderEpoch == 7)
        #expect(try batch.decodeRecords().map { $0.offset(in: batch.header) } == [1000, 1001, 1002, 1003, 1004])
    }

    @Test func lastSequenceWrapsLikeKafka() {
        var header = RecordBatchHeader(lastOffsetDelta: 4, baseSequence: Int32.max - 1)
        // Sequences Int32.max - 1, Int32.max, 0, 1, 2.
        #expect(header.lastSequence == 2)
        header.baseSequence = -1
        #expect(header.lastSequence == -1)
    }

    @Test(arguments: [ControlRecordType.commit, .abort])
    func controlBatchRoundTrip(type: ControlRecordType) throws {
        let marker = EndTransactionMarker(type: type, coordinatorEpoch: 17)
        let builder = RecordBatchBuilder.endTransactionMarker(marker, producerId: 55, producerEpoch: 2, timestamp: Self.now, baseOffset: 90)
        let encoded = try builder.encode()
        let batch = try RecordBatch(validating: encoded.buffer, options: .log)
        #expect(batch.header.isControl && batch.header.isTransactional)
        #expect(batch.header.producerId == 55 && batch.header.producerEpoch == 2)
        #expect(batch.header.baseSequence == -1)
        #expect(batch.header.recordCount == 1)
        let records = try batch.decodeRecords()
        #expect(try EndTransactionMarker(record: records[0]) == marker)
        #expect(try ControlRecordKey(key: records[0].key).type == type)
        // Key: version 0, type; value: version 0, coordinator epoch.
        #expect(Array(records[0].key!.readableBytesView) == [0, 0, 0, UInt8(type.rawValue)])
        #expect(Array(records[0].value!.readableBytesView) == [0, 0, 0, 0, 0, 17])
        // A client may not send one.
        #expect(validationError(encoded.buffer, options: .produce)?.kind == .controlBatchNotAllowed)
    }

    @Test func controlRecordParsingRejectsShortKeysAndValues() throws {
        let shortKey = Record(offsetDelta: 0, timestampDelta: 0, key: ByteBuffer(bytes: [0, 0, 0]), value: nil)
        #expect(throws: RecordBatchValidationError.self) { try EndTransactionMarker(record: shortKey) }
        let shortValue = Record(offsetDelta: 0, timestampDelta: 0, key: ByteBuffer(bytes: [0, 0, 0, 1]), value: ByteBuffer(bytes: [0, 0, 0]))
        #expect(throws: RecordBatchValidationError.self) { try EndTransactionMarker(record: shortValue) }
        let leaderChange = Record(offsetDelta: 0, timestampDelta: 0, key: ByteBuffer(bytes: [0, 0, 0, 2]), value: ByteBuffer(bytes: [0, 0, 0, 0, 0, 0]))
        #expect(throws: RecordBatchValidationError.self) { try EndTransactionMarker(record: leaderChange) }
        #expect(try ControlRecordKey(key: leaderChange.key).type == ControlRecordType(rawValue: 2))
    }

    @Test func logAppendTimeBatch() throws {
        var builder = Self.sampleBuilder()
        builder.timestampType = .logAppendTime
        #expect(throws: ProtocolError.self) { try builder.encode() }
        builder.maxTimestamp = Self.now + 60_000
        let batch = try RecordBatch(validating: try builder.encode().buffer)
        #expect(batch.header.timestampType == .logAppendTime)
        #expect(batch.header.maxTimestamp == Self.now + 60_000)
        for record in try batch.decodeRecords() {
            #expect(record.timestamp(in: batch.header) == Self.now + 60_000)
        }
    }

    @Test func settingLogAppendTimeInPlaceRecomputesTheCRC() throws {
        var batch = try Self.sampleBuilder().encode()
        let before = batch.header.crc
        batch.setMaxTimestamp(Self.now + 99, timestampType: .logAppendTime)
        #expect(batch.header.crc != before)
        let reread = try RecordBatch(validating: batch.buffer, options: .produce)
        #expect(reread.header == batch.header)
        #expect(reread.header.timestampType == .logAppendTime)
        #expect(reread.header.maxTimestamp == Self.now + 99)
        let timestamps = try reread.decodeRecords().map { $0.timestamp(in: reread.header) }
        #expect(timestamps == [Int64](repeating: Self.now + 99, count: 4))

        // The same through the ByteBuffer form, at a batch that does not start at index 0.
        var buffer = ByteBuffer(bytes: [1, 2, 3])
        buffer.moveReaderIndex(forwardBy: 3)
        var copy = try Self.sampleBuilder().encode().buffer
        buffer.writeBuffer(&copy)
        try buffer.setRecordBatchMaxTimestamp(5, timestampType: .logAppendTime, at: 3)
        #expect(try RecordBatch(validating: buffer).header.maxTimestamp == 5)
        // Back to CreateTime with the original maximum restores the original bytes.
        try buffer.setRecordBatchMaxTimestamp(Self.now + 3, timestampType: .createTime, at: 3)
        #expect(buffer.readableBytesView.elementsEqual(try Self.sampleBuilder().encode().buffer.readableBytesView))
    }

    @Test func inPlaceOffsetAndEpochKeepTheCRCValid() throws {
        var batch = try Self.sampleBuilder().encode()
        let crc = batch.header.crc
        batch.setBaseOffset(1_000_000_000_000)
        batch.setPartitionLeaderEpoch(12)
        #expect(batch.header.crc == crc)
        let reread = try RecordBatch(validating: batch.buffer, options: .log)
        #expect(reread.header.baseOffset == 1_000_000_000_000)
        #expect(reread.header.partitionLeaderEpoch == 12)
        #expect(reread.header.crc == crc)
        #expect(reread.header.lastOffset == 1_000_000_000_003)
        #expect(try reread.decodeRecords().map { $0.offset(in: reread.header) } == [0, 1, 2, 3].map { 1_000_000_000_000 + $0 })

        // Setting offsets of the second batch inside a records field, in place.
        var records = try Self.sampleBuilder().encode().buffer
        let second = records.writerIndex
        var more = try Self.sampleBuilder().encode().buffer
        records.writeBuffer(&more)
        try records.setRecordBatchBaseOffset(4, at: second)
        try records.setRecordBatchPartitionLeaderEpoch(3, at: second)
        let both = try RecordBatchReader.validate(records, options: .log)
        #expect(both.map(\.header.baseOffset) == [0, 4])
        #expect(both.map(\.header.partitionLeaderEpoch) == [-1, 3])
        // Out of range: an error, not a trap or a write past the batch.
        #expect(throws: ProtocolError.self) { try records.setRecordBatchBaseOffset(1, at: records.writerIndex - 4) }
        #expect(throws: ProtocolError.self) { try records.setRecordBatchMaxTimestamp(1, timestampType: .logAppendTime, at: second + 1) }
    }

    @Test func compressedRoundTripThroughCodec() throws {
        let codec = XORTestCodec()
        let builder = Self.sampleBuilder()
        let encoded = try builder.encode(codec: codec)
        #expect(encoded.header.compression == .lz4)
        let batch = try #require(try RecordBatchReader.validate(encoded.buffer, codecs: codecs(codec)).first)
        #expect(try batch.decodeRecords(codecs: codecs(codec)) == builder.records)
        // The section on the wire is the codec's output, not the plain records.
        let plain = try builder.encode()
        #expect(batch.sizeInBytes == plain.sizeInBytes + 4)
        #expect(batch.recordsSection != plain.recordsSection)
    }

    @Test func reencodingADecodedBatchReproducesItsBytes() throws {
        let codec = XORTestCodec()
        var builder = Self.sampleBuilder()
        builder.baseOffset = 77
        builder.partitionLeaderEpoch = 5
        builder.producerId = 9
        builder.producerEpoch = 1
        builder.baseSequence = 100
        for codec in [nil, codec] as [(any CompressionCodec)?] {
            let original = try builder.encode(codec: codec)
            let decoded = try RecordBatch(validating: original.buffer, codecs: codecs(XORTestCodec()))
            var again = RecordBatchBuilder(parametersOf: decoded.header)
            for record in try decoded.decodeRecords(codecs: codecs(XORTestCodec())) {
                again.append(record)
            }
            let reencoded = try again.encode(codec: codec)
            #expect(reencoded.buffer == original.buffer)
            #expect(reencoded.header == decoded.header)
        }
    }

    @Test func emptyAndCompactedBatchesPassLogRulesOnly() throws {
        let empty = RecordBatchBuilder(baseTimestamp: Self.now, lastOffsetDelta: 9)
        let emptyBatch = try empty.encode()
        #expect(emptyBatch.header.recordCount == 0)
        #expect(emptyBatch.header.maxTimestamp == -1)
        #expect(try RecordBatch(validating: emptyBatch.buffer, options: .log).decodeRecords().isEmpty)
        #expect(validationError(emptyBatch.buffer, options: .produce)?.kind == .invalidRecordCount)
        #expect(throws: ProtocolError.self) { try RecordBatchBuilder().encode() }

        // Offsets 0, 2 and 5 survive compaction; the batch still ends at delta 7.
        var compacted = RecordBatchBuilder(baseTimestamp: Self.now, lastOffsetDelta: 7)
        for delta: Int32 in [0, 2, 5] {
            compacted.append(Record(offsetDelta: delta, timestampDelta: Int64(delta), key: ByteBuffer(string: "k"), value: nil))
        }
        let batch = try compacted.encode()
        let decoded = try RecordBatch(validating: batch.buffer, options: .log)
        #expect(try decoded.decodeRecords().map(\.offsetDelta) == [0, 2, 5])
        #expect(decoded.header.nextOffset == 8)
        #expect(validationError(batch.buffer, options: .produce)?.kind == .invalidOffsets)
    }

    @Test func deleteHorizonAndUnusedAttributeBitsSurviveReencoding() throws {
        var builder = RecordBatchBuilder(hasDeleteHorizon: true, baseTimestamp: Self.now + 86_400_000)
        builder.append(Record(offsetDelta: 0, timestampDelta: -86_400_000, key: ByteBuffer(string: "k"), value: nil))
        builder.unusedAttributeBits = 0x0100
        let batch = try RecordBatch(validating: try builder.encode().buffer, options: .log)
        #expect(batch.header.deleteHorizonMs == Self.now + 86_400_000)
        #expect(batch.header.attributes.rawValue == 0x0140)
        let records = try batch.decodeRecords()
        #expect(records[0].timestamp(in: batch.header) == Self.now)
        var again = RecordBatchBuilder(parametersOf: batch.header)
        records.forEach { again.append($0) }
        #expect(try again.encode().buffer == batch.buffer)
    }

    @Test func attributesAccessors() {
        var attributes = RecordBatchAttributes(compression: .zstd, timestampType: .logAppendTime, isTransactional: true, isControl: true, hasDeleteHorizon: true)
        #expect(attributes.rawValue == 0x7C)
        attributes.compression = .gzip
        attributes.isControl = false
        attributes.timestampType = .createTime
        #expect(attributes.rawValue == 0x51)
        #expect(RecordBatchAttributes(rawValue: 0x07).compression == nil)
        #expect(RecordBatchAttributes(rawValue: 0x07).compressionBits == 7)
    }

    @Test func headerWritesItsSixtyOneBytesAndReadsThemBack() throws {
        let header = RecordBatchHeader(
            baseOffset: 1, batchLength: 2, partitionLeaderEpoch: 3, magic: 2, crc: 0xDEAD_BEEF,
            attributes: RecordBatchAttributes(rawValue: 0x15), lastOffsetDelta: 6, baseTimestamp: 7,
            maxTimestamp: 8, producerId: 9, producerEpoch: 10, baseSequence: 11, recordCount: 12
        )
        var buffer = ByteBuffer()
        header.write(to: &buffer)
        #expect(buffer.readableBytes == RecordBatchHeader.size)
        #expect(RecordBatchHeader(buffer, at: 0) == header)
        #expect(RecordBatchHeader(buffer, at: 1) == nil)
        buffer.moveWriterIndex(to: 60)
        #expect(RecordBatchHeader(buffer, at: 0) == nil)
    }
}
