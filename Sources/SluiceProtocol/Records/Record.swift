import NIOCore

/// One header of a record: a non-null UTF-8 key and nullable bytes.
public struct RecordHeader: Sendable, Hashable {
    public var key: String
    public var value: ByteBuffer?

    public init(key: String, value: ByteBuffer?) {
        self.key = key
        self.value = value
    }

    public init(key: String, value: [UInt8]?) {
        self.key = key
        self.value = value.map { ByteBuffer(bytes: $0) }
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
        buffer.reserveCapacity(minimumWritableBytes: bodySize + 5)
        buffer.writeVarint(Int32(bodySize))
        buffer.writeInteger(self.attributes)
        buffer.writeVarlong(self.timestampDelta)
        buffer.writeVarint(self.offsetDelta)
        Self.writeBytesField(self.key, to: &buffer)
        Self.writeBytesField(self.value, to: &buffer)
        buffer.writeVarint(Int32(self.headers.count))
        for header in self.headers {
            buffer.writeVarint(Int32(header.key.utf8.count))
            buffer.writeString(header.key)
            Self.writeBytesField(header.value, to: &buffer)
        }
    }

    private static func writeBytesField(_ bytes: ByteBuffer?, to buffer: inout ByteBuffer) {
        guard var bytes else {
            buffer.writeVarint(-1)
            return
        }
        buffer.writeVarint(Int32(bytes.readableBytes))
        buffer.writeBuffer(&bytes)
    }

    // MARK: Decoding

    /// Reads one length-prefixed record from `buffer`. Every length is checked against the bytes
    /// that remain before anything is sliced, and the record must use exactly its declared length.
    /// With `keepContents` false the key, value and headers are checked but not kept (nil and
    /// empty), so validation builds no strings or arrays. Errors are `.invalidRecord` without a
    /// record index; the caller adds it.
    static func read(from buffer: inout ByteBuffer, keepContents: Bool) throws(RecordBatchValidationError) -> Record {
        let length = try Self.readVarint(&buffer, "record length")
        guard length >= Self.minimumBodySize else {
            throw RecordBatchValidationError(.invalidRecord, "record length \(length) is smaller than the \(Self.minimumBodySize) bytes of the smallest record")
        }
        guard Int(length) <= buffer.readableBytes else {
            throw RecordBatchValidationError(.invalidRecord, "record length \(length) exceeds the \(buffer.readableBytes) bytes that remain in the batch")
        }
        var body = buffer.readSlice(length: Int(length))!
        let attributes = body.readInteger(as: Int8.self)!
        let timestampDelta: Int64
        do {
            timestampDelta = try body.readVarlong("timestampDelta")
        } catch {
            throw RecordBatchValidationError(.invalidRecord, "timestampDelta: \(error)")
        }
        let offsetDelta = try Self.readVarint(&body, "offsetDelta")
        let key = try Self.readBytesField(&body, "key", keepContents: keepContents)
        let value = try Self.readBytesField(&body, "value", keepContents: keepContents)

        let headerCount = try Self.readVarint(&body, "header count")
        guard headerCount >= 0 else {
            throw RecordBatchValidationError(.invalidRecord, "header count \(headerCount) is negative")
        }
        // Each header takes at least two bytes (two one-byte lengths).
        guard Int(headerCount) <= body.readableBytes / 2 else {
            throw RecordBatchValidationError(.invalidRecord, "header count \(headerCount) cannot fit in the \(body.readableBytes) bytes left in the record")
        }
        var headers: [RecordHeader] = []
        if keepContents { headers.reserveCapacity(Int(headerCount)) }
        for index in 0..<Int(headerCount) {
            let keyLength = try Self.readVarint(&body, "header key length")
            guard keyLength >= 0 else {
                throw RecordBatchValidationError(.invalidRecord, "header \(index) has a null or negative key length \(keyLength)")
            }
            guard Int(keyLength) <= body.readableBytes else {
                throw RecordBatchValidationError(.invalidRecord, "header \(index) key length \(keyLength) exceeds the \(body.readableBytes) bytes left in the record")
            }
            let keySlice = body.readSlice(length: Int(keyLength))!
            let headerValue = try Self.readBytesField(&body, "header value", keepContents: keepContents)
            if keepContents {
                headers.append(RecordHeader(key: String(buffer: keySlice), value: headerValue))
            }
        }
        guard body.readableBytes == 0 else {
            throw RecordBatchValidationError(.invalidRecord, "record length \(length) leaves \(body.readableBytes) bytes unread after the headers")
        }
        return Record(
            offsetDelta: offsetDelta,
            timestampDelta: timestampDelta,
            key: key,
            value: value,
            headers: headers,
            attributes: attributes
        )
    }

    private static func readVarint(_ buffer: inout ByteBuffer, _ context: StaticString) throws(RecordBatchValidationError) -> Int32 {
        do {
            return try buffer.readVarint(context)
        } catch {
            throw RecordBatchValidationError(.invalidRecord, "\(error)")
        }
    }

    /// A varint length (-1 null) and that many bytes, sliced without copying.
    private static func readBytesField(
        _ buffer: inout ByteBuffer,
        _ context: StaticString,
        keepContents: Bool
    ) throws(RecordBatchValidationError) -> ByteBuffer? {
        let length = try Self.readVarint(&buffer, context)
        if length == -1 { return nil }
        guard length >= 0 else {
            throw RecordBatchValidationError(.invalidRecord, "\(context) length \(length) is negative")
        }
        guard Int(length) <= buffer.readableBytes else {
            throw RecordBatchValidationError(.invalidRecord, "\(context) length \(length) exceeds the \(buffer.readableBytes) bytes left in the record")
        }
        if keepContents {
            return buffer.readSlice(length: Int(length))!
        }
        buffer.moveReaderIndex(forwardBy: Int(length))
        return nil
    }
}
