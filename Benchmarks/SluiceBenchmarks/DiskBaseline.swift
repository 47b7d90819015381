import Foundation

/// The disk's own sequential write speed, measured with `dd` in the same run as the storage cases
/// and on the same file system (the benchmark data directory), so storage figures can be quoted as
/// ratios to it: buffered writes with one final `fdatasync`, and writes synced one by one
/// (`oflag=dsync`) at the two batch sizes the storage cases use.
enum DiskBaseline {
    struct Variant {
        var name: String
        var blockSize: String
        var blockBytes: Int
        var count: Int
        var flags: [String]
    }

    static let variants = [
        Variant(name: "dd 1 MiB blocks, conv=fdatasync", blockSize: "1M", blockBytes: 1 << 20, count: 256, flags: ["conv=fdatasync"]),
        Variant(name: "dd 1 MiB blocks, oflag=dsync", blockSize: "1M", blockBytes: 1 << 20, count: 64, flags: ["oflag=dsync"]),
        Variant(name: "dd 16 KiB blocks, oflag=dsync", blockSize: "16k", blockBytes: 16 << 10, count: 1024, flags: ["oflag=dsync"]),
    ]

    /// Runs `dd` once and returns MB/s (10^6 bytes per second) of what it wrote.
    static func measure(_ variant: Variant, directory: String) throws -> Double {
        let path = directory + "/dd-baseline.bin"
        defer { unlink(path) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/dd")
        process.arguments = ["if=/dev/zero", "of=\(path)", "bs=\(variant.blockSize)", "count=\(variant.count)", "status=none"] + variant.flags
        let start = ContinuousClock.now
        try process.run()
        process.waitUntilExit()
        let seconds = (ContinuousClock.now - start).seconds
        guard process.terminationStatus == 0 else {
            throw BenchmarkFailure("dd exited with status \(process.terminationStatus) writing \(path)")
        }
        return Double(variant.blockBytes * variant.count) / seconds / 1e6
    }
}

struct BenchmarkFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
