/// Every benchmark case after the baseline, in the order they run.
///
/// To add cases, write a `static func cases() throws -> [BenchmarkCase]` in a file of its own and
/// append it here. Planned: protocol cases — CRC32C of a 1 MiB batch, ProduceRequest decode,
/// FetchResponse encode — under the group "protocol". Prepare data when building the case; keep
/// `run` to the operation itself, and quote `bytesPerRun` in the bytes a reader cares about.
enum Registry {
    static func cases() throws -> [BenchmarkCase] {
        var cases: [BenchmarkCase] = []
        cases += try CompressionBenchmarks.cases()
        cases += try ProtocolBenchmarks.cases()
        return cases
    }
}
