import SluiceProtocol

/// The codecs for record batch compression, at Kafka's default levels.
///
/// Codecs are stateless values: each call sets up and tears down its own C context, so one codec may be
/// used from any number of threads at once. For other levels build the codec directly, e.g.
/// `ZstdCodec(level: 6)` for `compression.zstd.level=6`.
public enum Compression {
    /// The codec for `type`, or nil for `.none` (uncompressed batches need no codec).
    public static func codec(for type: CompressionType) -> (any CompressionCodec)? {
        switch type {
        case .none: nil
        case .gzip: GzipCodec()
        case .snappy: SnappyCodec()
        case .lz4: LZ4Codec()
        case .zstd: ZstdCodec()
        }
    }

    /// `codec(for:)` as the lookup closure SluiceProtocol's record batch code takes.
    public static let codecs: CompressionCodecs = { type in Compression.codec(for: type) }
}
