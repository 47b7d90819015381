import SluiceProtocol

/// What producer state says about one batch a client wants appended.
public enum ProducerAppendDecision: Sendable, Hashable {
    /// Not a producer's batch, or in sequence: write it.
    case append
    /// A retry of a batch already in the log (same epoch, same sequence range as one of the
    /// producer's last `ProducerStateEntry.batchesToRetain`): do not write it; answer with the
    /// earlier append's offsets and no error, as Kafka does.
    case duplicate(ProducerBatchMetadata)
    /// Refused: `INVALID_PRODUCER_EPOCH`, `OUT_OF_ORDER_SEQUENCE_NUMBER`, `INVALID_TXN_STATE`,
    /// `TRANSACTION_COORDINATOR_FENCED` or `INVALID_RECORD`, with a message naming the producer.
    case error(ErrorCode, String)
}
