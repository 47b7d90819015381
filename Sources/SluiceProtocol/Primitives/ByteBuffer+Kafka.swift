import NIOCore

// Kafka's primitive types over NIO's ByteBuffer. Every read checks the bytes that remain before it
// reads or allocates, and throws `ProtocolError` instead of trapping. Integers are big-endian.
// `compact` selects the flexible-version forms (unsigned-varint lengths stored plus one).

extension ByteBuffer {
    // MARK: Fixed-width

    @inlinable
    public mutating func readKafkaInteger<T: FixedWidthInteger>(as: T.Type = T.self, _ context: StaticString) throws -> T {
        guard let value = self.readInteger(endianness: .big, as: T.self) else {
            throw ProtocolError.truncated(needed: MemoryLayout<T>.size, available: self.readableBytes, context: "\(context)")
        }
        return value
    }

    @inlinable
    public mutating func readKafkaBool(_ context: StaticString) throws -> Bool {
        try self.readKafkaInteger(as: UInt8.self, context) != 0
    }

    @inlinable
    public mutating func writeKafkaBool(_ value: Bool) {
        self.writeInteger(value ? UInt8(1) : UInt8(0))
    }

    @inlinable
    public mutating func readKafkaFloat64(_ context: StaticString) throws -> Double {
        Double(bitPattern: try self.readKafkaInteger(as: UInt64.self, context))
    }

    @inlinable
    public mutating func writeKafkaFloat64(_ value: Double) {
        self.writeInteger(value.bitPattern, endianness: .big)
    }

    @inlinable
    public mutating func readKafkaUUID(_ context: StaticString) throws -> KafkaUUID {
        guard self.readableBytes >= 16 else {
            throw ProtocolError.truncated(needed: 16, available: self.readableBytes, context: "\(context)")
        }
        let high = self.readInteger(endianness: .big, as: UInt64.self)!
        let low = self.readInteger(endianness: .big, as: UInt64.self)!
        return KafkaUUID(high: high, low: low)
    }

    @inlinable
    public mutating func writeKafkaUUID(_ value: KafkaUUID) {
        self.writeInteger(value.high, endianness: .big)
        self.writeInteger(value.low, endianness: .big)
    }

    // MARK: Variable-length integers

    /// Reads an unsigned LEB128 varint of at most 5 bytes (Kafka's UNSIGNED_VARINT).
    @inlinable
    public mutating func readUnsignedVarint(_ context: StaticString = "unsigned varint") throws -> UInt32 {
        UInt32(truncatingIfNeeded: try self.readUnsignedLEB128(bits: 32, context))
    }

    /// Reads an unsigned LEB128 varlong of at most 10 bytes.
    @inlinable
    public mutating func readUnsignedVarlong(_ context: StaticString = "unsigned varlong") throws -> UInt64 {
        try self.readUnsignedLEB128(bits: 64, context)
    }

    /// LEB128 of a `bits`-wide value: the last byte may carry only the bits that are left, so an
    /// overlong encoding throws instead of silently wrapping.
    @inlinable
    mutating func readUnsignedLEB128(bits: UInt64, _ context: StaticString) throws -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        var index = self.readerIndex
        let end = self.writerIndex
        while true {
            guard index < end else {
                throw ProtocolError.truncated(needed: index - self.readerIndex + 1, available: self.readableBytes, context: "\(context)")
            }
            let byte = self.getInteger(at: index, as: UInt8.self)!
            index += 1
            if shift + 7 > bits && UInt64(byte) >> (bits - shift) != 0 {
                throw ProtocolError.malformedVarint(context: "\(context)")
            }
            result |= UInt64(byte & 0x7F) << shift
            if byte & 0x80 == 0 { break }
            shift += 7
        }
        self.moveReaderIndex(to: index)
        return result
    }

    /// Zig-zag encoded 32-bit varint (Kafka's VARINT).
    @inlinable
    public mutating func readVarint(_ context: StaticString = "varint") throws -> Int32 {
        let raw = try self.readUnsignedVarint(context)
        return Int32(bitPattern: (raw >> 1) ^ (0 &- (raw & 1)))
    }

    /// Zig-zag encoded 64-bit varint (Kafka's VARLONG).
    @inlinable
    public mutating func readVarlong(_ context: StaticString = "varlong") throws -> Int64 {
        let raw = try self.readUnsignedVarlong(context)
        return Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1)))
    }

    @inlinable
    @discardableResult
    public mutating func writeUnsignedVarint(_ value: UInt32) -> Int {
        self.writeUnsignedVarlong(UInt64(value))
    }

    @inlinable
    @discardableResult
    public mutating func writeUnsignedVarlong(_ value: UInt64) -> Int {
        var value = value
        var written = 0
        while value >= 0x80 {
            self.writeInteger(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
            written += 1
        }
        self.writeInteger(UInt8(truncatingIfNeeded: value))
        return written + 1
    }

    @inlinable
    @discardableResult
    public mutating func writeVarint(_ value: Int32) -> Int {
        self.writeUnsignedVarint(UInt32(bitPattern: (value << 1) ^ (value >> 31)))
    }

    @inlinable
    @discardableResult
    public mutating func writeVarlong(_ value: Int64) -> Int {
        self.writeUnsignedVarlong(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
    }

    /// Bytes that `writeUnsignedVarlong` would write.
    @inlinable
    public static func unsignedVarintSize(_ value: UInt64) -> Int {
        var value = value
        var size = 1
        while value >= 0x80 {
            value >>= 7
            size += 1
        }
        return size
    }

    @inlinable
    public static func varintSize(_ value: Int64) -> Int {
        unsignedVarintSize(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
    }

    // MARK: Lengths

    /// Reads a length prefix: INT16 for strings, INT32 for bytes and arrays, or an unsigned varint
    /// plus one in compact form. Returns nil for null (-1 / 0 compact). The length is checked against
    /// the readable bytes times `minimumElementSize` so no caller allocates from a dishonest length.
    @inlinable
    public mutating func readKafkaLength(compact: Bool, short: Bool, minimumElementSize: Int = 1, _ context: StaticString) throws -> Int? {
        let length: Int
        if compact {
            let raw = try self.readUnsignedVarint(context)
            if raw == 0 { return nil }
            length = Int(raw) - 1
        } else if short {
            let raw = try self.readKafkaInteger(as: Int16.self, context)
            if raw == -1 { return nil }
            length = Int(raw)
        } else {
            let raw = try self.readKafkaInteger(as: Int32.self, context)
            if raw == -1 { return nil }
            length = Int(raw)
        }
        guard length >= 0 else { throw ProtocolError.negativeLength(length, context: "\(context)") }
        if minimumElementSize > 0 && length > self.readableBytes / minimumElementSize {
            throw ProtocolError.lengthTooLarge(length, available: self.readableBytes, context: "\(context)")
        }
        return length
    }

    @inlinable
    public mutating func writeKafkaLength(_ length: Int?, compact: Bool, short: Bool) {
        if compact {
            self.writeUnsignedVarint(length.map { UInt32($0 + 1) } ?? 0)
        } else if short {
            self.writeInteger(Int16(length ?? -1), endianness: .big)
        } else {
            self.writeInteger(Int32(length ?? -1), endianness: .big)
        }
    }

    // MARK: Strings

    /// STRING, COMPACT_STRING and their nullable forms. Malformed UTF-8 is replaced, as Java does.
    @inlinable
    public mutating func readKafkaNullableString(compact: Bool, _ context: StaticString) throws -> String? {
        guard let length = try self.readKafkaLength(compact: compact, short: true, context) else { return nil }
        return self.readString(length: length)!
    }

    @inlinable
    public mutating func readKafkaString(compact: Bool, _ context: StaticString) throws -> String {
        guard let value = try self.readKafkaNullableString(compact: compact, context) else {
            throw ProtocolError.invalidValue("\(context): null where a string is required")
        }
        return value
    }

    @inlinable
    public mutating func writeKafkaString(_ value: String?, compact: Bool) throws {
        guard let value else {
            self.writeKafkaLength(nil, compact: compact, short: true)
            return
        }
        let count = value.utf8.count
        if !compact && count > Int(Int16.max) {
            throw ProtocolError.invalidValue("string of \(count) bytes is longer than a Kafka STRING can carry")
        }
        self.writeKafkaLength(count, compact: compact, short: true)
        self.writeString(value)
    }

    // MARK: Bytes and records

    @inlinable
    public mutating func readKafkaNullableBytes(compact: Bool, _ context: StaticString) throws -> [UInt8]? {
        guard let length = try self.readKafkaLength(compact: compact, short: false, context) else { return nil }
        return self.readBytes(length: length)!
    }

    @inlinable
    public mutating func readKafkaBytes(compact: Bool, _ context: StaticString) throws -> [UInt8] {
        guard let value = try self.readKafkaNullableBytes(compact: compact, context) else {
            throw ProtocolError.invalidValue("\(context): null where bytes are required")
        }
        return value
    }

    @inlinable
    public mutating func writeKafkaBytes(_ value: [UInt8]?, compact: Bool) {
        guard let value else {
            self.writeKafkaLength(nil, compact: compact, short: false)
            return
        }
        self.writeKafkaLength(value.count, compact: compact, short: false)
        self.writeBytes(value)
    }

    /// A `records` field as a slice of this buffer: no copy.
    @inlinable
    public mutating func readKafkaRecords(compact: Bool, _ context: StaticString) throws -> ByteBuffer? {
        guard let length = try self.readKafkaLength(compact: compact, short: false, context) else { return nil }
        return self.readSlice(length: length)!
    }

    @inlinable
    public mutating func writeKafkaRecords(_ value: ByteBuffer?, compact: Bool) {
        guard var value else {
            self.writeKafkaLength(nil, compact: compact, short: false)
            return
        }
        self.writeKafkaLength(value.readableBytes, compact: compact, short: false)
        self.writeBuffer(&value)
    }

    // MARK: Arrays

    /// ARRAY / COMPACT_ARRAY element count; nil for a null array.
    @inlinable
    public mutating func readKafkaArrayCount(compact: Bool, minimumElementSize: Int = 1, _ context: StaticString) throws -> Int? {
        try self.readKafkaLength(compact: compact, short: false, minimumElementSize: minimumElementSize, context)
    }

    @inlinable
    public mutating func writeKafkaArrayCount(_ count: Int?, compact: Bool) {
        self.writeKafkaLength(count, compact: compact, short: false)
    }

    // MARK: Tagged fields

    /// Reads a tagged-field section. `known` is called with each tag and a slice holding exactly that
    /// field's bytes; it returns false for a tag it does not know, which is then kept in the result.
    @inlinable
    public mutating func readTaggedFields(
        _ context: StaticString,
        known: (UInt32, inout ByteBuffer) throws -> Bool
    ) throws -> [TaggedField] {
        let count = try self.readUnsignedVarint(context)
        guard count <= UInt32(self.readableBytes / 2) else {
            throw ProtocolError.lengthTooLarge(Int(count), available: self.readableBytes, context: "\(context)")
        }
        var unknown: [TaggedField] = []
        var previousTag: Int64 = -1
        for _ in 0..<count {
            let tag = try self.readUnsignedVarint(context)
            guard Int64(tag) > previousTag else {
                throw ProtocolError.invalidValue("\(context): tagged field \(tag) out of order or repeated")
            }
            previousTag = Int64(tag)
            let size = Int(try self.readUnsignedVarint(context))
            guard size <= self.readableBytes else {
                throw ProtocolError.lengthTooLarge(size, available: self.readableBytes, context: "\(context)")
            }
            var slice = self.readSlice(length: size)!
            if try !known(tag, &slice) {
                unknown.append(TaggedField(tag: tag, data: slice.readBytes(length: slice.readableBytes) ?? []))
            } else if slice.readableBytes != 0 {
                throw ProtocolError.invalidValue("\(context): tagged field \(tag) has \(slice.readableBytes) trailing bytes")
            }
        }
        return unknown
    }

    /// Writes a tagged-field section from already-encoded known fields and kept unknown ones, in tag order.
    @inlinable
    public mutating func writeTaggedFields(_ known: [(UInt32, ByteBuffer)], unknown: [TaggedField]) {
        if known.isEmpty && unknown.isEmpty {
            self.writeInteger(UInt8(0))
            return
        }
        var all: [(UInt32, ByteBuffer)] = known
        for field in unknown {
            all.append((field.tag, ByteBuffer(bytes: field.data)))
        }
        all.sort { $0.0 < $1.0 }
        self.writeUnsignedVarint(UInt32(all.count))
        for (tag, var data) in all {
            self.writeUnsignedVarint(tag)
            self.writeUnsignedVarint(UInt32(data.readableBytes))
            self.writeBuffer(&data)
        }
    }
}
