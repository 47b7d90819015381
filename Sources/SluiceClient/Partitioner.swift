/// Kafka's default partitioning: murmur2 of the key's bytes, made non-negative, modulo the number
/// of partitions, so that a key lands on the same partition as with Kafka's Java client (and
/// librdkafka's `murmur2_random`). Records without a key use the producer's sticky partition.
public enum Partitioner {
    /// Kafka's 32-bit murmur2 (`Utils.murmur2`): seed 0x9747b28c, little-endian 4-byte blocks, the
    /// 1-3 tail bytes folded in before the final mix.
    public static func murmur2<Bytes: Collection>(_ data: Bytes) -> Int32 where Bytes.Element == UInt8 {
        let m: UInt32 = 0x5bd1_e995
        let r: UInt32 = 24
        var h: UInt32 = 0x9747_b28c ^ UInt32(truncatingIfNeeded: data.count)
        var iterator = data.makeIterator()
        var block: UInt32 = 0
        var blockBytes: UInt32 = 0
        while let byte = iterator.next() {
            block |= UInt32(byte) << (8 * blockBytes)
            blockBytes += 1
            if blockBytes == 4 {
                var k = block &* m
                k ^= k >> r
                k = k &* m
                h = h &* m
                h ^= k
                block = 0
                blockBytes = 0
            }
        }
        if blockBytes > 0 {
            // The partial block holds the tail bytes at the shifts Kafka's switch xors them in.
            h ^= block
            h = h &* m
        }
        h ^= h >> 13
        h = h &* m
        h ^= h >> 15
        return Int32(bitPattern: h)
    }

    /// Kafka's `Utils.toPositive`: clears the sign bit (not `abs`, which traps on Int32.min).
    public static func toPositive(_ value: Int32) -> Int32 {
        value & 0x7fff_ffff
    }

    /// The partition for a keyed record among `partitionCount` partitions (0 when there are none;
    /// callers reject such topics first).
    public static func partition<Bytes: Collection>(forKey key: Bytes, partitionCount: Int32) -> Int32 where Bytes.Element == UInt8 {
        guard partitionCount > 0 else { return 0 }
        return Self.toPositive(Self.murmur2(key)) % partitionCount
    }
}
