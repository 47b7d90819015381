/// Kafka's `uuid` field type: 16 bytes, shown as unpadded URL-safe base64 as Kafka does.
public struct KafkaUUID: Sendable, Hashable, CustomStringConvertible {
    public var high: UInt64
    public var low: UInt64

    public init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    public static let zero = KafkaUUID(high: 0, low: 0)

    /// A random version-4 UUID.
    public static func random() -> KafkaUUID {
        var generator = SystemRandomNumberGenerator()
        return random(using: &generator)
    }

    public static func random<G: RandomNumberGenerator>(using generator: inout G) -> KafkaUUID {
        var high = generator.next() as UInt64
        var low = generator.next() as UInt64
        high = (high & ~0xF000) | 0x4000  // version 4
        low = (low & ~(0xC000_0000_0000_0000)) | 0x8000_0000_0000_0000  // IETF variant
        return KafkaUUID(high: high, low: low)
    }

    public var bytes: [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(16)
        for shift in stride(from: 56, through: 0, by: -8) { out.append(UInt8(truncatingIfNeeded: self.high >> UInt64(shift))) }
        for shift in stride(from: 56, through: 0, by: -8) { out.append(UInt8(truncatingIfNeeded: self.low >> UInt64(shift))) }
        return out
    }

    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    /// Unpadded URL-safe base64 of the 16 bytes (22 characters), as Kafka prints topic ids.
    public var description: String {
        let bytes = self.bytes
        var out = [UInt8]()
        var index = 0
        while index + 3 <= bytes.count {
            let n = UInt32(bytes[index]) << 16 | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2])
            for shift in [18, 12, 6, 0] { out.append(Self.alphabet[Int((n >> UInt32(shift)) & 63)]) }
            index += 3
        }
        let n = UInt32(bytes[index]) << 16  // 16 = 5*3 + 1: one byte left
        out.append(Self.alphabet[Int((n >> 18) & 63)])
        out.append(Self.alphabet[Int((n >> 12) & 63)])
        return String(decoding: out, as: UTF8.self)
    }

    /// Parses the 22-character form that `description` prints.
    public init?(_ text: String) {
        let chars = Array(text.utf8)
        guard chars.count == 22 else { return nil }
        var bits: [UInt8] = []
        var accumulator: UInt32 = 0
        var count = 0
        for char in chars {
            guard let value = Self.alphabet.firstIndex(of: char) else { return nil }
            accumulator = accumulator << 6 | UInt32(value)
            count += 6
            if count >= 8 {
                count -= 8
                bits.append(UInt8(truncatingIfNeeded: accumulator >> UInt32(count)))
            }
        }
        guard bits.count == 16 else { return nil }
        self.high = bits[0..<8].reduce(0) { $0 << 8 | UInt64($1) }
        self.low = bits[8..<16].reduce(0) { $0 << 8 | UInt64($1) }
    }
}
