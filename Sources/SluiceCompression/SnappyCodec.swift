import CSnappy
import NIOCore
import SluiceProtocol

/// snappy (compression type 2).
///
/// Two encodings meet in Kafka:
/// - **xerial framing**, written by the Java client (snappy-java's `SnappyOutputStream`) and
///   kafka-python: a 16-byte header `82 'S' 'N' 'A' 'P' 'P' 'Y' 00`, version i32 = 1, compatible
///   version i32 = 1 (big-endian), then blocks of [i32 big-endian compressed length][raw snappy block],
///   each block holding at most 32 KiB of input. There is no end marker.
/// - **raw snappy**: one block for the whole payload, which librdkafka writes
///   (`rd_kafka_snappy_compress_iov`); it reads both.
///
/// Compression writes xerial framing with 32 KiB blocks, like the Java client, so every Kafka client
/// can read it. Decompression takes xerial framing when the input starts with the 8-byte magic (a raw
/// block never can: its first copy would point before the start) and raw snappy otherwise. In xerial
/// input the version fields are not checked (some producers write them little-endian), and a second
/// header where a block length would be starts a concatenated stream, as snappy-java allows.
/// Each block's uncompressed length is read before anything is allocated, and checked against the
/// bytes still allowed. On a throw, `output`'s writer index is back where it was.
public struct SnappyCodec: CompressionCodec, Hashable {
    /// snappy-java's default block size, which Kafka's Java client uses.
    public static let xerialBlockSize = 32 * 1024
    static let xerialMagic: [UInt8] = [0x82, 0x53, 0x4E, 0x41, 0x50, 0x50, 0x59, 0x00]
    static let xerialHeaderSize = 16
    /// The magic's first four bytes read as a big-endian block length (negative as an i32).
    static let xerialMagicHead: UInt32 = 0x8253_4E41

    public var type: CompressionType { .snappy }

    public init() {}

    public func compress(_ input: ByteBuffer, into output: inout ByteBuffer) throws {
        let blockSize = Self.xerialBlockSize
        let blocks = (input.readableBytes + blockSize - 1) / blockSize
        let worstBlock = 4 + snappy_max_compressed_length(blockSize)
        output.reserveCapacity(minimumWritableBytes: Self.xerialHeaderSize + blocks * worstBlock)
        output.writeBytes(Self.xerialMagic)
        output.writeInteger(Int32(1), endianness: .big)  // version
        output.writeInteger(Int32(1), endianness: .big)  // compatible version
        try input.withUnsafeReadableBytes { (source) throws(ProtocolError) in
            var offset = 0
            while offset < source.count {
                let chunk = UnsafeRawBufferPointer(
                    rebasing: source[offset..<min(offset + blockSize, source.count)])
                let bound = 4 + snappy_max_compressed_length(chunk.count)
                var status = SNAPPY_OK
                output.writeWithUnsafeMutableBytes(minimumWritableBytes: bound) { writable in
                    var length = bound - 4
                    status = snappy_compress(
                        chunk.nonNullBase.assumingMemoryBound(to: CChar.self), chunk.count,
                        (writable.nonNullBase + 4).assumingMemoryBound(to: CChar.self), &length)
                    guard status == SNAPPY_OK else { return 0 }
                    writable.storeBytes(of: UInt32(length).bigEndian, as: UInt32.self)
                    return 4 + length
                }
                guard status == SNAPPY_OK else {
                    throw .compression("snappy: compression failed with status \(status.rawValue)")
                }
                offset += chunk.count
            }
        }
    }

    public func decompress(_ input: ByteBuffer, into output: inout ByteBuffer, maximumOutputBytes: Int) throws {
        guard maximumOutputBytes >= 0 else {
            throw ProtocolError.compression(
                "snappy: maximumOutputBytes must not be negative, got \(maximumOutputBytes)")
        }
        try input.withUnsafeReadableBytes { (source) throws(ProtocolError) in
            guard !source.isEmpty else {
                throw .compression("snappy: compressed data is empty")
            }
            var budget = maximumOutputBytes
            let start = output.writerIndex
            do throws(ProtocolError) {
                if Self.startsWithXerialMagic(source) {
                    try Self.decodeXerial(source, into: &output, budget: &budget, limit: maximumOutputBytes)
                } else {
                    try Self.decodeRawBlock(source, into: &output, budget: &budget, limit: maximumOutputBytes)
                }
            } catch {
                output.moveWriterIndex(to: start)
                throw error
            }
        }
    }

    static func startsWithXerialMagic(_ bytes: UnsafeRawBufferPointer) -> Bool {
        bytes.count >= Self.xerialMagic.count && bytes.prefix(Self.xerialMagic.count).elementsEqual(Self.xerialMagic)
    }

    private static func decodeXerial(
        _ source: UnsafeRawBufferPointer,
        into output: inout ByteBuffer,
        budget: inout Int,
        limit: Int
    ) throws(ProtocolError) {
        var offset = 0
        var expectHeader = true
        while offset < source.count {
            let remaining = UnsafeRawBufferPointer(rebasing: source[offset...])
            if expectHeader {
                guard Self.startsWithXerialMagic(remaining), remaining.count >= Self.xerialHeaderSize else {
                    throw .compression("snappy: xerial header is truncated at offset \(offset)")
                }
                offset += Self.xerialHeaderSize
                expectHeader = false
                continue
            }
            guard remaining.count >= 4 else {
                throw .compression("snappy: xerial block length is truncated at offset \(offset)")
            }
            let rawLength = UInt32(bigEndian: remaining.loadUnaligned(as: UInt32.self))
            if rawLength == Self.xerialMagicHead {
                expectHeader = true
                continue
            }
            guard rawLength > 0, rawLength <= Int32.max else {
                throw .compression("snappy: invalid xerial block length \(Int32(bitPattern: rawLength)) at offset \(offset)")
            }
            let length = Int(rawLength)
            guard remaining.count - 4 >= length else {
                throw .compression(
                    "snappy: xerial block of \(length) bytes at offset \(offset) is truncated to \(remaining.count - 4)")
            }
            let block = UnsafeRawBufferPointer(rebasing: remaining[4..<(4 + length)])
            try Self.decodeRawBlock(block, into: &output, budget: &budget, limit: limit)
            offset += 4 + length
        }
        if expectHeader {
            throw .compression("snappy: xerial header is truncated at offset \(offset)")
        }
    }

    /// Decodes one raw snappy block; its varint preamble states the uncompressed length.
    private static func decodeRawBlock(
        _ block: UnsafeRawBufferPointer,
        into output: inout ByteBuffer,
        budget: inout Int,
        limit: Int
    ) throws(ProtocolError) {
        let compressed = block.nonNullBase.assumingMemoryBound(to: CChar.self)
        var length = 0
        guard snappy_uncompressed_length(compressed, block.count, &length) == SNAPPY_OK else {
            throw .compression("snappy: corrupt block: unreadable uncompressed length")
        }
        guard length <= budget else {
            throw .compression("snappy: decompressed data exceeds the limit of \(limit) bytes")
        }
        if length == 0 {
            guard snappy_validate_compressed_buffer(compressed, block.count) == SNAPPY_OK else {
                throw .compression("snappy: corrupt block")
            }
            return
        }
        var status = SNAPPY_OK
        output.writeWithUnsafeMutableBytes(minimumWritableBytes: length) { writable in
            var written = length
            status = snappy_uncompress(
                compressed, block.count, writable.nonNullBase.assumingMemoryBound(to: CChar.self), &written)
            return status == SNAPPY_OK ? written : 0
        }
        guard status == SNAPPY_OK else {
            throw .compression("snappy: corrupt block")
        }
        budget -= length
    }
}
