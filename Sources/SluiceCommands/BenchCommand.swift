import ArgumentParser
import Foundation
import SluiceClient
import SluiceProtocol

/// `sluice bench produce|consume`: load generators in the spirit of Kafka's
/// kafka-producer-perf-test and kafka-consumer-perf-test.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure produce and consume throughput and latency against a cluster.",
        subcommands: [BenchProduceCommand.self, BenchConsumeCommand.self]
    )
}

/// A value shared by a benchmark's tasks behind a lock; for counters and first errors, never held
/// across an await.
final class BenchShared<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) {
        self.value = value
    }

    func withValue<T>(_ body: (inout Value) throws -> T) rethrows -> T {
        self.lock.lock()
        defer { self.lock.unlock() }
        return try body(&self.value)
    }
}

enum BenchOutput {
    /// Snake-case keys (`records_per_second`), sorted, for scripts.
    static func json<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        Output.write(Array(data) + [UInt8(ascii: "\n")])
    }
}

extension KafkaClient {
    /// The topic, created with `partitions` partitions when it does not exist; waits (up to
    /// `timeout`) until every partition has a leader.
    func benchTopic(_ name: String, partitions: Int32, timeout: Duration = .seconds(30)) async throws(KafkaClientError) -> TopicInfo {
        do throws(KafkaClientError) {
            _ = try await self.topic(name, refresh: true)
        } catch where error.code == .unknownTopicOrPartition {
            do throws(KafkaClientError) {
                try await self.createTopics([NewTopic(name: name, partitions: partitions)])
            } catch where error.code == .topicAlreadyExists {
                // Someone else created it meanwhile.
            }
        }
        let deadline = ContinuousClock.now + timeout
        while true {
            do throws(KafkaClientError) {
                let info = try await self.topic(name, refresh: true)
                if !info.partitions.isEmpty && info.partitions.allSatisfy({ $0.leader >= 0 }) { return info }
            } catch where error.code == .unknownTopicOrPartition || error.code == .leaderNotAvailable {
                // Not propagated yet.
            }
            guard ContinuousClock.now < deadline else {
                throw KafkaClientError(.broker, code: .leaderNotAvailable, "topic '\(name)' has no leader for every partition after \(timeout)")
            }
            try? await Task.sleep(for: .milliseconds(100))
        }
    }
}
