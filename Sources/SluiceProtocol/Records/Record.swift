import NIOCore

/// One header of a record: a non-null UTF-8 key and nullable bytes.
public struct RecordHeader: Sendable, Hashable {
    public var key: String
    public var value: ByteBuffer?

    public init(key: String, value: ByteBuffer?) {
        self.key = key
        self.value = value
    }

    /// A header whose value is copied from `bytes`.
    public init(key: String, bytes: [UInt8]?) {
        self.key = key
        self.value = bytes.map { ByteBuffer(bytes: $0) }
    }
}

/// One record of a v2 batch, its offset and timestamp held as deltas from the batch header.
///
/// Wire format (varints zig-zag encoded):
///
///     length          varint   bytes that follow, up to the end of the headers
///     attributes      i8       unused by Kafka; kept as found
///     timestampDelta  varlong  timestamp - baseTimestamp
///     offsetDelta     varint   offset - baseOffset
///     keyLength       varint   -1 for a null key
///     key             bytes
///     valueLength     varint   -1 for a null value
///     value           bytes
///     headerCount     varint
///     headers         headerKeyLength varint (>= 0), headerKey UTF-8,
///                     headerValueLength varint (-1 null), headerValue bytes
///
/// Key, value and header values are `ByteBuffer`s rather than `[UInt8]`: records decoded from an
/// uncompressed batch are slices of the batch itself (and of the one decompressed buffer for a
/// compressed batch), so reading a record copies no payload, and a storage layer or a consumer can
/// write them out again without converting. Use `ByteBuffer(bytes:)` to build one from bytes.
public struct Record: Sendable, Hashable {
    /// Record attributes; Kafka writes 0 and ignores them.
    public var attributes: Int8
    public var timestampDelta: Int64
    public var offsetDelta: Int32
    public var key: ByteBuffer?
    public var value: ByteBuffer?
    public var headers: [RecordHeader]

    public init(
        offsetDelta: Int32,
        timestampDelta: Int64,
        key: ByteBuffer?,
        value: ByteBuffer?,
        headers: [RecordHeader] = [],
        attributes: Int8 = 0
    ) {
        self.attributes = attributes
        self.timestampDelta = timestampDelta
        self.offsetDelta = offsetDelta
        self.key = key
        self.value = value
        self.headers = headers
    }

    /// Absolute offset: `baseOffset + offsetDelta` (wrapping, never trapping, on hostile values).
    public func offset(in header: RecordBatchHeader) -> Int64 {
        header.baseOffset &+ Int64(self.offsetDelta)
    }

    /// Absolute timestamp as a consumer sees it: the batch's `maxTimestamp` under LogAppendTime,
    /// else `baseTimestamp + timestampDelta` (wrapping).
    public func timestamp(in header: RecordBatchHeader) -> Int64 {
        switch header.timestampType {
        case .logAppendTime: header.maxTimestamp
        case .createTime: header.baseTimestamp &+ self.timestampDelta
        }
    }

    // MARK: Encoding

    /// The smallest record body: attributes and five one-byte varints.
    static let minimumBodySize = 6
    /// The smallest record on the wire, with its one-byte length.
    static let minimumSize = 7

    /// Bytes after the length prefix.
    public var encodedBodySize: Int {
        var size = 1 + ByteBuffer.varintSize(self.timestampDelta) + ByteBuffer.varintSize(Int64(self.offsetDelta))
        size += Self.bytesFieldSize(self.key)
        size += Self.bytesFieldSize(self.value)
        size += ByteBuffer.varintSize(Int64(self.headers.count))
        for header in self.headers {
            let keyLength = header.key.utf8.count
            size += ByteBuffer.varintSize(Int64(keyLength)) + keyLength
            size += Self.bytesFieldSize(header.value)
        }
        return size
    }

    /// Bytes on the wire, length prefix included.
    public var encodedSize: Int {
        let body = self.encodedBodySize
        return ByteBuffer.varintSize(Int64(body)) + body
    }

    private static func bytesFieldSize(_ bytes: ByteBuffer?) -> Int {
        guard let bytes else { return 1 }
        return ByteBuffer.varintSize(Int64(bytes.readableBytes)) + bytes.readableBytes
    }

    /// Appends the record, length prefix first. Throws `ProtocolError.invalidValue` (writing
    /// nothing) when the record is too large for its varint length.
    public func write(to buffer: inout ByteBuffer) throws {
        let bodySize = self.encodedBodySize
        guard bodySize <= Int(Int32.max) else {
            throw ProtocolError.invalidValue("record of \(bodySize) bytes exceeds the largest record length a varint can carry")
        }
        let totalSize = ByteBuffer.varintSize(Int64(bodySize)) + bodySize
        buffer.reserveCapacity(minimumWritableBytes: totalSize)
        // One pass over the reserved bytes: the sizes above bound every write below.
        let written = buffer.withUnsafeMutableWritableBytes { bytes in
            var writer = RecordWriter(bytes: UnsafeMutableRawBufferPointer(rebasing: bytes[0..<totalSize]))
            writer.varint(Int64(bodySize))
            writer.byte(UInt8(bitPattern: self.attributes))
            writer.varint(self.timestampDelta)
            writer.varint(Int64(self.offsetDelta))
            writer.bytesField(self.key)
            writer.bytesField(self.value)
            writer.varint(Int64(self.headers.count))
            for header in self.headers {
                var key = header.key
                key.withUTF8 { utf8 in
                    writer.varint(Int64(utf8.count))
                    writer.copy(UnsafeRawBufferPointer(utf8))
                }
                writer.bytesField(header.value)
            }
            return writer.position
        }
        assert(written == totalSize, "encodedSize disagrees with the bytes written")
        buffer.moveWriterIndex(forwardBy: written)
    }

    // MARK: Decoding

    /// Reads one length-prefixed record from `buffer` (see `RecordLayout` for the checks) and
    /// moves past it. Keys, values and header values are slices of `buffer`. Errors are
    /// `.invalidRecord` without a record index; the caller adds it.
    static func read(from buffer: inout ByteBuffer) throws(RecordBatchValidationError) -> Record {
        let base = buffer.readerIndex
        let parsed = buffer.withUnsafeReadableBytes { bytes -> Result<(Record, Int), RecordBatchValidationError> in
            do throws(RecordBatchValidationError) {
                let layout = try RecordLayout.parse(bytes, at: 0)
                var record = Record(
                    offsetDelta: layout.offsetDelta,
                    timestampDelta: layout.timestampDelta,
                    key: nil,
                    value: nil,
                    attributes: layout.attributes
                )
                func slice(_ range: Range<Int>) -> ByteBuffer {
                    buffer.getSlice(at: base + range.lowerBound, length: range.count)!
                }
                record.key = layout.key.map(slice)
                record.value = layout.value.map(slice)
                if layout.headerCount > 0 {
                    record.headers.reserveCapacity(layout.headerCount)
                    try layout.forEachHeader(bytes) { key, value in
                        let keyString = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[key]), as: UTF8.self)
                        record.headers.append(RecordHeader(key: keyString, value: value.map(slice)))
                    }
                }
                return .success((record, layout.end))
            } catch {
                return .failure(error)
            }
        }
        let (record, size) = try parsed.get()
        buffer.moveReaderIndex(forwardBy: size)
        return record
    }
}

/// Writes record fields into reserved bytes. Every write checks that it stays within them, so a
/// size computation that disagreed with the writes would stop the process rather than corrupt
/// memory; `Record.write` reserves exactly `encodedSize`, so the checks never fire.
private struct RecordWriter {
    let bytes: UnsafeMutableRawBufferPointer
    var position = 0

    init(bytes: UnsafeMutableRawBufferPointer) {
        self.bytes = bytes
    }

    @inline(__always)
    mutating func byte(_ value: UInt8) {
        precondition(self.position < self.bytes.count)
        self.bytes[self.position] = value
        self.position &+= 1
    }

    /// Zig-zag varint/varlong.
    @inline(__always)
    mutating func varint(_ value: Int64) {
        var raw = UInt64(bitPattern: (value &<< 1) ^ (value &>> 63))
        while raw >= 0x80 {
            self.byte(UInt8(truncatingIfNeeded: raw) | 0x80)
            raw &>>= 7
        }
        self.byte(UInt8(truncatingIfNeeded: raw))
    }

    mutating func copy(_ source: UnsafeRawBufferPointer) {
        guard source.count > 0 else { return }
        precondition(source.count <= self.bytes.count - self.position)
        UnsafeMutableRawBufferPointer(rebasing: self.bytes[self.position..<(self.position + source.count)]).copyMemory(from: source)
        self.position &+= source.count
    }

    /// A varint length (-1 for nil) and the bytes.
    mutating func bytesField(_ value: ByteBuffer?) {
        guard let value else {
            self.varint(-1)
            return
        }
        self.varint(Int64(value.readableBytes))
        value.withUnsafeReadableBytes { self.copy($0) }
    }
}
