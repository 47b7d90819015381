import CZlib
import NIOCore
import SluiceProtocol

/// gzip (compression type 1): the records section is an RFC 1952 gzip stream, as Java's
/// `GZIPOutputStream` and librdkafka (`deflateInit2(..., 15 + 16, ...)`) write it.
///
/// Compression writes one member. Decompression accepts one or more concatenated members (Java's
/// `GZIPInputStream` reads them all) and nothing after the last one. Stateless and `Sendable`: each call
/// sets up its own zlib stream.
public struct GzipCodec: CompressionCodec, Hashable {
    /// Kafka's `compression.gzip.level` default: -1, zlib's `Z_DEFAULT_COMPRESSION` (level 6).
    public static let defaultLevel = -1
    /// The levels Kafka accepts for `compression.gzip.level`, besides -1.
    public static let levels: ClosedRange<Int> = 1...9

    /// -1 or one of `levels`.
    public let level: Int

    public var type: CompressionType { .gzip }

    public init() {
        self.level = Self.defaultLevel
    }

    /// nil unless `level` is -1 or within `levels`, as Kafka validates `compression.gzip.level`.
    public init?(level: Int) {
        guard level == Self.defaultLevel || Self.levels.contains(level) else { return nil }
        self.level = level
    }

    public func compress(_ input: ByteBuffer, into output: inout ByteBuffer) throws {
        var deflater = try GzipDeflater(level: Int32(self.level))
        try input.withUnsafeReadableBytes { (source) throws(ProtocolError) in
            try deflater.deflateAll(source, into: &output)
        }
    }

    public func decompress(_ input: ByteBuffer, into output: inout ByteBuffer, maximumOutputBytes: Int) throws {
        var inflater = try GzipInflater()
        try BoundedDecoding.decode(
            &inflater, codec: "gzip", input: input, output: &output,
            maximumOutputBytes: maximumOutputBytes, sizeHint: Self.claimedSize(input))
    }

    /// The last member's ISIZE trailer (uncompressed size mod 2^32): exact for the usual single member,
    /// only a starting guess otherwise.
    static func claimedSize(_ input: ByteBuffer) -> Int? {
        guard input.readableBytes >= 18,
            let size = input.getInteger(at: input.writerIndex - 4, endianness: .little, as: UInt32.self)
        else { return nil }
        return Int(size)
    }
}
