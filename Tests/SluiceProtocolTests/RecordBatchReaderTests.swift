import NIOCore
import Testing

@testable import SluiceProtocol

/// The validating reader against damaged and hostile input. Every case here must be rejected with
/// the right kind and Kafka error code, and without trapping.
@Suite struct RecordBatchReaderTests {
    static func sampleBatch() throws -> ByteBuffer {
        try RecordBatchTests.sampleBuilder().encode().buffer
    }

    @Test func emptyRecordsFieldHoldsNoBatches() throws {
        #expect(try RecordBatchReader.validate(ByteBuffer(), options: .log).isEmpty)
        // A Produce request must carry exactly one batch per partition.
        let error = try #require(validationError(ByteBuffer(), options: .produce))
        #expect(error.kind == .wrongBatchCount)
        #expect(error.errorCode == .invalidRecord)
    }

    @Test func produceAcceptsExactlyOneBatch() throws {
        var records = try Self.sampleBatch()
        #expect(validationError(records, options: .produce) == nil)
        var second = try Self.sampleBatch()
        records.writeBuffer(&second)
        let error = try #require(validationError(records, options: .produce))
        #expect(error.kind == .wrongBatchCount)
        #expect(error.batchIndex == 1)
        var options = RecordBatchValidationOptions.produce
        options.requiresSingleBatch = false
        #expect(try RecordBatchReader.validate(records, options: options).count == 2)
    }

    @Test func producerBatchesStartAtOffsetZero() throws {
        var batch = try RecordBatchTests.sampleBuilder().encode()
        batch.setBaseOffset(5)
        let error = try #require(validationError(batch.buffer, options: .produce))
        #expect(error.kind == .invalidOffsets)
        #expect(error.errorCode == .invalidRecord)
        #expect(validationError(batch.buffer, options: .log) == nil)
    }

    @Test func batchesAreSlicesAtTheirPositions() throws {
        var records = ByteBuffer(bytes: [0xAA, 0xBB])
        records.moveReaderIndex(forwardBy: 2)
        var first = try Self.sampleBatch()
        var second = try RecordBatchBuilder.endTransactionMarker(
            EndTransactionMarker(type: .commit, coordinatorEpoch: 1), producerId: 1, producerEpoch: 0, timestamp: 0
        ).encode().buffer
        let firstSize = first.readableBytes
        records.writeBuffer(&first)
        records.writeBuffer(&second)
        var reader = RecordBatchReader(records, options: .log)
        let one = try #require(try reader.next())
        let two = try #require(try reader.next())
        #expect(try reader.next() == nil)
        #expect(one.buffer == records.getSlice(at: 2, length: firstSize))
        #expect(two.buffer == records.getSlice(at: 2 + firstSize, length: records.readableBytes - firstSize))
        #expect(two.header.isControl)
    }

    @Test func wrongCRCIsRejected() throws {
        var batch = try Self.sampleBatch()
        let crc = batch.getInteger(at: RecordBatchHeader.crcOffset, as: UInt32.self)!
        batch.setInteger(crc ^ 1, at: RecordBatchHeader.crcOffset)
        let error = try #require(validationError(batch))
        #expect(error.kind == .crcMismatch)
        #expect(error.errorCode == .corruptMessage)
        #expect(error.batchIndex == 0 && error.batchPosition == 0)
        #expect(error.message.contains("CRC"))
        #expect(error.protocolError == ProtocolError.corruptRecordBatch(""))
    }

    /// Changing any byte the CRC covers is caught by the CRC; changing baseOffset or the leader
    /// epoch, which it does not cover, is not an error in a log (a producer must send baseOffset 0).
    @Test func everySingleByteChangeIsCaughtOrHarmless() throws {
        let batch = try Self.sampleBatch()
        for index in 0..<batch.readableBytes {
            var damaged = batch
            damaged.setInteger(damaged.getInteger(at: index, as: UInt8.self)! ^ 0x10, at: index)
            let error = validationError(damaged, options: .log)
            switch index {
            case RecordBatchHeader.baseOffsetOffset..<RecordBatchHeader.batchLengthOffset,
                RecordBatchHeader.partitionLeaderEpochOffset..<RecordBatchHeader.magicOffset:
                #expect(error == nil, "byte \(index)")
            case RecordBatchHeader.batchLengthOffset..<RecordBatchHeader.partitionLeaderEpochOffset:
                #expect(error?.errorCode == .corruptMessage, "byte \(index)")
            case RecordBatchHeader.magicOffset:
                #expect(error?.kind == .unknownMagic, "byte \(index)")
            default:
                #expect(error?.kind == .crcMismatch, "byte \(index)")
            }
        }
    }

    @Test func truncationAtEveryByteIsRejected() throws {
        let codec = XORTestCodec()
        let buffers = [
            try Self.sampleBatch(),
            try RecordBatchTests.sampleBuilder().encode(codec: codec).buffer,
        ]
        for batch in buffers {
            for length in 1..<batch.readableBytes {
                let error = validationError(batch.getSlice(at: 0, length: length)!, codecs: codecs(codec))
                #expect(error?.kind == .truncated, "length \(length)")
                #expect(error?.errorCode == .corruptMessage)
            }
            #expect(validationError(batch, codecs: codecs(codec)) == nil)
        }
    }

    /// A batch whose batchLength is consistent with a cut-short records section (CRC recomputed to
    /// match), so the damage is only visible in the records: every cut is an invalid record.
    @Test func recordsCutShortBehindAValidCRCAreRejected() throws {
        let batch = try RecordBatch(validating: try Self.sampleBatch())
        let section = batch.recordsSection
        for length in 0..<section.readableBytes {
            let cut = rawBatch(batch.header, records: section.getSlice(at: section.readerIndex, length: length)!)
            let error = try #require(validationError(cut), "length \(length)")
            #expect(error.errorCode == .invalidRecord, "length \(length): \(error)")
            #expect([.invalidRecordCount, .invalidRecord].contains(error.kind))
            // When the count still fits the bytes, header checks pass and decoding finds the damage.
            if let unchecked = try? RecordBatch(validating: cut, options: .headersOnly) {
                #expect(throws: RecordBatchValidationError.self) { try unchecked.decodeRecords() }
            }
        }
    }

    @Test(arguments: [Int8(0), 1])
    func legacyMagicIsReportedDistinctly(magic: Int8) throws {
        var batch = try Self.sampleBatch()
        batch.setInteger(magic, at: RecordBatchHeader.magicOffset)
        let error = try #require(validationError(batch))
        #expect(error.kind == .unsupportedMagic)
        #expect(error.magic == magic)
        // Kafka answers legacy batches in Produce v3+ with INVALID_RECORD; `kind` tells them apart.
        #expect(error.errorCode == .invalidRecord)
        // Seen from the 17th byte on, before the rest of a (shorter) legacy header is needed.
        #expect(validationError(batch.getSlice(at: 0, length: 17)!)?.kind == .unsupportedMagic)
    }

    @Test(arguments: [Int8(3), -1, 127])
    func unknownMagicIsCorrupt(magic: Int8) throws {
        var batch = try Self.sampleBatch()
        batch.setInteger(magic, at: RecordBatchHeader.magicOffset)
        let error = try #require(validationError(batch))
        #expect(error.kind == .unknownMagic)
        #expect(error.errorCode == .corruptMessage)
    }

    @Test(arguments: [Int32.min, -1, 0, 48])
    func batchLengthBelowTheHeaderIsRejected(batchLength: Int32) throws {
        var batch = try Self.sampleBatch()
        batch.setInteger(batchLength, at: RecordBatchHeader.batchLengthOffset)
        let error = try #require(validationError(batch))
        #expect(error.kind == .invalidBatchLength)
        #expect(error.errorCode == .corruptMessage)
    }

    @Test func batchLengthPastTheEndIsRejected() throws {
        var batch = try Self.sampleBatch()
        for batchLength in [Int32(batch.readableBytes - 11), Int32.max] {
            batch.setInteger(batchLength, at: RecordBatchHeader.batchLengthOffset)
            #expect(validationError(batch)?.kind == .truncated)
        }
    }

    @Test func trailingGarbageAfterABatchIsRejected() throws {
        var records = try Self.sampleBatch()
        records.writeBytes([0, 0, 0])
        let error = try #require(validationError(records, options: .log))
        #expect(error.kind == .truncated)
        #expect(error.batchIndex == 1)
        #expect(error.batchPosition == records.readableBytes - 3)
        #expect(throws: RecordBatchValidationError.self) { try RecordBatch(validating: records) }
    }

    @Test func unknownCompressionCodecIsRejected() throws {
        var header = producerHeader(count: 1)
        header.attributes = RecordBatchAttributes(rawValue: 0x05)
        let batch = rawBatch(header, rawRecords: [RawRecord()])
        let error = try #require(validationError(batch))
        #expect(error.kind == .unknownCompressionType)
        #expect(error.errorCode == .corruptMessage)
        // Even when records are not checked: the batch cannot be served to anyone.
        #expect(validationError(batch, options: .headersOnly)?.kind == .unknownCompressionType)
    }

    @Test func missingCodecIsUnsupportedCompression() throws {
        let batch = try RecordBatchTests.sampleBuilder().encode(codec: XORTestCodec()).buffer
        let error = try #require(validationError(batch, codecs: nil))
        #expect(error.kind == .compressionUnavailable)
        #expect(error.errorCode == .unsupportedCompressionType)
        #expect(validationError(batch, codecs: codecs(XORTestCodec(type: .gzip)))?.kind == .compressionUnavailable)
        // Without record checks the codec is never needed.
        #expect(validationError(batch, options: .headersOnly, codecs: nil) == nil)
    }

    @Test func decompressionIsBounded() throws {
        let batch = try RecordBatchTests.sampleBuilder().encode(codec: XORTestCodec()).buffer
        let inflated = try RecordBatchTests.sampleBuilder().encode().recordsSection.readableBytes
        var options = RecordBatchValidationOptions.produce
        options.maximumDecompressedBytes = inflated
        #expect(validationError(batch, options: options, codecs: codecs(XORTestCodec())) == nil)
        options.maximumDecompressedBytes = inflated - 1
        let error = try #require(validationError(batch, options: options, codecs: codecs(XORTestCodec())))
        #expect(error.kind == .decompressionFailed)
        #expect(error.errorCode == .corruptMessage)
        // A codec that ignores the limit is caught after the fact.
        let sloppy = XORTestCodec(ignoresLimit: true)
        #expect(validationError(batch, options: options, codecs: codecs(sloppy))?.kind == .decompressionFailed)
    }

    @Test func decompressionBombIsRejected() throws {
        var header = producerHeader(count: 1)
        header.attributes.compression = .zstd
        let batch = rawBatch(header, records: ByteBuffer(bytes: [0]))
        var options = RecordBatchValidationOptions.produce
        options.maximumDecompressedBytes = 1 << 20
        let bomb = BombTestCodec(size: 1 << 30)
        #expect(validationError(batch, options: options, codecs: codecs(bomb))?.kind == .decompressionFailed)
        // Within the bound, a megabyte of zeros is still not one valid record.
        let small = BombTestCodec(size: 1 << 20)
        #expect(validationError(batch, options: options, codecs: codecs(small))?.errorCode == .invalidRecord)
    }

    @Test func recordCountMustMatchTheRecords() throws {
        let payload = [UInt8](repeating: 1, count: 20)
        let two = [RawRecord(offsetDelta: 0, value: payload), RawRecord(offsetDelta: 1, value: payload)]
        // Declares 3, holds 2 (whose bytes could hold 3 minimal records).
        let tooFew = try #require(validationError(rawBatch(producerHeader(count: 3), rawRecords: two)))
        #expect(tooFew.kind == .invalidRecordCount)
        #expect(tooFew.errorCode == .invalidRecord)
        #expect(tooFew.message.contains("holds only 2"))
        // Declares 1, holds 2.
        let tooMany = try #require(validationError(rawBatch(producerHeader(count: 1), rawRecords: two)))
        #expect(tooMany.kind == .invalidRecordCount)
        // Same under log rules.
        #expect(validationError(rawBatch(producerHeader(count: 1), rawRecords: two), options: .log)?.kind == .invalidRecordCount)
    }

    @Test(arguments: [Int32(-1), Int32.min, Int32.max, 1_000_000])
    func impossibleRecordCountsAreRejectedBeforeParsing(count: Int32) throws {
        var header = producerHeader(count: 1)
        header.recordCount = count
        header.lastOffsetDelta = count &- 1
        let error = try #require(validationError(rawBatch(header, rawRecords: [RawRecord()]), options: .log))
        #expect(error.kind == .invalidRecordCount || error.kind == .invalidOffsets)
        #expect(error.errorCode == .invalidRecord)
    }

    @Test func lastOffsetDeltaMustAgreeWithTheCount() throws {
        var header = producerHeader(count: 2)
        header.lastOffsetDelta = 2
        let records = [RawRecord(offsetDelta: 0), RawRecord(offsetDelta: 1)]
        #expect(validationError(rawBatch(header, rawRecords: records))?.kind == .invalidOffsets)
        // A log batch may end past its last record (compaction), but not before it.
        #expect(validationError(rawBatch(header, rawRecords: records), options: .log) == nil)
        header.lastOffsetDelta = 0
        #expect(validationError(rawBatch(header, rawRecords: records), options: .log)?.kind == .invalidOffsets)
    }

    @Test func offsetDeltasMustCountFromZero() throws {
        let outOfOrder = [RawRecord(offsetDelta: 1), RawRecord(offsetDelta: 0)]
        let error = try #require(validationError(rawBatch(producerHeader(count: 2), rawRecords: outOfOrder)))
        #expect(error.kind == .invalidOffsets)
        #expect(error.recordIndex == 0)
        #expect(error.errorCode == .invalidRecord)
        #expect(validationError(rawBatch(producerHeader(count: 2), rawRecords: outOfOrder), options: .log)?.kind == .invalidOffsets)
        let repeated = [RawRecord(offsetDelta: 0), RawRecord(offsetDelta: 0)]
        let repeatedError = try #require(validationError(rawBatch(producerHeader(count: 2), rawRecords: repeated), options: .log))
        #expect(repeatedError.kind == .invalidOffsets && repeatedError.recordIndex == 1)
        let negative = [RawRecord(offsetDelta: -1)]
        #expect(validationError(rawBatch(producerHeader(count: 1), rawRecords: negative), options: .log)?.kind == .invalidOffsets)
    }

    @Test func producerIdNeedsASequence() throws {
        let batch = rawBatch(producerHeader(count: 1, producerId: 5, baseSequence: -1), rawRecords: [RawRecord()])
        let error = try #require(validationError(batch))
        #expect(error.kind == .invalidSequence)
        #expect(error.errorCode == .invalidRecord)
        #expect(validationError(rawBatch(producerHeader(count: 1, producerId: 5, baseSequence: 0), rawRecords: [RawRecord()])) == nil)
    }

    /// Hostile records inside a well-framed batch with a valid CRC: all INVALID_RECORD, located
    /// at the record, and none allocates from the lengths it declares.
    @Test(arguments: [
        ("record length past the end", RawRecord(length: 1000)),
        ("negative record length", RawRecord(length: -5)),
        ("record length below the minimum", RawRecord(length: 3)),
        ("record length shorter than the fields", RawRecord(length: 9, key: [1], value: [2, 3, 4])),
        ("record length leaves bytes unread", RawRecord(trailing: [0])),
        ("key length past the end", RawRecord(keyLength: 100)),
        ("negative key length", RawRecord(keyLength: -2)),
        ("huge key length", RawRecord(keyLength: Int32.max)),
        ("value length past the end", RawRecord(valueLength: 50)),
        ("negative value length", RawRecord(valueLength: Int32.min)),
        ("negative header count", RawRecord(headerCount: -1)),
        ("huge header count", RawRecord(headerCount: Int32.max)),
        ("header count past the headers", RawRecord(headerCount: 2, headers: [("a", [1])])),
        ("null header key", RawRecord(headerKeyLength: -1, headers: [("", nil)])),
        ("header key past the end", RawRecord(headerKeyLength: 40, headers: [("a", nil)])),
    ])
    func hostileRecordsAreInvalid(name: String, record: RawRecord) throws {
        let batch = rawBatch(producerHeader(count: 1), rawRecords: [record])
        let error = try #require(validationError(batch), "\(name)")
        #expect(error.kind == .invalidRecord || error.kind == .invalidRecordCount, "\(name): \(error)")
        #expect(error.errorCode == .invalidRecord, "\(name)")
        // Decoding a batch that skipped record checks meets the same error.
        let unchecked = try RecordBatch(validating: batch, options: .headersOnly)
        var decodeError: RecordBatchValidationError?
        do { _ = try unchecked.decodeRecords() } catch { decodeError = error }
        #expect(decodeError?.kind == error.kind, "\(name)")
        #expect(decodeError?.recordIndex == error.recordIndex, "\(name)")
    }

    @Test(arguments: [
        [UInt8](repeating: 0xFF, count: 6),  // varint longer than 5 bytes
        [0x80, 0x80, 0x80, 0x80, 0x80],  // varint that never ends within its 5 bytes
        [0xFF, 0xFF, 0xFF, 0xFF, 0x7F],  // too many bits for 32
    ])
    func overlongVarintsAreRejected(varint: [UInt8]) throws {
        // As the record length.
        var records = ByteBuffer(bytes: varint)
        records.writeRepeatingByte(0, count: 20)
        let asLength = try #require(validationError(rawBatch(producerHeader(count: 1), records: records)))
        #expect(asLength.errorCode == .invalidRecord)
        #expect(asLength.recordIndex == 0)

        // As the offsetDelta inside a record of honest length.
        var body = ByteBuffer(bytes: [0, 0])  // attributes, timestampDelta
        body.writeBytes(varint)
        body.writeBytes([1, 1, 0])  // null key, null value, no headers
        var wrapped = ByteBuffer()
        wrapped.writeVarint(Int32(body.readableBytes))
        wrapped.writeBuffer(&body)
        let asDelta = try #require(validationError(rawBatch(producerHeader(count: 1), records: wrapped)))
        #expect(asDelta.kind == .invalidRecord)

        // As a 10-byte-plus timestampDelta varlong.
        var longBody = ByteBuffer(bytes: [0])
        longBody.writeBytes([UInt8](repeating: 0xFF, count: 11))
        longBody.writeBytes([0, 1, 1, 0])
        var longWrapped = ByteBuffer()
        longWrapped.writeVarint(Int32(longBody.readableBytes))
        longWrapped.writeBuffer(&longBody)
        #expect(validationError(rawBatch(producerHeader(count: 1), records: longWrapped))?.kind == .invalidRecord)
    }

    @Test func errorsNameTheBatchAndRecord() throws {
        var records = try Self.sampleBatch()
        let position = records.readableBytes
        var bad = rawBatch(producerHeader(count: 2), rawRecords: [RawRecord(offsetDelta: 0), RawRecord(offsetDelta: 1, keyLength: -3)])
        records.writeBuffer(&bad)
        let error = try #require(validationError(records, options: .log))
        #expect(error.batchIndex == 1)
        #expect(error.batchPosition == position)
        #expect(error.recordIndex == 1)
        #expect(error.message.hasPrefix("record batch 1 at byte \(position), record 1: key length -3"))
        #expect("\(error)".hasPrefix("INVALID_RECORD"))
    }

    @Test func headersOnlySkipsRecordChecks() throws {
        let batch = rawBatch(producerHeader(count: 1), rawRecords: [RawRecord(keyLength: 100)])
        #expect(validationError(batch, options: .headersOnly) == nil)
        #expect(validationError(batch, options: .log)?.kind == .invalidRecord)
        // The count of an uncompressed batch is still checked against its size.
        var header = producerHeader(count: 3)
        header.lastOffsetDelta = 2
        let overcounted = rawBatch(header, rawRecords: [RawRecord()])
        #expect(validationError(overcounted, options: .headersOnly)?.kind == .invalidRecordCount)
    }

    @Test func readerStopsAfterTheFirstError() throws {
        var records = ByteBuffer(bytes: [0, 0, 0])
        var good = try Self.sampleBatch()
        records.writeBuffer(&good)
        var reader = RecordBatchReader(records)
        #expect(throws: RecordBatchValidationError.self) { try reader.next() }
        #expect(try reader.next() == nil)
    }
}
