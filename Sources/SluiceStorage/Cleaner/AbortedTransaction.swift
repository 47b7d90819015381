/// One aborted transaction as a segment's `.txnindex` records it (Kafka's `AbortedTxn`): the
/// producer, the first and last offsets of the transaction in this partition (`lastOffset` is the
/// abort marker's), and the last stable offset when the marker was written.
public struct AbortedTransaction: Sendable, Hashable {
    public var producerId: Int64
    public var firstOffset: Int64
    public var lastOffset: Int64
    public var lastStableOffset: Int64

    public init(producerId: Int64, firstOffset: Int64, lastOffset: Int64, lastStableOffset: Int64) {
        self.producerId = producerId
        self.firstOffset = firstOffset
        self.lastOffset = lastOffset
        self.lastStableOffset = lastStableOffset
    }
}

/// What the producer state knows about a producer's last write (Kafka's
/// `ProducerStateEntry.lastDataOffset` and epoch), so compaction keeps the batch that carries it.
public struct ProducerLastRecord: Sendable, Hashable {
    public var producerId: Int64
    /// Last offset of the producer's last data batch; nil when its last write is a marker.
    public var lastDataOffset: Int64?
    public var producerEpoch: Int16

    public init(producerId: Int64, lastDataOffset: Int64?, producerEpoch: Int16) {
        self.producerId = producerId
        self.lastDataOffset = lastDataOffset
        self.producerEpoch = producerEpoch
    }
}
