// OffsetDelete v0. A group's committed offsets for partitions its members do not consume
// (GROUP_SUBSCRIBED_TO_TOPIC otherwise, as Kafka).

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
        let classic = coordinator.classic.group(request.groupId)
        let consumer = broker.consumerGroups.group(request.groupId)
        if committed.isEmpty && classic == nil && consumer == nil {
            response.errorCode = ErrorCode.groupIdNotFound.rawValue
            return .response(response)
        }
        // Kafka's classic rule: a group with members that does not use the consumer protocol
        // (so its subscriptions cannot be read) keeps its offsets.
        if let classic, classic.phase != .empty, classic.protocolType != "consumer" {
            response.errorCode = (classic.phase == .dead ? ErrorCode.groupIdNotFound : .nonEmptyGroup).rawValue
            return .response(response)
        }
        var subscribed = classic?.consumerSubscribedTopics ?? []
        for member in consumer.map({ Array($0.members.values) }) ?? [] { subscribed.formUnion(member.subscribedTopicNames) }
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
}
