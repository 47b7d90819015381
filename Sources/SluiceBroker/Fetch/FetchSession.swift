import SluiceProtocol

/// A partition within a fetch: by topic id from Fetch v13 on, by topic name before (Kafka's
/// `CachedPartition` equality). A session holds keys of one kind only.
enum FetchPartitionKey: Hashable, Sendable, CustomStringConvertible {
    case name(String, partition: Int32)
    case id(KafkaUUID, partition: Int32)

    var partition: Int32 {
        switch self {
        case .name(_, let partition), .id(_, let partition): partition
        }
    }

    var description: String {
        switch self {
        case .name(let topic, let partition): "\(topic)-\(partition)"
        case .id(let id, let partition): "\(id)-\(partition)"
        }
    }
}

/// What a fetch asks of one partition: from the request, or remembered by an incremental session.
struct FetchPartitionRequest: Sendable, Equatable {
    var key: FetchPartitionKey
    /// Zero below v13.
    var topicId: KafkaUUID
    /// Nil when a v13+ topic id names no known topic (answered UNKNOWN_TOPIC_ID); a session keeps
    /// the partition and resolves the name on later fetches, as Kafka does.
    var topic: String?
    var partition: Int32
    var fetchOffset: Int64
    var partitionMaxBytes: Int32
    /// -1 when the fetcher does not check it.
    var currentLeaderEpoch: Int32
    /// -1 when absent (KIP-320; v12+).
    var lastFetchedEpoch: Int32
    /// The follower's log start offset; -1 for consumers.
    var logStartOffset: Int64
}

/// What a fetch answered for one partition, as much as the session needs to decide whether an
/// incremental response must carry it.
struct FetchPartitionOutcome: Sendable, Equatable {
    var key: FetchPartitionKey
    var errorCode: ErrorCode
    var highWatermark: Int64
    var logStartOffset: Int64
    var recordsBytes: Int
    var preferredReadReplica: Int32 = -1
    var hasDivergingEpoch: Bool = false
}

/// One partition of a session (Kafka's `CachedPartition`): the request parameters last sent and
/// the high watermark and log start offset last answered. `order` gives the iteration order;
/// a partition that appears in an incremental response moves to the back, so partitions take
/// turns at the head of the response when `maxBytes` cannot cover them all.
struct CachedFetchPartition: Sendable, Equatable {
    var request: FetchPartitionRequest
    /// -1 until answered, and after an error (so the partition is sent again once it clears).
    var highWatermark: Int64 = -1
    var localLogStartOffset: Int64 = -1
    var order: UInt64

    /// Kafka's `maybeUpdateResponseData`: true when the partition must be in the response (new
    /// records, a changed high watermark or log start offset, an error, a preferred read replica
    /// or a diverging epoch). Updates the remembered values when `update`.
    mutating func mustRespond(to outcome: FetchPartitionOutcome, update: Bool) -> Bool {
        var must = outcome.recordsBytes > 0
        if self.highWatermark != outcome.highWatermark {
            must = true
            if update { self.highWatermark = outcome.highWatermark }
        }
        if self.localLogStartOffset != outcome.logStartOffset {
            must = true
            if update { self.localLogStartOffset = outcome.logStartOffset }
        }
        if outcome.preferredReadReplica != -1 { must = true }
        if outcome.errorCode != .noError {
            if update { self.highWatermark = -1 }
            must = true
        }
        if outcome.hasDivergingEpoch { must = true }
        return must
    }
}

/// A KIP-227 incremental fetch session.
///
/// `epoch` is the epoch the next incremental request must carry (1 after creation, then +1 per
/// fetch, wrapping from Int32.max to 1). `cachedSize`, `evictableByAll` and
/// `evictableByPrivileged` are refreshed only by `FetchSessionCacheState.touch`, as Kafka's cache
/// keys are.
struct FetchSession: Sendable {
    let id: Int32
    /// Sessions of followers; they may evict consumers' sessions.
    let privileged: Bool
    /// Keyed by topic id (v13+) rather than name.
    let usesTopicIds: Bool
    let creationMs: Int64
    var lastUsedMs: Int64
    var epoch: Int32
    var partitions: [FetchPartitionKey: CachedFetchPartition] = [:]
    var nextOrder: UInt64 = 0
    var cachedSize: Int = -1
    var evictableByAll = false
    var evictableByPrivileged = false

    var size: Int { self.partitions.count }

    /// The partitions in iteration order.
    var orderedPartitions: [CachedFetchPartition] {
        self.partitions.values.sorted { $0.order < $1.order }
    }

    mutating func append(_ partition: FetchPartitionRequest, highWatermark: Int64 = -1, logStartOffset: Int64 = -1) {
        self.partitions[partition.key] = CachedFetchPartition(
            request: partition, highWatermark: highWatermark, localLogStartOffset: logStartOffset, order: self.nextOrder
        )
        self.nextOrder += 1
    }

    /// Moves a partition to the back of the iteration order.
    mutating func moveToBack(_ key: FetchPartitionKey) {
        guard self.partitions[key] != nil else { return }
        self.partitions[key]?.order = self.nextOrder
        self.nextOrder += 1
    }

    /// Kafka's `FetchSession.update`: partitions in the request are added or have their request
    /// parameters replaced (keeping their place); forgotten ones are removed.
    mutating func update(with requested: [FetchPartitionRequest], forgetting forgotten: [FetchPartitionKey]) {
        for partition in requested {
            if self.partitions[partition.key] != nil {
                self.partitions[partition.key]?.request = partition
            } else {
                self.append(partition)
            }
        }
        for key in forgotten {
            self.partitions.removeValue(forKey: key)
        }
    }

    /// Fills in topic names that were unknown when their topic ids were first sent.
    mutating func resolveUnknownNames(_ name: (KafkaUUID) -> String?) {
        for (key, cached) in self.partitions where cached.request.topic == nil {
            if let resolved = name(cached.request.topicId) {
                self.partitions[key]?.request.topic = resolved
            }
        }
    }

    /// Kafka's `FetchMetadata.nextEpoch`.
    static func nextEpoch(after epoch: Int32) -> Int32 {
        if epoch < 0 { return FetchSessionCacheState.finalEpoch }
        if epoch == Int32.max { return 1 }
        return epoch + 1
    }
}
