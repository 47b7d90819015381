/// Writes the test target's `MessageSamples.swift`: for every generated type, a value for a given
/// version with a non-default value in every field that version carries (tagged fields too, arrays
/// with an element, nullable fields set, one unknown tagged field where tags travel), and the list
/// of all generated types. The round-trip tests encode and decode these.
struct SampleEmitter {
    let messages: [Message]

    /// A tag no spec uses, for the unknown tagged field each flexible sample carries.
    static let unknownTag: UInt32 = 10_000

    func emit() throws -> String {
        var w = SwiftWriter()
        w.line("// Generated from the Kafka message specs by SluiceCodegen. Do not edit.")
        w.line()
        w.line("import NIOCore")
        w.line()
        w.line("@testable import SluiceProtocol")
        w.line()
        w.line("/// A generated type with a sample value for each of its versions.")
        w.block("protocol SampledMessage: Sendable, Equatable") { w in
            w.line("static var validVersions: ClosedRange<Int16> { get }")
            w.line("static var firstFlexibleVersion: Int16? { get }")
            w.line("init()")
            w.line("init(from buffer: inout ByteBuffer, version: Int16) throws")
            w.line("func encode(into buffer: inout ByteBuffer, version: Int16) throws")
            w.line("/// A value with a non-default value in every field that `version` carries.")
            w.line("static func sample(version: Int16) -> Self")
        }
        w.line()
        w.block("enum MessageSamples") { w in
            w.line("/// Every generated message, header and data type.")
            w.line("static let allTypes: [any SampledMessage.Type] = [")
            for message in self.messages {
                w.line("    \(message.name).self,")
            }
            w.line("]")
        }
        for message in self.messages {
            w.line()
            try self.emitSample(&w, message, typeName: message.name, fields: message.fields, context: message.validVersions, conformance: ": SampledMessage")
            for def in message.structs {
                w.line()
                try self.emitSample(&w, message, typeName: "\(message.name).\(def.name)", fields: def.fields, context: def.context, conformance: "")
            }
        }
        return w.text
    }

    private func emitSample(
        _ w: inout SwiftWriter, _ message: Message, typeName: String, fields: [Field], context: VersionSet, conformance: String
    ) throws {
        try w.block("extension \(typeName)\(conformance)") { w in
            try w.block("static func sample(version: Int16) -> \(typeName)") { w in
                w.line("var value: \(typeName) = \(typeName)()")
                for (index, field) in fields.enumerated() {
                    let assignment = "value.\(field.swiftName) = \(try self.sampleValue(message, field, seed: index + 1))"
                    switch VersionCondition.of(field.versions, in: context) {
                    case .never: break
                    case .always: w.line(assignment)
                    case .when(let text): w.line("if \(text) { \(assignment) }")
                    }
                }
                let unknown = "value.unknownTaggedFields = [TaggedField(tag: \(Self.unknownTag), data: [0xAB, 0xCD])]"
                switch VersionCondition.of(message.flexible(in: context), in: context) {
                case .never: break
                case .always: w.line(unknown)
                case .when(let text): w.line("if \(text) { \(unknown) }")
                }
                w.line("return value")
            }
        }
    }

    /// A literal that differs from the field's default.
    private func sampleValue(_ message: Message, _ field: Field, seed: Int) throws -> String {
        let defaultValue = try message.defaultExpression(field)
        switch field.type {
        case .bool:
            return defaultValue == "true" ? "false" : "true"
        case .int8, .int16, .uint16, .int32, .uint32, .int64:
            return String(seed) == defaultValue ? String(seed + 1) : String(seed)
        case .float64:
            return "\(seed).25"
        case .string:
            return SwiftNames.stringLiteral("\(field.name)-\(seed)")
        case .bytes:
            return "[\(seed), 0xFE]"
        case .records:
            return "ByteBuffer(bytes: [\(seed), 1, 2, 3])"
        case .uuid:
            return "KafkaUUID(high: \(seed), low: 0xFEED)"
        case .structure(let name):
            return "\(message.name).\(name).sample(version: version)"
        case .array(let element):
            switch element {
            case .bool: return "[true]"
            case .int8, .int16, .uint16, .int32, .uint32, .int64: return "[\(seed), \(seed + 1)]"
            case .float64: return "[\(seed).5]"
            case .string: return "[\(SwiftNames.stringLiteral("\(field.name)-\(seed)")), \"\"]"
            case .uuid: return "[KafkaUUID(high: \(seed), low: 1)]"
            case .structure(let name): return "[\(message.name).\(name).sample(version: version)]"
            case .bytes, .records, .array: throw CodegenError("\(message.specFile): no sample for \(field.type)")
            }
        }
    }
}
