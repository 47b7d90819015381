import NIOCore
import SluiceCompression
import SluiceProtocol
import Testing

/// Levels as Kafka names and validates them, and the bytes each codec puts on the wire.
@Suite("Levels and formats")
struct LevelAndFormatTests {
    static let plain = recordLikeBytes(200 * 1024, seed: 11)

    @Test func defaultsMatchKafka() {
        #expect(GzipCodec().level == -1)
        #expect(LZ4Codec().level == 9)
        #expect(ZstdCodec().level == 3)
        #expect(ZstdCodec.levels == -131072...22)
    }

    @Test(arguments: [-1] + Array(1...9))
    func gzipLevels(level: Int) throws {
        let codec = try #require(GzipCodec(level: level))
        expectSameBytes(try decompress(codec, compress(codec, Self.plain)), Self.plain)
    }

    @Test(arguments: Array(1...17))
    func lz4Levels(level: Int) throws {
        let codec = try #require(LZ4Codec(level: level))
        expectSameBytes(try decompress(codec, compress(codec, Self.plain)), Self.plain)
    }

    @Test(arguments: [-131072, -5, -1, 0, 1, 3, 9, 19, 22])
    func zstdLevels(level: Int) throws {
        let codec = try #require(ZstdCodec(level: level))
        expectSameBytes(try decompress(codec, compress(codec, Self.plain)), Self.plain)
    }

    @Test func invalidLevelsAreRejected() {
        #expect(GzipCodec(level: 0) == nil)
        #expect(GzipCodec(level: 10) == nil)
        #expect(GzipCodec(level: -2) == nil)
        #expect(LZ4Codec(level: 0) == nil)
        #expect(LZ4Codec(level: 18) == nil)
        #expect(ZstdCodec(level: 23) == nil)
        #expect(ZstdCodec(level: -131073) == nil)
    }

    @Test func higherLevelsCompressBetter() throws {
        let fastGzip = try compress(#require(GzipCodec(level: 1)), Self.plain)
        let bestGzip = try compress(#require(GzipCodec(level: 9)), Self.plain)
        #expect(bestGzip.count < fastGzip.count)
        let fastLZ4 = try compress(LZ4Codec(), Self.plain)
        let hcLZ4 = try compress(#require(LZ4Codec(level: 12)), Self.plain)
        #expect(hcLZ4.count < fastLZ4.count)
    }

    @Test func gzipWritesOneRFC1952Member() throws {
        let bytes = try compress(GzipCodec(), Self.plain)
        #expect(Array(bytes.prefix(3)) == [0x1F, 0x8B, 0x08])  // ID1 ID2 CM=deflate
        // ISIZE trailer: input size mod 2^32, little-endian.
        let isize = bytes.suffix(4).reversed().reduce(0) { $0 << 8 | Int($1) }
        #expect(isize == Self.plain.count)
    }

    @Test func snappyWritesXerialFramingWith32KiBBlocks() throws {
        let bytes = try compress(SnappyCodec(), Self.plain)
        #expect(Array(bytes.prefix(16)) == [0x82, 0x53, 0x4E, 0x41, 0x50, 0x50, 0x59, 0x00, 0, 0, 0, 1, 0, 0, 0, 1])
        // Walk the blocks: each is [i32 BE length][raw snappy block of at most 32 KiB input].
        var offset = 16
        var blocks = 0
        while offset < bytes.count {
            let length = bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
            let block = Array(bytes[(offset + 4)..<(offset + 4 + length)])
            let plain = try decompress(SnappyCodec(), block)  // a raw block decodes alone
            #expect(plain.count == min(32 * 1024, Self.plain.count - blocks * 32 * 1024))
            offset += 4 + length
            blocks += 1
        }
        #expect(offset == bytes.count)
        #expect(blocks == (Self.plain.count + 32 * 1024 - 1) / (32 * 1024))
    }

    @Test func snappyEmptyInputIsAHeaderOnly() throws {
        let bytes = try compress(SnappyCodec(), [])
        #expect(bytes.count == 16)
        #expect(try decompress(SnappyCodec(), bytes) == [])
    }

    @Test func snappyAcceptsLittleEndianVersionFieldsAndConcatenatedStreams() throws {
        let a = try compress(SnappyCodec(), Array("first ".utf8))
        var b = try compress(SnappyCodec(), Array("second".utf8))
        b[8..<16] = [1, 0, 0, 0, 1, 0, 0, 0]
        #expect(try decompress(SnappyCodec(), a + b) == Array("first second".utf8))
    }

    @Test func lz4WritesKafkasFrameHeader() throws {
        let bytes = try compress(LZ4Codec(), Self.plain)
        // Magic, FLG 0x60 (v1, independent blocks, no checksums, no size), BD 0x40 (64 KiB blocks),
        // header checksum (xxh32(FLG BD) >> 8) & 0xFF.
        #expect(Array(bytes.prefix(7)) == [0x04, 0x22, 0x4D, 0x18, 0x60, 0x40, 0x82])
        #expect(Array(bytes.suffix(4)) == [0, 0, 0, 0])  // end mark, no content checksum
        // Every block holds at most 64 KiB.
        var offset = 7
        while true {
            let word = bytes[offset..<offset + 4].reversed().reduce(0) { $0 << 8 | Int($1) }
            offset += 4
            if word == 0 { break }
            let size = word & 0x7FFF_FFFF
            #expect(size <= 64 * 1024)
            offset += size
        }
        #expect(offset == bytes.count)
    }

    @Test func lz4StoresIncompressibleBlocksUncompressed() throws {
        let plain = randomBytes(64 * 1024, seed: 12)
        let bytes = try compress(LZ4Codec(), plain)
        let word = bytes[7..<11].reversed().reduce(0) { $0 << 8 | Int($1) }
        #expect(word == 0x8000_0000 | plain.count)
    }

    @Test func zstdWritesOneFrameWithContentSize() throws {
        let bytes = try compress(ZstdCodec(), Self.plain)
        #expect(Array(bytes.prefix(4)) == [0x28, 0xB5, 0x2F, 0xFD])
        let descriptor = bytes[4]
        #expect(descriptor >> 6 != 0 || descriptor & 0x20 != 0)  // a content size field is present
        #expect(descriptor & 0x04 == 0)  // no checksum, like zstd-jni's default
    }
}
