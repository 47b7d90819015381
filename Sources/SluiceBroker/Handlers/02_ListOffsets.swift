// ListOffsets v1-10; v2 isolation level; v4 current leader epoch and leader epoch in the answer;
// v6 flexible; v7 max timestamp (-3); v8 earliest local (-4); v9 latest tiered (-5); v10
// timeoutMs. v0 (several offsets per partition) is not served.

import SluiceProtocol
import SluiceStorage

enum ListOffsetsHandler: APIHandler {
    typealias Request = ListOffsetsRequest
    static let versions: ClosedRange<Int16> = 1...10

    static func handle(_ request: ListOffsetsRequest, context: RequestContext) async throws -> HandlerResult<ListOffsetsResponse> {
        let broker = context.broker
        var response = ListOffsetsResponse()
        var seen = Set<LogManagerKey>()
        for topic in request.topics {
            var topicAnswer = ListOffsetsResponse.ListOffsetsTopicResponse()
            topicAnswer.name = topic.name
            for wanted in topic.partitions {
                var answer = ListOffsetsResponse.ListOffsetsPartitionResponse()
                answer.partitionIndex = wanted.partitionIndex
                let key = LogManagerKey(topic: topic.name, partition: wanted.partitionIndex)
                if !seen.insert(key).inserted {
                    answer.errorCode = ErrorCode.invalidRequest.rawValue
                } else {
                    do {
                        let found = try Self.lookUp(topic: topic.name, wanted: wanted, request: request, broker: broker)
                        answer.timestamp = found.timestamp
                        answer.offset = found.offset
                        if context.apiVersion >= 4 { answer.leaderEpoch = found.leaderEpoch }
                    } catch {
                        answer.errorCode = kafkaError(for: error).code.rawValue
                    }
                }
                topicAnswer.partitions.append(answer)
            }
            response.topics.append(topicAnswer)
        }
        return .response(response)
    }

    private struct LogManagerKey: Hashable {
        var topic: String
        var partition: Int32
    }

    private static func lookUp(
        topic: String, wanted: ListOffsetsRequest.ListOffsetsPartition, request: ListOffsetsRequest, broker: Broker
    ) throws -> (timestamp: Int64, offset: Int64, leaderEpoch: Int32) {
        guard let partition = broker.replicaManager.partition(topic: topic, partition: wanted.partitionIndex) else {
            if broker.logManager.offlineLogs[.init(topic: topic, partition: wanted.partitionIndex)] != nil {
                throw PartitionError(.kafkaStorageError, "offline")
            }
            throw PartitionError(.unknownTopicOrPartition, "unknown partition")
        }
        try partition.checkLeaderEpoch(wanted.currentLeaderEpoch)
        let log = partition.log
        // Consumers see up to the high watermark (read_uncommitted) or the last stable offset
        // (read_committed; equal to the high watermark until transactions exist).
        let fromConsumer = request.replicaId < 0
        let upperBound = fromConsumer ? log.highWatermark : log.logEndOffset
        switch wanted.timestamp {
        case ListOffsetsTimestamp.latest:
            return (-1, upperBound, partition.leaderEpoch)
        case -5:
            // Latest tiered offset (KIP-1005): nothing is tiered, so -1 as Kafka answers.
            return (-1, -1, -1)
        case ListOffsetsTimestamp.earliest, ListOffsetsTimestamp.earliestLocal, ListOffsetsTimestamp.maxTimestamp:
            break
        case ..<0:
            throw PartitionError(.invalidRequest, "unknown special timestamp \(wanted.timestamp)")
        default:
            break
        }
        guard let found = try log.offset(forTimestamp: wanted.timestamp), found.offset < upperBound || wanted.timestamp == ListOffsetsTimestamp.earliest || wanted.timestamp == ListOffsetsTimestamp.earliestLocal else {
            return (-1, -1, -1)
        }
        return (found.timestamp, found.offset, found.leaderEpoch ?? -1)
    }
}

extension Partition {
    /// Kafka's check of a client's current leader epoch: -1 skips it; an older one is
    /// FENCED_LEADER_EPOCH, a newer one UNKNOWN_LEADER_EPOCH.
    func checkLeaderEpoch(_ requested: Int32) throws {
        guard requested >= 0 else { return }
        if requested < self.leaderEpoch {
            throw PartitionError(.fencedLeaderEpoch, "leader epoch \(requested) is older than the current \(self.leaderEpoch)")
        }
        if requested > self.leaderEpoch {
            throw PartitionError(.unknownLeaderEpoch, "leader epoch \(requested) is newer than the current \(self.leaderEpoch)")
        }
        guard self.isLeader else {
            throw PartitionError(.notLeaderOrFollower, "this broker does not lead \(self.topicPartition)")
        }
    }
}
