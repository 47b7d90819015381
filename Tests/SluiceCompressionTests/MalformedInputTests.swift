import NIOCore
import SluiceCompression
import SluiceProtocol
import SluiceTestKit
import Testing

/// Corrupt, truncated and foreign input must throw a ProtocolError, never trap or overrun the bound.
@Suite("Malformed input")
struct MalformedInputTests {
    static let small = Array("hello, kafka: a record or two".utf8)
    static let large = recordLikeBytes(100 * 1024, seed: 31)

    /// Every prefix of a small stream, and prefixes at a stride plus the last 64 of a multi-block one.
    @Test(arguments: compressedTypes)
    func truncationsThrow(type: CompressionType) throws {
        let codec = codec(type)
        for plain in [Self.small, Self.large] {
            let compressed = try compress(codec, plain)
            var lengths = Set(stride(from: 0, to: compressed.count, by: plain.count > 1000 ? 61 : 1))
            lengths.formUnion(max(0, compressed.count - 64)..<compressed.count)
            for length in lengths.sorted() {
                let prefix = Array(compressed.prefix(length))
                if type == .snappy {
                    // xerial framing has no end marker: a cut at a block boundary is a shorter valid stream.
                    do {
                        let out = try decompress(codec, prefix)
                        #expect(out.count < plain.count && out[...] == plain.prefix(out.count),
                                "prefix \(length)")
                    } catch is ProtocolError {}
                } else {
                    #expect(throws: ProtocolError.self, "prefix \(length) of \(compressed.count)") {
                        _ = try decompress(codec, prefix)
                    }
                }
            }
        }
    }

    /// Random byte flips, insertions and deletions: any outcome but a trap, a foreign error or an
    /// overrun of the bound.
    @Test(arguments: compressedTypes)
    func randomMutationsNeverTrap(type: CompressionType) throws {
        let codec = codec(type)
        let compressed = try compress(codec, Self.large)
        var generator = SplitMix64(seed: 0xC0FFEE &+ UInt64(type.rawValue))
        var rejected = 0
        let limit = Self.large.count * 2
        for _ in 0..<400 {
            var mutated = compressed
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                let index = Int.random(in: 0..<mutated.count, using: &generator)
                switch Int.random(in: 0..<4, using: &generator) {
                case 0: mutated.insert(UInt8.random(in: 0...255, using: &generator), at: index)
                case 1 where mutated.count > 1: mutated.remove(at: index)
                default: mutated[index] = UInt8.random(in: 0...255, using: &generator)
                }
            }
            do {
                let out = try decompress(codec, mutated, limit: limit)
                #expect(out.count <= limit)
            } catch is ProtocolError {
                rejected += 1
            }
        }
        // Most mutations are detected (gzip has a CRC; the others fail on structure).
        #expect(rejected > 100)
    }

    @Test(arguments: compressedTypes, [1, 7, 16, 17, 100, 10_000])
    func randomGarbageThrows(type: CompressionType, length: Int) {
        let garbage = randomBytes(length, seed: UInt64(length))
        #expect(throws: ProtocolError.self) {
            _ = try decompress(codec(type), garbage)
        }
    }

    @Test(arguments: compressedTypes)
    func plainTextAndEmptyInputThrow(type: CompressionType) {
        #expect(throws: ProtocolError.self) {
            _ = try decompress(codec(type), Self.small)
        }
        #expect(throws: ProtocolError.self) {
            _ = try decompress(codec(type), [])
        }
    }

    @Test(arguments: compressedTypes)
    func trailingGarbageThrows(type: CompressionType) throws {
        let codec = codec(type)
        let compressed = try compress(codec, Self.large)
        for tail: [UInt8] in [[0], [0x1F, 0x8B], [1, 2, 3], randomBytes(40, seed: 5)] {
            #expect(throws: ProtocolError.self, "tail \(tail.count)") {
                _ = try decompress(codec, compressed + tail)
            }
        }
    }

    @Test(arguments: compressedTypes, compressedTypes)
    func otherCodecsDataThrows(writer: CompressionType, reader: CompressionType) throws {
        guard writer != reader else { return }
        let compressed = try compress(codec(writer), Self.large)
        #expect(throws: ProtocolError.self) {
            _ = try decompress(codec(reader), compressed)
        }
    }

    @Test(arguments: compressedTypes)
    func failureLeavesOutputAsItWas(type: CompressionType) throws {
        let codec = codec(type)
        let compressed = try compress(codec, Self.large)
        // Cut after more than one block, so some output was written before the failure.
        let cut = ByteBuffer(bytes: compressed.prefix(compressed.count - 3))
        var output = ByteBuffer(bytes: [1, 2, 3])
        #expect(throws: ProtocolError.self) {
            try codec.decompress(cut, into: &output, maximumOutputBytes: 1 << 20)
        }
        // Compare sizes first: a failure must not print 100 KiB of bytes.
        #expect(output.readableBytes == 3)
        #expect(output.getBytes(at: output.readerIndex, length: 3) == [1, 2, 3])
    }

    @Test func xerialBlockLengthsAreChecked() throws {
        let header: [UInt8] = [0x82, 0x53, 0x4E, 0x41, 0x50, 0x50, 0x59, 0x00, 0, 0, 0, 1, 0, 0, 0, 1]
        for body: [UInt8] in [[0, 0, 0, 0], [0xFF, 0xFF, 0xFF, 0xFF], [0x7F, 0xFF, 0xFF, 0xFF, 0x00], [0, 0, 1]] {
            #expect(throws: ProtocolError.self, "\(body)") {
                _ = try decompress(SnappyCodec(), header + body)
            }
        }
        // A truncated second header.
        #expect(throws: ProtocolError.self) {
            _ = try decompress(SnappyCodec(), header + Array(header.prefix(10)))
        }
    }
}
