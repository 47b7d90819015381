import NIOCore
import SluiceCompression
import SluiceProtocol
import SluiceTestKit
import Testing

/// The four codecs, as test arguments.
let compressedTypes: [CompressionType] = [.gzip, .snappy, .lz4, .zstd]

func codec(_ type: CompressionType) -> any CompressionCodec {
    guard let codec = Compression.codec(for: type) else {
        fatalError("no codec for \(type)")
    }
    return codec
}

func compress(_ codec: any CompressionCodec, _ bytes: [UInt8]) throws -> [UInt8] {
    var output = ByteBuffer()
    try codec.compress(ByteBuffer(bytes: bytes), into: &output)
    return Array(output.readableBytesView)
}

func decompress(_ codec: any CompressionCodec, _ bytes: [UInt8], limit: Int = 64 << 20) throws -> [UInt8] {
    var output = ByteBuffer()
    try codec.decompress(ByteBuffer(bytes: bytes), into: &output, maximumOutputBytes: limit)
    return Array(output.readableBytesView)
}

/// Payloads for round trips; the large ones exceed every codec's block size (32 KiB xerial,
/// 64 KiB lz4, 128 KiB zstd).
enum Payload: String, CaseIterable, CustomStringConvertible, Sendable {
    case empty
    case oneByte
    case random100KiB
    case compressible100KiB
    case compressible300KiB
    case random300KiB

    var description: String { self.rawValue }

    var bytes: [UInt8] {
        switch self {
        case .empty: []
        case .oneByte: [0x2A]
        case .random100KiB: randomBytes(100 * 1024, seed: 1)
        case .compressible100KiB: recordLikeBytes(100 * 1024, seed: 2)
        case .compressible300KiB: recordLikeBytes(300 * 1024, seed: 3)
        case .random300KiB: randomBytes(300 * 1024, seed: 4)
        }
    }
}

func randomBytes(_ count: Int, seed: UInt64) -> [UInt8] {
    var generator = SplitMix64(seed: seed)
    var bytes = [UInt8](repeating: 0, count: count)
    for i in bytes.indices {
        bytes[i] = UInt8(truncatingIfNeeded: generator.next())
    }
    return bytes
}

/// JSON-like lines with repeated keys and a few random fields: compresses a few times over.
func recordLikeBytes(_ count: Int, seed: UInt64) -> [UInt8] {
    var generator = SplitMix64(seed: seed)
    var bytes: [UInt8] = []
    bytes.reserveCapacity(count + 256)
    var id = 0
    while bytes.count < count {
        let user = generator.next() % 10_000
        let amount = generator.next() % 100_000
        let session = String(generator.next(), radix: 16)
        let line = #"{"id":\#(id),"user":"user-\#(user)","event":"page_view","session":"\#(session)","#
            + #""amount":\#(amount),"tags":["kafka","sluice"]}"# + "\n"
        bytes.append(contentsOf: Array(line.utf8))
        id += 1
    }
    return Array(bytes.prefix(count))
}

/// `#expect(actual == expected)` for large byte arrays: on failure it reports the sizes and the first
/// differing offset instead of printing both arrays.
func expectSameBytes(
    _ actual: [UInt8],
    _ expected: [UInt8],
    _ comment: Comment? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    guard actual != expected else { return }
    let common = min(actual.count, expected.count)
    let firstDifference = (0..<common).first { actual[$0] != expected[$0] } ?? common
    var message = "\(actual.count) bytes where \(expected.count) were expected;"
    message += " first difference at offset \(firstDifference)"
    if let comment {
        message += " (\(comment))"
    }
    Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
}
