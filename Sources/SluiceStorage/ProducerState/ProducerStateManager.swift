import SluiceProtocol

/// The idempotent producers of one partition (Kafka's `ProducerStateManager`): per producer id,
/// its epoch and its last `ProducerStateEntry.batchesToRetain` batches.
///
/// A value owned by `Log` and guarded by the log's lock. The log asks `validate` about each batch
/// of a client append, collects the changes of the batches it will write in a
/// `ProducerStateUpdate` (`record`), and `apply`s them once the bytes are in the segment, so a
/// failed write leaves the state as it was. Replicas and log recovery `replay` batches without
/// validation.
///
/// Invariant: the state reflects exactly the producer batches below `mapEndOffset` (minus expired
/// producers, and minus producers whose batches were deleted before the state was last rebuilt
/// from disk), and `mapEndOffset` is the log end offset whenever the log's lock is free.
///
/// Batches without a producer id (-1) are not tracked.
public struct ProducerStateManager: Sendable, Hashable {
    /// `producer.id.expiration.ms`' default: one day.
    public static let defaultProducerIdExpirationMs: Int64 = 86_400_000

    /// `producer.id.expiration.ms`: a producer whose last write is this old is forgotten (unless a
    /// transaction of it is open).
    public var producerIdExpirationMs: Int64
    public private(set) var producers: [Int64: ProducerStateEntry] = [:]
    /// The offset up to which (exclusive) batches have been applied.
    public internal(set) var mapEndOffset: Int64

    public init(mapEndOffset: Int64 = 0, producerIdExpirationMs: Int64 = Self.defaultProducerIdExpirationMs) {
        self.mapEndOffset = mapEndOffset
        self.producerIdExpirationMs = producerIdExpirationMs
    }

    public var isEmpty: Bool { self.producers.isEmpty }

    public func entry(for producerId: Int64) -> ProducerStateEntry? { self.producers[producerId] }

    // MARK: Validation (leader appends)

    /// Checks a batch a client sent (Kafka's `ProducerAppendInfo` with origin CLIENT, plus the
    /// duplicate check of `UnifiedLog.analyzeAndValidateProducerState`), against the state as
    /// `pending` (the earlier batches of the same append) leaves it:
    /// - an exact retry of one of the producer's retained batches (already written, not in
    ///   `pending`) is `.duplicate`;
    /// - an epoch below the producer's is `INVALID_PRODUCER_EPOCH`;
    /// - a higher epoch must start at sequence 0, unless the producer is unknown (no epoch): since
    ///   KIP-360 (Kafka 2.5) an unknown producer id's first batch is accepted at any sequence;
    /// - the same epoch must continue at the last sequence + 1 (`Int32.max` is followed by 0);
    ///   anything else, an older batch that left the retained window included, is
    ///   `OUT_OF_ORDER_SEQUENCE_NUMBER`. Kafka's broker no longer answers
    ///   `DUPLICATE_SEQUENCE_NUMBER` (only its clients still handle it), and neither does this;
    /// - a non-transactional batch while the producer has a transaction open is `INVALID_TXN_STATE`.
    /// Control batches (transaction markers, written by the coordinator) are checked for a stale
    /// producer epoch and, when `marker` is given, a stale coordinator epoch.
    public func validate(
        _ header: RecordBatchHeader, pending: ProducerStateUpdate = ProducerStateUpdate(), marker: EndTransactionMarker? = nil
    ) -> ProducerAppendDecision {
        guard header.hasProducerId else { return .append }
        let producerId = header.producerId
        let current = pending.entries[producerId] ?? self.producers[producerId] ?? ProducerStateEntry(producerId: producerId)
        // Only batches already written count: a batch repeated inside one append is out of order.
        if !header.isControl, let duplicate = self.producers[producerId]?.duplicate(of: header) {
            return .duplicate(duplicate)
        }
        if header.producerEpoch < current.producerEpoch {
            return .error(
                .invalidProducerEpoch,
                "epoch \(header.producerEpoch) of producer \(producerId) is older than its current epoch \(current.producerEpoch)"
            )
        }
        if header.isControl {
            if let marker, marker.coordinatorEpoch < current.coordinatorEpoch {
                return .error(
                    .transactionCoordinatorFenced,
                    "coordinator epoch \(marker.coordinatorEpoch) of the marker for producer \(producerId) is older than \(current.coordinatorEpoch)"
                )
            }
            return .append
        }
        guard header.baseSequence >= 0 else {
            return .error(.invalidRecord, "batch of producer \(producerId) has invalid base sequence \(header.baseSequence)")
        }
        if header.producerEpoch != current.producerEpoch {
            if header.baseSequence != 0 && current.producerEpoch != RecordBatchHeader.noProducerEpoch {
                return .error(
                    .outOfOrderSequenceNumber,
                    "producer \(producerId) starts epoch \(header.producerEpoch) at sequence \(header.baseSequence); a new epoch starts at 0 (current epoch \(current.producerEpoch))"
                )
            }
        } else if current.producerEpoch != RecordBatchHeader.noProducerEpoch
            && !ProducerSequence.follows(header.baseSequence, current.lastSequence)
        {
            return .error(
                .outOfOrderSequenceNumber,
                "out of order sequence for producer \(producerId) epoch \(header.producerEpoch): \(header.baseSequence) (incoming), \(current.lastSequence) (last written)"
            )
        }
        if current.currentTxnFirstOffset != nil && !header.isTransactional {
            return .error(.invalidTxnState, "producer \(producerId) sent a non-transactional batch while its transaction is open")
        }
        return .append
    }

    // MARK: Updating

    /// Adds the batch as written (offsets and timestamps final) to `update`, on top of the state
    /// and the earlier batches in `update`. For a control batch, `marker` carries its coordinator
    /// epoch (kept as it was when nil).
    public func record(_ header: RecordBatchHeader, marker: EndTransactionMarker? = nil, into update: inout ProducerStateUpdate) {
        guard header.hasProducerId else { return }
        let producerId = header.producerId
        var entry = update.entries[producerId] ?? self.producers[producerId] ?? ProducerStateEntry(producerId: producerId)
        if header.isControl {
            entry.updateProducerEpoch(header.producerEpoch)
            if let marker { entry.coordinatorEpoch = marker.coordinatorEpoch }
            entry.lastTimestamp = header.maxTimestamp
            entry.currentTxnFirstOffset = nil
        } else {
            entry.addBatch(
                epoch: header.producerEpoch,
                ProducerBatchMetadata(
                    lastSequence: header.lastSequence, lastOffset: header.lastOffset, offsetDelta: header.lastOffsetDelta,
                    timestamp: header.maxTimestamp
                )
            )
            if header.isTransactional && entry.currentTxnFirstOffset == nil {
                entry.currentTxnFirstOffset = header.baseOffset
            }
        }
        update.entries[producerId] = entry
    }

    /// Makes `update` part of the state; batches up to `endOffset` (exclusive) are now reflected.
    public mutating func apply(_ update: ProducerStateUpdate, endOffset: Int64) {
        for (producerId, entry) in update.entries {
            self.producers[producerId] = entry
        }
        self.mapEndOffset = max(self.mapEndOffset, endOffset)
    }

    /// Applies a batch without validation (replication, recovery), and moves `mapEndOffset` past it.
    public mutating func replay(_ header: RecordBatchHeader, marker: EndTransactionMarker? = nil) {
        var update = ProducerStateUpdate()
        self.record(header, marker: marker, into: &update)
        self.apply(update, endOffset: header.nextOffset)
    }

    /// Adds an entry as read from a snapshot (replacing any entry of the same id).
    mutating func load(_ entry: ProducerStateEntry) {
        self.producers[entry.producerId] = entry
    }

    /// Forgets every producer and starts over at `offset` (Kafka's `truncateFullyAndStartAt`).
    public mutating func clear(startingAt offset: Int64) {
        self.producers = [:]
        self.mapEndOffset = offset
    }

    // MARK: Expiry

    /// Whether `entry` has been idle for `producer.id.expiration.ms` at `nowMs` with no open
    /// transaction (Kafka's `isProducerExpired`).
    public func isExpired(_ entry: ProducerStateEntry, nowMs: Int64) -> Bool {
        entry.currentTxnFirstOffset == nil && nowMs - entry.lastTimestamp >= self.producerIdExpirationMs
    }

    /// Forgets the expired producers; returns how many. Their next batch is then accepted at any
    /// sequence, as for any unknown producer id.
    @discardableResult
    public mutating func removeExpiredProducers(nowMs: Int64) -> Int {
        let expired = self.producers.values.filter { self.isExpired($0, nowMs: nowMs) }.map(\.producerId)
        for producerId in expired { self.producers[producerId] = nil }
        return expired.count
    }
}

/// The producer entries one append changes, collected before the batches are written and applied
/// to the `ProducerStateManager` after (so that a failed write changes nothing).
public struct ProducerStateUpdate: Sendable, Hashable {
    public internal(set) var entries: [Int64: ProducerStateEntry] = [:]
    public init() {}
}
