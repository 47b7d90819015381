/// Where the fields of one record lie in a raw byte range, found by walking its varints with
/// bounds checks and no allocation: the single record parser behind both validation (which only
/// walks) and decoding (which then slices keys, values and headers out of the buffer).
///
/// Ranges are byte offsets into the `UnsafeRawBufferPointer` the record was parsed from. Every
/// length is checked against the bytes that remain before it is used. Varints follow
/// `ByteBuffer.readVarint`: at most 5 bytes (10 for varlongs), no bits beyond the type's width.
struct RecordLayout {
    var attributes: Int8
    var timestampDelta: Int64
    var offsetDelta: Int32
    var key: Range<Int>?
    var value: Range<Int>?
    var headerCount: Int
    /// Offset of the first header's key length.
    var headersStart: Int
    /// Offset just past the record.
    var end: Int

    /// Parses the length-prefixed record starting at `start`, which must be within `bytes`.
    static func parse(_ bytes: UnsafeRawBufferPointer, at start: Int) throws(RecordBatchValidationError) -> RecordLayout {
        var index = start
        let length = try Self.readVarint(bytes, &index, bytes.count, "record length")
        guard length >= Int32(Record.minimumBodySize) else {
            throw RecordBatchValidationError(.invalidRecord, "record length \(length) is smaller than the \(Record.minimumBodySize) bytes of the smallest record")
        }
        guard Int(length) <= bytes.count - index else {
            throw RecordBatchValidationError(.invalidRecord, "record length \(length) exceeds the \(bytes.count - index) bytes that remain in the batch")
        }
        let end = index + Int(length)
        let attributes = Int8(bitPattern: bytes[index])
        index += 1
        let timestampDelta = try Self.readVarlong(bytes, &index, end, "timestampDelta")
        let offsetDelta = try Self.readVarint(bytes, &index, end, "offsetDelta")
        let key = try Self.readBytesField(bytes, &index, end, "key")
        let value = try Self.readBytesField(bytes, &index, end, "value")
        let headerCount = try Self.readVarint(bytes, &index, end, "header count")
        guard headerCount >= 0 else {
            throw RecordBatchValidationError(.invalidRecord, "header count \(headerCount) is negative")
        }
        // Each header takes at least two bytes (two one-byte lengths).
        guard Int(headerCount) <= (end - index) / 2 else {
            throw RecordBatchValidationError(.invalidRecord, "header count \(headerCount) cannot fit in the \(end - index) bytes left in the record")
        }
        let headersStart = index
        for header in 0..<Int(headerCount) {
            _ = try Self.readHeader(bytes, &index, end, header)
        }
        guard index == end else {
            throw RecordBatchValidationError(.invalidRecord, "record length \(length) leaves \(end - index) bytes unread after the headers")
        }
        return RecordLayout(
            attributes: attributes,
            timestampDelta: timestampDelta,
            offsetDelta: offsetDelta,
            key: key,
            value: value,
            headerCount: Int(headerCount),
            headersStart: headersStart,
            end: end
        )
    }

    /// Calls `body` with the key and value ranges of each header, for a layout `parse` returned
    /// from `bytes`.
    func forEachHeader(
        _ bytes: UnsafeRawBufferPointer,
        _ body: (_ key: Range<Int>, _ value: Range<Int>?) -> Void
    ) throws(RecordBatchValidationError) {
        var index = self.headersStart
        for header in 0..<self.headerCount {
            let (key, value) = try Self.readHeader(bytes, &index, self.end, header)
            body(key, value)
        }
    }

    // MARK: Fields

    private static func readHeader(
        _ bytes: UnsafeRawBufferPointer,
        _ index: inout Int,
        _ end: Int,
        _ header: Int
    ) throws(RecordBatchValidationError) -> (key: Range<Int>, value: Range<Int>?) {
        let keyLength = try Self.readVarint(bytes, &index, end, "header key length")
        guard keyLength >= 0 else {
            throw RecordBatchValidationError(.invalidRecord, "header \(header) has a null or negative key length \(keyLength)")
        }
        guard Int(keyLength) <= end - index else {
            throw RecordBatchValidationError(.invalidRecord, "header \(header) key length \(keyLength) exceeds the \(end - index) bytes left in the record")
        }
        let key = index..<(index + Int(keyLength))
        index = key.upperBound
        let value = try Self.readBytesField(bytes, &index, end, "header value")
        return (key, value)
    }

    /// A varint length (-1 null) and the range of that many bytes.
    @inline(__always)
    private static func readBytesField(
        _ bytes: UnsafeRawBufferPointer,
        _ index: inout Int,
        _ end: Int,
        _ field: StaticString
    ) throws(RecordBatchValidationError) -> Range<Int>? {
        let length = try Self.readVarint(bytes, &index, end, field)
        if length == -1 { return nil }
        guard length >= 0 else {
            throw RecordBatchValidationError(.invalidRecord, "\(field) length \(length) is negative")
        }
        guard Int(length) <= end - index else {
            throw RecordBatchValidationError(.invalidRecord, "\(field) length \(length) exceeds the \(end - index) bytes left in the record")
        }
        let range = index..<(index + Int(length))
        index = range.upperBound
        return range
    }

    /// Zig-zag VARINT of at most 5 bytes ending before `end`.
    @inline(__always)
    private static func readVarint(
        _ bytes: UnsafeRawBufferPointer,
        _ index: inout Int,
        _ end: Int,
        _ field: StaticString
    ) throws(RecordBatchValidationError) -> Int32 {
        var raw: UInt32 = 0
        var shift: UInt32 = 0
        var position = index
        while true {
            guard position < end else {
                throw RecordBatchValidationError(.invalidRecord, "\(field): varint runs past the end of the record")
            }
            let byte = bytes[position]
            position &+= 1
            if shift == 28 && byte & 0xF0 != 0 {
                throw RecordBatchValidationError(.invalidRecord, "\(field): varint is longer than 32 bits allow")
            }
            raw |= UInt32(byte & 0x7F) &<< shift
            if byte & 0x80 == 0 { break }
            shift &+= 7
        }
        index = position
        return Int32(bitPattern: (raw &>> 1) ^ (0 &- (raw & 1)))
    }

    /// Zig-zag VARLONG of at most 10 bytes ending before `end`.
    @inline(__always)
    private static func readVarlong(
        _ bytes: UnsafeRawBufferPointer,
        _ index: inout Int,
        _ end: Int,
        _ field: StaticString
    ) throws(RecordBatchValidationError) -> Int64 {
        var raw: UInt64 = 0
        var shift: UInt64 = 0
        var position = index
        while true {
            guard position < end else {
                throw RecordBatchValidationError(.invalidRecord, "\(field): varlong runs past the end of the record")
            }
            let byte = bytes[position]
            position &+= 1
            if shift == 63 && byte & 0xFE != 0 {
                throw RecordBatchValidationError(.invalidRecord, "\(field): varlong is longer than 64 bits allow")
            }
            raw |= UInt64(byte & 0x7F) &<< shift
            if byte & 0x80 == 0 { break }
            shift &+= 7
        }
        index = position
        return Int64(bitPattern: (raw &>> 1) ^ (0 &- (raw & 1)))
    }
}
