import NIOCore
import SluiceProtocol
import SluiceStorage

/// The header of a producer's data batch of `count` records at `offset`.
func producerHeader(
    producerId: Int64 = 7, epoch: Int16 = 0, sequence: Int32, count: Int32 = 2, offset: Int64 = 0, timestamp: Int64 = 1_000,
    transactional: Bool = false, control: Bool = false
) -> RecordBatchHeader {
    var attributes = RecordBatchAttributes()
    attributes.isTransactional = transactional
    attributes.isControl = control
    return RecordBatchHeader(
        baseOffset: offset, attributes: attributes, lastOffsetDelta: count - 1, baseTimestamp: timestamp, maxTimestamp: timestamp,
        producerId: producerId, producerEpoch: epoch, baseSequence: control ? RecordBatchHeader.noSequence : sequence, recordCount: count
    )
}

/// Validates `header` against `state` and, when it may be appended, applies it.
@discardableResult
func validateAndApply(_ state: inout ProducerStateManager, _ header: RecordBatchHeader) -> ProducerAppendDecision {
    let decision = state.validate(header)
    if decision == .append {
        var update = ProducerStateUpdate()
        state.record(header, into: &update)
        state.apply(update, endOffset: header.nextOffset)
    }
    return decision
}

/// The error code of a decision, nil unless it is `.error`.
func errorCode(_ decision: ProducerAppendDecision) -> ErrorCode? {
    if case .error(let code, _) = decision { return code }
    return nil
}

/// A real encoded batch from an idempotent (or transactional) producer.
func idempotentBatch(
    producerId: Int64 = 7, epoch: Int16 = 0, sequence: Int32, records: Int = 2, timestamp: Int64 = 1_000, valueSize: Int = 40,
    transactional: Bool = false
) throws -> RecordBatch {
    var builder = RecordBatchBuilder(
        baseOffset: 0, producerId: producerId, producerEpoch: epoch, baseSequence: sequence, isTransactional: transactional
    )
    for index in 0..<records {
        builder.append(
            timestamp: timestamp + Int64(index), key: ByteBuffer(string: "p\(producerId)-s\(sequence)-\(index)"),
            value: ByteBuffer(repeating: UInt8(truncatingIfNeeded: Int(sequence) &+ index), count: valueSize)
        )
    }
    return try builder.encode()
}
