import CZstd
import NIOCore
import SluiceProtocol

/// zstd (compression type 4): the records section is one or more zstd frames (RFC 8878).
///
/// Compression writes one frame with `ZSTD_compressStream2(..., ZSTD_e_end)` over the whole input, so
/// the frame header carries the content size; no checksum (zstd-jni's default, which Kafka uses).
/// Kafka's Java client streams and so omits the content size; both are valid frames.
///
/// Decompression streams with `ZSTD_decompressStream`, so frames without a content size work, as do
/// several frames back to back and skippable frames (zstd-jni reads across frames too). A frame may
/// ask for a history window of up to `2^windowLogMax` bytes, which zstd allocates up front; the limit
/// is the larger of 8 MiB (what levels up to 19 use) and the output bound, so a hostile frame cannot
/// make zstd allocate much beyond the bound, and frames from levels 20-22 (ultra, 32-128 MiB windows)
/// decode only when the output bound is that large.
public struct ZstdCodec: CompressionCodec, Hashable {
    /// Kafka's `compression.zstd.level` default (`ZSTD_CLEVEL_DEFAULT`).
    public static let defaultLevel = 3
    /// The levels Kafka accepts for `compression.zstd.level`: `ZSTD_minCLevel()...ZSTD_maxCLevel()`.
    public static let levels: ClosedRange<Int> = Int(ZSTD_minCLevel())...Int(ZSTD_maxCLevel())
    /// A window every level up to 19 fits in (8 MiB).
    static let minimumWindowLogMax: Int32 = 23
    static let absoluteWindowLogMax: Int32 = 31

    public let level: Int

    public var type: CompressionType { .zstd }

    public init() {
        self.level = Self.defaultLevel
    }

    /// nil unless `level` is within `levels`.
    public init?(level: Int) {
        guard Self.levels.contains(level) else { return nil }
        self.level = level
    }

    public func compress(_ input: ByteBuffer, into output: inout ByteBuffer) throws {
        guard let context = ZSTD_createCCtx() else {
            throw ProtocolError.compression("zstd: cannot create a compression context")
        }
        defer { ZSTD_freeCCtx(context) }
        let setLevel = ZSTD_CCtx_setParameter(context, ZSTD_c_compressionLevel, Int32(self.level))
        guard ZSTD_isError(setLevel) == 0 else {
            throw ProtocolError.compression("zstd: level \(self.level): \(String(cString: ZSTD_getErrorName(setLevel)))")
        }
        try input.withUnsafeReadableBytes { (source) throws(ProtocolError) in
            var inBuffer = ZSTD_inBuffer(src: source.nonNullBase, size: source.count, pos: 0)
            var minimumWritable = ZSTD_compressBound(source.count)
            while true {
                var remaining = 0
                output.writeWithUnsafeMutableBytes(minimumWritableBytes: minimumWritable) { writable in
                    var outBuffer = ZSTD_outBuffer(dst: writable.nonNullBase, size: writable.count, pos: 0)
                    remaining = ZSTD_compressStream2(context, &outBuffer, &inBuffer, ZSTD_e_end)
                    return ZSTD_isError(remaining) != 0 ? 0 : outBuffer.pos
                }
                if ZSTD_isError(remaining) != 0 {
                    throw .compression("zstd: compression failed: \(String(cString: ZSTD_getErrorName(remaining)))")
                }
                if remaining == 0 { return }
                minimumWritable = max(remaining, Int(ZSTD_CStreamOutSize()))
            }
        }
    }

    public func decompress(_ input: ByteBuffer, into output: inout ByteBuffer, maximumOutputBytes: Int) throws {
        var decoder = try ZstdFrameDecoder(windowLogMax: Self.windowLogMax(forOutputBound: maximumOutputBytes))
        try BoundedDecoding.decode(
            &decoder, codec: "zstd", input: input, output: &output,
            maximumOutputBytes: maximumOutputBytes, sizeHint: Self.claimedSize(input))
    }

    static func windowLogMax(forOutputBound bound: Int) -> Int32 {
        var log: Int32 = 0
        while log < Self.absoluteWindowLogMax && (1 << log) < bound {
            log += 1
        }
        return max(Self.minimumWindowLogMax, log)
    }

    /// The first frame's content size, when its header states one.
    static func claimedSize(_ input: ByteBuffer) -> Int? {
        let size = input.withUnsafeReadableBytes { ZSTD_getFrameContentSize($0.nonNullBase, $0.count) }
        // ZSTD_CONTENTSIZE_UNKNOWN is UInt64.max, ZSTD_CONTENTSIZE_ERROR one less.
        guard size < UInt64.max - 1 else { return nil }
        return Int(clamping: size)
    }
}

/// `ZSTD_decompressStream` as a `StreamDecoder`. It returns 0 exactly when a frame is decoded and
/// flushed, and starts the next frame on the next call.
struct ZstdFrameDecoder: ~Copyable, StreamDecoder {
    private let context: OpaquePointer

    init(windowLogMax: Int32) throws(ProtocolError) {
        guard let context = ZSTD_createDCtx() else {
            throw .compression("zstd: cannot create a decompression context")
        }
        let code = ZSTD_DCtx_setParameter(context, ZSTD_d_windowLogMax, windowLogMax)
        guard ZSTD_isError(code) == 0 else {
            ZSTD_freeDCtx(context)
            throw .compression("zstd: windowLogMax \(windowLogMax): \(String(cString: ZSTD_getErrorName(code)))")
        }
        self.context = context
    }

    deinit {
        ZSTD_freeDCtx(self.context)
    }

    mutating func decode(
        _ input: UnsafeRawBufferPointer,
        into output: UnsafeMutableRawBufferPointer
    ) throws(ProtocolError) -> DecodeStep {
        var inBuffer = ZSTD_inBuffer(src: input.nonNullBase, size: input.count, pos: 0)
        var outBuffer = ZSTD_outBuffer(dst: output.nonNullBase, size: output.count, pos: 0)
        let code = ZSTD_decompressStream(self.context, &outBuffer, &inBuffer)
        if ZSTD_isError(code) != 0 {
            throw .compression("zstd: corrupt frame: \(String(cString: ZSTD_getErrorName(code)))")
        }
        return DecodeStep(consumed: inBuffer.pos, produced: outBuffer.pos, atFrameEnd: code == 0)
    }
}
