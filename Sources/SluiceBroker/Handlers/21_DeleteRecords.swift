// DeleteRecords v0-2; v2 flexible. Offset -1 means the high watermark.

import SluiceProtocol
import SluiceStorage

enum DeleteRecordsHandler: APIHandler {
    typealias Request = DeleteRecordsRequest
    static let versions: ClosedRange<Int16> = 0...2

    static func handle(_ request: DeleteRecordsRequest, context: RequestContext) async throws -> HandlerResult<DeleteRecordsResponse> {
        let broker = context.broker
        var response = DeleteRecordsResponse()
        var deletedAny = false
        for topic in request.topics {
            var topicResult = DeleteRecordsResponse.DeleteRecordsTopicResult()
            topicResult.name = topic.name
            for wanted in topic.partitions {
                var result = DeleteRecordsResponse.DeleteRecordsPartitionResult()
                result.partitionIndex = wanted.partitionIndex
                result.lowWatermark = -1
                do {
                    guard let partition = broker.replicaManager.partition(topic: topic.name, partition: wanted.partitionIndex) else {
                        if broker.logManager.offlineLogs[.init(topic: topic.name, partition: wanted.partitionIndex)] != nil {
                            throw PartitionError(.kafkaStorageError, "offline")
                        }
                        throw PartitionError(.unknownTopicOrPartition, "unknown partition")
                    }
                    guard partition.isLeader else { throw PartitionError(.notLeaderOrFollower, "not the leader") }
                    let log = partition.log
                    let offset = wanted.offset == -1 ? log.highWatermark : wanted.offset
                    guard offset >= 0 else { throw PartitionError(.offsetOutOfRange, "offset \(wanted.offset) is negative") }
                    result.lowWatermark = try log.deleteRecords(before: offset, nowMs: broker.clock())
                    deletedAny = true
                } catch {
                    result.errorCode = kafkaError(for: error).code.rawValue
                }
                topicResult.partitions.append(result)
            }
            response.topics.append(topicResult)
        }
        if deletedAny {
            // Persist the new log start offsets now rather than at the next periodic checkpoint.
            do {
                try broker.logManager.checkpoint()
            } catch {
                broker.logger.warning("Checkpoint after DeleteRecords failed; the periodic one retries", metadata: ["error": "\(error)"])
            }
        }
        return .response(response)
    }
}
