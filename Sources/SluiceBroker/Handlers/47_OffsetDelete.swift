// OffsetDelete v0. A group's committed offsets for partitions its members do not consume
// (GROUP_SUBSCRIBED_TO_TOPIC otherwise, as Kafka).

import NIOCore
import SluiceProtocol

enum OffsetDeleteHandler: APIHandler {
    typealias Request = OffsetDeleteRequest
    static let versions: ClosedRange<Int16> = 0...0

    static func handle(_ request: OffsetDeleteRequest, context: RequestContext) async throws -> HandlerResult<OffsetDeleteResponse> {
        let broker = context.broker
        var response = OffsetDeleteResponse()
        guard let coordinator = broker.groupCoordinator else {
            response.errorCode = ErrorCode.coordinatorNotAvailable.rawValue
            return .response(response)
        }
        if coordinator.isLoading {
            response.errorCode = ErrorCode.coordinatorLoadInProgress.rawValue
            return .response(response)
        }
        let committed = coordinator.committedOffsets(group: request.groupId)
        let classic = coordinator.classic.describeGroup(request.groupId)
        if committed.isEmpty && classic == nil && broker.consumerGroups.group(request.groupId) == nil {
            response.errorCode = ErrorCode.groupIdNotFound.rawValue
            return .response(response)
        }
        let subscribed = Self.subscribedTopics(classic: classic, consumer: broker.consumerGroups.group(request.groupId))
        var toDelete: [GroupTopicPartition] = []
        response.topics = request.topics.map { topic in
            var answer = OffsetDeleteResponse.OffsetDeleteResponseTopic()
            answer.name = topic.name
            answer.partitions = topic.partitions.map { partition in
                var result = OffsetDeleteResponse.OffsetDeleteResponsePartition()
                result.partitionIndex = partition.partitionIndex
                if subscribed.contains(topic.name) {
                    result.errorCode = ErrorCode.groupSubscribedToTopic.rawValue
                } else if broker.metadata.image.topic(named: topic.name)?.partition(partition.partitionIndex) == nil {
                    result.errorCode = ErrorCode.unknownTopicOrPartition.rawValue
                } else {
                    toDelete.append(GroupTopicPartition(topic: topic.name, partition: partition.partitionIndex))
                }
                return result
            }
            return answer
        }
        do {
            try await coordinator.deleteOffsets(group: request.groupId, partitions: toDelete.filter { committed[$0] != nil })
        } catch {
            broker.logger.error("OffsetDelete could not be stored", metadata: ["group": "\(request.groupId)", "error": "\(error)"])
            response.errorCode = ErrorCode.coordinatorNotAvailable.rawValue
        }
        return .response(response)
    }

    /// Topics the group's members consume: from the classic consumer protocol's subscriptions, or
    /// the KIP-848 members' subscribed topic names.
    private static func subscribedTopics(classic: ClassicGroupDescription?, consumer: ConsumerGroupState?) -> Set<String> {
        var topics = Set<String>()
        if let classic, classic.protocolType == "consumer" {
            for member in classic.members {
                var buffer = ByteBuffer(bytes: member.metadata)
                guard let version = buffer.getInteger(at: buffer.readerIndex, as: Int16.self) else { continue }
                buffer.moveReaderIndex(forwardBy: 2)
                let clamped = min(version, ConsumerProtocolSubscription.validVersions.upperBound)
                if let subscription = try? ConsumerProtocolSubscription(from: &buffer, version: clamped) {
                    topics.formUnion(subscription.topics)
                }
            }
        }
        if let consumer {
            for member in consumer.members.values { topics.formUnion(member.subscribedTopicNames) }
        }
        return topics
    }
}
