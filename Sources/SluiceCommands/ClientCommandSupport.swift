import ArgumentParser
import Foundation
import SluiceClient

/// Options every command that talks to a cluster takes.
struct ConnectionOptions: ParsableArguments {
    @Option(name: .customLong("bootstrap-server"), help: ArgumentHelp("Broker(s) to bootstrap from, host:port[,host:port...].", valueName: "host:port"))
    var bootstrapServer: String = "127.0.0.1:9092"

    @Option(name: .customLong("request-timeout-ms"), help: "How long to wait for each response.")
    var requestTimeoutMs: Int = 30_000

    func makeClient() throws(KafkaClientError) -> KafkaClient {
        guard self.requestTimeoutMs > 0, self.requestTimeoutMs <= Int(Int32.max) else {
            throw .invalidArgument("--request-timeout-ms must be from 1 to \(Int32.max)")
        }
        let configuration = KafkaClient.Configuration(
            bootstrapServers: try BrokerAddress.parseList(self.bootstrapServer),
            clientID: "sluice-cli",
            requestTimeout: .milliseconds(self.requestTimeoutMs),
            connectTimeout: .milliseconds(min(self.requestTimeoutMs, 10_000))
        )
        return KafkaClient(configuration: configuration)
    }
}

struct OutputOptions: ParsableArguments {
    @Flag(name: .customLong("json"), help: "Print JSON instead of tables.")
    var json = false
}

/// Runs `body` with a client; a failure becomes a `CommandFailure`, which `runMain` prints as one
/// line on stderr with exit status 1: `sluice: topic 'x' already exists (TOPIC_ALREADY_EXISTS)`.
/// The client is closed either way.
func withClient(_ options: ConnectionOptions, _ body: (KafkaClient) async throws -> Void) async throws {
    let client: KafkaClient
    do {
        client = try options.makeClient()
    } catch {
        throw CommandFailure(error.description)
    }
    do {
        try await body(client)
        await client.close()
    } catch {
        await client.close()
        throw cliFailure(error)
    }
}

/// The error as the CLI reports it: Kafka client errors as `message (CODE)`; ExitCode and
/// CommandFailure unchanged.
func cliFailure(_ error: any Error) -> any Error {
    switch error {
    case let error as KafkaClientError: CommandFailure(error.description)
    case is ExitCode, is CommandFailure: error
    default: CommandFailure("\(error)")
    }
}

enum Output {
    /// Writes raw bytes to stdout (unbuffered by stdio, so nothing is lost on Ctrl-C).
    static func write(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        FileHandle.standardOutput.write(Data(bytes))
    }

    static func line(_ text: String) {
        Self.write(Array((text + "\n").utf8))
    }

    /// Pretty, key-sorted JSON on one document.
    static func json<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        Self.write(Array(data) + [UInt8(ascii: "\n")])
    }

    /// Left-aligned columns separated by two spaces; the header row first.
    static func table(_ header: [String], _ rows: [[String]]) {
        Self.write(Array(Self.renderTable(header, rows).utf8))
    }

    static func renderTable(_ header: [String], _ rows: [[String]]) -> String {
        let all = [header] + rows
        let columns = all.map(\.count).max() ?? 0
        var widths = Array(repeating: 0, count: columns)
        for row in all {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        var text = ""
        for row in all {
            var line = ""
            for (index, cell) in row.enumerated() {
                if index < row.count - 1 {
                    line += cell + String(repeating: " ", count: widths[index] - cell.count + 2)
                } else {
                    line += cell
                }
            }
            text += line + "\n"
        }
        return text
    }
}

extension Array where Element == Int32 {
    var commaSeparated: String { self.map(String.init).joined(separator: ",") }
}
