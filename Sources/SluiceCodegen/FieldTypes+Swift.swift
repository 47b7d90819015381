// How each field type is spelled, defaulted, read, written and sized in generated Swift.

extension Message {
    /// The Swift type of a field's element or value, without optionality.
    func swiftType(_ type: FieldType) throws -> String {
        switch type {
        case .bool: return "Bool"
        case .int8: return "Int8"
        case .int16: return "Int16"
        case .uint16: return "UInt16"
        case .int32: return "Int32"
        case .uint32: return "UInt32"
        case .int64: return "Int64"
        case .float64: return "Double"
        case .string: return "String"
        case .bytes: return "[UInt8]"
        case .records: return "ByteBuffer"
        case .uuid: return "KafkaUUID"
        case .structure(let name): return name
        case .array(let element):
            switch element {
            case .array, .bytes, .records: throw CodegenError("\(self.specFile): arrays of \(element) are not supported")
            default: return "[\(try self.swiftType(element))]"
            }
        }
    }

    func swiftType(of field: Field) throws -> String {
        try self.swiftType(field.type) + (field.isOptional ? "?" : "")
    }

    /// The Swift expression for a field's default value.
    func defaultExpression(_ field: Field) throws -> String {
        let text = field.defaultText
        let where_ = "\(self.specFile) \(field.name)"
        switch field.type {
        case .bool:
            guard let text else { return "false" }
            guard text == "true" || text == "false" else { throw CodegenError("\(where_): bad bool default \(text)") }
            return text
        case .int8, .int16, .uint16, .int32, .uint32, .int64:
            guard let text else { return "0" }
            let value = try Self.parseInteger(text, for: field.type, where_)
            return String(value)
        case .float64:
            guard let text else { return "0.0" }
            guard let value = Double(text), value.isFinite else { throw CodegenError("\(where_): bad float default \(text)") }
            return String(value)
        case .string:
            if text == "null" { return "nil" }
            return SwiftNames.stringLiteral(text ?? "")
        case .bytes, .array:
            if text == "null" { return "nil" }
            guard text == nil || text == "" else { throw CodegenError("\(where_): \(field.type) cannot have a default") }
            return "[]"
        case .records:
            return "nil"
        case .uuid:
            return "KafkaUUID.zero"
        case .structure(let name):
            if text == "null" { return "nil" }
            guard text == nil else { throw CodegenError("\(where_): a struct cannot have a default") }
            return "\(name)()"
        }
    }

    /// Parses decimal, 0x hex and 0-prefixed octal, checking the value fits the type.
    static func parseInteger(_ text: String, for type: FieldType, _ where_: String) throws -> Int64 {
        var body = Substring(text.trimmingCharacters(in: .whitespaces))
        var negative = false
        if body.hasPrefix("-") {
            negative = true
            body = body.dropFirst()
        }
        var magnitude: UInt64?
        if body.hasPrefix("0x") || body.hasPrefix("0X") {
            magnitude = UInt64(body.dropFirst(2), radix: 16)
        } else if body.count > 1 && body.hasPrefix("0") {
            magnitude = UInt64(body.dropFirst(), radix: 8)
        } else {
            magnitude = UInt64(body, radix: 10)
        }
        guard let magnitude, magnitude <= UInt64(Int64.max) + (negative ? 1 : 0) else {
            throw CodegenError("\(where_): bad integer default \(text)")
        }
        let value: Int64 = negative ? (magnitude == UInt64(Int64.max) + 1 ? Int64.min : -Int64(magnitude)) : Int64(magnitude)
        let range: ClosedRange<Int64>
        switch type {
        case .int8: range = Int64(Int8.min)...Int64(Int8.max)
        case .int16: range = Int64(Int16.min)...Int64(Int16.max)
        case .uint16: range = 0...Int64(UInt16.max)
        case .int32: range = Int64(Int32.min)...Int64(Int32.max)
        case .uint32: range = 0...Int64(UInt32.max)
        default: range = Int64.min...Int64.max
        }
        guard range.contains(value) else { throw CodegenError("\(where_): default \(text) does not fit \(type)") }
        return value
    }

    /// A Swift `Bool` expression that is true when `value` (a field of this struct) is not at its default.
    func nonDefaultExpression(_ field: Field, value: String) throws -> String {
        let defaultValue = try self.defaultExpression(field)
        switch field.type {
        case .bool, .int8, .int16, .uint16, .int32, .uint32, .int64, .float64, .uuid:
            return "\(value) != \(defaultValue)"
        case .string:
            if defaultValue == "nil" { return "\(value) != nil" }
            if !field.isOptional && defaultValue == "\"\"" { return "!\(value).isEmpty" }
            return "\(value) != \(defaultValue)"
        case .bytes, .array:
            if defaultValue == "nil" { return "\(value) != nil" }
            return field.isOptional ? "\(value)?.isEmpty != true" : "!\(value).isEmpty"
        case .records:
            return "\(value) != nil"
        case .structure:
            return "\(value) != \(defaultValue)"
        }
    }

    /// Whether `field` is encoded in compact form in `version`.
    func isCompact(_ field: Field, _ version: Int16) -> Bool {
        (field.flexibleVersions ?? self.flexibleVersions).contains(version)
    }

    /// The fewest bytes a value of `type` takes on the wire in `version`.
    func minimumSize(_ type: FieldType, version: Int16, compact: Bool, nullable: Bool) -> Int {
        switch type {
        case .bool, .int8: return 1
        case .int16, .uint16: return 2
        case .int32, .uint32: return 4
        case .int64, .float64: return 8
        case .uuid: return 16
        case .string: return compact ? 1 : 2
        case .bytes, .records, .array: return compact ? 1 : 4
        case .structure(let name):
            if nullable { return 1 }
            guard let def = self.structDef(named: name) else { return 1 }
            var size = self.flexibleVersions.contains(version) ? 1 : 0
            for field in def.fields where field.untaggedVersions.contains(version) {
                size += self.minimumSize(
                    field.type, version: version, compact: self.isCompact(field, version),
                    nullable: field.nullableVersions.contains(version)
                )
            }
            return size
        }
    }

    /// The smallest element of an array field over the versions in `context`, at least 1.
    func minimumElementSize(_ field: Field, element: FieldType, context: VersionSet) -> Int {
        let sizes = context.versions.map { self.minimumSize(element, version: $0, compact: self.isCompact(field, $0), nullable: false) }
        return max(1, sizes.min() ?? 1)
    }
}
