import NIOCore

// Arrays and nested structs for the generated messages in Generated/. Kept generic so that each
// generated field costs one call rather than a loop, which keeps Generated/ small and quick to
// compile; in optimized builds the calls are specialized, so nothing is boxed or dispatched.

/// One element of an ARRAY / COMPACT_ARRAY field: a primitive or a generated nested struct.
/// `compact` applies to the element's own encoding (strings inside `[]string`).
protocol KafkaArrayElement {
    static func readKafkaElement(from buffer: inout ByteBuffer, version: Int16, compact: Bool, _ context: StaticString) throws -> Self
    func writeKafkaElement(into buffer: inout ByteBuffer, version: Int16, compact: Bool) throws
}

/// A nested struct of a generated message, decoded and encoded at its message's version.
/// The version is not checked here: the enclosing message has already checked it.
protocol KafkaStructCodable: KafkaArrayElement {
    init(from buffer: inout ByteBuffer, version: Int16) throws
    func encode(into buffer: inout ByteBuffer, version: Int16) throws
}

extension KafkaStructCodable {
    @inline(__always)
    static func readKafkaElement(from buffer: inout ByteBuffer, version: Int16, compact: Bool, _ context: StaticString) throws -> Self {
        try Self(from: &buffer, version: version)
    }

    @inline(__always)
    func writeKafkaElement(into buffer: inout ByteBuffer, version: Int16, compact: Bool) throws {
        try self.encode(into: &buffer, version: version)
    }
}

extension KafkaArrayElement where Self: FixedWidthInteger {
    @inline(__always)
    static func readKafkaElement(from buffer: inout ByteBuffer, version: Int16, compact: Bool, _ context: StaticString) throws -> Self {
        try buffer.readKafkaInteger(as: Self.self, context)
    }

    @inline(__always)
    func writeKafkaElement(into buffer: inout ByteBuffer, version: Int16, compact: Bool) throws {
        buffer.writeInteger(self, endianness: .big)
    }
}

extension Int8: KafkaArrayElement {}
extension Int16: KafkaArrayElement {}
extension Int32: KafkaArrayElement {}
extension Int64: KafkaArrayElement {}
extension UInt16: KafkaArrayElement {}
extension UInt32: KafkaArrayElement {}

extension Bool: KafkaArrayElement {
    static func readKafkaElement(from buffer: inout ByteBuffer, version: Int16, compact: Bool, _ context: StaticString) throws -> Bool {
        try buffer.readKafkaBool(context)
    }

    func writeKafkaElement(into buffer: inout ByteBuffer, version: Int16, compact: Bool) throws {
        buffer.writeKafkaBool(self)
    }
}

extension Double: KafkaArrayElement {
    static func readKafkaElement(from buffer: inout ByteBuffer, version: Int16, compact: Bool, _ context: StaticString) throws -> Double {
        try buffer.readKafkaFloat64(context)
    }

    func writeKafkaElement(into buffer: inout ByteBuffer, version: Int16, compact: Bool) throws {
        buffer.writeKafkaFloat64(self)
    }
}

extension String: KafkaArrayElement {
    static func readKafkaElement(from buffer: inout ByteBuffer, version: Int16, compact: Bool, _ context: StaticString) throws -> String {
        try buffer.readKafkaString(compact: compact, context)
    }

    func writeKafkaElement(into buffer: inout ByteBuffer, version: Int16, compact: Bool) throws {
        try buffer.writeKafkaString(self, compact: compact)
    }
}

extension KafkaUUID: KafkaArrayElement {
    static func readKafkaElement(from buffer: inout ByteBuffer, version: Int16, compact: Bool, _ context: StaticString) throws -> KafkaUUID {
        try buffer.readKafkaUUID(context)
    }

    func writeKafkaElement(into buffer: inout ByteBuffer, version: Int16, compact: Bool) throws {
        buffer.writeKafkaUUID(self)
    }
}

extension ByteBuffer {
    // MARK: Arrays

    /// Elements reserved before any is read; larger arrays grow as their elements arrive.
    static let maximumArrayReservation = 1024

    /// A nullable ARRAY / COMPACT_ARRAY. The count is checked against the remaining bytes times
    /// `minimumElementSize` (the smallest encoding of one element) before anything is reserved.
    mutating func readKafkaNullableArray<Element: KafkaArrayElement>(
        of type: Element.Type,
        version: Int16,
        compact: Bool,
        minimumElementSize: Int,
        _ context: StaticString
    ) throws -> [Element]? {
        guard let count = try self.readKafkaArrayCount(compact: compact, minimumElementSize: max(1, minimumElementSize), context) else {
            return nil
        }
        var elements: [Element] = []
        // The count is honest only in wire bytes: an element can be far larger in memory than on
        // the wire, so reserve at most a modest amount up front and let real elements grow it.
        elements.reserveCapacity(Swift.min(count, Self.maximumArrayReservation))
        for _ in 0..<count {
            elements.append(try Element.readKafkaElement(from: &self, version: version, compact: compact, context))
        }
        return elements
    }

    /// A non-nullable array: null on the wire is an error.
    mutating func readKafkaArray<Element: KafkaArrayElement>(
        of type: Element.Type,
        version: Int16,
        compact: Bool,
        minimumElementSize: Int,
        _ context: StaticString
    ) throws -> [Element] {
        guard let elements = try self.readKafkaNullableArray(
            of: type, version: version, compact: compact, minimumElementSize: minimumElementSize, context
        ) else {
            throw ProtocolError.invalidValue("\(context): null where an array is required")
        }
        return elements
    }

    /// Writes an array, or null for nil (the caller has checked that the version allows null).
    mutating func writeKafkaArray<Element: KafkaArrayElement>(_ elements: [Element]?, version: Int16, compact: Bool) throws {
        guard let elements else {
            self.writeKafkaArrayCount(nil, compact: compact)
            return
        }
        self.writeKafkaArrayCount(elements.count, compact: compact)
        for element in elements {
            try element.writeKafkaElement(into: &self, version: version, compact: compact)
        }
    }

    // MARK: Nullable structs

    /// A nullable struct field: an INT8 marker, -1 for null or 1 followed by the struct, as Kafka does.
    mutating func readKafkaNullableStruct<Struct: KafkaStructCodable>(
        of type: Struct.Type,
        version: Int16,
        _ context: StaticString
    ) throws -> Struct? {
        let marker = try self.readKafkaInteger(as: Int8.self, context)
        if marker < 0 { return nil }
        return try Struct(from: &self, version: version)
    }

    mutating func writeKafkaNullableStruct<Struct: KafkaStructCodable>(_ value: Struct?, version: Int16) throws {
        guard let value else {
            self.writeInteger(Int8(-1))
            return
        }
        self.writeInteger(Int8(1))
        try value.encode(into: &self, version: version)
    }

    // MARK: Records

    /// A `records` field in a version where it may not be null.
    mutating func readKafkaRequiredRecords(compact: Bool, _ context: StaticString) throws -> ByteBuffer {
        guard let records = try self.readKafkaRecords(compact: compact, context) else {
            throw ProtocolError.invalidValue("\(context): null where records are required")
        }
        return records
    }

    // MARK: Tagged fields

    /// Reads a tagged-field section of a struct that knows no tags: everything is kept as unknown.
    mutating func readUnknownTaggedFields(_ context: StaticString) throws -> [TaggedField] {
        try self.readTaggedFields(context) { (_: UInt32, _: inout ByteBuffer) throws -> Bool in false }
    }
}
