/// A failure to decode or encode bytes on the wire.
///
/// Every decode path throws one of these instead of trapping: a broker answers the peer with a
/// Kafka error code (usually `CORRUPT_MESSAGE` or `INVALID_REQUEST`) and a person reads `message`.
public struct ProtocolError: Error, Sendable, Hashable, CustomStringConvertible {
    private enum Kind: Hashable, Sendable {
        case truncated
        case negativeLength
        case lengthTooLarge
        case malformedVarint
        case invalidUTF8
        case unsupportedVersion
        case nullNotAllowed
        case fieldNotSupported
        case invalidValue
        case frameTooLarge
        case corruptRecordBatch
        case compression
    }

    private let kind: Kind
    /// What went wrong, in words a person can act on.
    public let message: String

    private init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { self.message }

    /// Fewer bytes remain than a length, count or fixed-size field needs.
    public static func truncated(needed: Int, available: Int, context: String) -> ProtocolError {
        ProtocolError(.truncated, "\(context): needs \(needed) bytes but only \(available) remain")
    }
    public static func negativeLength(_ length: Int, context: String) -> ProtocolError {
        ProtocolError(.negativeLength, "\(context): negative length \(length)")
    }
    /// A length or count is larger than the bytes that remain, so it cannot be honest.
    public static func lengthTooLarge(_ length: Int, available: Int, context: String) -> ProtocolError {
        ProtocolError(.lengthTooLarge, "\(context): length \(length) exceeds the \(available) bytes that remain")
    }
    public static func malformedVarint(context: String) -> ProtocolError {
        ProtocolError(.malformedVarint, "\(context): variable-length integer is longer than its type allows")
    }
    public static func invalidUTF8(context: String) -> ProtocolError {
        ProtocolError(.invalidUTF8, "\(context): string is not valid UTF-8")
    }
    public static func unsupportedVersion(_ api: String, version: Int16) -> ProtocolError {
        ProtocolError(.unsupportedVersion, "\(api) version \(version) is not supported")
    }
    public static func nullNotAllowed(field: String, version: Int16) -> ProtocolError {
        ProtocolError(.nullNotAllowed, "\(field) may not be null in version \(version)")
    }
    /// A field holds a non-default value that the chosen version cannot carry.
    public static func fieldNotSupported(field: String, version: Int16) -> ProtocolError {
        ProtocolError(.fieldNotSupported, "\(field) is set but cannot be sent in version \(version)")
    }
    public static func invalidValue(_ message: String) -> ProtocolError {
        ProtocolError(.invalidValue, message)
    }
    public static func frameTooLarge(_ size: Int, limit: Int) -> ProtocolError {
        ProtocolError(.frameTooLarge, "frame of \(size) bytes exceeds the limit of \(limit) bytes")
    }
    public static func corruptRecordBatch(_ message: String) -> ProtocolError {
        ProtocolError(.corruptRecordBatch, message)
    }
    public static func compression(_ message: String) -> ProtocolError {
        ProtocolError(.compression, message)
    }

    public static func == (lhs: ProtocolError, rhs: ProtocolError) -> Bool { lhs.kind == rhs.kind }
    public func hash(into hasher: inout Hasher) { hasher.combine(self.kind) }
}
