#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NIOCore
import SluiceCluster
import SluiceProtocol
import SluiceStorage

/// Request-wide parameters of a fetch (Kafka's `FetchParams`).
struct FetchParams: Sendable {
    var version: Int16
    /// `replicaId` (v<15) or `replicaState.replicaId` (v15+); -1 for consumers.
    var replicaId: Int32
    var maxBytes: Int
    var minBytes: Int
    /// 0 read_uncommitted, 1 read_committed.
    var isolationLevel: Int8

    var isFromFollower: Bool { self.replicaId >= 0 }

    /// The broker's `fetch.max.bytes` default (55 MiB): no response carries more records, except
    /// a first batch that is larger on its own. It also keeps a response frame's size well inside
    /// Int32.
    static let brokerFetchMaxBytes = 57_671_680
}

/// One partition as read by one pass: the response fields, and the records as a file range.
struct FetchPartitionRead: Sendable {
    var request: FetchPartitionRequest
    /// Everything but `records` when `file` is set (the writer sends the file range).
    var data: FetchResponse.PartitionData
    var file: FetchFileRecords?

    var recordsBytes: Int { self.file?.length ?? self.data.records?.readableBytes ?? 0 }

    var outcome: FetchPartitionOutcome {
        FetchPartitionOutcome(
            key: self.request.key,
            errorCode: ErrorCode(rawValue: self.data.errorCode) ?? .unknownServerError,
            highWatermark: self.data.highWatermark,
            logStartOffset: self.data.logStartOffset,
            recordsBytes: self.recordsBytes,
            preferredReadReplica: self.data.preferredReadReplica,
            hasDivergingEpoch: self.data.divergingEpoch != FetchResponse.EpochEndOffset()
        )
    }
}

/// What one pass over a fetch's partitions found (Kafka's `readFromLog`).
struct FetchReadPass: Sendable {
    /// In Kafka's order: the partitions read, in request (or session) order, then those found
    /// unknown without reading a log (these do not end a long poll).
    var reads: [FetchPartitionRead] = []
    var bytesReadable = 0
    /// A partition failed while being read, or its epochs diverged: answer without waiting.
    var mustAnswerNow = false

    /// Closes the file handles of every read (a pass that is not answered, or a failed send).
    func closeFiles() {
        for read in self.reads { try? read.file?.handle.close() }
    }
}

enum FetchReader {
    /// Reads every partition once, within the byte limits, opening a descriptor of its own for
    /// each range of a segment file it returns. The caller owns those descriptors.
    ///
    /// Limits as Kafka's `readFromLog`: each partition reads at most
    /// `min(partitionMaxBytes, what is left of maxBytes)`; until a partition returned records,
    /// the next one gets at least its first whole batch (minOneMessage), so a consumer always
    /// progresses even when a batch exceeds both limits.
    static func read(_ partitions: [FetchPartitionRequest], params: FetchParams, broker: Broker) -> FetchReadPass {
        let image = broker.metadata.image
        var pass = FetchReadPass()
        var erroneous: [FetchPartitionRead] = []
        var budget = max(0, params.maxBytes)
        var minOneMessage = true
        for request in partitions {
            var read = FetchPartitionRead(request: request, data: Self.emptyData(request.partition), file: nil)
            guard let name = request.topic else {
                read.data.errorCode = ErrorCode.unknownTopicId.rawValue
                erroneous.append(read)
                continue
            }
            guard let topic = image.topic(named: name), topic.partition(request.partition) != nil else {
                read.data.errorCode = ErrorCode.unknownTopicOrPartition.rawValue
                erroneous.append(read)
                continue
            }
            do {
                if params.version >= 13 && topic.topicId != request.topicId {
                    // A session resolved this name from a topic that has since been recreated.
                    throw PartitionError(.inconsistentTopicId, "topic id \(request.topicId) of the fetch session is not \(name)'s \(topic.topicId)")
                }
                let maxBytes = min(Int(max(0, request.partitionMaxBytes)), budget)
                do {
                    try Self.readPartition(request, topic: topic, params: params, maxBytes: maxBytes, minOneMessage: minOneMessage, broker: broker, into: &read)
                } catch is SegmentClosedWhileReading {
                    // Retention or deletion closed the segment between the read and the `dup`:
                    // read again, from whatever segment now holds the offset.
                    read = FetchPartitionRead(request: request, data: Self.emptyData(request.partition), file: nil)
                    try Self.readPartition(request, topic: topic, params: params, maxBytes: maxBytes, minOneMessage: minOneMessage, broker: broker, into: &read)
                }
                let size = read.recordsBytes
                if size > 0 { minOneMessage = false }
                budget = max(0, budget - size)
                pass.bytesReadable += size
                if read.data.divergingEpoch != FetchResponse.EpochEndOffset() { pass.mustAnswerNow = true }
            } catch {
                try? read.file?.handle.close()
                read = FetchPartitionRead(request: request, data: Self.emptyData(request.partition), file: nil)
                // A segment closed twice in a row under the read: retriable, like a moved leader.
                let code = error is SegmentClosedWhileReading ? ErrorCode.notLeaderOrFollower : kafkaError(for: error).code
                read.data.errorCode = code.rawValue
                read.data.abortedTransactions = nil
                pass.mustAnswerNow = true
            }
            pass.reads.append(read)
        }
        // Nothing to wait for when no partition could be read at all (Kafka answers at once).
        if pass.reads.isEmpty { pass.mustAnswerNow = true }
        pass.reads.append(contentsOf: erroneous)
        return pass
    }

    /// A partition answered with an error or nothing: Kafka's `partitionResponse` values.
    static func emptyData(_ partition: Int32) -> FetchResponse.PartitionData {
        var data = FetchResponse.PartitionData()
        data.partitionIndex = partition
        data.highWatermark = -1
        data.lastStableOffset = -1
        data.logStartOffset = -1
        data.records = ByteBuffer()
        return data
    }

    private static func readPartition(
        _ request: FetchPartitionRequest, topic: TopicMetadata, params: FetchParams, maxBytes: Int, minOneMessage: Bool,
        broker: Broker, into read: inout FetchPartitionRead
    ) throws {
        let topicPartition = LogManager.TopicPartition(topic: topic.name, partition: request.partition)
        guard let partition = broker.replicaManager.partition(topicPartition) else {
            if broker.logManager.offlineLogs[topicPartition] != nil {
                throw PartitionError(.kafkaStorageError, "the log of \(topicPartition) is offline")
            }
            throw PartitionError(.notLeaderOrFollower, "this broker does not host \(topicPartition)")
        }
        if params.isFromFollower {
            // Replication does not exist yet: no follower is tracked, so, as Kafka does for a
            // replica it does not know, the fetch is refused.
            throw PartitionError(
                .notLeaderOrFollower,
                "replica \(params.replicaId) is not a follower this broker tracks for \(topicPartition)"
            )
        }
        try partition.checkLeaderEpoch(request.currentLeaderEpoch)
        let log = partition.log
        if request.lastFetchedEpoch >= 0 {
            // KIP-320: a fetcher whose last fetched epoch ended earlier on this leader must truncate.
            let end = log.endOffset(forEpoch: request.lastFetchedEpoch)
            if end.leaderEpoch < 0 || end.endOffset < 0 {
                throw LogError.offsetOutOfRange("the end offset of the last fetched epoch \(request.lastFetchedEpoch) is unknown")
            }
            let logStartOffset = log.logStartOffset
            if request.fetchOffset < logStartOffset {
                throw LogError.offsetOutOfRange("offset \(request.fetchOffset) is below the log start offset \(logStartOffset)")
            }
            if end.leaderEpoch < request.lastFetchedEpoch || end.endOffset < request.fetchOffset {
                let highWatermark = log.highWatermark
                read.data.highWatermark = highWatermark
                read.data.lastStableOffset = highWatermark
                read.data.logStartOffset = logStartOffset
                read.data.abortedTransactions = params.isolationLevel == 1 ? [] : nil
                read.data.divergingEpoch.epoch = end.leaderEpoch
                read.data.divergingEpoch.endOffset = end.endOffset
                return
            }
        }
        let result = try log.read(from: request.fetchOffset, maxBytes: maxBytes, isolation: .highWatermark, minOneMessage: minOneMessage)
        read.data.highWatermark = result.highWatermark
        // No transactions yet: the last stable offset is the high watermark.
        read.data.lastStableOffset = result.highWatermark
        read.data.logStartOffset = result.logStartOffset
        read.data.abortedTransactions = params.isolationLevel == 1 ? [] : nil
        if let slice = result.records, slice.length > 0 {
            read.file = FetchFileRecords(handle: try Self.duplicate(slice), position: slice.position, length: slice.length)
            read.data.records = nil
        }
    }

    /// A descriptor of this response's own for the slice's segment file.
    ///
    /// The segment's descriptor is duplicated, then checked to still be the segment's: a segment
    /// closes its file by setting the descriptor to -1 before `close(2)`, so if it still reads the
    /// same number after `dup`, the copy was made before the close and refers to the same file
    /// (not to whatever reused the number). If the segment closed meanwhile, the read is refused
    /// and the fetcher retries.
    static func duplicate(_ slice: LogReadSlice) throws -> NIOFileHandle {
        let descriptor = slice.file.descriptor
        guard descriptor >= 0 else { throw StorageError.closed(path: slice.file.path) }
        let copy = fcntl(descriptor, F_DUPFD_CLOEXEC, 0)
        guard copy >= 0 else {
            throw PartitionError(.kafkaStorageError, "cannot duplicate the descriptor of \(slice.file.path): errno \(errno)")
        }
        guard slice.file.descriptor == descriptor else {
            close(copy)
            throw SegmentClosedWhileReading(path: slice.file.path)
        }
        return NIOFileHandle(_deprecatedTakingOwnershipOfDescriptor: copy)
    }
}

/// The segment file of a slice was closed before its descriptor could be duplicated.
struct SegmentClosedWhileReading: Error, CustomStringConvertible {
    let path: String
    var description: String { "\(self.path) was closed while being read" }
}
