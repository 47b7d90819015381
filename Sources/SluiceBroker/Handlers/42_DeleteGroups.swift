// DeleteGroups v0-2; v2 flexible. Only empty groups are deleted; their committed offsets go with
// them (tombstones in __consumer_offsets).

import SluiceProtocol

enum DeleteGroupsHandler: APIHandler {
    typealias Request = DeleteGroupsRequest
    static let versions: ClosedRange<Int16> = 0...2

    static func handle(_ request: DeleteGroupsRequest, context: RequestContext) async throws -> HandlerResult<DeleteGroupsResponse> {
        let broker = context.broker
        var response = DeleteGroupsResponse()
        for groupId in request.groupsNames {
            var result = DeleteGroupsResponse.DeletableGroupResult()
            result.groupId = groupId
            result.errorCode = await Self.delete(groupId, broker: broker).rawValue
            response.results.append(result)
        }
        return .response(response)
    }

    private static func delete(_ groupId: String, broker: Broker) async -> ErrorCode {
        guard let coordinator = broker.groupCoordinator else { return .coordinatorNotAvailable }
        if coordinator.isLoading { return .coordinatorLoadInProgress }
        if groupId.isEmpty { return .invalidGroupId }
        let hasOffsets = !coordinator.committedOffsets(group: groupId).isEmpty
        if broker.consumerGroups.group(groupId) != nil {
            if let error = await broker.consumerGroups.deleteGroup(groupId) { return error }
        } else if coordinator.classic.describeGroup(groupId) != nil {
            let error = await coordinator.classic.deleteGroup(groupId)
            // A group known only by its offsets is deleted with them.
            if error != .noError && !(error == .groupIdNotFound && hasOffsets) { return error }
        } else if !hasOffsets {
            return .groupIdNotFound
        }
        do {
            try await coordinator.deleteOffsets(group: groupId, partitions: Array(coordinator.committedOffsets(group: groupId).keys))
        } catch {
            broker.logger.error("Deleting a group's offsets failed", metadata: ["group": "\(groupId)", "error": "\(error)"])
            return .coordinatorNotAvailable
        }
        return .noError
    }
}
