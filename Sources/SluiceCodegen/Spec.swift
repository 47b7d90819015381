import Foundation

// The JSON spec files as written, before versions are resolved. Prose (`about`) is read but never
// copied into generated code.

struct RawSpec: Decodable {
    var apiKey: Int16?
    var type: String
    var listeners: [String]?
    var name: String
    var validVersions: String
    var flexibleVersions: String
    var deprecatedVersions: String?
    var fields: [RawField]
    var commonStructs: [RawStruct]?
}

struct RawStruct: Decodable {
    var name: String
    var versions: String
    var fields: [RawField]
}

struct RawField: Decodable {
    var name: String
    var type: String
    var versions: String
    var nullableVersions: String?
    var taggedVersions: String?
    var tag: RawDefault?
    var ignorable: Bool?
    var flexibleVersions: String?
    var `default`: RawDefault?
    var fields: [RawField]?
}

/// A scalar that specs write either as a string ("0x7fffffff", "null", "true") or as a bare JSON
/// number or bool: `default`, and `tag`.
enum RawDefault: Decodable, Equatable {
    case text(String)

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            self = .text(text)
        } else if let flag = try? container.decode(Bool.self) {
            self = .text(flag ? "true" : "false")
        } else if let number = try? container.decode(Int64.self) {
            self = .text(String(number))
        } else {
            self = .text(String(try container.decode(Double.self)))
        }
    }

    var text: String {
        switch self { case .text(let text): text }
    }
}

extension RawSpec {
    static func load(_ url: URL) throws -> RawSpec {
        let text = try String(contentsOf: url, encoding: .utf8)
        let json = try JSONWithComments.strip(text)
        do {
            return try JSONDecoder().decode(RawSpec.self, from: Data(json.utf8))
        } catch {
            throw CodegenError("\(url.lastPathComponent): \(error)")
        }
    }
}

// MARK: Resolved model

indirect enum FieldType: Equatable {
    case bool, int8, int16, uint16, int32, uint32, int64, float64
    case string, bytes, records, uuid
    case array(FieldType)
    case structure(String)

    init(spec: String) {
        switch spec {
        case "bool": self = .bool
        case "int8": self = .int8
        case "int16": self = .int16
        case "uint16": self = .uint16
        case "int32": self = .int32
        case "uint32": self = .uint32
        case "int64": self = .int64
        case "float64": self = .float64
        case "string": self = .string
        case "bytes": self = .bytes
        case "records": self = .records
        case "uuid": self = .uuid
        default:
            if spec.hasPrefix("[]") {
                self = .array(FieldType(spec: String(spec.dropFirst(2))))
            } else {
                self = .structure(spec)
            }
        }
    }

    var isInteger: Bool {
        switch self {
        case .int8, .int16, .uint16, .int32, .uint32, .int64: true
        default: false
        }
    }

    /// Types whose value may be null on the wire in their nullable versions.
    var canBeNull: Bool {
        switch self {
        case .string, .bytes, .records, .array, .structure: true
        default: false
        }
    }

    var structName: String? {
        switch self {
        case .structure(let name): name
        case .array(let element): element.structName
        default: nil
        }
    }
}

struct Field {
    var name: String
    var swiftName: String
    var type: FieldType
    /// Versions (within the message's valid versions) that carry the field at all.
    var versions: VersionSet
    var nullableVersions: VersionSet
    /// Versions in which the field travels in the tagged section; empty for ordinary fields.
    var taggedVersions: VersionSet
    var tag: UInt32?
    var ignorable: Bool
    /// Field-level override of the message's flexible versions (RequestHeader.ClientId: "none").
    var flexibleVersions: VersionSet?
    var defaultText: String?

    /// Optional in Swift: nullable in some version, or `records` (which defaults to null).
    var isOptional: Bool {
        self.type == .records || (self.type.canBeNull && !self.nullableVersions.isEmpty)
    }

    var untaggedVersions: VersionSet { self.versions.subtracting(self.taggedVersions) }
    var isTagged: Bool { self.tag != nil }
}

struct StructDef {
    var name: String
    var fields: [Field]
    /// Versions in which this struct can be encoded anywhere in the message.
    var context: VersionSet
}

enum MessageKind: String {
    case request, response, header, data
}

struct Message {
    var specFile: String
    var name: String
    var kind: MessageKind
    var apiKey: Int16?
    var validVersions: VersionSet
    var flexibleVersions: VersionSet
    var deprecatedVersions: VersionSet
    var fields: [Field]
    /// Nested structs in order of first appearance (inline definitions, then common structs).
    var structs: [StructDef]

    /// Name of the `ApiKey` case: "FetchRequest" -> "fetch".
    var apiKeyCase: String {
        var base = self.name
        for suffix in ["Request", "Response"] where base.hasSuffix(suffix) {
            base = String(base.dropLast(suffix.count))
        }
        return SwiftNames.lowerFirst(base)
    }

    var apiName: String {
        var base = self.name
        for suffix in ["Request", "Response"] where base.hasSuffix(suffix) {
            base = String(base.dropLast(suffix.count))
        }
        return base
    }

    func structDef(named name: String) -> StructDef? {
        self.structs.first { $0.name == name }
    }

    /// Versions that carry tagged-field sections, within `context`.
    func flexible(in context: VersionSet) -> VersionSet {
        self.flexibleVersions.intersection(context)
    }
}

extension Message {
    init(raw: RawSpec, specFile: String) throws {
        let kind: MessageKind
        switch raw.type {
        case "request": kind = .request
        case "response": kind = .response
        case "header": kind = .header
        case "data": kind = .data
        default: throw CodegenError("\(specFile): unknown spec type \(raw.type)")
        }
        let valid = try VersionSet(parsing: raw.validVersions, within: nil)
        self.specFile = specFile
        self.name = raw.name
        self.kind = kind
        self.apiKey = raw.apiKey
        self.validVersions = valid
        self.flexibleVersions = try VersionSet(parsing: raw.flexibleVersions, within: valid)
        self.deprecatedVersions = try raw.deprecatedVersions.map { try VersionSet(parsing: $0, within: valid) } ?? .empty

        var structs: [StructDef] = []
        var contexts: [String: VersionSet] = [:]
        func resolve(_ rawFields: [RawField], owner: String) throws -> [Field] {
            var fields: [Field] = []
            for rawField in rawFields {
                let field = try Field(raw: rawField, validVersions: valid, owner: "\(specFile) \(owner)")
                if let structName = field.type.structName, let nested = rawField.fields {
                    guard !structs.contains(where: { $0.name == structName }) else {
                        throw CodegenError("\(specFile): struct \(structName) is defined twice")
                    }
                    let index = structs.count
                    structs.append(StructDef(name: structName, fields: [], context: .empty))
                    structs[index].fields = try resolve(nested, owner: structName)
                }
                fields.append(field)
            }
            return fields
        }
        self.fields = try resolve(raw.fields, owner: raw.name)
        for common in raw.commonStructs ?? [] {
            guard !structs.contains(where: { $0.name == common.name }) else {
                throw CodegenError("\(specFile): struct \(common.name) is defined twice")
            }
            let index = structs.count
            structs.append(StructDef(name: common.name, fields: [], context: .empty))
            structs[index].fields = try resolve(common.fields, owner: common.name)
        }
        for def in structs where SwiftNames.reservedTypeNames.contains(def.name) || def.name == raw.name {
            throw CodegenError("\(specFile): nested struct name \(def.name) would shadow a type the generated code uses")
        }

        // Each struct's context: the versions in which some field of that type is present.
        func visit(_ fields: [Field], context: VersionSet) throws {
            for field in fields {
                guard let structName = field.type.structName else { continue }
                guard let def = structs.first(where: { $0.name == structName }) else {
                    throw CodegenError("\(specFile): unknown type \(structName)")
                }
                let present = field.versions.intersection(context)
                let before = contexts[structName] ?? .empty
                let after = before.union(present)
                if after != before || contexts[structName] == nil {
                    contexts[structName] = after
                    try visit(def.fields, context: after)
                }
            }
        }
        try visit(self.fields, context: valid)
        for index in structs.indices {
            structs[index].context = contexts[structs[index].name] ?? .empty
        }
        self.structs = structs
    }
}

extension Field {
    init(raw: RawField, validVersions: VersionSet, owner: String) throws {
        self.name = raw.name
        self.swiftName = SwiftNames.property(raw.name)
        self.type = FieldType(spec: raw.type)
        self.versions = try VersionSet(parsing: raw.versions, within: validVersions)
        self.nullableVersions = try raw.nullableVersions.map { try VersionSet(parsing: $0, within: validVersions) } ?? .empty
        self.taggedVersions = try raw.taggedVersions.map { try VersionSet(parsing: $0, within: validVersions) } ?? .empty
        // Tags appear as numbers and, once, as a string ("0").
        self.tag = try raw.tag.map { tag in
            guard let value = UInt32(tag.text) else { throw CodegenError("\(owner).\(raw.name): bad tag \(tag.text)") }
            return value
        }
        if (self.tag == nil) != (raw.taggedVersions == nil) {
            throw CodegenError("\(owner).\(raw.name): tag and taggedVersions go together")
        }
        self.ignorable = raw.ignorable ?? false
        self.flexibleVersions = try raw.flexibleVersions.map { try VersionSet(parsing: $0, within: validVersions) }
        self.defaultText = raw.default?.text
        if !self.nullableVersions.isEmpty && !self.type.canBeNull && self.type != .uuid {
            throw CodegenError("\(owner).\(raw.name): \(raw.type) cannot be nullable")
        }
        if self.defaultText == "null" && !self.isOptional {
            throw CodegenError("\(owner).\(raw.name): default null needs nullableVersions")
        }
    }
}
