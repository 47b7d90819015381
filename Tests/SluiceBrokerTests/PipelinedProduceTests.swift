import NIOCore
import NIOPosix
import SluiceProtocol
import SluiceStorage
import Testing

@testable import SluiceBroker

/// Produce requests pipelined on one connection: appended in the order sent, answered in that
/// order, while their acks=all waits overlap.
@Suite struct PipelinedProduceTests {
    private func produceRequest(acks: Int16, records: Int, tag: Int) throws -> ProduceRequest {
        var builder = RecordBatchBuilder()
        for index in 0..<records {
            builder.append(timestamp: 1_700_000_000_000, key: ByteBuffer(string: "\(tag)"), value: ByteBuffer(string: "request \(tag) record \(index)"))
        }
        var records = ByteBuffer()
        _ = try builder.encode(into: &records)
        var partition = ProduceRequest.PartitionProduceData()
        partition.index = 0
        partition.records = records
        var topic = ProduceRequest.TopicProduceData()
        topic.name = "t"
        topic.partitionData = [partition]
        var request = ProduceRequest()
        request.acks = acks
        request.timeoutMs = 30_000
        request.topicData = [topic]
        return request
    }

    @Test(arguments: [Int16(-1), 1])
    func pipelinedRequestsAreAppendedAndAnsweredInOrder(acks: Int16) async throws {
        let test = try FetchHandlerTests.TestBroker(topics: ["t": 1], listenOnAnyPort: true)
        let server = BrokerServer(broker: test.broker)
        let running = Task { try await server.run() }
        defer { running.cancel() }
        let address = try #require(await server.boundAddress())
        let port = try #require(address.port)

        // Requests of 1, 2, 3, ... records, all sent before any answer is read. The blocking
        // socket calls run on NIO's thread pool, away from the cooperative threads the broker uses.
        let count = 40
        let requests = try (0..<count).map { try self.produceRequest(acks: acks, records: $0 + 1, tag: $0) }
        let answers = try await NIOThreadPool.singleton.runIfActive { () throws -> [(Int32, ProduceResponse)] in
            let client = try FetchOverTCPTests.Client(port: port)
            for (tag, request) in requests.enumerated() {
                try client.send(request, version: 9, correlationId: Int32(tag))
            }
            return try (0..<count).map { _ in
                let (correlationId, body) = try client.receive(headerVersion: ApiKey.produce.responseHeaderVersion(apiVersion: 9))
                var remaining = body
                return (correlationId, try ProduceResponse(from: &remaining, version: 9))
            }
        }
        var expectedOffset: Int64 = 0
        for (tag, (correlationId, response)) in answers.enumerated() {
            #expect(correlationId == Int32(tag))
            let answer = try #require(response.responses.first?.partitionResponses.first)
            #expect(answer.errorCode == 0)
            #expect(answer.baseOffset == expectedOffset)
            expectedOffset += Int64(tag + 1)
        }
        let log = try #require(test.broker.replicaManager.partition(topic: "t", partition: 0)?.log)
        #expect(log.logEndOffset == expectedOffset)
        if acks == -1 { #expect(log.highWatermark == expectedOffset) }
    }
}
