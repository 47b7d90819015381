#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The machine's own yardstick: `memcpy` of a buffer that fits in cache (1 MiB) and of one that does
/// not (64 MiB). Every other row is quoted as a ratio to the 1 MiB copy.
enum Baseline {
    static let referenceName = "baseline/memcpy 1 MiB"

    static func cases() -> [BenchmarkCase] {
        [Self.memcpyCase(bytes: 1 << 20, label: "1 MiB"), Self.memcpyCase(bytes: 64 << 20, label: "64 MiB")]
    }

    private static func memcpyCase(bytes: Int, label: String) -> BenchmarkCase {
        // Allocated once per process and never freed: the case closure owns them for the whole run.
        let source = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: 64)
        let destination = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: 64)
        memset(source, 0x5A, bytes)
        memset(destination, 0, bytes)  // fault the pages in before timing
        return BenchmarkCase(group: "baseline", name: "memcpy \(label)", bytesPerRun: bytes) {
            memcpy(destination, source, bytes)
            blackHole(Int(destination.load(fromByteOffset: bytes - 1, as: UInt8.self)))
        }
    }
}
