import NIOCore
import SluiceCompression
import SluiceProtocol

/// Compress and decompress ~1 MiB of record-like data with each codec at Kafka's default level.
/// Throughput counts uncompressed bytes both ways. Output buffers are reused across runs (cleared,
/// capacity kept), as a broker reusing pooled buffers would; "new buffer" rows start from an empty
/// `ByteBuffer` each run.
enum CompressionBenchmarks {
    static let inputBytes = 1 << 20
    /// lz4 and snappy must decompress at least this fast on the development machine.
    static let decompressionFloor: [CompressionType: Double] = [.lz4: 500, .snappy: 500]

    static func cases() throws -> [BenchmarkCase] {
        let plain = ByteBuffer(bytes: RecordData.records(totalBytes: Self.inputBytes))
        var cases: [BenchmarkCase] = []
        for type in CompressionType.allCases where type != .none {
            guard let codec = Compression.codec(for: type) else { continue }
            var compressed = ByteBuffer()
            try codec.compress(plain, into: &compressed)
            var check = ByteBuffer()
            try codec.decompress(compressed, into: &check, maximumOutputBytes: plain.readableBytes)
            precondition(check == plain, "\(type) does not round-trip")
            let ratio = Double(plain.readableBytes) / Double(compressed.readableBytes)
            let note = "ratio \(Harness.format(ratio, digits: 2)) (\(plain.readableBytes) -> \(compressed.readableBytes) B)"

            let compressInto = Box(ByteBuffer())
            compressInto.value.reserveCapacity(compressed.readableBytes * 2)
            cases.append(BenchmarkCase(group: "compression", name: "\(type) compress", bytesPerRun: plain.readableBytes, note: note) {
                compressInto.value.clear()
                try codec.compress(plain, into: &compressInto.value)
                blackHole(compressInto.value.readableBytes)
            })

            let decompressInto = Box(ByteBuffer())
            decompressInto.value.reserveCapacity(plain.readableBytes)
            let floor = Self.decompressionFloor[type]
            cases.append(BenchmarkCase(
                group: "compression", name: "\(type) decompress", bytesPerRun: plain.readableBytes,
                note: floor.map { "required >= \(Int($0)) MB/s" } ?? "", minimumMBps: floor
            ) {
                decompressInto.value.clear()
                try codec.decompress(compressed, into: &decompressInto.value, maximumOutputBytes: plain.readableBytes)
                blackHole(decompressInto.value.readableBytes)
            })
            // The same into a new buffer each run: adds allocation and the output growth policy.
            cases.append(BenchmarkCase(
                group: "compression", name: "\(type) decompress, new buffer", bytesPerRun: plain.readableBytes
            ) {
                var output = ByteBuffer()
                try codec.decompress(compressed, into: &output, maximumOutputBytes: plain.readableBytes)
                blackHole(output.readableBytes)
            })
        }
        return cases
    }
}

/// A mutable value a case closure can own across runs.
final class Box<Value> {
    var value: Value
    init(_ value: Value) { self.value = value }
}
