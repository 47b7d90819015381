// Heartbeat v0-4; v3 static membership; v4 flexible. REBALANCE_IN_PROGRESS tells a member to rejoin.

import SluiceProtocol

enum HeartbeatHandler {
    typealias Request = HeartbeatRequest
    static let versions: ClosedRange<Int16> = 0...4

    static func respond(_ request: HeartbeatRequest, version: Int16, coordinator: ClassicGroupCoordinator) -> HeartbeatResponse {
        var response = HeartbeatResponse()
        response.errorCode = coordinator.heartbeat(
            groupId: request.groupId, memberId: request.memberId,
            groupInstanceId: version >= 3 ? request.groupInstanceId : nil,
            generationId: request.generationId
        ).rawValue
        return response
    }
}

extension HeartbeatHandler: APIHandler {
    static func handle(_ request: HeartbeatRequest, context: RequestContext) async throws -> HandlerResult<HeartbeatResponse> {
        guard let coordinator = context.broker.groupCoordinator?.classic else {
            var response = HeartbeatResponse()
            response.errorCode = ErrorCode.coordinatorNotAvailable.rawValue
            return .response(response)
        }
        return .response(Self.respond(request, version: context.apiVersion, coordinator: coordinator))
    }
}
