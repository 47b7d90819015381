#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// SluiceBenchmarks: `swift run -c release SluiceBenchmarks [--filter NAME] [--iterations N]`.
// Prints the memcpy baseline, then every registered case (see Registry.swift), then any floors.

let options: BenchmarkOptions
switch BenchmarkOptions.parse(Array(CommandLine.arguments.dropFirst())) {
case .success(let parsed):
    options = parsed
case .failure(let error):
    if let message = error.message { print("error: \(message)") }
    print(BenchmarkOptions.usage)
    exit(error.message == nil ? 0 : 2)
}

#if DEBUG
print("warning: debug build; numbers are meaningless. Use `swift run -c release SluiceBenchmarks`.")
#endif

do {
    let selected = (Baseline.cases() + (try Registry.cases())).filter { options.selects($0) }
    print("SluiceBenchmarks: \(sysconf(Int32(_SC_NPROCESSORS_ONLN))) cores, \(options.iterations) iterations per case,"
        + " MB/s = 10^6 bytes/s of uncompressed data; ratios are to memcpy of 1 MiB.\n")
    var measurements: [Measurement] = []
    for benchmark in selected {
        measurements.append(try Harness.measure(benchmark, options: options))
    }
    let reference = measurements.first { $0.benchmark.qualifiedName == Baseline.referenceName }
    Harness.printTable(measurements, reference: reference)

    let floors = measurements.filter { $0.benchmark.minimumMBps != nil }
    if !floors.isEmpty { print("") }
    for m in floors {
        let floor = m.benchmark.minimumMBps ?? 0
        let verdict = m.median >= floor ? "PASS" : "FAIL"
        print("\(verdict): \(m.benchmark.qualifiedName) median \(Harness.format(m.median, digits: 0)) MB/s,"
        + " required >= \(Harness.format(floor, digits: 0)) MB/s")
    }
    if options.selectsStorage {
        try await StorageBenchmarks.run(directory: options.dataDirectory, rounds: options.rounds)
    } else if measurements.count == Baseline.cases().count, options.filter != nil {
        print("\nno case matches --filter \(options.filter ?? "")")
    }
} catch {
    print("error: \(error)")
    exit(1)
}
