// Fetch v4-17; v5 log start offset; v7 fetch sessions (KIP-227); v11 rack id; v12 flexible;
// v13 topic ids instead of names; v15 replica state. Consumers read below the high watermark
// (read_uncommitted) or the last stable offset (read_committed, equal to it until
// transactions exist). Long poll: answer once minBytes are ready or maxWaitMs passed.

import NIOCore
import SluiceCluster
import SluiceProtocol
import SluiceStorage

enum FetchHandler: APIHandler {
    typealias Request = FetchRequest
    static let versions: ClosedRange<Int16> = 4...17

    static func handle(_ request: FetchRequest, context: RequestContext) async throws -> HandlerResult<FetchResponse> {
        let broker = context.broker
        let version = context.apiVersion
        if version >= 7 && request.sessionId != 0 {
            // No sessions are created yet (each answer has sessionId 0), so none can be found.
            var response = FetchResponse()
            response.errorCode = ErrorCode.fetchSessionIdNotFound.rawValue
            return .response(response)
        }
        let deadline = ContinuousClock.now.advanced(by: .milliseconds(Int64(max(0, request.maxWaitMs))))
        while true {
            let generation = broker.replicaManager.fetchWaiters.generation
            let (response, bytes, hasError) = Self.read(request, version: version, broker: broker)
            let remaining = deadline - ContinuousClock.now
            if bytes >= Int(request.minBytes) || hasError || remaining <= .zero || request.topics.isEmpty {
                return .response(response)
            }
            await broker.replicaManager.fetchWaiters.wait(after: generation, timeout: remaining)
            if Task.isCancelled { return .response(response) }
        }
    }

    /// One pass over the requested partitions: what is readable now.
    private static func read(_ request: FetchRequest, version: Int16, broker: Broker) -> (FetchResponse, Int, Bool) {
        var response = FetchResponse()
        let image = broker.metadata.image
        var budget = Int(max(0, request.maxBytes))
        var total = 0
        var hasError = false
        for topic in request.topics {
            var topicAnswer = FetchResponse.FetchableTopicResponse()
            topicAnswer.topic = topic.topic
            topicAnswer.topicId = topic.topicId
            let name: String? = version >= 13 ? image.topic(id: topic.topicId)?.name : topic.topic
            for wanted in topic.partitions {
                var answer = FetchResponse.PartitionData()
                answer.partitionIndex = wanted.partition
                answer.highWatermark = -1
                answer.lastStableOffset = -1
                answer.logStartOffset = -1
                do {
                    guard let name else {
                        throw PartitionError(.unknownTopicId, "unknown topic id \(topic.topicId)")
                    }
                    guard let partition = broker.replicaManager.partition(topic: name, partition: wanted.partition) else {
                        if broker.logManager.offlineLogs[.init(topic: name, partition: wanted.partition)] != nil {
                            throw PartitionError(.kafkaStorageError, "offline")
                        }
                        throw PartitionError(.unknownTopicOrPartition, "unknown partition")
                    }
                    try partition.checkLeaderEpoch(wanted.currentLeaderEpoch)
                    let log = partition.log
                    let limit = min(Int(max(0, wanted.partitionMaxBytes)), budget)
                    let result = try log.read(from: wanted.fetchOffset, maxBytes: limit, isolation: .highWatermark, minOneMessage: total == 0)
                    answer.highWatermark = result.highWatermark
                    answer.lastStableOffset = result.highWatermark
                    answer.logStartOffset = result.logStartOffset
                    if let slice = result.records {
                        let bytes = try slice.readBytes()
                        total += bytes.readableBytes
                        budget = max(0, budget - bytes.readableBytes)
                        answer.records = bytes
                    } else {
                        answer.records = ByteBuffer()
                    }
                } catch {
                    answer.errorCode = kafkaError(for: error).code.rawValue
                    answer.records = ByteBuffer()
                    hasError = true
                }
                topicAnswer.partitions.append(answer)
            }
            response.responses.append(topicAnswer)
        }
        return (response, total, hasError)
    }
}
