// ConsumerGroupHeartbeat v0-1 (KIP-848), all flexible; v1 requires the member id the client
// generates (KIP-1082) and adds SubscribedTopicRegex, which this broker refuses (INVALID_REQUEST).
// Each change of a group is stored in __consumer_offsets before the answer (see
// ConsumerGroupCoordinator); committed offsets are checked against member epochs by OffsetCommit.

import SluiceProtocol

enum ConsumerGroupHeartbeatHandler: APIHandler {
    typealias Request = ConsumerGroupHeartbeatRequest
    static let versions: ClosedRange<Int16> = 0...1

    static func handle(_ request: ConsumerGroupHeartbeatRequest, context: RequestContext) async throws -> HandlerResult<ConsumerGroupHeartbeatResponse> {
        let broker = context.broker
        if let conflict = await broker.groupCoordinator?.admitConsumerHeartbeat(groupId: request.groupId, joining: request.memberEpoch == 0) {
            return .response(ConsumerGroupHeartbeatOutcome.failure(.groupIdNotFound, conflict).response)
        }
        return .response(
            await broker.consumerGroups.heartbeat(
                request, version: context.apiVersion, clientId: context.clientId ?? "",
                clientHost: JoinGroupHandler.clientHost(fromRemoteAddress: context.connection.remoteAddress),
                topics: ConsumerGroupTopics(broker.metadata.image),
                nowMs: broker.clock()))
    }
}
