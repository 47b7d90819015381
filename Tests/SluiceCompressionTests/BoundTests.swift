import NIOCore
import SluiceCompression
import SluiceProtocol
import Testing

/// `maximumOutputBytes`: exceeding it throws, and hostile input cannot make the codec allocate far past it.
@Suite("Output bound")
struct BoundTests {
    static let plain = recordLikeBytes(100 * 1024, seed: 21)

    @Test(arguments: compressedTypes)
    func oneByteShortThrows(type: CompressionType) throws {
        let codec = codec(type)
        let compressed = try compress(codec, Self.plain)
        #expect(throws: ProtocolError.self) {
            _ = try decompress(codec, compressed, limit: Self.plain.count - 1)
        }
        #expect(throws: ProtocolError.self) {
            _ = try decompress(codec, compressed, limit: 0)
        }
        expectSameBytes(try decompress(codec, compressed, limit: Self.plain.count), Self.plain)
    }

    @Test(arguments: compressedTypes)
    func emptyPayloadFitsAZeroBound(type: CompressionType) throws {
        let codec = codec(type)
        #expect(try decompress(codec, compress(codec, []), limit: 0) == [])
        #expect(try decompress(codec, compress(codec, [7]), limit: 1) == [7])
    }

    @Test(arguments: compressedTypes)
    func negativeBoundThrows(type: CompressionType) throws {
        let codec = codec(type)
        let compressed = try compress(codec, [1, 2, 3])
        #expect(throws: ProtocolError.self) {
            _ = try decompress(codec, compressed, limit: -1)
        }
    }

    /// 16 MiB of zeros compresses to a few KiB; with a ~50 KB bound (not a power of two, so NIO's
    /// rounded-up capacity offers more room than allowed) the decoder must stop at the bound, the
    /// buffer must not grow past the next power of two above it, and the partial output is dropped.
    @Test(arguments: compressedTypes)
    func bombStopsAtTheBound(type: CompressionType) throws {
        let codec = codec(type)
        let compressed = try compress(codec, [UInt8](repeating: 0, count: 16 << 20))
        #expect(compressed.count < 1 << 20)
        let limit = 50_000
        var output = ByteBuffer()
        let error = #expect(throws: ProtocolError.self) {
            try codec.decompress(ByteBuffer(bytes: compressed), into: &output, maximumOutputBytes: limit)
        }
        #expect(error?.message.contains("exceeds the limit") == true)
        #expect(output.readableBytes == 0)  // a failed call leaves no partial output
        #expect(output.capacity <= 2 * limit)
    }

    /// A raw snappy block claiming 1 GiB is refused from its preamble, before any allocation.
    @Test func snappyClaimedLengthIsCheckedFirst() throws {
        // varint 2^30, then a literal tag for 1 byte.
        let block: [UInt8] = [0x80, 0x80, 0x80, 0x80, 0x04, 0x00, 0x41]
        var output = ByteBuffer()
        #expect(throws: ProtocolError.self) {
            try SnappyCodec().decompress(ByteBuffer(bytes: block), into: &output, maximumOutputBytes: 1 << 20)
        }
        #expect(output.capacity < 1 << 20)
    }

    /// A frame whose header states a huge content size gets an initial reservation capped by its
    /// own size, not the claim.
    @Test(arguments: [CompressionType.zstd, .lz4])
    func claimedContentSizeIsNotTrusted(type: CompressionType) throws {
        let codec = codec(type)
        // zstd states the content size itself; for lz4 use a Python-written frame with one.
        let compressed: [UInt8]
        if type == .zstd {
            compressed = try compress(codec, [UInt8](repeating: 0, count: 32 << 20))
        } else {
            compressed = try Fixtures.bytes("lz4.kafka-python.zeros.bin")
        }
        var output = ByteBuffer()
        #expect(throws: ProtocolError.self) {
            try codec.decompress(ByteBuffer(bytes: compressed), into: &output, maximumOutputBytes: 1000)
        }
        #expect(output.capacity <= 1024)
    }

    /// A zstd frame may declare a history window that zstd allocates up front. Windows beyond
    /// max(8 MiB, bound) are refused; within them the same frame decodes.
    @Test func zstdWindowIsLimitedByTheBound() throws {
        // Magic, FHD 0 (no single segment, no size), window descriptor 0x80 (2^26 = 64 MiB),
        // one last RLE block of 100 bytes of 0x41.
        let blockHeader = 1 | (1 << 1) | (100 << 3)
        let frame: [UInt8] = [0x28, 0xB5, 0x2F, 0xFD, 0x00, 0x80]
            + [UInt8(blockHeader & 0xFF), UInt8((blockHeader >> 8) & 0xFF), UInt8(blockHeader >> 16), 0x41]
        let error = #expect(throws: ProtocolError.self) {
            _ = try decompress(ZstdCodec(), frame, limit: 1 << 20)
        }
        #expect(error?.message.contains("zstd") == true)
        #expect(try decompress(ZstdCodec(), frame, limit: 64 << 20) == [UInt8](repeating: 0x41, count: 100))
    }
}
