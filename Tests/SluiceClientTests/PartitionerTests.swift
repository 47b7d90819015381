import SluiceClient
import Testing

@Suite struct PartitionerTests {
    // Expected values come from this Python transcription of Kafka's murmur2 (32-bit arithmetic
    // masked by hand), cross-checked against kafka-python's independent implementation:
    //
    //   def murmur2(data):
    //       m, r, mask = 0x5bd1e995, 24, 0xffffffff
    //       h = (0x9747b28c ^ len(data)) & mask
    //       for i in range(len(data) // 4):
    //           k = data[4*i] | data[4*i+1] << 8 | data[4*i+2] << 16 | data[4*i+3] << 24
    //           k = (k * m) & mask; k ^= k >> r; k = (k * m) & mask
    //           h = (h * m) & mask; h ^= k
    //       tail = data[len(data) // 4 * 4:]
    //       if len(tail) >= 3: h ^= tail[2] << 16
    //       if len(tail) >= 2: h ^= tail[1] << 8
    //       if len(tail) >= 1: h ^= tail[0]; h = (h * m) & mask
    //       h ^= h >> 13; h = (h * m) & mask; h ^= h >> 15
    //       return h - (1 << 32) if h & 0x80000000 else h
    @Test(arguments: [
        ("", 275_646_681),
        ("21", -973_932_308),
        ("abc", 479_470_107),
        ("foobar", -790_332_482),
        ("a-little-bit-long-string", -985_981_536),
        ("a-little-bit-longer-string", -1_486_304_829),
        ("lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8", -58_897_971),
    ] as [(String, Int32)])
    func murmur2OfKnownStrings(input: String, expected: Int32) {
        #expect(Partitioner.murmur2(Array(input.utf8)) == expected)
    }

    @Test func murmur2TreatsBytesAsUnsigned() {
        // Bytes >= 0x80 must not sign-extend (Java's `& 0xff`); the tail has 1 byte here.
        #expect(Partitioner.murmur2([0xFF, 0x80, 0x00, 0x7F, 0xFE] as [UInt8]) == 768_357_719)
    }

    @Test func partitionIsPositiveModulo() {
        // (h & 0x7fffffff) % 7 from the values above.
        #expect(Partitioner.partition(forKey: Array("21".utf8), partitionCount: 7) == 3)
        #expect(Partitioner.partition(forKey: Array("foobar".utf8), partitionCount: 7) == 0)
        #expect(Partitioner.partition(forKey: Array("abc".utf8), partitionCount: 7) == 4)
        #expect(Partitioner.partition(forKey: [0xFF, 0x80, 0x00, 0x7F, 0xFE] as [UInt8], partitionCount: 7) == 3)
        // kafka-python puts keys a..d on 1, 2, 1, 2 of three partitions.
        #expect(["a", "b", "c", "d"].map { Partitioner.partition(forKey: Array($0.utf8), partitionCount: 3) } == [1, 2, 1, 2])
    }

    @Test func toPositiveClearsOnlyTheSignBit() {
        #expect(Partitioner.toPositive(Int32.min) == 0)
        #expect(Partitioner.toPositive(-1) == Int32.max)
        #expect(Partitioner.toPositive(42) == 42)
    }

    @Test func noPartitionsDoesNotTrap() {
        #expect(Partitioner.partition(forKey: Array("k".utf8), partitionCount: 0) == 0)
    }
}
