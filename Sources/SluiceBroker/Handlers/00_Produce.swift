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

        // Appends happen here, in request order, so that pipelined requests on one connection
        // land in the order they were sent; acks=-1 waits afterwards, off the ordered path.
        var response = ProduceResponse()
        var waits: [(topic: Int, partition: Int, target: Partition, info: LogAppendInfo)] = []
        for (topicIndex, topic) in request.topicData.enumerated() {
            var topicAnswer = ProduceResponse.TopicProduceResponse()
            topicAnswer.name = topic.name
            for (partitionIndex, data) in topic.partitionData.enumerated() {
                let outcome = Self.produce(topic: topic.name, data: data, acks: acks, request: request, nowMs: nowMs, context: context)
                topicAnswer.partitionResponses.append(outcome.answer)
                if let appended = outcome.appended, acks == -1 {
                    waits.append((topicIndex, partitionIndex, appended.partition, appended.info))
                }
            }
            response.responses.append(topicAnswer)
        }
        if acks == 0 {
            // Kafka closes the connection when an acks=0 produce fails, the only way such a
            // producer learns of it (it then refreshes metadata and carries on).
            for topic in response.responses {
                if let failed = topic.partitionResponses.first(where: { $0.errorCode != 0 }) {
                    throw CloseConnection(
                        reason: "acks=0 produce to \(topic.name)-\(failed.index) failed with \(ErrorCode(code: failed.errorCode))"
                    )
                }
            }
            return .noResponse
        }
        guard !waits.isEmpty else { return .response(response) }
        let answered = response
        let pendingWaits = waits
        let version = context.apiVersion
        return .deferred {
            var response = answered
            await withTaskGroup(of: (Int, Int, (ErrorCode, String)?).self) { group in
                for wait in pendingWaits {
                    group.addTask {
                        do {
                            try await broker.replicaManager.waitForAcknowledgement(wait.target, info: wait.info)
                            return (wait.topic, wait.partition, nil)
                        } catch {
                            let (code, message) = kafkaError(for: error)
                            broker.logger.error("Append could not be made durable", metadata: ["partition": "\(wait.target.topicPartition)", "error": "\(error)"])
                            return (wait.topic, wait.partition, (code, message))
                        }
                    }
                }
                for await (topic, partition, failure) in group {
                    guard let (code, message) = failure else { continue }
                    var answer = response.responses[topic].partitionResponses[partition]
                    answer.errorCode = code.rawValue
                    answer.baseOffset = -1
                    answer.logAppendTimeMs = -1
                    if version >= 8 { answer.errorMessage = message }
                    response.responses[topic].partitionResponses[partition] = answer
                }
            }
            return .response(response)
        }
    }

    /// One partition's answer, and what was appended for acks=-1 to wait on.
    private struct PartitionOutcome {
        var answer: ProduceResponse.PartitionProduceResponse
        var appended: (partition: Partition, info: LogAppendInfo)?
    }

    private static func produce(
        topic: String, data: ProduceRequest.PartitionProduceData, acks: Int16, request: ProduceRequest, nowMs: Int64, context: RequestContext
    ) -> PartitionOutcome {
        let broker = context.broker
        var answer = ProduceResponse.PartitionProduceResponse()
        answer.index = data.index
        answer.baseOffset = -1
        func fail(_ code: ErrorCode, _ message: String?, recordErrors: [ProduceResponse.BatchIndexAndErrorMessage] = []) -> PartitionOutcome {
            var failed = answer
            failed.errorCode = code.rawValue
            if context.apiVersion >= 8 {
                failed.errorMessage = message
                failed.recordErrors = recordErrors
            }
            return PartitionOutcome(answer: failed, appended: nil)
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
        let validator = broker.produceSettings.validator(
            topic: topic, overrides: broker.metadata.image.topic(named: topic)?.configs ?? [:],
            logConfig: partition.log.config, config: broker.config
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
            let info = try broker.replicaManager.appendToLeader(partition, batches: toAppend, nowMs: nowMs, awaitedByCaller: acks == -1)
            answer.baseOffset = info.firstOffset
            answer.logAppendTimeMs = info.logAppendTime
            answer.logStartOffset = info.logStartOffset
            return PartitionOutcome(answer: answer, appended: (partition, info))
        } catch {
            let (code, message) = kafkaError(for: error)
            if code == .unknownServerError || code == .kafkaStorageError {
                broker.logger.error("Append failed", metadata: ["partition": "\(topic)-\(data.index)", "error": "\(error)"])
            }
            return fail(code, message)
        }
    }
}
