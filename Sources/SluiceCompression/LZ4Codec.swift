import CLZ4
import NIOCore
import SluiceProtocol

/// lz4 (compression type 3): the records section is an LZ4 frame (the lz4 frame format, magic
/// `04 22 4D 18`), as magic v2 batches carry it.
///
/// Compression writes what Kafka's `Lz4BlockOutputStream` writes: FLG `0x60` (version 1, independent
/// blocks, no block checksum, no content size, no content checksum), BD `0x40` (64 KiB blocks), a
/// correct header checksum, blocks stored uncompressed when compressing does not shrink them, and the
/// end mark. Java's reader rejects linked blocks, so independent blocks are required, not a choice.
///
/// Decompression accepts any valid frame that liblz4 does: content size, block and content checksums
/// (verified), linked blocks, block sizes up to 4 MiB, skippable frames, and several frames back to back.
/// Not accepted: the pre-0.10 Kafka frames whose header checksum was computed over the magic too
/// (only message format v0 used them). liblz4 keeps up to two blocks (≤ 8 MiB, set by the frame) of
/// working memory per call in addition to the bounded output.
public struct LZ4Codec: CompressionCodec, Hashable {
    /// Kafka's `compression.lz4.level` default. At this level Kafka uses lz4's fast compressor; at any
    /// other level, lz4's high-compression (HC) one.
    public static let defaultLevel = 9
    /// The levels Kafka accepts for `compression.lz4.level`.
    public static let levels: ClosedRange<Int> = 1...17

    public let level: Int

    public var type: CompressionType { .lz4 }

    public init() {
        self.level = Self.defaultLevel
    }

    /// nil unless `level` is within `levels`.
    public init?(level: Int) {
        guard Self.levels.contains(level) else { return nil }
        self.level = level
    }

    /// The `compressionLevel` for lz4frame: 0 (fast) for Kafka's default, otherwise HC at `level`.
    /// lz4frame runs levels below 3 with the fast compressor too.
    var frameCompressionLevel: Int32 {
        self.level == Self.defaultLevel ? 0 : Int32(self.level)
    }

    var preferences: LZ4F_preferences_t {
        var preferences = LZ4F_preferences_t()
        preferences.frameInfo.blockSizeID = LZ4F_max64KB
        preferences.frameInfo.blockMode = LZ4F_blockIndependent
        preferences.frameInfo.contentChecksumFlag = LZ4F_noContentChecksum
        preferences.frameInfo.blockChecksumFlag = LZ4F_noBlockChecksum
        preferences.frameInfo.frameType = LZ4F_frame
        preferences.frameInfo.contentSize = 0
        preferences.compressionLevel = self.frameCompressionLevel
        return preferences
    }

    public func compress(_ input: ByteBuffer, into output: inout ByteBuffer) throws {
        var preferences = self.preferences
        let bound = LZ4F_compressFrameBound(input.readableBytes, &preferences)
        var result = 0
        input.withUnsafeReadableBytes { source -> Void in
            output.writeWithUnsafeMutableBytes(minimumWritableBytes: bound) { writable in
                result = LZ4F_compressFrame(
                    writable.nonNullBase, writable.count, source.nonNullBase, source.count, &preferences)
                return LZ4F_isError(result) != 0 ? 0 : result
            }
        }
        if LZ4F_isError(result) != 0 {
            throw ProtocolError.compression("lz4: compression failed: \(String(cString: LZ4F_getErrorName(result)))")
        }
    }

    public func decompress(_ input: ByteBuffer, into output: inout ByteBuffer, maximumOutputBytes: Int) throws {
        var decoder = try LZ4FrameDecoder()
        try BoundedDecoding.decode(
            &decoder, codec: "lz4", input: input, output: &output,
            maximumOutputBytes: maximumOutputBytes, sizeHint: Self.claimedSize(input))
    }

    /// The first frame's content size field, when its FLG says one is present.
    static func claimedSize(_ input: ByteBuffer) -> Int? {
        let start = input.readerIndex
        guard input.readableBytes >= 15,
            input.getInteger(at: start, endianness: .little, as: UInt32.self) == 0x184D_2204,
            let flags = input.getInteger(at: start + 4, as: UInt8.self), flags & 0x08 != 0,
            let size = input.getInteger(at: start + 6, endianness: .little, as: UInt64.self)
        else { return nil }
        return Int(clamping: size)
    }
}

/// `LZ4F_decompress` as a `StreamDecoder`. The context returns to "expect a frame header" after each
/// frame, so concatenated frames decode in sequence.
struct LZ4FrameDecoder: ~Copyable, StreamDecoder {
    private let context: OpaquePointer

    init() throws(ProtocolError) {
        var context: OpaquePointer?
        let code = LZ4F_createDecompressionContext(&context, UInt32(LZ4F_VERSION))
        guard LZ4F_isError(code) == 0, let context else {
            throw .compression("lz4: cannot create a decompression context")
        }
        self.context = context
    }

    deinit {
        LZ4F_freeDecompressionContext(self.context)
    }

    mutating func decode(
        _ input: UnsafeRawBufferPointer,
        into output: UnsafeMutableRawBufferPointer
    ) throws(ProtocolError) -> DecodeStep {
        var consumed = input.count
        var produced = output.count
        let hint = LZ4F_decompress(
            self.context, output.nonNullBase, &produced, input.nonNullBase, &consumed, nil)
        if LZ4F_isError(hint) != 0 {
            throw .compression("lz4: corrupt frame: \(String(cString: LZ4F_getErrorName(hint)))")
        }
        return DecodeStep(consumed: consumed, produced: produced, atFrameEnd: hint == 0)
    }
}
