import NIOCore
import Testing

@testable import SluiceProtocol

@Suite struct CRC32CTests {
    /// Bit-at-a-time CRC-32C straight from the definition, to check the fast paths against.
    static func reference(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0x82F6_3B78 : crc >> 1
            }
        }
        return ~crc
    }

    /// Deterministic pseudo-random bytes (xorshift).
    static func bytes(count: Int, seed: UInt64) -> [UInt8] {
        var state = seed | 1
        return (0..<count).map { _ in
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return UInt8(truncatingIfNeeded: state)
        }
    }

    @Test(arguments: CRC32C.Implementation.allCases)
    func checkValue(implementation: CRC32C.Implementation) {
        let input = Array("123456789".utf8)
        let crc = input.withUnsafeBytes { CRC32C.update(0, $0, using: implementation) }
        #expect(crc == 0xE306_9283)
    }

    @Test func publicEntryPointsAgree() {
        let input = Array("123456789".utf8)
        #expect(CRC32C.checksum(input) == 0xE306_9283)
        #expect(CRC32C.checksum(ByteBuffer(bytes: input)) == 0xE306_9283)
        #expect(input.withUnsafeBytes { CRC32C.checksum($0) } == 0xE306_9283)
        #expect(Self.reference(input) == 0xE306_9283)
    }

    @Test(arguments: CRC32C.Implementation.allCases)
    func emptyInput(implementation: CRC32C.Implementation) {
        #expect(CRC32C.checksum([]) == 0)
        #expect([UInt8]().withUnsafeBytes { CRC32C.update(0, $0, using: implementation) } == 0)
        #expect([UInt8]().withUnsafeBytes { CRC32C.update(0x1234_5678, $0, using: implementation) } == 0x1234_5678)
    }

    /// Known answers from RFC 3720 (iSCSI), appendix B.4.
    @Test(arguments: CRC32C.Implementation.allCases)
    func rfc3720Vectors(implementation: CRC32C.Implementation) {
        let vectors: [([UInt8], UInt32)] = [
            ([UInt8](repeating: 0, count: 32), 0x8A91_36AA),
            ([UInt8](repeating: 0xFF, count: 32), 0x62A8_AB43),
            ((0..<32).map { UInt8($0) }, 0x46DD_794E),
            ((0..<32).map { UInt8(31 - $0) }, 0x113F_DB5C),
        ]
        for (input, expected) in vectors {
            #expect(input.withUnsafeBytes { CRC32C.update(0, $0, using: implementation) } == expected)
        }
    }

    /// Every length up to 300 (all tail and alignment cases of both loops) and a few long inputs,
    /// from every starting alignment, against the bitwise reference.
    @Test(arguments: CRC32C.Implementation.allCases)
    func matchesReference(implementation: CRC32C.Implementation) {
        let data = Self.bytes(count: 70_000, seed: 0x9E37_79B9_7F4A_7C15)
        var lengths = Array(0...300)
        lengths += [1021, 4096, 65_536, 69_990]
        for length in lengths {
            for alignment in (length > 300 ? [0, 3] : [0, 1, 5, 7]) {
                let slice = Array(data[alignment..<(alignment + length)])
                let fast = data.withUnsafeBytes { raw in
                    CRC32C.update(0, UnsafeRawBufferPointer(rebasing: raw[alignment..<(alignment + length)]), using: implementation)
                }
                #expect(fast == Self.reference(slice), "length \(length) alignment \(alignment)")
            }
        }
    }

    @Test(arguments: CRC32C.Implementation.allCases)
    func updateIsIncremental(implementation: CRC32C.Implementation) {
        let data = Self.bytes(count: 10_000, seed: 42)
        let whole = CRC32C.checksum(data)
        for split in [0, 1, 7, 8, 9, 4999, 9999, 10_000] {
            let first = data[..<split].withUnsafeBytes { CRC32C.update(0, $0, using: implementation) }
            let both = data[split...].withUnsafeBytes { CRC32C.update(first, $0, using: implementation) }
            #expect(both == whole, "split at \(split)")
        }
    }

    @Test func byteBufferRanges() {
        let data = Self.bytes(count: 1000, seed: 7)
        var buffer = ByteBuffer(bytes: data)
        buffer.moveReaderIndex(forwardBy: 10)
        #expect(CRC32C.checksum(buffer) == Self.reference(Array(data[10...])))
        #expect(CRC32C.checksum(buffer, at: 100, length: 400) == Self.reference(Array(data[100..<500])))
        #expect(CRC32C.checksum(buffer, at: 1000, length: 0) == 0)
        // Outside the readable bytes: nil, never a trap or a read of unwritten memory.
        #expect(CRC32C.checksum(buffer, at: 5, length: 10) == nil)
        #expect(CRC32C.checksum(buffer, at: 990, length: 11) == nil)
        #expect(CRC32C.checksum(buffer, at: 100, length: -1) == nil)
        #expect(CRC32C.checksum(buffer, at: Int.max, length: 1) == nil)
    }
}
