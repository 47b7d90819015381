import SluiceTestKit

/// Deterministic, record-like input: JSON values of about 1 KiB each, the shape of typical Kafka
/// payloads. Keys and enum-like values repeat; ids, timestamps, session ids and a free-text field
/// vary, so general-purpose codecs reach roughly 2-5x, not the 100x of synthetic repetition.
enum RecordData {
    static let events = ["page_view", "add_to_cart", "checkout", "search", "login", "logout"]
    static let countries = ["DE", "US", "FR", "JP", "BR", "IN", "GB", "NL"]
    static let words = [
        "broker", "partition", "offset", "replica", "leader", "segment", "consumer", "producer",
        "batch", "topic", "commit", "fetch", "index", "epoch", "quota", "latency", "throughput",
    ]
    static let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789".utf8)

    /// About `totalBytes` of newline-separated records (whole records, so slightly more or less).
    static func records(totalBytes: Int, seed: UInt64 = 42) -> [UInt8] {
        var generator = SplitMix64(seed: seed)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(totalBytes + 2048)
        var id = 0
        while bytes.count < totalBytes {
            bytes += Self.record(id: id, using: &generator)
            id += 1
        }
        return bytes
    }

    static func record(id: Int, using generator: inout SplitMix64) -> [UInt8] {
        let user = generator.next() % 100_000
        let session = String(generator.next(), radix: 16) + String(generator.next(), radix: 16)
        let event = Self.events[Int(generator.next() % UInt64(Self.events.count))]
        let country = Self.countries[Int(generator.next() % UInt64(Self.countries.count))]
        let product = generator.next() % 10_000
        let cents = generator.next() % 100_000
        var text = ""
        while text.utf8.count < 300 {
            text += Self.words[Int(generator.next() % UInt64(Self.words.count))] + " "
        }
        let token = String(decoding: (0..<160).map { _ in Self.alphabet[Int(generator.next() % 36)] }, as: UTF8.self)
        var line = #"{"id":\#(id),"user":"user-\#(user)","event":"\#(event)","ts":\#(1_700_000_000_000 + id * 37),"#
        line += #""session":"\#(session)","country":"\#(country)","path":"/products/\#(product)/reviews","#
        line += #""amount":\#(cents / 100).\#(cents % 100),"ua":"Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0","#
        line += #""comment":"\#(text)","token":"\#(token)"}"#
        var bytes = Array(line.utf8)
        bytes += [UInt8](repeating: 0x20, count: max(0, 1023 - bytes.count))
        bytes.append(0x0A)
        return bytes
    }
}
