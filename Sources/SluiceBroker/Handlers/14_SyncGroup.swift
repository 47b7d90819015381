// SyncGroup v0-5; v3 static membership; v4 flexible; v5 protocol type and name (both required,
// else INCONSISTENT_GROUP_PROTOCOL, as Kafka). Followers wait in `ClassicGroupCoordinator` until
// the leader's assignment is stored.

import SluiceProtocol

enum SyncGroupHandler {
    typealias Request = SyncGroupRequest
    static let versions: ClosedRange<Int16> = 0...5

    static func respond(_ request: SyncGroupRequest, version: Int16, coordinator: ClassicGroupCoordinator) async -> SyncGroupResponse {
        var response = SyncGroupResponse()
        if version >= 5 && (request.protocolType == nil || request.protocolName == nil) {
            response.errorCode = ErrorCode.inconsistentGroupProtocol.rawValue
            return response
        }
        let sync = ClassicSyncRequest(
            memberId: request.memberId,
            groupInstanceId: version >= 3 ? request.groupInstanceId : nil,
            generationId: request.generationId,
            protocolType: version >= 5 ? request.protocolType : nil,
            protocolName: version >= 5 ? request.protocolName : nil,
            assignments: Dictionary(request.assignments.map { ($0.memberId, $0.assignment) }, uniquingKeysWith: { _, last in last }))
        let answer = await coordinator.syncGroup(groupId: request.groupId, sync)
        response.errorCode = answer.errorCode.rawValue
        response.protocolType = answer.protocolType
        response.protocolName = answer.protocolName
        response.assignment = answer.assignment
        return response
    }
}

extension SyncGroupHandler: APIHandler {
    static func handle(_ request: SyncGroupRequest, context: RequestContext) async throws -> HandlerResult<SyncGroupResponse> {
        guard let coordinator = context.broker.groupCoordinator?.classic else {
            var response = SyncGroupResponse()
            response.errorCode = ErrorCode.coordinatorNotAvailable.rawValue
            return .response(response)
        }
        return .response(await Self.respond(request, version: context.apiVersion, coordinator: coordinator))
    }
}
