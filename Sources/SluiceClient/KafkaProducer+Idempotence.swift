import SluiceProtocol

// enable.idempotence: one producer id and epoch from InitProducerId, a sequence per partition.
extension KafkaProducer {
    /// With idempotence, OUT_OF_ORDER_SEQUENCE_NUMBER means an earlier batch of the partition
    /// failed and is being retried: this one follows it.
    func isRetriable(_ error: KafkaClientError) -> Bool {
        error.isRetriable || (self.configuration.enableIdempotence && error.code == .outOfOrderSequenceNumber)
    }

    /// Kafka's sequence arithmetic: wraps from Int32.max to 0.
    static func sequence(_ sequence: Int32, plus count: Int) -> Int32 {
        Int32(truncatingIfNeeded: (Int64(sequence) + Int64(count)) % (Int64(Int32.max) + 1))
    }

    /// Gets a producer id and epoch once (InitProducerId without a transactional id).
    func ensureProducerId() async throws(KafkaClientError) {
        guard self.producerIdAndEpoch == nil else { return }
        guard self.configuration.acks == -1 else {
            throw .invalidArgument("idempotence needs acks=all (-1), not acks=\(self.configuration.acks)")
        }
        let task: Task<(Int64, Int16), any Error>
        if let running = self.producerIdTask {
            task = running
        } else {
            let client = self.client
            task = Task { try await Self.initProducerId(client) }
            self.producerIdTask = task
        }
        do {
            let value = try await task.value
            if self.producerIdAndEpoch == nil { self.producerIdAndEpoch = value }
        } catch {
            self.producerIdTask = nil
            throw (error as? KafkaClientError) ?? KafkaClientError(.connectionFailed, code: .networkException, "\(error)")
        }
    }

    private static func initProducerId(_ client: KafkaClient) async throws(KafkaClientError) -> (Int64, Int16) {
        let connection = try await client.anyConnection()
        var request = InitProducerIdRequest()
        request.transactionalId = nil
        request.transactionTimeoutMs = Int32.max
        let response = try await connection.send(request)
        let code = ErrorCode(code: response.errorCode)
        guard code == .noError else { throw KafkaClientError.broker(code, nil, context: "InitProducerId") }
        return (response.producerId, response.producerEpoch)
    }
}
