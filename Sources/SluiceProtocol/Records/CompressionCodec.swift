import NIOCore

/// The codec named by bits 0-2 of a record batch's attributes.
public enum CompressionType: Int8, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case none = 0
    case gzip = 1
    case snappy = 2
    case lz4 = 3
    case zstd = 4

    /// The name Kafka uses in `compression.type`.
    public var description: String {
        switch self {
        case .none: "none"
        case .gzip: "gzip"
        case .snappy: "snappy"
        case .lz4: "lz4"
        case .zstd: "zstd"
        }
    }

    public init?(name: String) {
        guard let match = Self.allCases.first(where: { $0.description == name }) else { return nil }
        self = match
    }
}

/// One compression codec, as used for the records section of a record batch.
///
/// Implementations live outside this module (SluiceCompression) so that the wire format depends on
/// NIOCore alone. `decompress` must stop with a `ProtocolError` once output would exceed
/// `maximumOutputBytes`, so that a small hostile batch cannot inflate without bound.
public protocol CompressionCodec: Sendable {
    var type: CompressionType { get }
    func compress(_ input: ByteBuffer, into output: inout ByteBuffer) throws
    func decompress(_ input: ByteBuffer, into output: inout ByteBuffer, maximumOutputBytes: Int) throws
}

/// Looks up a codec by type; nil means the codec is unavailable.
public typealias CompressionCodecs = @Sendable (CompressionType) -> (any CompressionCodec)?
