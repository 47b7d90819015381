// Produce v3-11 (magic v2 batches only); v9 flexible; v8 per-record errors; acks 0, 1 and -1.
// v0-2 carry the legacy message formats and are not served.

import Logging
import SluiceProtocol
import SluiceStorage

enum ProduceHandler: APIHandler {
    typealias Request = ProduceRequest
    static let versions: ClosedRange<Int16> = 3...11

    static func handle(_ request: ProduceRequest, context: RequestContext) async throws -> HandlerResult<ProduceResponse> {
        let broker = context.broker
        let acks = request.acks
        let nowMs = broker.clock()
        var response = ProduceResponse()

        // Partitions are appended concurrently; each answer lands in its slot.
        let results = await withTaskGroup(of: (Int, Int, ProduceResponse.PartitionProduceResponse).self) { group in
            for (topicIndex, topic) in request.topicData.enumerated() {
                for (partitionIndex, data) in topic.partitionData.enumerated() {
                    group.addTask {
                        let answer = await Self.produce(topic: topic.name, data: data, acks: acks, request: request, nowMs: nowMs, context: context)
                        return (topicIndex, partitionIndex, answer)
                    }
                }
            }
            var collected: [(Int, Int, ProduceResponse.PartitionProduceResponse)] = []
            for await result in group { collected.append(result) }
            return collected
        }
        response.responses = request.topicData.map { topic in
            var answer = ProduceResponse.TopicProduceResponse()
            answer.name = topic.name
            answer.partitionResponses = Array(repeating: ProduceResponse.PartitionProduceResponse(), count: topic.partitionData.count)
            return answer
        }
        for (topicIndex, partitionIndex, answer) in results {
            response.responses[topicIndex].partitionResponses[partitionIndex] = answer
        }
        if acks == 0 {
            // Kafka closes the connection when an acks=0 produce fails, the only way such a
            // producer learns of it (it then refreshes metadata and carries on).
            let failed = results.filter { $0.2.errorCode != 0 }
            if let first = failed.first {
                let topic = request.topicData[first.0].name
                throw CloseConnection(
                    reason: "acks=0 produce to \(topic)-\(first.2.index) failed with \(ErrorCode(code: first.2.errorCode))"
                )
            }
            return .noResponse
        }
        return .response(response)
    }

    private static func produce(
        topic: String, data: ProduceRequest.PartitionProduceData, acks: Int16, request: ProduceRequest, nowMs: Int64, context: RequestContext
    ) async -> ProduceResponse.PartitionProduceResponse {
        let broker = context.broker
        var answer = ProduceResponse.PartitionProduceResponse()
        answer.index = data.index
        answer.baseOffset = -1
        func fail(_ code: ErrorCode, _ message: String?, recordErrors: [ProduceResponse.BatchIndexAndErrorMessage] = []) -> ProduceResponse.PartitionProduceResponse {
            var failed = answer
            failed.errorCode = code.rawValue
            if context.apiVersion >= 8 {
                failed.errorMessage = message
                failed.recordErrors = recordErrors
            }
            return failed
        }
        guard acks == -1 || acks == 0 || acks == 1 else {
            return fail(.invalidRequiredAcks, "acks must be -1, 0 or 1, not \(acks)")
        }
        guard let partition = broker.replicaManager.partition(topic: topic, partition: data.index) else {
            if let offline = broker.logManager.offlineLogs[.init(topic: topic, partition: data.index)] {
                return fail(.kafkaStorageError, "the log of \(topic)-\(data.index) is offline: \(offline)")
            }
            return fail(.unknownTopicOrPartition, "This server does not host this topic-partition.")
        }
        guard request.transactionalId == nil else {
            return fail(.transactionalIdAuthorizationFailed, "transactions are not supported by this broker yet")
        }
        guard let records = data.records else {
            return fail(.invalidRecord, "the partition's records are null")
        }
        let batches: [RecordBatch]
        do {
            batches = try RecordBatchReader.validate(records, options: .produce, codecs: broker.logManager.codecs)
        } catch {
            broker.logger.debug("Rejected a produce batch", metadata: ["partition": "\(topic)-\(data.index)", "error": "\(error)"])
            var recordErrors: [ProduceResponse.BatchIndexAndErrorMessage] = []
            if error.errorCode == .invalidRecord, let index = error.recordIndex {
                var item = ProduceResponse.BatchIndexAndErrorMessage()
                item.batchIndex = Int32(index)
                item.batchIndexErrorMessage = error.message
                recordErrors.append(item)
            }
            return fail(error.errorCode, error.message, recordErrors: recordErrors)
        }
        let validator = ProduceValidator(
            topicConfigs: broker.config.effectiveTopicConfigText(overrides: broker.metadata.image.topic(named: topic)?.configs ?? [:]),
            logConfig: partition.log.config
        )
        let toAppend: [RecordBatch]
        do {
            toAppend = try validator.validate(batches, nowMs: nowMs)
        } catch {
            let recordErrors = error.recordIndexes.map { index in
                var item = ProduceResponse.BatchIndexAndErrorMessage()
                item.batchIndex = Int32(index)
                item.batchIndexErrorMessage = nil
                return item
            }
            return fail(error.code, error.message, recordErrors: recordErrors)
        }
        do {
            let info = try await broker.replicaManager.appendToLeader(partition, batches: toAppend, requiredAcks: acks, nowMs: nowMs)
            answer.baseOffset = info.firstOffset
            answer.logAppendTimeMs = info.logAppendTime
            answer.logStartOffset = info.logStartOffset
            return answer
        } catch {
            let (code, message) = kafkaError(for: error)
            if code == .unknownServerError || code == .kafkaStorageError {
                broker.logger.error("Append failed", metadata: ["partition": "\(topic)-\(data.index)", "error": "\(error)"])
            }
            return fail(code, message)
        }
    }
}
