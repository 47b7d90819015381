import ArgumentParser
import NIOCore
import NIOPosix
import SluiceClient
import SluiceProtocol

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `sluice produce TOPIC`: one record per line of standard input.
struct ProduceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "produce",
        abstract: "Produce one record per line of standard input.",
        discussion: """
            Each line is a record value; with --key-separator the text before the first separator \
            is the key. Keyed records go to murmur2(key) mod partitions, as with Kafka's clients.
            """
    )

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "Topic to produce to.") var topic: String

    @Option(name: .customLong("key-separator"), help: "Split each line into key and value at the first occurrence of this text.")
    var keySeparator: String?

    @Option(name: .customLong("header"), help: ArgumentHelp("A header added to every record; repeatable.", valueName: "key=value"))
    var headers: [String] = []

    @Option(help: "Produce every record to this partition.")
    var partition: Int32?

    @Option(help: "Acknowledgements to wait for: 0, 1 or all (-1).")
    var acks: String = "all"

    @Option(help: "Batch compression: none, gzip, snappy, lz4 or zstd.")
    var compression: String = "none"

    @Option(name: .customLong("linger-ms"), help: "How long a batch waits for more records.")
    var lingerMs: Int = 5

    @Option(name: .customLong("batch-size"), help: "Bytes per partition batch.")
    var batchSize: Int = 16_384

    @Flag(name: .customLong("idempotent"), help: "Use a producer id and sequence numbers (enable.idempotence; needs --acks all).")
    var idempotent = false

    func validate() throws {
        if let keySeparator, keySeparator.isEmpty { throw ValidationError("--key-separator must not be empty") }
        if self.lingerMs < 0 || self.lingerMs > Int(Int32.max) { throw ValidationError("--linger-ms must be from 0 to \(Int32.max)") }
        if self.batchSize <= 0 { throw ValidationError("--batch-size must be positive") }
    }

    func run() async throws {
        try await withClient(self.connection) { client in
            var configuration = ProducerConfiguration()
            configuration.acks = try ClientArguments.parseAcks(self.acks)
            configuration.compression = try ClientArguments.parseCompression(self.compression)
            configuration.linger = .milliseconds(self.lingerMs)
            configuration.batchSize = self.batchSize
            configuration.enableIdempotence = self.idempotent
            configuration.requestTimeoutMs = Int32(clamping: self.connection.requestTimeoutMs)
            let headers = try self.headers.map { text throws(KafkaClientError) in
                let (key, value) = try ClientArguments.parseKeyValue(text, what: "header")
                return RecordHeader(key: key, value: ByteBuffer(string: value))
            }
            let separator = self.keySeparator.map { Array($0.utf8) }
            let producer = KafkaProducer(client: client, configuration: configuration)
            var summary = ProduceSummary()
            var receipts: [DeliveryReceipt] = []
            var reader = LineReader(fileDescriptor: 0)
            var lineNumber = 0
            while let lines = try await reader.nextLines() {
                for line in lines {
                    lineNumber += 1
                    var key: ByteBuffer?
                    var value = line[...]
                    if let separator {
                        guard let range = Self.firstRange(of: separator, in: line) else {
                            throw KafkaClientError.invalidArgument("line \(lineNumber) has no key separator '\(self.keySeparator ?? "")'")
                        }
                        key = ByteBuffer(bytes: line[..<range.lowerBound])
                        value = line[range.upperBound...]
                    }
                    let record = ProducerRecord(topic: self.topic, partition: self.partition, key: key, value: ByteBuffer(bytes: value), headers: headers)
                    receipts.append(try await producer.send(record))
                }
                // Small reads are interactive input: report each line's outcome before the next.
                if receipts.count >= 10_000 || lines.count < 64 {
                    try await summary.settle(&receipts)
                }
            }
            await producer.flush()
            try await summary.settle(&receipts)
            if self.output.json {
                try Output.json(summary.json(topic: self.topic))
            }
        }
    }

    static func firstRange(of needle: [UInt8], in haystack: [UInt8]) -> Range<Int>? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return start..<(start + needle.count) }
        }
        return nil
    }
}

/// Counts acknowledged records; the first failure is thrown.
struct ProduceSummary {
    var records = 0
    var lastOffsets: [Int32: Int64] = [:]

    mutating func settle(_ receipts: inout [DeliveryReceipt]) async throws {
        defer { receipts.removeAll(keepingCapacity: true) }
        for receipt in receipts {
            let metadata = try await receipt.get()
            self.records += 1
            let partition = metadata.topicPartition.partition
            self.lastOffsets[partition] = max(self.lastOffsets[partition] ?? -1, metadata.offset)
        }
    }

    struct JSON: Encodable {
        var topic: String
        var records: Int
        var lastOffsets: [String: Int64]

        enum CodingKeys: String, CodingKey {
            case topic, records
            case lastOffsets = "last_offsets"
        }
    }

    func json(topic: String) -> JSON {
        JSON(topic: topic, records: self.records, lastOffsets: Dictionary(uniqueKeysWithValues: self.lastOffsets.map { (String($0.key), $0.value) }))
    }
}

/// Lines of a file descriptor, read in chunks on NIO's thread pool so that a slow or interactive
/// input never blocks the concurrency pool. Lines exclude the "\n"; a last line without one is
/// still returned.
struct LineReader {
    let fileDescriptor: Int32
    private var pending: [UInt8] = []
    private var atEOF = false

    init(fileDescriptor: Int32) {
        self.fileDescriptor = fileDescriptor
    }

    /// The complete lines of the next chunk (possibly none), or nil at the end of input.
    mutating func nextLines() async throws -> [[UInt8]]? {
        while true {
            if self.atEOF {
                guard !self.pending.isEmpty else { return nil }
                defer { self.pending = [] }
                return [self.pending]
            }
            let fd = self.fileDescriptor
            let chunk: [UInt8]? = try await NIOThreadPool.singleton.runIfActive {
                var buffer = [UInt8](repeating: 0, count: 65_536)
                while true {
                    let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                    if count > 0 { return Array(buffer[0..<count]) }
                    if count == 0 { return nil }
                    if errno == EINTR { continue }
                    throw KafkaClientError.invalidArgument("cannot read standard input: errno \(errno)")
                }
            }
            guard let chunk else {
                self.atEOF = true
                continue
            }
            self.pending += chunk
            var lines: [[UInt8]] = []
            var start = 0
            for index in self.pending.indices where self.pending[index] == UInt8(ascii: "\n") {
                lines.append(Array(self.pending[start..<index]))
                start = index + 1
            }
            self.pending.removeFirst(start)
            if !lines.isEmpty { return lines }
        }
    }
}
