import NIOCore
import SluiceCompression
import SluiceProtocol
import Testing

@Suite("Round trips")
struct RoundTripTests {
    @Test(arguments: compressedTypes, Payload.allCases)
    func roundTrip(type: CompressionType, payload: Payload) throws {
        let codec = codec(type)
        let plain = payload.bytes
        let compressed = try compress(codec, plain)
        #expect(!compressed.isEmpty)
        expectSameBytes(try decompress(codec, compressed), plain)
        // The exact size is enough room.
        expectSameBytes(try decompress(codec, compressed, limit: plain.count), plain)
    }

    @Test(arguments: compressedTypes)
    func appendsAfterExistingBytesAndReadsFromReaderIndex(type: CompressionType) throws {
        let codec = codec(type)
        let plain = recordLikeBytes(70_000, seed: 9)

        var input = ByteBuffer(bytes: [1, 2, 3])
        input.moveReaderIndex(forwardBy: 3)
        input.writeBytes(plain)
        var compressed = ByteBuffer(bytes: [0xEE, 0xFF])
        try codec.compress(input, into: &compressed)
        #expect(compressed.readBytes(length: 2) == [0xEE, 0xFF])

        var output = ByteBuffer(bytes: [9, 9])
        try codec.decompress(compressed, into: &output, maximumOutputBytes: plain.count)
        #expect(output.readBytes(length: 2) == [9, 9])
        expectSameBytes(Array(output.readableBytesView), plain)
    }

    @Test(arguments: compressedTypes)
    func compressibleDataShrinks(type: CompressionType) throws {
        let plain = recordLikeBytes(100 * 1024, seed: 5)
        let compressed = try compress(codec(type), plain)
        #expect(compressed.count < plain.count / 2)
    }

    @Test(arguments: compressedTypes)
    func concurrentUseOfOneCodec(type: CompressionType) async throws {
        let codec = codec(type)
        try await withThrowingTaskGroup(of: Bool.self) { group in
            for seed in 0..<8 {
                group.addTask {
                    let plain = recordLikeBytes(50_000, seed: UInt64(seed))
                    return try decompress(codec, compress(codec, plain)) == plain
                }
            }
            for try await ok in group {
                #expect(ok)
            }
        }
    }

    @Test func lookupCoversEveryCompressedType() {
        #expect(Compression.codec(for: .none) == nil)
        for type in compressedTypes {
            #expect(Compression.codec(for: type)?.type == type)
            #expect(Compression.codecs(type)?.type == type)
        }
    }
}
