import NIOCore
import SluiceProtocol

/// The result of one call into an incremental decoder.
struct DecodeStep {
    /// Input bytes the decoder took; it never takes more than it was given.
    var consumed: Int
    /// Output bytes it wrote at the start of the output window; never more than the window holds.
    var produced: Int
    /// True when the decoder stands at the end of a complete frame (gzip member, zstd or LZ4 frame)
    /// with all of that frame's output written. Another frame may follow in the remaining input.
    var atFrameEnd: Bool
}

/// An incremental decoder over flat memory: zlib's inflate, `ZSTD_decompressStream`, `LZ4F_decompress`.
///
/// Owns a C context, hence `~Copyable`. Implementations throw `ProtocolError.compression` for corrupt
/// input and report "needs more input" or "needs more room" as a step that consumed and produced nothing.
protocol StreamDecoder: ~Copyable {
    mutating func decode(
        _ input: UnsafeRawBufferPointer,
        into output: UnsafeMutableRawBufferPointer
    ) throws(ProtocolError) -> DecodeStep
}

/// Drives a `StreamDecoder` over all of `input`, appending to `output`, and enforces the output bound.
///
/// Invariants:
/// - At most `maximumOutputBytes` bytes are appended; the decoder is never handed a window that reaches
///   past the bound, so a decompression bomb cannot make it write more. Once the bound is reached the
///   decoder is probed with a one-byte scratch window: any further output throws.
/// - The output grows in steps, starting from `sizeHint` (a size the input claims, e.g. a frame's
///   content size) or a small multiple of the input, and doubling; each step is capped by the bytes
///   still allowed. The buffer's capacity therefore never exceeds the next power of two above
///   `writerIndex + maximumOutputBytes` (NIO rounds allocations up to powers of two).
/// - The input must end exactly at the end of a frame: an empty input, a truncated frame, or bytes
///   the decoder cannot make progress on throw.
/// - On a throw, `output`'s writer index is back where it was (its capacity may have grown).
enum BoundedDecoding {
    /// The first output reservation when the input claims no size, as a multiple of the input size.
    static let initialExpansion = 4
    /// Claimed sizes are trusted only up to this multiple of the input (plus `minimumChunk`).
    static let maximumTrustedExpansion = 1024
    static let minimumChunk = 16 * 1024

    static func decode<Decoder: StreamDecoder & ~Copyable>(
        _ decoder: inout Decoder,
        codec: String,
        input: ByteBuffer,
        output: inout ByteBuffer,
        maximumOutputBytes: Int,
        sizeHint: Int? = nil
    ) throws(ProtocolError) {
        guard maximumOutputBytes >= 0 else {
            throw .compression("\(codec): maximumOutputBytes must not be negative, got \(maximumOutputBytes)")
        }
        guard input.readableBytes > 0 else {
            throw .compression("\(codec): compressed data is empty")
        }
        let start = output.writerIndex
        do throws(ProtocolError) {
            try Self.decodeAll(
                &decoder, codec: codec, input: input, output: &output,
                maximumOutputBytes: maximumOutputBytes, sizeHint: sizeHint)
        } catch {
            output.moveWriterIndex(to: start)
            throw error
        }
    }

    private static func decodeAll<Decoder: StreamDecoder & ~Copyable>(
        _ decoder: inout Decoder,
        codec: String,
        input: ByteBuffer,
        output: inout ByteBuffer,
        maximumOutputBytes: Int,
        sizeHint: Int?
    ) throws(ProtocolError) {
        var chunk = Self.initialChunk(inputBytes: input.readableBytes, sizeHint: sizeHint)
        try input.withUnsafeReadableBytes { (source) throws(ProtocolError) in
            var offset = 0
            var produced = 0
            var atFrameEnd = false
            while !(atFrameEnd && offset == source.count) {
                let remaining = UnsafeRawBufferPointer(rebasing: source[offset...])
                let budget = maximumOutputBytes - produced
                var step: DecodeStep
                if budget == 0 {
                    step = try Self.probe(&decoder, remaining)
                    if step.produced > 0 {
                        throw .compression(
                            "\(codec): decompressed data exceeds the limit of \(maximumOutputBytes) bytes")
                    }
                } else {
                    if output.writableBytes == 0 {
                        output.reserveCapacity(minimumWritableBytes: min(budget, chunk))
                        chunk = chunk.multipliedReportingOverflow(by: 2).overflow ? Int.max : chunk * 2
                    }
                    step = try Self.decodeIntoWritableBytes(&decoder, remaining, output: &output, limit: budget)
                }
                offset += step.consumed
                produced += step.produced
                atFrameEnd = step.atFrameEnd
                if step.consumed == 0 && step.produced == 0 && !step.atFrameEnd {
                    if offset == source.count {
                        throw .compression("\(codec): compressed data is truncated")
                    }
                    throw .compression("\(codec): decoder made no progress at input offset \(offset)")
                }
            }
        }
    }

    static func initialChunk(inputBytes: Int, sizeHint: Int?) -> Int {
        let (trusted, overflow) = inputBytes.multipliedReportingOverflow(by: Self.maximumTrustedExpansion)
        let ceiling = overflow ? Int.max : trusted + Self.minimumChunk
        if let sizeHint, sizeHint > 0 {
            return min(sizeHint, ceiling)
        }
        let (guess, guessOverflow) = inputBytes.multipliedReportingOverflow(by: Self.initialExpansion)
        return guessOverflow ? ceiling : max(Self.minimumChunk, guess)
    }

    private static func decodeIntoWritableBytes<Decoder: StreamDecoder & ~Copyable>(
        _ decoder: inout Decoder,
        _ input: UnsafeRawBufferPointer,
        output: inout ByteBuffer,
        limit: Int
    ) throws(ProtocolError) -> DecodeStep {
        var step = DecodeStep(consumed: 0, produced: 0, atFrameEnd: false)
        try output.writeWithUnsafeMutableBytes(minimumWritableBytes: 0) { (writable) throws(ProtocolError) -> Int in
            let window = UnsafeMutableRawBufferPointer(rebasing: writable.prefix(limit))
            step = try decoder.decode(input, into: window)
            return step.produced
        }
        return step
    }

    private static func probe<Decoder: StreamDecoder & ~Copyable>(
        _ decoder: inout Decoder,
        _ input: UnsafeRawBufferPointer
    ) throws(ProtocolError) -> DecodeStep {
        var scratch: UInt8 = 0
        return try withUnsafeMutableBytes(of: &scratch) { (window) throws(ProtocolError) -> DecodeStep in
            try decoder.decode(input, into: window)
        }
    }
}

/// A non-null pointer for C APIs that dislike null even for zero-length buffers.
enum EmptyBytes {
    nonisolated(unsafe) static let byte = UnsafeMutableRawPointer.allocate(byteCount: 1, alignment: 1)
}

extension UnsafeRawBufferPointer {
    /// `baseAddress`, or a valid dummy address when the buffer is empty.
    var nonNullBase: UnsafeRawPointer { self.baseAddress ?? UnsafeRawPointer(EmptyBytes.byte) }
}

extension UnsafeMutableRawBufferPointer {
    var nonNullBase: UnsafeMutableRawPointer { self.baseAddress ?? EmptyBytes.byte }
}
