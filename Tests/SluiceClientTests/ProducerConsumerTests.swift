import NIOConcurrencyHelpers
import NIOCore
import SluiceCompression
import SluiceProtocol
import Testing

@testable import SluiceClient

/// A one-broker, one-topic log behind a FakeBroker: Produce appends the (validated) batches with
/// offsets assigned, ListOffsets answers earliest and latest, Fetch returns the batches from the
/// fetch offset on.
final class FakeLog: Sendable {
    let topic: String
    let partitionCount: Int32
    /// Batches per partition, baseOffset already assigned.
    let batches: NIOLockedValueBox<[Int32: [RecordBatch]]>
    let produceRequests = NIOLockedValueBox(0)
    let metadataRequests = NIOLockedValueBox(0)
    /// The next `count` Produce requests are answered with `code` for every partition.
    let produceErrors = NIOLockedValueBox<(code: ErrorCode, count: Int)>((.noError, 0))
    /// Next expected sequence per partition for producer 1000, as a broker's producer state.
    let nextSequence = NIOLockedValueBox<[Int32: Int32]>([:])
    /// Answers to failed Produce requests wait until the next Produce request has been answered,
    /// so that later requests are in flight when the failure arrives.
    let delayFailures = NIOLockedValueBox(false)

    init(topic: String, partitionCount: Int32) {
        self.topic = topic
        self.partitionCount = partitionCount
        self.batches = NIOLockedValueBox([:])
    }

    func endOffset(_ partition: Int32) -> Int64 {
        self.batches.withLockedValue { $0[partition]?.last?.header.nextOffset ?? 0 }
    }

    func respond(port: Int) -> FakeBroker.Responder {
        { frame, connection in
            switch frame.apiKey {
            case .apiVersions:
                try connection.reply(ApiVersionsResponse.fakeBroker, to: frame)
            case .metadata:
                self.metadataRequests.withLockedValue { $0 += 1 }
                try connection.reply(MetadataResponse.singleBroker(port: port, topics: [(self.topic, self.partitionCount)]), to: frame)
            case .produce:
                self.produceRequests.withLockedValue { $0 += 1 }
                let request: ProduceRequest = try frame.decodeBody()
                let failure = self.produceErrors.withLockedValue { state -> ErrorCode? in
                    guard state.count > 0 else { return nil }
                    state.count -= 1
                    return state.code
                }
                if request.acks == 0 && failure == nil {
                    for topic in request.topicData {
                        for data in topic.partitionData {
                            for var batch in try RecordBatchReader.validate(data.records ?? ByteBuffer(), options: .produce, codecs: Compression.codecs) {
                                batch.setBaseOffset(self.endOffset(data.index))
                                self.batches.withLockedValue { $0[data.index, default: []].append(batch) }
                            }
                        }
                    }
                    return
                }
                var response = ProduceResponse()
                for topic in request.topicData {
                    var topicResponse = ProduceResponse.TopicProduceResponse()
                    topicResponse.name = topic.name
                    for data in topic.partitionData {
                        var answer = ProduceResponse.PartitionProduceResponse()
                        answer.index = data.index
                        if let failure {
                            answer.errorCode = failure.rawValue
                            topicResponse.partitionResponses.append(answer)
                            continue
                        }
                        let batches = try RecordBatchReader.validate(data.records ?? ByteBuffer(), options: .produce, codecs: Compression.codecs)
                        if let first = batches.first, first.header.hasProducerId {
                            let expected = self.nextSequence.withLockedValue { $0[data.index] ?? 0 }
                            if first.header.baseSequence < expected {
                                answer.errorCode = ErrorCode.duplicateSequenceNumber.rawValue
                                topicResponse.partitionResponses.append(answer)
                                continue
                            }
                            if first.header.baseSequence > expected {
                                answer.errorCode = ErrorCode.outOfOrderSequenceNumber.rawValue
                                topicResponse.partitionResponses.append(answer)
                                continue
                            }
                            self.nextSequence.withLockedValue { $0[data.index] = expected + first.header.recordCount }
                        }
                        for var batch in batches {
                            let base = self.endOffset(data.index)
                            batch.setBaseOffset(base)
                            answer.baseOffset = base
                            self.batches.withLockedValue { $0[data.index, default: []].append(batch) }
                        }
                        topicResponse.partitionResponses.append(answer)
                    }
                    response.responses.append(topicResponse)
                }
                if failure != nil && self.delayFailures.withLockedValue({ $0 }) {
                    connection.held.append(try connection.frame(response, to: frame))
                    return
                }
                try connection.reply(response, to: frame)
                for held in connection.held { connection.write(held) }
                connection.held = []
            case .initProducerId:
                var response = InitProducerIdResponse()
                response.producerId = 1000
                response.producerEpoch = 0
                try connection.reply(response, to: frame)
            case .listOffsets:
                let response = ListOffsetsResponse.answering(try frame.decodeBody()) { partition, timestamp in
                    timestamp == -2 ? 0 : self.endOffset(partition)
                }
                try connection.reply(response, to: frame)
            case .fetch:
                let request: FetchRequest = try frame.decodeBody()
                var response = FetchResponse()
                response.responses = request.topics.map { topic in
                    var topicResponse = FetchResponse.FetchableTopicResponse()
                    topicResponse.topic = topic.topic
                    topicResponse.partitions = topic.partitions.map { partition in
                        var data = FetchResponse.PartitionData()
                        data.partitionIndex = partition.partition
                        let end = self.endOffset(partition.partition)
                        data.highWatermark = end
                        if partition.fetchOffset > end {
                            data.errorCode = ErrorCode.offsetOutOfRange.rawValue
                            return data
                        }
                        var records = ByteBuffer()
                        for batch in self.batches.withLockedValue({ $0[partition.partition] ?? [] }) where batch.header.lastOffset >= partition.fetchOffset {
                            var bytes = batch.buffer
                            records.writeBuffer(&bytes)
                        }
                        data.records = records
                        return data
                    }
                    return topicResponse
                }
                try connection.reply(response, to: frame)
            default:
                connection.close()
            }
        }
    }
}

@Suite struct ProducerConsumerTests {
    func start(partitions: Int32 = 3) async throws -> (FakeBroker, FakeLog, KafkaClient) {
        let log = FakeLog(topic: "events", partitionCount: partitions)
        let port = NIOLockedValueBox(0)
        let responder = log.respond(port: 0)
        // The Metadata answer must name the fake's own port, known only after binding.
        let broker = try await FakeBroker.start { frame, connection in
            if frame.apiKey == .metadata {
                try log.respond(port: port.withLockedValue { $0 })(frame, connection)
            } else {
                try responder(frame, connection)
            }
        }
        port.withLockedValue { $0 = broker.port }
        let client = KafkaClient(configuration: .init(bootstrapServers: [BrokerAddress(host: "127.0.0.1", port: broker.port)], requestTimeout: .seconds(5)))
        return (broker, log, client)
    }

    @Test(arguments: [CompressionType.none, .gzip, .zstd])
    func producedRecordsArriveBatchedAndKeyed(compression: CompressionType) async throws {
        let (broker, log, client) = try await self.start()
        defer { Task { await broker.stop() } }
        var configuration = ProducerConfiguration()
        configuration.compression = compression
        configuration.linger = .milliseconds(20)
        let producer = KafkaProducer(client: client, configuration: configuration)
        var receipts: [DeliveryReceipt] = []
        for index in 0..<60 {
            let record = ProducerRecord(topic: "events", key: "key-\(index % 6)", value: "value-\(index)", headers: [("n", "\(index)")])
            receipts.append(try await producer.send(record))
        }
        await producer.flush()
        var offsets: [Int32: [Int64]] = [:]
        for (index, receipt) in receipts.enumerated() {
            let metadata = try await receipt.get()
            let expectedPartition = Partitioner.partition(forKey: Array("key-\(index % 6)".utf8), partitionCount: 3)
            #expect(metadata.topicPartition.partition == expectedPartition)
            offsets[metadata.topicPartition.partition, default: []].append(metadata.offset)
        }
        // Per partition, offsets are 0, 1, 2 ... in send order.
        for (partition, list) in offsets {
            #expect(list == Array(0..<Int64(list.count)), "partition \(partition)")
        }
        // Batching: far fewer requests than records.
        #expect(log.produceRequests.withLockedValue { $0 } < 20)
        let stored = log.batches.withLockedValue { $0 }
        for batches in stored.values {
            for batch in batches {
                #expect(batch.header.compression == compression)
            }
        }
        let records = try stored.values.flatMap { try $0.flatMap { try $0.decodeRecords(codecs: Compression.codecs) } }
        #expect(records.count == 60)
        #expect(Set(records.compactMap { $0.value.map { String(buffer: $0) } }) == Set((0..<60).map { "value-\($0)" }))
        #expect(records.allSatisfy { $0.headers.first?.key == "n" })
        await client.close()
    }

    @Test func consumerReadsFromTheBeginningAndFromAnOffset() async throws {
        let (broker, _, client) = try await self.start(partitions: 1)
        defer { Task { await broker.stop() } }
        var configuration = ProducerConfiguration()
        configuration.linger = .zero
        configuration.batchSize = 64
        let producer = KafkaProducer(client: client, configuration: configuration)
        for index in 0..<25 {
            _ = try await producer.send(ProducerRecord(topic: "events", value: "v\(index)"))
        }
        await producer.flush()

        let all = KafkaConsumer(client: client, topic: "events", start: .earliest)
        var values: [String] = []
        for try await record in all.records {
            values.append(record.value.map { String(buffer: $0) } ?? "null")
            if values.count == 25 { break }
        }
        #expect(values == (0..<25).map { "v\($0)" })

        let fetches = NIOLockedValueBox<[FetchStats]>([])
        var consumerConfiguration = ConsumerConfiguration()
        consumerConfiguration.fetchObserver = { stats in fetches.withLockedValue { $0.append(stats) } }
        let middle = KafkaConsumer(client: client, topic: "events", start: .offset(17), configuration: consumerConfiguration)
        let fromMiddle = try await middle.poll()
        #expect(fetches.withLockedValue { $0.count } == 1)
        #expect(fetches.withLockedValue { $0.first?.bytes ?? 0 } > 0)
        #expect(fromMiddle.first?.offset == 17)
        #expect(fromMiddle.map(\.offset) == Array(17..<25))

        let latest = KafkaConsumer(client: client, topic: "events", start: .latest)
        #expect(try await latest.poll(maxWait: .milliseconds(10)).isEmpty)
        #expect(await latest.positions == [0: 25])

        let beyond = KafkaConsumer(client: client, topic: "events", start: .offset(1000))
        do {
            _ = try await beyond.poll()
            Issue.record("an offset past the end must fail")
        } catch {
            #expect(error.code == .offsetOutOfRange)
        }
        await client.close()
    }

    @Test func unknownTopicAndPartitionAreErrors() async throws {
        let (broker, _, client) = try await self.start(partitions: 2)
        defer { Task { await broker.stop() } }
        let producer = KafkaProducer(client: client)
        await #expect(throws: KafkaClientError.self) {
            _ = try await producer.send(ProducerRecord(topic: "events", partition: 2, value: "x"))
        }
        do {
            _ = try await producer.send(ProducerRecord(topic: "missing", value: "x"))
            Issue.record("a topic the broker does not list is unknown")
        } catch {
            #expect(error.code == .unknownTopicOrPartition)
            #expect(error.description == "topic 'missing' does not exist (UNKNOWN_TOPIC_OR_PARTITION)")
        }
        await client.close()
    }

    @Test func notLeaderIsRetriedAfterAMetadataRefresh() async throws {
        let (broker, log, client) = try await self.start(partitions: 1)
        defer { Task { await broker.stop() } }
        log.produceErrors.withLockedValue { $0 = (.notLeaderOrFollower, 2) }
        var configuration = ProducerConfiguration()
        configuration.retryBackoff = .milliseconds(10)
        let producer = KafkaProducer(client: client, configuration: configuration)
        let receipt = try await producer.send(ProducerRecord(topic: "events", value: "x"))
        let metadata = try await receipt.get()
        #expect(metadata.offset == 0)
        #expect(log.produceRequests.withLockedValue { $0 } == 3)
        #expect(log.metadataRequests.withLockedValue { $0 } >= 3)
        await client.close()
    }

    @Test func aNonRetriableErrorFailsTheReceiptWithItsCode() async throws {
        let (broker, log, client) = try await self.start(partitions: 1)
        defer { Task { await broker.stop() } }
        log.produceErrors.withLockedValue { $0 = (.messageTooLarge, 1) }
        let producer = KafkaProducer(client: client)
        let receipt = try await producer.send(ProducerRecord(topic: "events", value: "x"))
        do {
            _ = try await receipt.get()
            Issue.record("MESSAGE_TOO_LARGE is not retried")
        } catch {
            #expect(error.code == .messageTooLarge)
        }
        #expect(log.produceRequests.withLockedValue { $0 } == 1)
        await client.close()
    }

    @Test func acksZeroReceiptsCompleteWithoutOffsets() async throws {
        let (broker, log, client) = try await self.start(partitions: 1)
        defer { Task { await broker.stop() } }
        var configuration = ProducerConfiguration()
        configuration.acks = 0
        let producer = KafkaProducer(client: client, configuration: configuration)
        var receipts: [DeliveryReceipt] = []
        for index in 0..<5 {
            receipts.append(try await producer.send(ProducerRecord(topic: "events", value: "v\(index)")))
        }
        await producer.flush()
        for receipt in receipts {
            #expect(try await receipt.get().offset == -1)
        }
        // The batches still arrive; a later consumer sees them.
        let consumer = KafkaConsumer(client: client, topic: "events", start: .earliest)
        var seen = 0
        for _ in 0..<10 where seen < 5 {
            seen += try await consumer.poll(maxWait: .milliseconds(50)).count
        }
        #expect(seen == 5)
        #expect(log.endOffset(0) == 5)
        await client.close()
    }

    @Test func requestObserverSeesEachProduceRequest() async throws {
        let (broker, _, client) = try await self.start(partitions: 1)
        defer { Task { await broker.stop() } }
        let seen = NIOLockedValueBox<[ProduceRequestStats]>([])
        var configuration = ProducerConfiguration()
        configuration.linger = .zero
        configuration.requestObserver = { stats in seen.withLockedValue { $0.append(stats) } }
        let producer = KafkaProducer(client: client, configuration: configuration)
        _ = try await producer.send(ProducerRecord(topic: "events", value: "a")).get()
        _ = try await producer.send(ProducerRecord(topic: "events", value: "b")).get()
        let stats = seen.withLockedValue { $0 }
        #expect(stats.count == 2)
        #expect(stats.allSatisfy { $0.records == 1 && $0.batches == 1 && !$0.failed && $0.latency > .zero && $0.broker == 1 })
        await client.close()
    }

    @Test func idempotentRetriesKeepOrderWithoutDuplicates() async throws {
        let (broker, log, client) = try await self.start(partitions: 1)
        defer { Task { await broker.stop() } }
        // The first request fails; the ones in flight behind it are refused as out of order.
        log.produceErrors.withLockedValue { $0 = (.notLeaderOrFollower, 1) }
        log.delayFailures.withLockedValue { $0 = true }
        var configuration = ProducerConfiguration()
        configuration.enableIdempotence = true
        configuration.linger = .zero
        configuration.batchSize = 100
        configuration.retries = 10
        configuration.retryBackoff = .milliseconds(5)
        let producer = KafkaProducer(client: client, configuration: configuration)
        var receipts: [DeliveryReceipt] = []
        for index in 0..<40 {
            receipts.append(try await producer.send(ProducerRecord(topic: "events", value: "v\(index)")))
        }
        await producer.flush()
        for receipt in receipts {
            _ = try await receipt.get()
        }
        let batches = log.batches.withLockedValue { $0[0] ?? [] }
        #expect(batches.allSatisfy { $0.header.producerId == 1000 && $0.header.producerEpoch == 0 })
        let values = try batches.flatMap { try $0.decodeRecords().map { $0.value.map { String(buffer: $0) } ?? "" } }
        #expect(values == (0..<40).map { "v\($0)" })
        #expect(batches.first?.header.baseSequence == 0)
        #expect(log.nextSequence.withLockedValue { $0[0] } == 40)
        await client.close()
    }

    @Test func idempotenceNeedsAcksAll() async throws {
        let (broker, _, client) = try await self.start(partitions: 1)
        defer { Task { await broker.stop() } }
        var configuration = ProducerConfiguration()
        configuration.enableIdempotence = true
        configuration.acks = 1
        let producer = KafkaProducer(client: client, configuration: configuration)
        await #expect(throws: KafkaClientError.self) { _ = try await producer.send(ProducerRecord(topic: "events", value: "x")) }
        await client.close()
    }

    @Test func sequencesWrapLikeKafka() {
        #expect(KafkaProducer.sequence(5, plus: 3) == 8)
        #expect(KafkaProducer.sequence(Int32.max, plus: 1) == 0)
        #expect(KafkaProducer.sequence(Int32.max - 1, plus: 5) == 3)
    }
}
