import NIOCore
import SluiceCompression
import SluiceProtocol

/// Where a consumer starts in each partition.
public enum OffsetSpec: Sendable, Hashable {
    /// The log start offset (ListOffsets timestamp -2).
    case earliest
    /// The log end offset, i.e. only records produced from now on (ListOffsets timestamp -1).
    case latest
    /// An exact offset; one outside the log fails with OFFSET_OUT_OF_RANGE.
    case offset(Int64)
    /// The first offset whose timestamp is at or after this many milliseconds since the epoch;
    /// the log end when there is none.
    case timestamp(Int64)

    /// The ListOffsets timestamp for the specs resolved through ListOffsets.
    var listOffsetsTimestamp: Int64? {
        switch self {
        case .earliest: -2
        case .latest: -1
        case .timestamp(let milliseconds): milliseconds
        case .offset: nil
        }
    }
}

public struct ConsumerRecord: Sendable, Hashable {
    public var topic: String
    public var partition: Int32
    public var offset: Int64
    /// Milliseconds since the epoch: the record's CreateTime, or the batch's append time for
    /// LogAppendTime topics.
    public var timestamp: Int64
    public var timestampType: TimestampType
    public var key: ByteBuffer?
    public var value: ByteBuffer?
    public var headers: [RecordHeader]

    public init(topic: String, partition: Int32, offset: Int64, timestamp: Int64, timestampType: TimestampType = .createTime, key: ByteBuffer?, value: ByteBuffer?, headers: [RecordHeader] = []) {
        self.topic = topic
        self.partition = partition
        self.offset = offset
        self.timestamp = timestamp
        self.timestampType = timestampType
        self.key = key
        self.value = value
        self.headers = headers
    }
}

/// Consumer settings, named as Kafka's consumer configs.
public struct ConsumerConfiguration: Sendable {
    /// `fetch.max.wait.ms`: how long the broker may hold a Fetch waiting for `fetchMinBytes`.
    public var fetchMaxWaitMs: Int32 = 500
    /// `fetch.min.bytes`.
    public var fetchMinBytes: Int32 = 1
    /// `fetch.max.bytes`.
    public var fetchMaxBytes: Int32 = 52_428_800
    /// `max.partition.fetch.bytes`.
    public var maxPartitionFetchBytes: Int32 = 1_048_576
    /// Highest Fetch version to use. v12 is the last that names topics rather than topic ids.
    public var maximumFetchVersion: Int16 = 12
    /// Called after each Fetch response with its latency and size; for benchmarks.
    public var fetchObserver: (@Sendable (FetchStats) -> Void)?

    public init() {}
}

public struct FetchStats: Sendable {
    public var broker: Int32
    public var latency: Duration
    /// Bytes of record batches in the response.
    public var bytes: Int
    public var failed: Bool
}

/// Reads one topic's partitions (all, or the ones given) from a start position, without a
/// consumer group: positions live only in this value.
///
/// `poll` sends one Fetch per partition leader (concurrently) and returns the records that came
/// back, in offset order within each partition. Control batches (transaction markers) are skipped
/// but advance the position; records below the position (the head of a batch fetched mid-way) are
/// dropped. OFFSET_OUT_OF_RANGE is an error; after the start offsets are resolved, leadership
/// changes, lost connections and unreachable brokers are retried (a poll then returns no records).
public actor KafkaConsumer {
    public nonisolated let client: KafkaClient
    public nonisolated let topic: String
    public nonisolated let configuration: ConsumerConfiguration
    private let requestedPartitions: [Int32]?
    private let start: OffsetSpec

    /// Next offset to fetch, per partition; empty until the first poll resolves the start.
    public private(set) var positions: [Int32: Int64] = [:]
    /// High watermarks from the latest fetch of each partition.
    public private(set) var highWatermarks: [Int32: Int64] = [:]
    private var partitionFetchBytes: [Int32: Int32] = [:]
    private var needsMetadata = false

    public init(client: KafkaClient, topic: String, partitions: [Int32]? = nil, start: OffsetSpec, configuration: ConsumerConfiguration = ConsumerConfiguration()) {
        self.client = client
        self.topic = topic
        self.requestedPartitions = partitions
        self.start = start
        self.configuration = configuration
    }

    /// Records from one round of fetches; empty when none arrived within `maxWait` (default
    /// `fetchMaxWaitMs`).
    public func poll(maxWait: Duration? = nil) async throws(KafkaClientError) -> [ConsumerRecord] {
        if self.positions.isEmpty {
            try await self.resolveStart()
        }
        let info: TopicInfo
        do {
            info = try await self.client.topic(self.topic, refresh: self.needsMetadata)
        } catch where error.isRetriable {
            // Once started, a broker restart or leader move is waited out, as Kafka's consumer
            // does; the caller's own timeout decides when to give up.
            self.needsMetadata = true
            try? await Task.sleep(for: min(maxWait ?? .milliseconds(Int64(self.configuration.fetchMaxWaitMs)), .milliseconds(500)))
            return []
        }
        self.needsMetadata = false
        var byLeader: [Int32: [(Int32, Int64, Int32)]] = [:]
        for (partition, position) in self.positions.sorted(by: { $0.key < $1.key }) {
            guard let leader = info.partitions.first(where: { $0.partition == partition })?.leader, leader >= 0 else {
                self.needsMetadata = true
                continue
            }
            byLeader[leader, default: []].append((partition, position, self.partitionFetchBytes[partition] ?? self.configuration.maxPartitionFetchBytes))
        }
        if byLeader.isEmpty {
            try? await Task.sleep(for: .milliseconds(100))
            return []
        }
        let waitMs = maxWait.map { Int32(clamping: max(0, $0.milliseconds)) } ?? self.configuration.fetchMaxWaitMs
        var connections: [Int32: KafkaConnection] = [:]
        for leader in byLeader.keys {
            do {
                connections[leader] = try await self.client.connection(to: leader)
            } catch where error.isRetriable {
                self.needsMetadata = true
            }
        }
        let topic = self.topic
        let configuration = self.configuration
        let results = await withTaskGroup(of: Result<FetchResponse, KafkaClientError>.self) { group in
            for (leader, partitions) in byLeader {
                guard let connection = connections[leader] else { continue }
                group.addTask {
                    let start = ContinuousClock.now
                    let result: Result<FetchResponse, KafkaClientError>
                    do throws(KafkaClientError) {
                        result = .success(try await Self.fetch(connection: connection, topic: topic, partitions: partitions, maxWaitMs: waitMs, configuration: configuration))
                    } catch {
                        result = .failure(error)
                    }
                    if let observer = configuration.fetchObserver {
                        var bytes = 0
                        if case .success(let response) = result {
                            for topic in response.responses {
                                for partition in topic.partitions { bytes += partition.records?.readableBytes ?? 0 }
                            }
                        }
                        let failed = if case .failure = result { true } else { false }
                        observer(FetchStats(broker: leader, latency: ContinuousClock.now - start, bytes: bytes, failed: failed))
                    }
                    return result
                }
            }
            var results: [Result<FetchResponse, KafkaClientError>] = []
            for await result in group { results.append(result) }
            return results
        }
        var records: [ConsumerRecord] = []
        for result in results {
            switch result {
            case .success(let response):
                records += try self.apply(response)
            case .failure(let error) where error.isRetriable:
                self.needsMetadata = true
            case .failure(let error):
                throw error
            }
        }
        return records
    }

    /// The records as an endless sequence (until the task is cancelled).
    public nonisolated var records: ConsumerRecordSequence { ConsumerRecordSequence(consumer: self) }

    // MARK: Start offsets

    private func resolveStart() async throws(KafkaClientError) {
        let info = try await self.client.topic(self.topic)
        var partitions = info.partitions.map(\.partition)
        if let requested = self.requestedPartitions {
            for partition in requested where !partitions.contains(partition) {
                throw KafkaClientError(.broker, code: .unknownTopicOrPartition, "topic '\(self.topic)' has no partition \(partition) (it has \(partitions.count))")
            }
            partitions = requested
        }
        guard !partitions.isEmpty else {
            throw KafkaClientError(.broker, code: .leaderNotAvailable, "topic '\(self.topic)' has no partitions yet")
        }
        guard let timestamp = self.start.listOffsetsTimestamp else {
            if case .offset(let offset) = self.start {
                guard offset >= 0 else { throw .invalidArgument("offset \(offset) is negative") }
                for partition in partitions { self.positions[partition] = offset }
            }
            return
        }
        var resolved: [Int32: Int64] = [:]
        for partition in partitions {
            var offset = try await self.listOffset(partition: partition, timestamp: timestamp)
            if offset < 0 {
                // No record at or after the timestamp: start at the end, as Kafka's console
                // consumer does.
                offset = try await self.listOffset(partition: partition, timestamp: -1)
            }
            resolved[partition] = offset
        }
        self.positions = resolved
    }

    /// ListOffsets for one partition at its leader; -1 when the broker has no such offset.
    private func listOffset(partition: Int32, timestamp: Int64) async throws(KafkaClientError) -> Int64 {
        let (connection, _) = try await self.client.leaderConnection(topic: self.topic, partition: partition)
        let version = try connection.apiVersions.version(for: ListOffsetsRequest.self)
        var request = ListOffsetsRequest()
        request.replicaId = -1
        var topic = ListOffsetsRequest.ListOffsetsTopic()
        topic.name = self.topic
        var entry = ListOffsetsRequest.ListOffsetsPartition()
        entry.partitionIndex = partition
        entry.timestamp = timestamp
        entry.maxNumOffsets = 1
        topic.partitions = [entry]
        request.topics = [topic]
        let response = try await connection.send(request, version: version)
        guard let answer = response.topics.first(where: { $0.name == self.topic })?.partitions.first(where: { $0.partitionIndex == partition }) else {
            throw KafkaClientError(.protocolViolation, code: .unknownServerError, "the ListOffsets response says nothing about \(self.topic)-\(partition)")
        }
        let code = ErrorCode(code: answer.errorCode)
        guard code == .noError else {
            throw KafkaClientError.broker(code, nil, context: "listing offsets of \(self.topic)-\(partition)")
        }
        return version == 0 ? (answer.oldStyleOffsets.first ?? -1) : answer.offset
    }

    // MARK: Fetching

    private static func fetch(
        connection: KafkaConnection, topic: String, partitions: [(Int32, Int64, Int32)], maxWaitMs: Int32, configuration: ConsumerConfiguration
    ) async throws(KafkaClientError) -> FetchResponse {
        let version = try connection.apiVersions.version(for: FetchRequest.self, cap: configuration.maximumFetchVersion)
        var request = FetchRequest()
        request.replicaId = -1
        request.maxWaitMs = maxWaitMs
        request.minBytes = configuration.fetchMinBytes
        request.maxBytes = configuration.fetchMaxBytes
        request.isolationLevel = 0
        request.sessionId = 0
        request.sessionEpoch = -1
        var fetchTopic = FetchRequest.FetchTopic()
        fetchTopic.topic = topic
        fetchTopic.partitions = partitions.map { partition, offset, maxBytes in
            var entry = FetchRequest.FetchPartition()
            entry.partition = partition
            entry.fetchOffset = offset
            entry.partitionMaxBytes = maxBytes
            return entry
        }
        request.topics = [fetchTopic]
        return try await connection.send(request, version: version, timeout: .milliseconds(Int64(maxWaitMs)) + connection.requestTimeout)
    }

    /// Reads the records out of a Fetch response and advances positions.
    private func apply(_ response: FetchResponse) throws(KafkaClientError) -> [ConsumerRecord] {
        let topLevel = ErrorCode(code: response.errorCode)
        guard topLevel == .noError else {
            if topLevel.isRetriable {
                self.needsMetadata = true
                return []
            }
            throw KafkaClientError.broker(topLevel, nil, context: "fetching from '\(self.topic)'")
        }
        var records: [ConsumerRecord] = []
        for topicResponse in response.responses where topicResponse.topic == self.topic {
            for partitionData in topicResponse.partitions {
                let partition = partitionData.partitionIndex
                guard let position = self.positions[partition] else { continue }
                let code = ErrorCode(code: partitionData.errorCode)
                switch code {
                case .noError:
                    break
                case .offsetOutOfRange:
                    var bounds = ""
                    if partitionData.logStartOffset >= 0 && partitionData.highWatermark >= 0 {
                        bounds = " (the log holds \(partitionData.logStartOffset) to \(partitionData.highWatermark))"
                    }
                    throw KafkaClientError(.broker, code: code, "offset \(position) is out of range for \(self.topic)-\(partition)\(bounds)")
                default:
                    if code.isRetriable {
                        self.needsMetadata = true
                        continue
                    }
                    throw KafkaClientError.broker(code, nil, context: "fetching \(self.topic)-\(partition)")
                }
                self.highWatermarks[partition] = partitionData.highWatermark
                guard let data = partitionData.records, data.readableBytes > 0 else { continue }
                let (decoded, next, sawWholeBatch) = try Self.decode(data, topic: self.topic, partition: partition, from: position)
                records += decoded
                self.positions[partition] = next
                if !sawWholeBatch {
                    // Only part of one batch fit: ask for more next time (older brokers).
                    let current = self.partitionFetchBytes[partition] ?? self.configuration.maxPartitionFetchBytes
                    self.partitionFetchBytes[partition] = current >= Int32.max / 2 ? Int32.max : current * 2
                }
            }
        }
        return records
    }

    /// The records at or after `position` in a Fetch response's `records`, the next position, and
    /// whether at least one whole batch was there. A truncated last batch (the broker cut at
    /// `partitionMaxBytes`) ends the data without an error.
    static func decode(_ data: ByteBuffer, topic: String, partition: Int32, from position: Int64) throws(KafkaClientError) -> ([ConsumerRecord], Int64, Bool) {
        var reader = RecordBatchReader(data, options: .headersOnly)
        var next = position
        var records: [ConsumerRecord] = []
        var sawBatch = false
        while true {
            let batch: RecordBatch
            do {
                guard let read = try reader.next() else { break }
                batch = read
            } catch {
                if error.kind == .truncated { break }
                throw KafkaClientError(.protocolViolation, code: .corruptMessage, "corrupt record batch in \(topic)-\(partition) at offset \(next): \(error)")
            }
            sawBatch = true
            let header = batch.header
            guard header.lastOffset >= next else { continue }
            if header.isControl {
                next = header.nextOffset
                continue
            }
            let decoded: [Record]
            do {
                decoded = try batch.decodeRecords(codecs: Compression.codecs)
            } catch {
                throw KafkaClientError(.protocolViolation, code: .corruptMessage, "unreadable record batch in \(topic)-\(partition) at offset \(header.baseOffset): \(error)")
            }
            for record in decoded {
                let offset = header.baseOffset &+ Int64(record.offsetDelta)
                guard offset >= next else { continue }
                let timestamp = header.timestampType == .logAppendTime ? header.maxTimestamp : header.baseTimestamp &+ record.timestampDelta
                records.append(ConsumerRecord(
                    topic: topic, partition: partition, offset: offset, timestamp: timestamp, timestampType: header.timestampType,
                    key: record.key, value: record.value, headers: record.headers
                ))
            }
            next = max(next, header.nextOffset)
        }
        return (records, next, sawBatch)
    }
}

/// A consumer's records one at a time, fetching as needed. Ends (returns nil) when the task is
/// cancelled; fetch errors are thrown.
public struct ConsumerRecordSequence: AsyncSequence, Sendable {
    public typealias Element = ConsumerRecord
    let consumer: KafkaConsumer

    public struct AsyncIterator: AsyncIteratorProtocol {
        let consumer: KafkaConsumer
        var buffer: [ConsumerRecord] = []
        var index = 0

        public mutating func next() async throws -> ConsumerRecord? {
            while self.index >= self.buffer.count {
                if Task.isCancelled { return nil }
                self.buffer = try await self.consumer.poll()
                self.index = 0
            }
            defer { self.index += 1 }
            return self.buffer[self.index]
        }
    }

    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(consumer: self.consumer)
    }
}
