import NIOCore
import SluiceClient
import SluiceProtocol
import Testing

@Suite struct RecordFormatTests {
    let record = ConsumerRecord(
        topic: "orders", partition: 2, offset: 41, timestamp: 1_700_000_000_123,
        key: ByteBuffer(string: "k1"), value: ByteBuffer(string: "hello"),
        headers: [RecordHeader(key: "a", value: ByteBuffer(string: "1")), RecordHeader(key: "b", value: nil)]
    )

    @Test func kcatDirectivesAndEscapes() throws {
        let format = try RecordFormat(parsing: #"%t/%p@%o %T %k\t%v [%h] %K/%S 100%%\n"#)
        #expect(format.render(self.record) == "orders/2@41 1700000000123 k1\thello [a=1,b=] 2/5 100%\n")
    }

    @Test func nullKeyAndValueInFormat() throws {
        var tombstone = self.record
        tombstone.key = nil
        tombstone.value = nil
        let format = try RecordFormat(parsing: "[%k][%v] %K %S")
        #expect(format.render(tombstone) == "[][] -1 -1")
    }

    @Test func unknownDirectiveAndDanglingCharactersAreErrors() {
        #expect(throws: KafkaClientError.self) { try RecordFormat(parsing: "%x") }
        #expect(throws: KafkaClientError.self) { try RecordFormat(parsing: "value %") }
        #expect(throws: KafkaClientError.self) { try RecordFormat(parsing: "value \\") }
    }

    @Test func unknownEscapeIsKeptLiterally() throws {
        #expect(try RecordFormat(parsing: #"\q%v"#).render(self.record) == #"\qhello"#)
    }

    @Test func consoleLayoutOrderMatchesKafka() {
        let format = RecordFormat.console(printTimestamp: true, printPartition: true, printOffset: true, printHeaders: true, printKey: true)
        #expect(format.render(self.record) == "CreateTime:1700000000123\tPartition:2\tOffset:41\ta:1,b:null\tk1\thello")
    }

    @Test func consoleDefaultsToValueOnly() {
        #expect(RecordFormat.console().render(self.record) == "hello")
        var noHeaders = self.record
        noHeaders.headers = []
        noHeaders.key = nil
        noHeaders.timestampType = .logAppendTime
        let format = RecordFormat.console(printTimestamp: true, printHeaders: true, printKey: true, separator: " | ")
        #expect(format.render(noHeaders) == "LogAppendTime:1700000000123 | NO_HEADERS | null | hello")
    }

    @Test func binaryValuesAreWrittenRaw() {
        var binary = self.record
        binary.value = ByteBuffer(bytes: [0x00, 0xFF, 0x0A])
        var output: [UInt8] = []
        RecordFormat.console().render(binary, into: &output)
        #expect(output == [0x00, 0xFF, 0x0A])
    }
}

@Suite struct ClientArgumentsTests {
    @Test func acks() throws {
        #expect(try ClientArguments.parseAcks("all") == -1)
        #expect(try ClientArguments.parseAcks("-1") == -1)
        #expect(try ClientArguments.parseAcks("1") == 1)
        #expect(try ClientArguments.parseAcks("0") == 0)
        #expect(throws: KafkaClientError.self) { try ClientArguments.parseAcks("2") }
    }

    @Test func compression() throws {
        #expect(try ClientArguments.parseCompression("ZSTD") == .zstd)
        #expect(try ClientArguments.parseCompression("none") == CompressionType.none)
        #expect(throws: KafkaClientError.self) { try ClientArguments.parseCompression("brotli") }
    }

    @Test func keyValues() throws {
        let pair = try ClientArguments.parseKeyValue("cleanup.policy=compact,delete")
        #expect(pair.0 == "cleanup.policy" && pair.1 == "compact,delete")
        let withEquals = try ClientArguments.parseKeyValue("a==b")
        #expect(withEquals.0 == "a" && withEquals.1 == "=b")
        let empty = try ClientArguments.parseKeyValue("k=")
        #expect(empty.0 == "k" && empty.1 == "")
        #expect(throws: KafkaClientError.self) { try ClientArguments.parseKeyValue("novalue") }
        #expect(throws: KafkaClientError.self) { try ClientArguments.parseKeyValue("=v") }
        #expect(throws: KafkaClientError.self) { try ClientArguments.parseConfigs(["a=1", "a=2"]) }
        #expect(try ClientArguments.parseConfigs(["a=1", "b=2"]) == ["a": "1", "b": "2"])
    }

    @Test func timestamps() throws {
        #expect(try ClientArguments.parseTimestamp("1700000000123") == 1_700_000_000_123)
        #expect(try ClientArguments.parseTimestamp("2023-11-14T22:13:20Z") == 1_700_000_000_000)
        #expect(try ClientArguments.parseTimestamp("2023-11-14T22:13:20.250Z") == 1_700_000_000_250)
        #expect(try ClientArguments.parseTimestamp("2023-11-15T00:13:20+02:00") == 1_700_000_000_000)
        #expect(try ClientArguments.parseTimestamp("1970-01-02") == 86_400_000)
        #expect(throws: KafkaClientError.self) { try ClientArguments.parseTimestamp("yesterday") }
    }

    @Test func startOffsets() throws {
        #expect(try ClientArguments.startOffset(fromBeginning: false, offset: nil, fromTime: nil) == .latest)
        #expect(try ClientArguments.startOffset(fromBeginning: true, offset: nil, fromTime: nil) == .earliest)
        #expect(try ClientArguments.startOffset(fromBeginning: false, offset: "17", fromTime: nil) == .offset(17))
        #expect(try ClientArguments.startOffset(fromBeginning: false, offset: "earliest", fromTime: nil) == .earliest)
        #expect(try ClientArguments.startOffset(fromBeginning: false, offset: nil, fromTime: "5") == .timestamp(5))
        #expect(throws: KafkaClientError.self) { try ClientArguments.startOffset(fromBeginning: true, offset: "3", fromTime: nil) }
        #expect(throws: KafkaClientError.self) { try ClientArguments.startOffset(fromBeginning: false, offset: "-3", fromTime: nil) }
    }

    @Test func brokerAddresses() throws {
        #expect(try BrokerAddress(parsing: "127.0.0.1:9093") == BrokerAddress(host: "127.0.0.1", port: 9093))
        #expect(try BrokerAddress(parsing: "kafka") == BrokerAddress(host: "kafka", port: 9092))
        #expect(try BrokerAddress(parsing: "[::1]:19092") == BrokerAddress(host: "::1", port: 19092))
        #expect(try BrokerAddress.parseList("a:1, b:2") == [BrokerAddress(host: "a", port: 1), BrokerAddress(host: "b", port: 2)])
        for bad in ["host:0", "host:70000", "host:x", ":9092", "::1:9092", "[::1", "[::1]x"] {
            #expect(throws: KafkaClientError.self, "\(bad)") { try BrokerAddress(parsing: bad) }
        }
        #expect(throws: KafkaClientError.self) { try BrokerAddress.parseList(" , ") }
    }

    @Test func errorDescriptionNamesTheCode() {
        let error = KafkaClientError(.broker, code: .topicAlreadyExists, "topic 'x' already exists")
        #expect(error.description == "topic 'x' already exists (TOPIC_ALREADY_EXISTS)")
        #expect(KafkaClientError.invalidArgument("bad").description == "bad")
    }
}
