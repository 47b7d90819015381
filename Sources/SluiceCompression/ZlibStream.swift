import CZlib
import NIOCore
import SluiceProtocol

/// zlib's `windowBits` for a gzip (RFC 1952) wrapper around a 32 KiB deflate window.
let gzipWindowBits: Int32 = 15 + 16

/// A `z_stream` at a fixed heap address, which zlib requires: its state points back at the stream.
///
/// Owns the allocation; `deinit` frees it. The caller owns the zlib state set up on it
/// (`inflateInit2_`/`deflateInit2_`) and must end it before this value dies.
struct ZStreamAllocation: ~Copyable {
    let pointer: UnsafeMutablePointer<z_stream>

    init() {
        self.pointer = .allocate(capacity: 1)
        self.pointer.initialize(to: z_stream())
    }

    deinit {
        self.pointer.deinitialize(count: 1)
        self.pointer.deallocate()
    }

    /// zlib's own message for the last error, or the return code.
    func describe(_ code: Int32) -> String {
        if let message = self.pointer.pointee.msg {
            return String(cString: message)
        }
        return "zlib error \(code)"
    }
}

/// Inflates a sequence of gzip members (RFC 1952), as `GZIPInputStream` does.
///
/// zlib stops at the end of each member (`Z_STREAM_END`); when more input follows, the stream is reset
/// and the next bytes must be another complete member. Header CRC and trailer CRC-32/ISIZE are checked
/// by zlib. The window is 32 KiB regardless of input.
struct GzipInflater: ~Copyable, StreamDecoder {
    private let stream: ZStreamAllocation
    private var memberEnded = false

    init() throws(ProtocolError) {
        self.stream = ZStreamAllocation()
        let code = inflateInit2_(
            self.stream.pointer, gzipWindowBits, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        guard code == Z_OK else {
            throw .compression("gzip: inflateInit2 failed: \(self.stream.describe(code))")
        }
    }

    deinit {
        inflateEnd(self.stream.pointer)
    }

    mutating func decode(
        _ input: UnsafeRawBufferPointer,
        into output: UnsafeMutableRawBufferPointer
    ) throws(ProtocolError) -> DecodeStep {
        if self.memberEnded {
            guard !input.isEmpty else {
                return DecodeStep(consumed: 0, produced: 0, atFrameEnd: true)
            }
            inflateReset(self.stream.pointer)
            self.memberEnded = false
        }
        let inputCount = UInt32(clamping: input.count)
        let outputCount = UInt32(clamping: output.count)
        let z = self.stream.pointer
        z.pointee.next_in = UnsafeMutablePointer(
            mutating: input.nonNullBase.assumingMemoryBound(to: Bytef.self))
        z.pointee.avail_in = inputCount
        z.pointee.next_out = output.nonNullBase.assumingMemoryBound(to: Bytef.self)
        z.pointee.avail_out = outputCount
        let code = inflate(z, Z_NO_FLUSH)
        let consumed = Int(inputCount - z.pointee.avail_in)
        let produced = Int(outputCount - z.pointee.avail_out)
        z.pointee.next_in = nil
        z.pointee.next_out = nil
        switch code {
        case Z_OK, Z_BUF_ERROR:
            // Z_BUF_ERROR: no progress was possible; the driver decides whether that means truncation.
            return DecodeStep(consumed: consumed, produced: produced, atFrameEnd: false)
        case Z_STREAM_END:
            self.memberEnded = true
            return DecodeStep(consumed: consumed, produced: produced, atFrameEnd: true)
        case Z_NEED_DICT:
            throw .compression("gzip: stream asks for a preset dictionary, which gzip does not allow")
        default:
            throw .compression("gzip: corrupt data: \(self.stream.describe(code))")
        }
    }
}

/// Deflates flat input into one gzip member (RFC 1952): 10-byte header (no name, mtime 0, OS 3 as zlib
/// writes it), deflate data, CRC-32 and ISIZE trailer.
struct GzipDeflater: ~Copyable {
    private let stream: ZStreamAllocation

    /// `level`: zlib's 0...9 or `Z_DEFAULT_COMPRESSION` (-1, which zlib treats as 6).
    init(level: Int32) throws(ProtocolError) {
        self.stream = ZStreamAllocation()
        let code = deflateInit2_(
            self.stream.pointer, level, Z_DEFLATED, gzipWindowBits, 8, Z_DEFAULT_STRATEGY,
            zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        guard code == Z_OK else {
            throw .compression("gzip: deflateInit2 failed: \(self.stream.describe(code))")
        }
    }

    deinit {
        deflateEnd(self.stream.pointer)
    }

    /// Compresses all of `input` and appends the finished member to `output`.
    mutating func deflateAll(_ input: UnsafeRawBufferPointer, into output: inout ByteBuffer) throws(ProtocolError) {
        let z = self.stream.pointer
        let bound = Int(deflateBound(z, uLong(input.count)))
        output.reserveCapacity(minimumWritableBytes: bound)
        var offset = 0
        while true {
            if z.pointee.avail_in == 0 {
                let chunk = min(input.count - offset, Int(UInt32.max))
                z.pointee.next_in = UnsafeMutablePointer(
                    mutating: (input.nonNullBase + offset).assumingMemoryBound(to: Bytef.self))
                z.pointee.avail_in = UInt32(chunk)
                offset += chunk
            }
            let flush = offset == input.count ? Z_FINISH : Z_NO_FLUSH
            if output.writableBytes == 0 {
                output.reserveCapacity(minimumWritableBytes: 64 * 1024)
            }
            var code: Int32 = Z_OK
            output.writeWithUnsafeMutableBytes(minimumWritableBytes: 0) { writable in
                let outputCount = UInt32(clamping: writable.count)
                z.pointee.next_out = writable.nonNullBase.assumingMemoryBound(to: Bytef.self)
                z.pointee.avail_out = outputCount
                code = deflate(z, flush)
                return Int(outputCount - z.pointee.avail_out)
            }
            switch code {
            case Z_STREAM_END:
                z.pointee.next_in = nil
                z.pointee.next_out = nil
                return
            case Z_OK, Z_BUF_ERROR:
                continue
            default:
                throw .compression("gzip: deflate failed: \(self.stream.describe(code))")
            }
        }
    }
}
