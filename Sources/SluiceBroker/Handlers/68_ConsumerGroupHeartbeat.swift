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
        if let conflict = await Self.replaceEmptyClassicGroup(request.groupId, joining: request.memberEpoch == 0, broker: broker) {
            return .response(ConsumerGroupHeartbeatOutcome.failure(.groupIdNotFound, conflict).response)
        }
        return .response(
            await broker.consumerGroups.heartbeat(
                request, version: context.apiVersion, clientId: context.clientId ?? "",
                clientHost: JoinGroupHandler.clientHost(fromRemoteAddress: context.connection.remoteAddress),
                topics: ConsumerGroupTopics(broker.metadata.image),
                nowMs: broker.clock()))
    }

    /// A group id is either a classic or a KIP-848 group. As Kafka does, a consumer joining an
    /// empty classic group replaces it (its offsets stay); a classic group with members is not
    /// converted (Kafka's online upgrade is not supported), and the heartbeat is refused.
    /// Returns the refusal's message, nil to go on.
    private static func replaceEmptyClassicGroup(_ groupId: String, joining: Bool, broker: Broker) async -> String? {
        guard broker.consumerGroups.group(groupId) == nil, let classic = broker.groupCoordinator?.classic,
            let phase = classic.phase(of: groupId)
        else { return nil }
        if joining && (phase == .empty || phase == .dead) {
            _ = await classic.deleteGroup(groupId)
            return nil
        }
        return "Group \(groupId) is not a consumer group."
    }
}
