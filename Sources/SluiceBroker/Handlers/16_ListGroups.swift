// ListGroups v0-5; v3 flexible; v4 states filter; v5 types filter and group type.
// Lists classic groups (with members or committed offsets) and KIP-848 consumer groups.

import SluiceProtocol

enum ListGroupsHandler: APIHandler {
    typealias Request = ListGroupsRequest
    static let versions: ClosedRange<Int16> = 0...5

    static func handle(_ request: ListGroupsRequest, context: RequestContext) async throws -> HandlerResult<ListGroupsResponse> {
        let broker = context.broker
        var response = ListGroupsResponse()
        guard let coordinator = broker.groupCoordinator else {
            response.errorCode = ErrorCode.coordinatorNotAvailable.rawValue
            return .response(response)
        }
        if coordinator.isLoading {
            response.errorCode = ErrorCode.coordinatorLoadInProgress.rawValue
            return .response(response)
        }
        // Kafka compares states and types case-insensitively.
        let states = Set(request.statesFilter.map { $0.lowercased() })
        let types = Set(request.typesFilter.map { $0.lowercased() })
        var listed: [String: ListGroupsResponse.ListedGroup] = [:]
        for group in coordinator.classic.listGroups() {
            var entry = ListGroupsResponse.ListedGroup()
            entry.groupId = group.groupId
            entry.protocolType = group.protocolType
            entry.groupState = group.state.rawValue
            entry.groupType = "classic"
            listed[group.groupId] = entry
        }
        // Groups known only by their committed offsets (standalone consumers) show as Empty.
        for groupId in coordinator.groupsWithOffsets where listed[groupId] == nil && broker.consumerGroups.group(groupId) == nil {
            var entry = ListGroupsResponse.ListedGroup()
            entry.groupId = groupId
            entry.protocolType = ""
            entry.groupState = "Empty"
            entry.groupType = "classic"
            listed[groupId] = entry
        }
        for (groupId, state) in broker.consumerGroups.listing {
            var entry = ListGroupsResponse.ListedGroup()
            entry.groupId = groupId
            entry.protocolType = "consumer"
            entry.groupState = state
            entry.groupType = "consumer"
            listed[groupId] = entry
        }
        response.groups = listed.values
            .filter { states.isEmpty || states.contains($0.groupState.lowercased()) }
            .filter { types.isEmpty || types.contains($0.groupType.lowercased()) }
            .sorted { $0.groupId < $1.groupId }
        return .response(response)
    }
}
