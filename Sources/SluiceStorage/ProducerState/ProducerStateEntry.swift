import SluiceProtocol

/// What the log remembers of one appended data batch of an idempotent producer (Kafka's
/// `BatchMetadata`): enough to recognise a retry of it and answer with its offsets.
///
/// Invariants: `lastOffset - offsetDelta` is the batch's base offset, and the first sequence is
/// `lastSequence` stepped back by `offsetDelta` with wrap-around at `Int32.max` (a batch's records
/// take consecutive sequences, as they take consecutive offsets).
public struct ProducerBatchMetadata: Sendable, Hashable {
    public var lastSequence: Int32
    public var lastOffset: Int64
    /// `lastOffset - firstOffset`: the batch's `lastOffsetDelta`.
    public var offsetDelta: Int32
    /// The batch's max timestamp as written.
    public var timestamp: Int64

    public init(lastSequence: Int32, lastOffset: Int64, offsetDelta: Int32, timestamp: Int64) {
        self.lastSequence = lastSequence
        self.lastOffset = lastOffset
        self.offsetDelta = offsetDelta
        self.timestamp = timestamp
    }

    public var firstSequence: Int32 { ProducerSequence.decrement(self.lastSequence, by: self.offsetDelta) }
    public var firstOffset: Int64 { self.lastOffset - Int64(self.offsetDelta) }
}

/// Sequence arithmetic as Kafka's `DefaultRecordBatch`: sequences run `0...Int32.max` and wrap to 0.
public enum ProducerSequence {
    /// `sequence + increment`, wrapping past `Int32.max` to 0.
    public static func increment(_ sequence: Int32, by increment: Int32) -> Int32 {
        let sum = Int64(sequence) + Int64(increment)
        return Int32(truncatingIfNeeded: sum > Int64(Int32.max) ? sum - Int64(Int32.max) - 1 : sum)
    }

    /// `sequence - decrement`, wrapping below 0 to `Int32.max`.
    public static func decrement(_ sequence: Int32, by decrement: Int32) -> Int32 {
        let difference = Int64(sequence) - Int64(decrement)
        return Int32(truncatingIfNeeded: difference < 0 ? difference + Int64(Int32.max) + 1 : difference)
    }

    /// `next` directly follows `last` (`Int32.max` is followed by 0).
    public static func follows(_ next: Int32, _ last: Int32) -> Bool {
        Int64(next) == Int64(last) + 1 || (next == 0 && last == Int32.max)
    }
}

/// One producer id's state in a partition (Kafka's `ProducerStateEntry`).
///
/// Invariants: `batches` holds at most `batchesToRetain` data batches of `producerEpoch`, oldest
/// first, with increasing offsets and consecutive sequences as they were appended; a new epoch
/// empties it. `currentTxnFirstOffset` is set while a transaction of this producer is open in the
/// partition (its first transactional batch) and cleared by its commit or abort marker.
public struct ProducerStateEntry: Sendable, Hashable {
    /// How many recent batches per producer are kept for duplicate detection: a producer has at
    /// most 5 requests in flight per connection (`max.in.flight.requests.per.connection`).
    public static let batchesToRetain = 5

    public let producerId: Int64
    /// `RecordBatchHeader.noProducerEpoch` (-1) until the producer wrote anything.
    public internal(set) var producerEpoch: Int16
    public internal(set) var batches: [ProducerBatchMetadata]
    /// The epoch of the transaction coordinator that wrote the last marker; -1 when none did.
    public internal(set) var coordinatorEpoch: Int32
    /// Timestamp of the last batch or marker written: what `producer.id.expiration.ms` counts from.
    public internal(set) var lastTimestamp: Int64
    public internal(set) var currentTxnFirstOffset: Int64?

    public init(
        producerId: Int64,
        producerEpoch: Int16 = RecordBatchHeader.noProducerEpoch,
        batches: [ProducerBatchMetadata] = [],
        coordinatorEpoch: Int32 = -1,
        lastTimestamp: Int64 = RecordBatchHeader.noTimestamp,
        currentTxnFirstOffset: Int64? = nil
    ) {
        self.producerId = producerId
        self.producerEpoch = producerEpoch
        self.batches = Array(batches.suffix(Self.batchesToRetain))
        self.coordinatorEpoch = coordinatorEpoch
        self.lastTimestamp = lastTimestamp
        self.currentTxnFirstOffset = currentTxnFirstOffset
    }

    /// The sequence of the last record written, -1 when no data batch of this epoch is known.
    public var lastSequence: Int32 { self.batches.last?.lastSequence ?? RecordBatchHeader.noSequence }
    /// The offset of the last data record written, -1 when none is known.
    public var lastDataOffset: Int64 { self.batches.last?.lastOffset ?? -1 }

    /// The retained batch of the same epoch with exactly `header`'s sequence range, if any.
    public func duplicate(of header: RecordBatchHeader) -> ProducerBatchMetadata? {
        guard header.producerEpoch == self.producerEpoch else { return nil }
        let last = header.lastSequence
        return self.batches.first { $0.firstSequence == header.baseSequence && $0.lastSequence == last }
    }

    /// A new epoch forgets the batches of the old one.
    mutating func updateProducerEpoch(_ epoch: Int16) {
        guard epoch != self.producerEpoch else { return }
        self.batches.removeAll()
        self.producerEpoch = epoch
    }

    mutating func addBatch(epoch: Int16, _ batch: ProducerBatchMetadata) {
        self.updateProducerEpoch(epoch)
        if self.batches.count >= Self.batchesToRetain {
            self.batches.removeFirst(self.batches.count - Self.batchesToRetain + 1)
        }
        self.batches.append(batch)
        self.lastTimestamp = batch.timestamp
    }
}
