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
                var response = MetadataResponse()
                var broker = MetadataResponse.MetadataResponseBroker()
                broker.nodeId = 1
                broker.host = "127.0.0.1"
                broker.port = Int32(port)
                response.brokers = [broker]
                response.controllerId = 1
                var topic = MetadataResponse.MetadataResponseTopic()
                topic.name = self.topic
                topic.partitions = (0..<self.partitionCount).map {
                    var partition = MetadataResponse.MetadataResponsePartition()
                    partition.partitionIndex = $0
                    partition.leaderId = 1
                    partition.replicaNodes = [1]
                    partition.isrNodes = [1]
                    return partition
                }
                response.topics = [topic]
                try connection.reply(response, to: frame)
            case .produce:
                self.produceRequests.withLockedValue { $0 += 1 }
                let request: ProduceRequest = try frame.decodeBody()
                var response = ProduceResponse()
                for topic in request.topicData {
                    var topicResponse = ProduceResponse.TopicProduceResponse()
                    topicResponse.name = topic.name
                    for data in topic.partitionData {
                        var answer = ProduceResponse.PartitionProduceResponse()
                        answer.index = data.index
                        let batches = try RecordBatchReader.validate(data.records ?? ByteBuffer(), options: .produce, codecs: Compression.codecs)
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
                try connection.reply(response, to: frame)
            case .listOffsets:
                let request: ListOffsetsRequest = try frame.decodeBody()
                var response = ListOffsetsResponse()
                response.topics = request.topics.map { topic in
                    var topicResponse = ListOffsetsResponse.ListOffsetsTopicResponse()
                    topicResponse.name = topic.name
                    topicResponse.partitions = topic.partitions.map { partition in
                        var answer = ListOffsetsResponse.ListOffsetsPartitionResponse()
                        answer.partitionIndex = partition.partitionIndex
                        answer.offset = partition.timestamp == -2 ? 0 : self.endOffset(partition.partitionIndex)
                        return answer
                    }
                    return topicResponse
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

        let middle = KafkaConsumer(client: client, topic: "events", start: .offset(17))
        let fromMiddle = try await middle.poll()
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
}
