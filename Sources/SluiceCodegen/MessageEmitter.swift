/// Writes one message's Swift file: the top-level type and its nested structs, each with decode and
/// encode for every version. Each field costs a line or two; loops live in ByteBuffer+KafkaArrays.swift.
struct MessageEmitter {
    let message: Message
    /// For a request, the name of its response type.
    let responseName: String?

    func emit() throws -> String {
        let message = self.message
        var w = SwiftWriter()
        w.line("// Generated from \(message.specFile) by SluiceCodegen. Do not edit.")
        w.line("// \(self.summary())")
        w.line()
        w.line("import NIOCore")
        w.line()
        let conformance: String
        switch message.kind {
        case .request: conformance = "KafkaRequest"
        case .response: conformance = "KafkaResponse"
        case .header, .data: conformance = "Sendable, Equatable"
        }
        try w.block("public struct \(message.name): \(conformance)") { w in
            if let responseName = self.responseName {
                w.line("public typealias Response = \(responseName)")
            }
            if message.kind == .request || message.kind == .response {
                guard message.apiKey != nil else { throw CodegenError("\(message.specFile): no apiKey") }
                w.line("public static let apiKey: ApiKey = .\(message.apiKeyCase)")
            }
            guard let low = message.validVersions.lowest, let high = message.validVersions.highest else {
                throw CodegenError("\(message.specFile): no valid versions")
            }
            w.line("public static let validVersions: ClosedRange<Int16> = \(low)...\(high)")
            w.line("public static let firstFlexibleVersion: Int16? = \(message.flexibleVersions.lowest.map(String.init) ?? "nil")")
            w.line()
            try self.emitBody(&w, typeName: message.name, fields: message.fields, context: message.validVersions, isTopLevel: true)
            for def in message.structs {
                w.line()
                try w.block("public struct \(def.name): Sendable, Equatable, KafkaStructCodable") { w in
                    try self.emitBody(&w, typeName: def.name, fields: def.fields, context: def.context, isTopLevel: false)
                }
            }
        }
        return w.text
    }

    /// "Fetch request (API key 1): v0-17, flexible v12+."
    private func summary() -> String {
        let message = self.message
        var text: String
        switch message.kind {
        case .request, .response:
            text = "\(message.apiName) \(message.kind.rawValue) (API key \(message.apiKey ?? -1)): \(message.validVersions)"
        case .header:
            text = "\(message.name): \(message.validVersions)"
        case .data:
            text = "\(message.name) (embedded data, not a request): \(message.validVersions)"
        }
        if let first = message.flexibleVersions.lowest {
            text += first == message.validVersions.lowest ? ", all flexible" : ", flexible v\(first)+"
        } else {
            text += ", never flexible"
        }
        if !message.deprecatedVersions.isEmpty {
            text += ", deprecated \(message.deprecatedVersions)"
        }
        return text + "."
    }

    // MARK: Struct body

    private func emitBody(_ w: inout SwiftWriter, typeName: String, fields: [Field], context: VersionSet, isTopLevel: Bool) throws {
        let flexible = self.message.flexible(in: context)
        var tags = Set<UInt32>()
        for field in fields {
            w.line("public var \(field.swiftName): \(try self.message.swiftType(of: field)) = \(try self.message.defaultExpression(field))")
            if let tag = field.tag {
                guard tags.insert(tag).inserted else { throw CodegenError("\(self.message.specFile): tag \(tag) used twice in \(typeName)") }
                let tagged = field.taggedVersions.intersection(field.versions).intersection(context)
                guard tagged.subtracting(flexible).isEmpty else {
                    throw CodegenError("\(self.message.specFile): \(field.name) is tagged in a version that is not flexible")
                }
            }
        }
        if !flexible.isEmpty {
            w.line("public var unknownTaggedFields: [TaggedField] = []")
        }
        w.line()
        w.line("public init() {}")
        w.line()
        let access = isTopLevel ? "public " : ""
        let scope = StructScope(typeName: isTopLevel ? typeName : "\(self.message.name).\(typeName)", fields: fields, context: context, flexible: flexible)
        try w.block("\(access)init(from buffer: inout ByteBuffer, version: Int16) throws") { w in
            try self.emitDecode(&w, scope, isTopLevel: isTopLevel)
        }
        w.line()
        try w.block("\(access)func encode(into buffer: inout ByteBuffer, version: Int16) throws") { w in
            try self.emitEncode(&w, scope, isTopLevel: isTopLevel)
        }
    }

    /// What the code inside one struct's decode or encode knows.
    struct StructScope {
        let typeName: String
        let fields: [Field]
        let context: VersionSet
        let flexible: VersionSet

        var flexibleCondition: VersionCondition { .of(self.flexible, in: self.context) }

        func errorContext(_ field: Field) -> String {
            SwiftNames.stringLiteral("\(self.typeName).\(field.name)")
        }

        /// Fields carried in the tagged section in some version of this scope, in tag order.
        var taggedFields: [Field] {
            self.fields.filter { !self.taggedVersions($0).isEmpty }.sorted { $0.tag! < $1.tag! }
        }

        func taggedVersions(_ field: Field) -> VersionSet {
            field.taggedVersions.intersection(field.versions).intersection(self.context)
        }
    }

    private func versionGuard(_ w: inout SwiftWriter) {
        w.block("guard Self.validVersions.contains(version) else") { w in
            w.line("throw ProtocolError.unsupportedVersion(\(SwiftNames.stringLiteral(self.message.name)), version: version)")
        }
    }

    private func declareFlexible(_ w: inout SwiftWriter, _ scope: StructScope) {
        if case .when(let text) = scope.flexibleCondition {
            w.line("let flexible: Bool = \(text)")
        }
    }

    /// The `compact:` argument for `field` in code that runs for the versions in `context`.
    private func compact(_ field: Field, in context: VersionSet, _ scope: StructScope) -> String {
        let condition = VersionCondition.of(field.flexibleVersions ?? self.message.flexibleVersions, in: context)
        let reusesFlexible = field.flexibleVersions == nil && scope.flexibleCondition != .always && scope.flexibleCondition != .never
        return condition.expression(variable: reusesFlexible ? "flexible" : nil)
    }

    // MARK: Decode

    private func emitDecode(_ w: inout SwiftWriter, _ scope: StructScope, isTopLevel: Bool) throws {
        if isTopLevel { self.versionGuard(&w) }
        self.declareFlexible(&w, scope)
        var guarded = GuardedLines()
        for field in scope.fields {
            let present = field.untaggedVersions.intersection(scope.context)
            let condition = VersionCondition.of(present, in: scope.context)
            guard condition != .never else { continue }
            var body = SwiftWriter()
            try self.emitRead(&body, field, buffer: "buffer", context: present, scope)
            guarded.add(condition, body, into: &w)
        }
        guarded.flush(into: &w)
        guard !scope.flexible.isEmpty else { return }
        try self.conditionally(&w, scope.flexibleCondition, variable: "flexible") { w in
            let tagged = scope.taggedFields
            let context = SwiftNames.stringLiteral("\(scope.typeName) tagged fields")
            if tagged.isEmpty {
                w.line("self.unknownTaggedFields = try buffer.readUnknownTaggedFields(\(context))")
                return
            }
            w.line("self.unknownTaggedFields = try buffer.readTaggedFields(\(context)) { (tag: UInt32, slice: inout ByteBuffer) throws -> Bool in")
            w.indent()
            w.line("switch tag {")
            for field in tagged {
                let versions = scope.taggedVersions(field)
                w.line("case \(field.tag!):")
                w.indent()
                if case .when(let text) = VersionCondition.of(versions, in: scope.flexible) {
                    w.line("guard \(text) else { return false }")
                }
                try self.emitRead(&w, field, buffer: "slice", context: versions, scope)
                w.line("return true")
                w.dedent()
            }
            w.line("default:")
            w.line("    return false")
            w.line("}")
            w.dedent()
            w.line("}")
        }
    }

    private func conditionally(
        _ w: inout SwiftWriter, _ condition: VersionCondition, variable: String, _ body: (inout SwiftWriter) throws -> Void
    ) throws {
        switch condition {
        case .never: return
        case .always: try body(&w)
        case .when: try w.block("if \(variable)", body)
        }
    }

    /// Assigns `self.field` from `buffer`, for code that runs for the versions in `context`.
    private func emitRead(_ w: inout SwiftWriter, _ field: Field, buffer: String, context: VersionSet, _ scope: StructScope) throws {
        let target = "self.\(field.swiftName)"
        let ctx = scope.errorContext(field)
        let compact = self.compact(field, in: context, scope)
        func reads(_ type: FieldType) throws -> (nullable: String, required: String)? {
            switch type {
            case .bool: return (nullable: "", required: "\(buffer).readKafkaBool(\(ctx))")
            case .int8, .int16, .uint16, .int32, .uint32, .int64:
                return (nullable: "", required: "\(buffer).readKafkaInteger(as: \(try self.message.swiftType(type)).self, \(ctx))")
            case .float64: return (nullable: "", required: "\(buffer).readKafkaFloat64(\(ctx))")
            case .uuid: return (nullable: "", required: "\(buffer).readKafkaUUID(\(ctx))")
            case .string:
                return ("\(buffer).readKafkaNullableString(compact: \(compact), \(ctx))", "\(buffer).readKafkaString(compact: \(compact), \(ctx))")
            case .bytes:
                return ("\(buffer).readKafkaNullableBytes(compact: \(compact), \(ctx))", "\(buffer).readKafkaBytes(compact: \(compact), \(ctx))")
            case .records:
                return ("\(buffer).readKafkaRecords(compact: \(compact), \(ctx))", "\(buffer).readKafkaRequiredRecords(compact: \(compact), \(ctx))")
            case .array(let element):
                let elementType = try self.message.swiftType(element)
                let size = self.message.minimumElementSize(field, element: element, context: context)
                let arguments = "of: \(elementType).self, version: version, compact: \(compact), minimumElementSize: \(size), \(ctx)"
                return ("\(buffer).readKafkaNullableArray(\(arguments))", "\(buffer).readKafkaArray(\(arguments))")
            case .structure(let name):
                return ("\(buffer).readKafkaNullableStruct(of: \(name).self, version: version, \(ctx))", "\(name)(from: &\(buffer), version: version)")
            }
        }
        guard let read = try reads(field.type) else { return }
        guard field.isOptional else {
            w.line("\(target) = try \(read.required)")
            return
        }
        switch VersionCondition.of(field.nullableVersions, in: context) {
        case .always:
            w.line("\(target) = try \(read.nullable)")
        case .never:
            w.line("\(target) = try \(read.required)")
        case .when(let text):
            w.line("if \(text) {")
            w.line("    \(target) = try \(read.nullable)")
            w.line("} else {")
            w.line("    \(target) = try \(read.required)")
            w.line("}")
        }
    }

    // MARK: Encode

    private func emitEncode(_ w: inout SwiftWriter, _ scope: StructScope, isTopLevel: Bool) throws {
        if isTopLevel { self.versionGuard(&w) }
        self.declareFlexible(&w, scope)
        var guarded = GuardedLines()
        for field in scope.fields {
            let present = field.untaggedVersions.intersection(scope.context)
            let absent = scope.context.subtracting(field.versions)
            let mustCheck = !field.ignorable && !absent.isEmpty
            let nonDefault = try self.message.nonDefaultExpression(field, value: "self.\(field.swiftName)")
            let notSupported = "throw ProtocolError.fieldNotSupported(field: \(scope.errorContext(field)), version: version)"
            let condition = VersionCondition.of(present, in: scope.context)
            if !mustCheck && condition != .never {
                var body = SwiftWriter()
                try self.emitWrite(&body, field, buffer: "buffer", context: present, scope)
                guarded.add(condition, body, into: &w)
                continue
            }
            guarded.flush(into: &w)
            switch condition {
            case .never:
                break
            case .always:
                try self.emitWrite(&w, field, buffer: "buffer", context: present, scope)
                continue
            case .when(let text):
                w.line("if \(text) {")
                w.indent()
                try self.emitWrite(&w, field, buffer: "buffer", context: present, scope)
                w.dedent()
                if mustCheck && present.union(absent) == scope.context {
                    w.line("} else if \(nonDefault) {")
                    w.line("    \(notSupported)")
                    w.line("}")
                    continue
                }
                w.line("}")
            }
            if mustCheck {
                switch VersionCondition.of(absent, in: scope.context) {
                case .never: break
                case .always: w.line("if \(nonDefault) { \(notSupported) }")
                case .when(let text): w.line("if \(text) && \(nonDefault) { \(notSupported) }")
                }
            }
        }
        guarded.flush(into: &w)
        guard !scope.flexible.isEmpty else { return }
        try self.conditionally(&w, scope.flexibleCondition, variable: "flexible") { w in
            let tagged = scope.taggedFields
            if tagged.isEmpty {
                w.line("buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)")
                return
            }
            w.line("var tagged: [(UInt32, ByteBuffer)] = []")
            for field in tagged {
                let versions = scope.taggedVersions(field)
                var test = try self.message.nonDefaultExpression(field, value: "self.\(field.swiftName)")
                if case .when(let text) = VersionCondition.of(versions, in: scope.flexible) {
                    test = "\(text) && \(test)"
                }
                try w.block("if \(test)") { w in
                    w.line("var field: ByteBuffer = ByteBuffer()")
                    try self.emitWrite(&w, field, buffer: "field", context: versions, scope)
                    w.line("tagged.append((\(field.tag!), field))")
                }
            }
            w.line("buffer.writeTaggedFields(tagged, unknown: self.unknownTaggedFields)")
        }
    }

    /// Writes `self.field` into `buffer`, for code that runs for the versions in `context`.
    private func emitWrite(_ w: inout SwiftWriter, _ field: Field, buffer: String, context: VersionSet, _ scope: StructScope) throws {
        let value = "self.\(field.swiftName)"
        let compact = self.compact(field, in: context, scope)
        let nullNotAllowed = "throw ProtocolError.nullNotAllowed(field: \(scope.errorContext(field)), version: version)"
        if field.isOptional, case .structure = field.type {
            switch VersionCondition.of(field.nullableVersions, in: context) {
            case .always:
                w.line("try \(buffer).writeKafkaNullableStruct(\(value), version: version)")
            case .never:
                w.line("if let value = \(value) {")
                w.line("    try value.encode(into: &\(buffer), version: version)")
                w.line("} else {")
                w.line("    \(nullNotAllowed)")
                w.line("}")
            case .when(let text):
                w.line("if \(text) {")
                w.line("    try \(buffer).writeKafkaNullableStruct(\(value), version: version)")
                w.line("} else if let value = \(value) {")
                w.line("    try value.encode(into: &\(buffer), version: version)")
                w.line("} else {")
                w.line("    \(nullNotAllowed)")
                w.line("}")
            }
            return
        }
        if field.isOptional {
            switch VersionCondition.of(context.subtracting(field.nullableVersions), in: context) {
            case .never: break
            case .always: w.line("if \(value) == nil { \(nullNotAllowed) }")
            case .when(let text): w.line("if \(value) == nil && \(text) { \(nullNotAllowed) }")
            }
        }
        switch field.type {
        case .bool: w.line("\(buffer).writeKafkaBool(\(value))")
        case .int8, .int16, .uint16, .int32, .uint32, .int64: w.line("\(buffer).writeInteger(\(value), endianness: .big)")
        case .float64: w.line("\(buffer).writeKafkaFloat64(\(value))")
        case .uuid: w.line("\(buffer).writeKafkaUUID(\(value))")
        case .string: w.line("try \(buffer).writeKafkaString(\(value), compact: \(compact))")
        case .bytes: w.line("\(buffer).writeKafkaBytes(\(value), compact: \(compact))")
        case .records: w.line("\(buffer).writeKafkaRecords(\(value), compact: \(compact))")
        case .array: w.line("try \(buffer).writeKafkaArray(\(value), version: version, compact: \(compact))")
        case .structure: w.line("try \(value).encode(into: &\(buffer), version: version)")
        }
    }
}

/// Runs of consecutive fields under the same version test, written as one `if` block.
private struct GuardedLines {
    private var condition: VersionCondition = .always
    private var body = SwiftWriter()
    private var isEmpty = true

    mutating func add(_ condition: VersionCondition, _ lines: SwiftWriter, into w: inout SwiftWriter) {
        if !self.isEmpty && condition != self.condition { self.flush(into: &w) }
        self.condition = condition
        self.body.append(lines)
        self.isEmpty = false
    }

    mutating func flush(into w: inout SwiftWriter) {
        guard !self.isEmpty else { return }
        switch self.condition {
        case .never: break
        case .always: w.append(self.body)
        case .when(let text):
            let body = self.body
            w.block("if \(text)") { w in w.append(body) }
        }
        self.body = SwiftWriter()
        self.isEmpty = true
    }
}
