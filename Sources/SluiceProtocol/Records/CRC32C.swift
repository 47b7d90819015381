import CSluiceCRC32C
import NIOCore

/// CRC-32C (Castagnoli, reflected polynomial 0x82F63B78, initial value and final XOR 0xFFFFFFFF),
/// the checksum of a v2 record batch over the bytes from `attributes` to the end of the batch.
///
/// Values are always finished checksums: `update(checksum(a), b) == checksum(a + b)`, so a range
/// can be checksummed in pieces (as zlib's `crc32(crc, buf, len)` and Java's `Checksum.update`).
///
/// Two implementations give identical results: the SSE4.2 `crc32` instruction (through the
/// `CSluiceCRC32C` shim) where the CPU has it, else slicing-by-8 over raw pointers with eight
/// 256-entry tables built once on first use. Everything is immutable after that, so every method is
/// safe to call from any thread.
public enum CRC32C {
    /// The reflected Castagnoli polynomial.
    public static let polynomial: UInt32 = 0x82F6_3B78

    /// How a checksum is computed.
    public enum Implementation: Sendable, Hashable, CaseIterable {
        /// The x86-64 SSE4.2 `crc32` instruction.
        case hardware
        /// Portable slicing-by-8 tables.
        case table
    }

    /// True when this CPU has the SSE4.2 `crc32` instruction, which `update` then uses.
    public static let isHardwareAccelerated: Bool = sluice_crc32c_hardware_available() != 0

    /// The implementation `update` and `checksum` use on this machine.
    public static var preferredImplementation: Implementation {
        self.isHardwareAccelerated ? .hardware : .table
    }

    /// Checksum of `bytes`; 0 for an empty range.
    @inlinable
    public static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
        self.update(0, bytes)
    }

    /// Checksum of `bytes`.
    @inlinable
    public static func checksum(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBytes { self.update(0, $0) }
    }

    /// Checksum of the readable bytes of `buffer`.
    @inlinable
    public static func checksum(_ buffer: ByteBuffer) -> UInt32 {
        buffer.withUnsafeReadableBytes { self.update(0, $0) }
    }

    /// Checksum of `length` bytes of `buffer` starting at the absolute index `index`, or nil unless
    /// that whole range lies within the buffer's readable bytes (NIO's rule for `get` methods).
    @inlinable
    public static func checksum(_ buffer: ByteBuffer, at index: Int, length: Int) -> UInt32? {
        guard index >= buffer.readerIndex, length >= 0, length <= buffer.writerIndex - index else { return nil }
        return buffer.withUnsafeReadableBytes { readable in
            let start = index - buffer.readerIndex
            return self.update(0, UnsafeRawBufferPointer(rebasing: readable[start..<start + length]))
        }
    }

    /// Extends the finished checksum `crc` of earlier bytes with `bytes`.
    public static func update(_ crc: UInt32, _ bytes: UnsafeRawBufferPointer) -> UInt32 {
        self.update(crc, bytes, using: self.isHardwareAccelerated ? .hardware : .table)
    }

    /// Extends `crc` with `bytes` using a chosen implementation, for tests and benchmarks.
    /// `.hardware` on a CPU without it falls back to `.table`.
    public static func update(_ crc: UInt32, _ bytes: UnsafeRawBufferPointer, using implementation: Implementation) -> UInt32 {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return crc }
        if implementation == .hardware && self.isHardwareAccelerated {
            return ~sluice_crc32c_hardware_update(~crc, base, bytes.count)
        }
        return ~Self.tables.withUnsafeBufferPointer { tables in
            Self.slicingBy8(~crc, base, bytes.count, tables.baseAddress!)
        }
    }

    /// Extends the finished checksum `crc` of earlier bytes with `bytes`.
    @inlinable
    public static func update(_ crc: UInt32, _ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBytes { self.update(crc, $0) }
    }

    // MARK: Implementation

    /// `tables[k * 256 + b]` is the CRC register after feeding byte `b` followed by `k` zero bytes.
    /// Table 0 is the classic byte-at-a-time table.
    private static let tables: [UInt32] = {
        var tables = [UInt32](repeating: 0, count: 8 * 256)
        for byte in 0..<256 {
            var crc = UInt32(byte)
            for _ in 0..<8 {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ CRC32C.polynomial : crc >> 1
            }
            tables[byte] = crc
        }
        for slice in 1..<8 {
            for byte in 0..<256 {
                let previous = tables[(slice - 1) * 256 + byte]
                tables[slice * 256 + byte] = (previous >> 8) ^ tables[Int(previous & 0xFF)]
            }
        }
        return tables
    }()

    /// Runs the raw (not inverted) register `crc` over `count` bytes at `pointer`.
    @inline(__always)
    private static func slicingBy8(
        _ crc: UInt32,
        _ pointer: UnsafeRawPointer,
        _ count: Int,
        _ table: UnsafePointer<UInt32>
    ) -> UInt32 {
        var crc = crc
        var pointer = pointer
        var remaining = count
        while remaining >= 8 {
            // Little-endian load: byte 0 of the input is the low byte, as the reflected CRC wants.
            let word = UInt64(littleEndian: pointer.loadUnaligned(as: UInt64.self))
            let low = UInt32(truncatingIfNeeded: word) ^ crc
            let high = UInt32(truncatingIfNeeded: word &>> 32)
            crc = table[7 &* 256 &+ Int(low & 0xFF)]
                ^ table[6 &* 256 &+ Int((low &>> 8) & 0xFF)]
                ^ table[5 &* 256 &+ Int((low &>> 16) & 0xFF)]
                ^ table[4 &* 256 &+ Int(low &>> 24)]
                ^ table[3 &* 256 &+ Int(high & 0xFF)]
                ^ table[2 &* 256 &+ Int((high &>> 8) & 0xFF)]
                ^ table[1 &* 256 &+ Int((high &>> 16) & 0xFF)]
                ^ table[Int(high &>> 24)]
            pointer += 8
            remaining &-= 8
        }
        while remaining > 0 {
            let byte = pointer.load(as: UInt8.self)
            crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc &>> 8)
            pointer += 1
            remaining &-= 1
        }
        return crc
    }
}
