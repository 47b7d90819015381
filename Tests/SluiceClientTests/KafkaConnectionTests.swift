import NIOConcurrencyHelpers
import NIOCore
import SluiceProtocol
import Testing

@testable import SluiceClient

@Suite struct KafkaConnectionTests {
    func metadataRequest(_ topic: String) -> MetadataRequest {
        var request = MetadataRequest()
        var entry = MetadataRequest.MetadataRequestTopic()
        entry.name = topic
        request.topics = [entry]
        return request
    }

    /// Answers Metadata by echoing the requested topic name.
    static func echo(_ frame: RequestFrame) throws -> MetadataResponse {
        let request: MetadataRequest = try frame.decodeBody()
        var response = MetadataResponse()
        var topic = MetadataResponse.MetadataResponseTopic()
        topic.name = request.topics?.first?.name ?? "?"
        response.topics = [topic]
        return response
    }

    @Test func negotiatesFromV3DownToWhatTheBrokerLists() async throws {
        let seen = NIOLockedValueBox<[Int16]>([])
        let broker = try await FakeBroker.start { frame, connection in
            guard frame.apiKey == .apiVersions else { return }
            let version = frame.header.requestApiVersion
            seen.withLockedValue { $0.append(version) }
            if version > 2 {
                // As Kafka does: the refusal is encoded at v0 and lists ApiVersions' own range.
                try connection.reply(ApiVersionsResponse.listing([(.apiVersions, 0...2)], errorCode: .unsupportedVersion), to: frame, version: 0)
            } else {
                try connection.reply(ApiVersionsResponse.listing([(.apiVersions, 0...2), (.metadata, 1...7)]), to: frame)
            }
        }
        defer { Task { await broker.stop() } }
        let connection = try await KafkaConnection.connect(host: "127.0.0.1", port: broker.port)
        #expect(seen.withLockedValue { $0 } == [3, 2])
        #expect(connection.apiVersions.brokerRange(.metadata) == 1...7)
        #expect(try connection.apiVersions.version(for: MetadataRequest.self) == 7)
        await connection.close()
    }

    @Test func pipelinedResponsesInReverseOrderReachTheirCallers() async throws {
        let count = 8
        let broker = try await FakeBroker.start { frame, connection in
            switch frame.apiKey {
            case .apiVersions:
                try connection.reply(ApiVersionsResponse.fakeBroker, to: frame)
            case .metadata:
                connection.held.append(try connection.frame(Self.echo(frame), to: frame))
                if connection.held.count == count {
                    for response in connection.held.reversed() { connection.write(response) }
                    connection.held = []
                }
            default:
                connection.close()
            }
        }
        defer { Task { await broker.stop() } }
        let connection = try await KafkaConnection.connect(host: "127.0.0.1", port: broker.port)
        let answers = try await withThrowingTaskGroup(of: (String, String?).self) { group in
            for index in 0..<count {
                group.addTask {
                    let response = try await connection.send(self.metadataRequest("topic-\(index)"))
                    return ("topic-\(index)", response.topics.first?.name)
                }
            }
            var answers: [(String, String?)] = []
            for try await answer in group { answers.append(answer) }
            return answers
        }
        #expect(answers.count == count)
        for (asked, got) in answers {
            #expect(asked == got)
        }
        await connection.close()
    }

    @Test func aConnectionClosedMidRequestFailsInsteadOfHanging() async throws {
        let broker = try await FakeBroker.start { frame, connection in
            if frame.apiKey == .apiVersions {
                try connection.reply(ApiVersionsResponse.fakeBroker, to: frame)
            } else {
                connection.close()
            }
        }
        defer { Task { await broker.stop() } }
        let connection = try await KafkaConnection.connect(host: "127.0.0.1", port: broker.port)
        do {
            _ = try await connection.send(self.metadataRequest("t"))
            Issue.record("a request on a closed connection must fail")
        } catch {
            #expect(error.kind == .connectionClosed)
            #expect(error.isRetriable)
        }
        // Later requests fail at once.
        await #expect(throws: KafkaClientError.self) { try await connection.send(self.metadataRequest("t")) }
        #expect(!connection.isActive)
    }

    @Test func anUnansweredRequestTimesOut() async throws {
        let broker = try await FakeBroker.start { frame, connection in
            if frame.apiKey == .apiVersions {
                try connection.reply(ApiVersionsResponse.fakeBroker, to: frame)
            }
        }
        defer { Task { await broker.stop() } }
        let connection = try await KafkaConnection.connect(host: "127.0.0.1", port: broker.port, requestTimeout: .milliseconds(200))
        let start = ContinuousClock.now
        do {
            _ = try await connection.send(self.metadataRequest("t"))
            Issue.record("expected a timeout")
        } catch {
            #expect(error.kind == .timeout)
            #expect(error.code == .requestTimedOut)
        }
        #expect(ContinuousClock.now - start < .seconds(5))
        await connection.close()
    }

    @Test func acksZeroProduceIsNotAwaitedAndLaterRepliesStillMatch() async throws {
        let produced = NIOLockedValueBox(0)
        let broker = try await FakeBroker.start { frame, connection in
            switch frame.apiKey {
            case .apiVersions: try connection.reply(ApiVersionsResponse.fakeBroker, to: frame)
            case .produce: produced.withLockedValue { $0 += 1 }
            case .metadata: try connection.reply(Self.echo(frame), to: frame)
            default: connection.close()
            }
        }
        defer { Task { await broker.stop() } }
        let connection = try await KafkaConnection.connect(host: "127.0.0.1", port: broker.port)
        var produce = ProduceRequest()
        produce.acks = 0
        try await connection.sendWithoutResponse(produce)
        try await connection.sendWithoutResponse(produce)
        let response = try await connection.send(self.metadataRequest("after"))
        #expect(response.topics.first?.name == "after")
        #expect(produced.withLockedValue { $0 } == 2)
        await connection.close()
    }

    @Test func nothingListeningIsAConnectionError() async throws {
        let broker = try await FakeBroker.start { _, _ in }
        let port = broker.port
        await broker.stop()
        do {
            _ = try await KafkaConnection.connect(host: "127.0.0.1", port: port, connectTimeout: .seconds(2))
            Issue.record("connect to a closed port must fail")
        } catch {
            #expect(error.kind == .connectionFailed)
            #expect(error.message.contains("127.0.0.1:\(port)"))
        }
    }

    @Test func garbageResponsesAreErrorsNotCrashes() async throws {
        // SplitMix64, seeded: every run sends the same garbage.
        struct SplitMix: RandomNumberGenerator {
            var state: UInt64
            mutating func next() -> UInt64 {
                self.state &+= 0x9E37_79B9_7F4A_7C15
                var z = self.state
                z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
                z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
                return z ^ (z >> 31)
            }
        }
        let generator = NIOLockedValueBox(SplitMix(state: 42))
        let broker = try await FakeBroker.start { frame, connection in
            guard frame.apiKey != .apiVersions else {
                try connection.reply(ApiVersionsResponse.fakeBroker, to: frame)
                return
            }
            // The right correlation id, then a body of random bytes.
            let body: [UInt8] = generator.withLockedValue { random in
                (0..<Int.random(in: 0..<64, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
            }
            var buffer = ByteBuffer()
            buffer.writeInteger(Int32(4 + body.count))
            buffer.writeInteger(frame.header.correlationId)
            buffer.writeBytes(body)
            connection.write(buffer)
        }
        defer { Task { await broker.stop() } }
        for _ in 0..<50 {
            let connection = try await KafkaConnection.connect(host: "127.0.0.1", port: broker.port, requestTimeout: .seconds(5))
            for version in [Int16(1), 9, 12] {
                do {
                    let response = try await connection.send(self.metadataRequest("t"), version: version)
                    // Random bytes may happen to decode; then it is some MetadataResponse.
                    _ = ClusterMetadata(response)
                } catch {
                    #expect(error.kind == .protocolViolation || error.kind == .connectionClosed)
                }
            }
            await connection.close()
        }
    }
}
