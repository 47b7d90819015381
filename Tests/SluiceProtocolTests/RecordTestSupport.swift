import NIOCore

@testable import SluiceProtocol

/// A reversible stand-in codec for the compressed path: a 4-byte big-endian length, then the bytes
/// XORed with 0x5A. It honours `maximumOutputBytes` like a real codec must, unless built with
/// `ignoresLimit` to model a codec that does not (the reader must still refuse the output).
struct XORTestCodec: CompressionCodec {
    var type: CompressionType = .lz4
    var ignoresLimit = false

    func compress(_ input: ByteBuffer, into output: inout ByteBuffer) throws {
        output.writeInteger(UInt32(input.readableBytes))
        for byte in input.readableBytesView {
            output.writeInteger(byte ^ 0x5A)
        }
    }

    func decompress(_ input: ByteBuffer, into output: inout ByteBuffer, maximumOutputBytes: Int) throws {
        var input = input
        guard let length = input.readInteger(as: UInt32.self) else {
            throw ProtocolError.compression("xor: missing length")
        }
        guard ignoresLimit || Int(length) <= maximumOutputBytes else {
            throw ProtocolError.compression("xor: \(length) bytes exceed the limit of \(maximumOutputBytes)")
        }
        guard Int(length) == input.readableBytes else {
            throw ProtocolError.compression("xor: length \(length) but \(input.readableBytes) bytes follow")
        }
        for byte in input.readableBytesView {
            output.writeInteger(byte ^ 0x5A)
        }
    }
}

/// A codec that claims to inflate its input to `size` bytes of zeros: a decompression bomb.
struct BombTestCodec: CompressionCodec {
    var type: CompressionType = .zstd
    var size: Int

    func compress(_ input: ByteBuffer, into output: inout ByteBuffer) throws {
        output.writeInteger(UInt8(0))
    }

    func decompress(_ input: ByteBuffer, into output: inout ByteBuffer, maximumOutputBytes: Int) throws {
        guard self.size <= maximumOutputBytes else {
            throw ProtocolError.compression("bomb: \(self.size) bytes exceed the limit of \(maximumOutputBytes)")
        }
        output.writeRepeatingByte(0, count: self.size)
    }
}

func codecs(_ codec: any CompressionCodec) -> CompressionCodecs {
    { type in type == codec.type ? codec : nil }
}

/// Hand-built record bytes for hostile-input tests: every field written as told, no checks.
struct RawRecord {
    var length: Int32? = nil  // nil: the true body length
    var attributes: Int8 = 0
    var timestampDelta: Int64 = 0
    var offsetDelta: Int32 = 0
    var keyLength: Int32? = nil  // nil: the true key length (or -1 for a nil key)
    var key: [UInt8]? = [0x6B]
    var valueLength: Int32? = nil
    var value: [UInt8]? = [0x76]
    var headerCount: Int32? = nil
    var headerKeyLength: Int32? = nil  // nil: each header key's true length
    var headers: [(String, [UInt8]?)] = []
    var trailing: [UInt8] = []  // bytes after the headers, inside the record length

    func write(to buffer: inout ByteBuffer) {
        var body = ByteBuffer()
        body.writeInteger(self.attributes)
        body.writeVarlong(self.timestampDelta)
        body.writeVarint(self.offsetDelta)
        body.writeVarint(self.keyLength ?? self.key.map { Int32($0.count) } ?? -1)
        if let key = self.key { body.writeBytes(key) }
        body.writeVarint(self.valueLength ?? self.value.map { Int32($0.count) } ?? -1)
        if let value = self.value { body.writeBytes(value) }
        body.writeVarint(self.headerCount ?? Int32(self.headers.count))
        for (key, value) in self.headers {
            body.writeVarint(self.headerKeyLength ?? Int32(key.utf8.count))
            body.writeString(key)
            body.writeVarint(value.map { Int32($0.count) } ?? -1)
            if let value { body.writeBytes(value) }
        }
        body.writeBytes(self.trailing)
        buffer.writeVarint(self.length ?? Int32(body.readableBytes))
        buffer.writeBuffer(&body)
    }
}

/// A batch around arbitrary record bytes, with a correct batchLength and CRC unless overridden, so
/// that tests reach the record checks behind the framing checks.
func rawBatch(
    _ header: RecordBatchHeader = RecordBatchHeader(),
    records: ByteBuffer,
    batchLength: Int32? = nil,
    crc: UInt32? = nil
) -> ByteBuffer {
    var header = header
    header.batchLength = batchLength ?? Int32(RecordBatchHeader.size - RecordBatchHeader.logOverhead + records.readableBytes)
    var buffer = ByteBuffer()
    header.write(to: &buffer)
    var records = records
    buffer.writeBuffer(&records)
    let computed = CRC32C.checksum(
        buffer,
        at: RecordBatchHeader.attributesOffset,
        length: buffer.readableBytes - RecordBatchHeader.attributesOffset
    )!
    buffer.setInteger(crc ?? computed, at: RecordBatchHeader.crcOffset)
    return buffer
}

func rawBatch(_ header: RecordBatchHeader = RecordBatchHeader(), rawRecords: [RawRecord]) -> ByteBuffer {
    var records = ByteBuffer()
    for record in rawRecords { record.write(to: &records) }
    return rawBatch(header, records: records)
}

/// A header for `count` records numbered 0..<count.
func producerHeader(count: Int32, producerId: Int64 = -1, baseSequence: Int32 = -1) -> RecordBatchHeader {
    RecordBatchHeader(
        lastOffsetDelta: count - 1,
        baseTimestamp: 1_000,
        maxTimestamp: 1_000,
        producerId: producerId,
        producerEpoch: producerId >= 0 ? 0 : -1,
        baseSequence: baseSequence,
        recordCount: count
    )
}

/// Validates and returns the error, or nil when validation passed.
func validationError(
    _ records: ByteBuffer,
    options: RecordBatchValidationOptions = .produce,
    codecs: CompressionCodecs? = nil
) -> RecordBatchValidationError? {
    do {
        _ = try RecordBatchReader.validate(records, options: options, codecs: codecs)
        return nil
    } catch {
        return error
    }
}
