import ArgumentParser
import Foundation
import NIOCore
import SluiceClient
import SluiceProtocol

/// `sluice consume TOPIC`: prints records, by default from the end of each partition.
struct ConsumeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "consume",
        abstract: "Print records from a topic.",
        discussion: """
            Starts at the end of each partition unless --from-beginning, --offset or --from-time \
            says otherwise, and runs until -n records were printed or --timeout-ms passed without \
            a record. --format takes kcat-style directives: %t topic, %p partition, %o offset, \
            %T timestamp, %k key, %v value, %h headers, %K key length, %S value length, %% and \
            the escapes \\n \\t; a newline is added after each record unless the format ends in one.
            """
    )

    @OptionGroup var connection: ConnectionOptions

    @Argument(help: "Topic to consume.") var topic: String

    @Flag(name: .customLong("from-beginning"), help: "Start at the earliest offset of each partition.")
    var fromBeginning = false

    @Option(help: "Start at this offset (or earliest / latest) in each partition read.")
    var offset: String?

    @Option(name: .customLong("from-time"), help: ArgumentHelp("Start at the first record at or after this time.", valueName: "ISO8601|epoch-ms"))
    var fromTime: String?

    @Option(help: "Read only this partition.")
    var partition: Int32?

    @Option(name: [.customShort("n"), .customLong("max-messages")], help: "Exit after this many records.")
    var count: Int?

    @Option(name: .customLong("timeout-ms"), help: "Exit after this long without a record.")
    var timeoutMs: Int?

    @Option(help: "Output format, e.g. '%k\\t%v'.")
    var format: String?

    @Flag(name: .customLong("print-key")) var printKey = false
    @Flag(name: .customLong("print-offset")) var printOffset = false
    @Flag(name: .customLong("print-partition")) var printPartition = false
    @Flag(name: .customLong("print-timestamp")) var printTimestamp = false
    @Flag(name: .customLong("print-headers")) var printHeaders = false

    @Option(help: "Separator between the printed fields of the --print-* layout.")
    var separator: String = "\t"

    @Flag(name: .customLong("json"), help: "Print one JSON object per record (keys and values as UTF-8 text).")
    var json = false

    func validate() throws {
        if let count, count <= 0 { throw ValidationError("-n must be positive") }
        if let timeoutMs, timeoutMs < 0 || timeoutMs > Int(Int32.max) { throw ValidationError("--timeout-ms must be from 0 to \(Int32.max)") }
        if self.format != nil && (self.json || self.printKey || self.printOffset || self.printPartition || self.printTimestamp || self.printHeaders) {
            throw ValidationError("--format cannot be combined with --json or --print-* options")
        }
    }

    func run() async throws {
        try await withClient(self.connection) { client in
            let start = try ClientArguments.startOffset(fromBeginning: self.fromBeginning, offset: self.offset, fromTime: self.fromTime)
            let layout = try self.recordFormat()
            let consumer = KafkaConsumer(client: client, topic: self.topic, partitions: self.partition.map { [$0] }, start: start)
            var printed = 0
            var lastRecord = ContinuousClock.now
            let idleLimit = self.timeoutMs.map { Duration.milliseconds($0) }
            while true {
                var wait = Duration.milliseconds(500)
                if let idleLimit {
                    let remaining = idleLimit - (ContinuousClock.now - lastRecord)
                    wait = max(.zero, min(wait, remaining))
                }
                let records = try await consumer.poll(maxWait: wait)
                var output: [UInt8] = []
                for record in records {
                    if let layout {
                        layout.render(record, into: &output)
                        if !self.formatEndsWithNewline { output.append(UInt8(ascii: "\n")) }
                    } else {
                        output += ConsumedRecordJSON.line(record)
                    }
                    printed += 1
                    if let count = self.count, printed >= count { break }
                }
                Output.write(output)
                if !records.isEmpty { lastRecord = .now }
                if let count = self.count, printed >= count { return }
                if let idleLimit, ContinuousClock.now - lastRecord >= idleLimit { return }
            }
        }
    }

    private var formatEndsWithNewline: Bool {
        guard let format else { return false }
        return format.hasSuffix("\\n") || format.hasSuffix("\n")
    }

    /// Nil for --json.
    func recordFormat() throws(KafkaClientError) -> RecordFormat? {
        if let format { return try RecordFormat(parsing: format) }
        if self.json { return nil }
        return RecordFormat.console(
            printTimestamp: self.printTimestamp, printPartition: self.printPartition, printOffset: self.printOffset,
            printHeaders: self.printHeaders, printKey: self.printKey, separator: self.separator
        )
    }
}

enum ConsumedRecordJSON {
    struct Header: Encodable {
        var key: String
        var value: String?
    }

    struct Record: Encodable {
        var topic: String
        var partition: Int32
        var offset: Int64
        var timestamp: Int64
        var timestampType: String
        var key: String?
        var value: String?
        var headers: [Header]

        enum CodingKeys: String, CodingKey {
            case topic, partition, offset, timestamp, key, value, headers
            case timestampType = "timestamp_type"
        }
    }

    /// One compact JSON object and a newline.
    static func line(_ record: ConsumerRecord) -> [UInt8] {
        let value = Record(
            topic: record.topic, partition: record.partition, offset: record.offset, timestamp: record.timestamp,
            timestampType: record.timestampType == .logAppendTime ? "LogAppendTime" : "CreateTime",
            key: record.key.map { String(buffer: $0) }, value: record.value.map { String(buffer: $0) },
            headers: record.headers.map { Header(key: $0.key, value: $0.value.map { String(buffer: $0) }) }
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return [] }
        return Array(data) + [UInt8(ascii: "\n")]
    }
}
