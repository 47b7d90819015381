#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Logging
import NIOCore
import SluiceProtocol
import SluiceStorage
import Testing

@testable import SluiceBroker

/// The Fetch handler on an in-process broker with real logs: limits, long poll, errors, sessions.
@Suite struct FetchHandlerTests {
    final class TestBroker: Sendable {
        let directory: String
        let broker: Broker

        init(topics: [String: Int32] = ["t": 2], listenOnAnyPort: Bool = false) throws {
            self.directory = FileManager.default.temporaryDirectory.appendingPathComponent("sluice-fetch-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: self.directory, withIntermediateDirectories: true)
            var config = BrokerConfig()
            config.logDir = self.directory
            if listenOnAnyPort { config.listener = HostPort(host: "127.0.0.1", port: 0) }
            self.broker = try Broker(config: config, logger: Logger(label: "fetch-test"))
            for (name, count) in topics {
                try self.broker.createTopic(name: name, partitionCount: count, replicationFactor: 1, configs: [:])
            }
        }

        deinit {
            try? self.broker.shutdown()
            try? FileManager.default.removeItem(atPath: self.directory)
        }

        /// Appends one batch of `count` records whose values are `size` bytes, acks=-1.
        @discardableResult
        func produce(_ topic: String = "t", partition: Int32 = 0, count: Int = 1, size: Int = 100) async throws -> LogAppendInfo {
            var builder = RecordBatchBuilder()
            for index in 0..<count {
                builder.append(timestamp: 1_700_000_000_000 + Int64(index), key: nil, value: ByteBuffer(repeating: 0x61, count: size))
            }
            var buffer = ByteBuffer()
            _ = try builder.encode(into: &buffer)
            let batch = try RecordBatch(validating: buffer)
            let target = try #require(self.broker.replicaManager.partition(topic: topic, partition: partition))
            let info = try self.broker.replicaManager.appendToLeader(target, batches: [batch], nowMs: Broker.wallClockMs())
            try await self.broker.replicaManager.waitForAcknowledgement(target, info: info)
            return info
        }

        var topicId: KafkaUUID { self.broker.metadata.image.topic(named: "t")?.topicId ?? .zero }

        func fetch(_ request: FetchRequest, version: Int16 = 12) async throws -> FetchResponse {
            var header = RequestHeader()
            header.requestApiKey = ApiKey.fetch.rawValue
            header.requestApiVersion = version
            let context = RequestContext(broker: self.broker, header: header, connection: ConnectionInfo(id: 1, remoteAddress: "test"))
            let result = try await FetchHandler.handle(request, context: context)
            guard case .encodedBody(let parts, let byteCount, let release) = result else {
                Issue.record("expected a zero-copy body")
                return FetchResponse()
            }
            defer { release() }
            let bytes = try FetchResponseWriterTests.materialize(parts)
            #expect(bytes.count == byteCount)
            var buffer = ByteBuffer(bytes: bytes)
            let response = try FetchResponse(from: &buffer, version: version)
            #expect(buffer.readableBytes == 0)
            return response
        }
    }

    static func request(
        _ partitions: [(Int32, Int64)], topic: String = "t", topicId: KafkaUUID = .zero, maxBytes: Int32 = 52_428_800,
        partitionMaxBytes: Int32 = 1_048_576, minBytes: Int32 = 1, maxWaitMs: Int32 = 0, sessionId: Int32 = 0, epoch: Int32 = -1
    ) -> FetchRequest {
        var request = FetchRequest()
        request.maxBytes = maxBytes
        request.minBytes = minBytes
        request.maxWaitMs = maxWaitMs
        request.sessionId = sessionId
        request.sessionEpoch = epoch
        if !partitions.isEmpty {
            var fetchTopic = FetchRequest.FetchTopic()
            fetchTopic.topic = topic
            fetchTopic.topicId = topicId
            for (index, offset) in partitions {
                var partition = FetchRequest.FetchPartition()
                partition.partition = index
                partition.fetchOffset = offset
                partition.partitionMaxBytes = partitionMaxBytes
                fetchTopic.partitions.append(partition)
            }
            request.topics = [fetchTopic]
        }
        return request
    }

    static func batches(_ data: FetchResponse.PartitionData) throws -> [RecordBatchHeader] {
        var records = data.records ?? ByteBuffer()
        var headers: [RecordBatchHeader] = []
        while records.readableBytes >= RecordBatchHeader.size, let header = RecordBatchHeader(records, at: records.readerIndex),
              records.readableBytes >= header.totalSize
        {
            headers.append(header)
            records.moveReaderIndex(forwardBy: header.totalSize)
        }
        return headers
    }

    @Test func readsRecordsFromTheLog() async throws {
        let test = try TestBroker()
        try await test.produce(count: 3)
        try await test.produce(count: 2)
        let response = try await test.fetch(Self.request([(0, 0), (1, 0)]))
        #expect(response.errorCode == 0)
        #expect(response.sessionId == 0)
        let partitions = try #require(response.responses.first?.partitions)
        #expect(partitions.map(\.partitionIndex) == [0, 1])
        #expect(partitions[0].highWatermark == 5)
        #expect(partitions[0].lastStableOffset == 5)
        #expect(partitions[0].logStartOffset == 0)
        #expect(partitions[0].abortedTransactions == nil)
        #expect(try Self.batches(partitions[0]).map(\.baseOffset) == [0, 3])
        #expect(partitions[1].highWatermark == 0)
        #expect(partitions[1].records?.readableBytes == 0)
        // From the middle of the log: the batch holding the offset onwards.
        let later = try await test.fetch(Self.request([(0, 4)]))
        #expect(try Self.batches(later.responses[0].partitions[0]).map(\.baseOffset) == [3])
    }

    @Test func byteLimitsAsKafka() async throws {
        let test = try TestBroker()
        for _ in 0..<3 { try await test.produce(partition: 0, count: 1, size: 1000) }
        for _ in 0..<3 { try await test.produce(partition: 1, count: 1, size: 1000) }
        let first = try await test.fetch(Self.request([(0, 0)]))
        let batchSize = try Self.batches(first.responses[0].partitions[0]).first?.totalSize ?? 0
        #expect(batchSize > 1000)

        // Both limits below one batch: the first partition still gets one whole batch, the next nothing.
        let tiny = try await test.fetch(Self.request([(0, 0), (1, 0)], maxBytes: 10, partitionMaxBytes: 10))
        #expect(tiny.responses[0].partitions[0].records?.readableBytes == batchSize)
        #expect(tiny.responses[0].partitions[1].records?.readableBytes == 0)

        // partitionMaxBytes caps each partition (the last batch may be cut, as in Kafka).
        let capped = try await test.fetch(Self.request([(0, 0), (1, 0)], partitionMaxBytes: Int32(batchSize + 10)))
        #expect(capped.responses[0].partitions[0].records?.readableBytes == batchSize + 10)
        #expect(capped.responses[0].partitions[1].records?.readableBytes == batchSize + 10)

        // maxBytes is shared: what the first took, the second cannot have.
        let shared = try await test.fetch(Self.request([(0, 0), (1, 0)], maxBytes: Int32(batchSize * 2 + 5)))
        #expect(shared.responses[0].partitions[0].records?.readableBytes == batchSize * 2 + 5)
        #expect(shared.responses[0].partitions[1].records?.readableBytes == 0)

        // Once a partition returned data, later ones get only what is left, not a whole batch.
        let rest = try await test.fetch(Self.request([(0, 0), (1, 0)], maxBytes: Int32(batchSize + 20), partitionMaxBytes: Int32(batchSize)))
        #expect(rest.responses[0].partitions[0].records?.readableBytes == batchSize)
        #expect(rest.responses[0].partitions[1].records?.readableBytes == 20)
    }

    @Test func responseInFlightSurvivesTopicDeletion() async throws {
        let test = try TestBroker()
        try await test.produce(count: 3, size: 500)
        let expected = try await test.fetch(Self.request([(0, 0)]))
        var header = RequestHeader()
        header.requestApiKey = ApiKey.fetch.rawValue
        header.requestApiVersion = 12
        let context = RequestContext(broker: test.broker, header: header, connection: ConnectionInfo(id: 1, remoteAddress: "test"))
        let result = try await FetchHandler.handle(Self.request([(0, 0)]), context: context)
        guard case .encodedBody(let parts, _, let release) = result else {
            Issue.record("expected a zero-copy body")
            return
        }
        defer { release() }
        // The segment's own descriptor is closed and its file unlinked before the response is sent.
        try test.broker.deleteTopic(named: "t")
        #expect(test.broker.replicaManager.partition(topic: "t", partition: 0) == nil)
        var buffer = ByteBuffer(bytes: try FetchResponseWriterTests.materialize(parts))
        let response = try FetchResponse(from: &buffer, version: 12)
        #expect(response == expected)
        #expect(try Self.batches(response.responses[0].partitions[0]).count == 1)
    }

    @Test func offsetOutOfRange() async throws {
        let test = try TestBroker()
        try await test.produce(count: 2)
        let response = try await test.fetch(Self.request([(0, 3), (1, 0)]))
        let partitions = response.responses[0].partitions
        #expect(partitions[0].errorCode == ErrorCode.offsetOutOfRange.rawValue)
        #expect(partitions[0].highWatermark == -1)
        #expect(partitions[0].logStartOffset == -1)
        #expect(partitions[0].records?.readableBytes == 0)
        #expect(partitions[1].errorCode == 0)
        // At the log end: no error, no records.
        let atEnd = try await test.fetch(Self.request([(0, 2)]))
        #expect(atEnd.responses[0].partitions[0].errorCode == 0)
        #expect(atEnd.responses[0].partitions[0].highWatermark == 2)
    }

    @Test func unknownTopicsAndTopicIds() async throws {
        let test = try TestBroker()
        // Nothing readable at all: answered at once, whatever maxWaitMs says.
        let start = ContinuousClock.now
        let byName = try await test.fetch(Self.request([(0, 0)], topic: "nope", maxWaitMs: 5000))
        #expect(ContinuousClock.now - start < .milliseconds(2000))
        #expect(byName.responses[0].partitions[0].errorCode == ErrorCode.unknownTopicOrPartition.rawValue)
        // Unknown partitions come after the others, and they do not end a long poll on them.
        let mixed = try await test.fetch(Self.request([(7, 0), (0, 0)], maxWaitMs: 300))
        #expect(ContinuousClock.now - start >= .milliseconds(280))
        #expect(mixed.responses[0].partitions.map(\.partitionIndex) == [0, 7])
        let noPartition = try await test.fetch(Self.request([(7, 0)]))
        #expect(noPartition.responses[0].partitions[0].errorCode == ErrorCode.unknownTopicOrPartition.rawValue)
        let byId = try await test.fetch(Self.request([(0, 0)], topicId: KafkaUUID(high: 9, low: 9)), version: 13)
        #expect(byId.responses[0].topicId == KafkaUUID(high: 9, low: 9))
        #expect(byId.responses[0].partitions[0].errorCode == ErrorCode.unknownTopicId.rawValue)
        try await test.produce(count: 1)
        let known = try await test.fetch(Self.request([(0, 0)], topicId: test.topicId), version: 17)
        #expect(known.responses[0].topicId == test.topicId)
        #expect(try Self.batches(known.responses[0].partitions[0]).count == 1)
    }

    @Test func followersAreRefused() async throws {
        let test = try TestBroker()
        var request = Self.request([(0, 0)], topicId: test.topicId)
        request.replicaState.replicaId = 2
        let response = try await test.fetch(request, version: 16)
        let partition = response.responses[0].partitions[0]
        #expect(partition.errorCode == ErrorCode.notLeaderOrFollower.rawValue)
        // KIP-951: the current leader (this broker) and its endpoint.
        #expect(partition.currentLeader.leaderId == test.broker.config.nodeId)
        #expect(response.nodeEndpoints.map(\.nodeId) == [test.broker.config.nodeId])
        var old = Self.request([(0, 0)])
        old.replicaId = 2
        let oldResponse = try await test.fetch(old, version: 12)
        #expect(oldResponse.responses[0].partitions[0].errorCode == ErrorCode.notLeaderOrFollower.rawValue)
    }

    @Test func divergingEpoch() async throws {
        let test = try TestBroker()
        try await test.produce(count: 4)
        let epoch = try #require(test.broker.replicaManager.partition(topic: "t", partition: 0)?.leaderEpoch)
        // The fetcher read up to offset 6 in the current epoch elsewhere (a leader that lost
        // them): the epoch ends at 4 here, so it must truncate to 4.
        var request = Self.request([(0, 6)])
        request.topics[0].partitions[0].lastFetchedEpoch = epoch
        let response = try await test.fetch(request)
        let partition = response.responses[0].partitions[0]
        #expect(partition.errorCode == 0)
        #expect(partition.divergingEpoch.epoch == epoch)
        #expect(partition.divergingEpoch.endOffset == 4)
        #expect(partition.highWatermark == 4)
        #expect(partition.records?.readableBytes == 0)
        // Within the epoch: a normal read.
        request.topics[0].partitions[0].fetchOffset = 2
        let normal = try await test.fetch(request)
        #expect(normal.responses[0].partitions[0].divergingEpoch == FetchResponse.EpochEndOffset())
        #expect(try Self.batches(normal.responses[0].partitions[0]).count == 1)
        // An epoch this leader never had (newer than its latest): Kafka cannot place it and
        // answers OFFSET_OUT_OF_RANGE.
        request.topics[0].partitions[0].lastFetchedEpoch = epoch + 3
        let unknown = try await test.fetch(request)
        #expect(unknown.responses[0].partitions[0].errorCode == ErrorCode.offsetOutOfRange.rawValue)
    }

    @Test func longPollWakesOnProduce() async throws {
        let test = try TestBroker()
        let start = ContinuousClock.now
        let producer = Task {
            try await Task.sleep(for: .milliseconds(300))
            try await test.produce(count: 1)
        }
        // A generous maxWait: a loaded 2-core machine can delay the producer by seconds, and the
        // point is only that the fetch returns when the record lands, long before maxWait.
        let response = try await test.fetch(Self.request([(0, 0), (1, 0)], maxWaitMs: 60_000))
        let elapsed = ContinuousClock.now - start
        try await producer.value
        #expect(try Self.batches(response.responses[0].partitions[0]).count == 1)
        #expect(elapsed >= .milliseconds(250))
        #expect(elapsed < .seconds(30))
    }

    @Test func longPollWaitsForMinBytesThenTimesOut() async throws {
        let test = try TestBroker()
        try await test.produce(count: 1, size: 10)
        let start = ContinuousClock.now
        let response = try await test.fetch(Self.request([(0, 0)], minBytes: 100_000, maxWaitMs: 400))
        let elapsed = ContinuousClock.now - start
        // Not enough bytes: waits the whole maxWaitMs, then answers with what there is.
        #expect(elapsed >= .milliseconds(380))
        #expect(try Self.batches(response.responses[0].partitions[0]).count == 1)
        // Errors answer at once.
        let quick = ContinuousClock.now
        _ = try await test.fetch(Self.request([(0, 99)], minBytes: 100_000, maxWaitMs: 5000))
        #expect(ContinuousClock.now - quick < .milliseconds(2000))
    }

    @Test func sessionsByTopicIdInV17() async throws {
        let test = try TestBroker()
        let id = test.topicId
        let full = try await test.fetch(Self.request([(0, 0), (1, 0)], topicId: id, epoch: 0), version: 17)
        #expect(full.sessionId != 0)
        #expect(full.responses.map(\.topicId) == [id])
        try await test.produce(partition: 0, count: 1)
        let incremental = try await test.fetch(Self.request([], sessionId: full.sessionId, epoch: 1), version: 17)
        #expect(incremental.responses.map(\.topicId) == [id])
        #expect(incremental.responses.first?.partitions.map(\.partitionIndex) == [0])
        // Forgetting by topic id; the session goes on with partition 1 alone.
        var forget = Self.request([], sessionId: full.sessionId, epoch: 2)
        var forgotten = FetchRequest.ForgottenTopic()
        forgotten.topicId = id
        forgotten.partitions = [0]
        forget.forgottenTopicsData = [forgotten]
        let afterForget = try await test.fetch(forget, version: 17)
        #expect(afterForget.errorCode == 0)
        try await test.produce(partition: 0, count: 1)
        try await test.produce(partition: 1, count: 1)
        let last = try await test.fetch(Self.request([], sessionId: full.sessionId, epoch: 3), version: 17)
        #expect(last.responses.first?.partitions.map(\.partitionIndex) == [1])
        // A v12 request (names) on a topic-id session.
        let mixed = try await test.fetch(Self.request([], sessionId: full.sessionId, epoch: 4), version: 12)
        #expect(mixed.errorCode == ErrorCode.fetchSessionTopicIdError.rawValue)
    }

    @Test func incrementalSessionsThroughTheHandler() async throws {
        let test = try TestBroker()
        let full = try await test.fetch(Self.request([(0, 0), (1, 0)], epoch: 0))
        let id = full.sessionId
        #expect(id != 0)
        #expect(full.responses[0].partitions.count == 2)
        // Nothing new: an empty incremental response.
        let empty = try await test.fetch(Self.request([], sessionId: id, epoch: 1))
        #expect(empty.sessionId == id)
        #expect(empty.responses.isEmpty)
        // New data in partition 1 only.
        try await test.produce(partition: 1, count: 2)
        let one = try await test.fetch(Self.request([], sessionId: id, epoch: 2))
        #expect(one.responses.count == 1)
        #expect(one.responses[0].partitions.map(\.partitionIndex) == [1])
        #expect(try Self.batches(one.responses[0].partitions[0]).count == 1)
        // The client moves partition 1's offset on; the session remembers partition 0's.
        var next = Self.request([(1, 2)], sessionId: id, epoch: 3)
        next.maxWaitMs = 0
        let after = try await test.fetch(next)
        #expect(after.responses.isEmpty)
        // Wrong epoch, unknown session.
        let stale = try await test.fetch(Self.request([], sessionId: id, epoch: 3))
        #expect(stale.errorCode == ErrorCode.invalidFetchSessionEpoch.rawValue)
        #expect(stale.sessionId == 0)
        let unknown = try await test.fetch(Self.request([], sessionId: id &+ 1, epoch: 1))
        #expect(unknown.errorCode == ErrorCode.fetchSessionIdNotFound.rawValue)
        // Closing: epoch -1 answers sessionless and drops the session.
        let closing = try await test.fetch(Self.request([(0, 0)], sessionId: id, epoch: -1))
        #expect(closing.sessionId == 0)
        #expect(closing.errorCode == 0)
        #expect(test.broker.fetchSessions.count == 0)
    }
}
