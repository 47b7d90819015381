// LeaveGroup v0-5; v3 batches members (KIP-345, static members leave by instance id); v4
// flexible; v5 reason. Before v3 one member id and one top-level error.

import SluiceProtocol

enum LeaveGroupHandler {
    typealias Request = LeaveGroupRequest
    static let versions: ClosedRange<Int16> = 0...5

    static func respond(_ request: LeaveGroupRequest, version: Int16, coordinator: ClassicGroupCoordinator) async -> LeaveGroupResponse {
        let members: [ClassicLeaveMember] = version >= 3
            ? request.members.map { ClassicLeaveMember(memberId: $0.memberId, groupInstanceId: $0.groupInstanceId) }
            : [ClassicLeaveMember(memberId: request.memberId)]
        let (error, results) = await coordinator.leaveGroup(groupId: request.groupId, members: members)
        var response = LeaveGroupResponse()
        response.errorCode = error.rawValue
        if version >= 3 {
            response.members = results.map { result in
                var member = LeaveGroupResponse.MemberResponse()
                member.memberId = result.memberId
                member.groupInstanceId = result.groupInstanceId
                member.errorCode = result.errorCode.rawValue
                return member
            }
        } else if error == .noError, let failed = results.first(where: { $0.errorCode != .noError }) {
            // The only member's error becomes the response's.
            response.errorCode = failed.errorCode.rawValue
        }
        return response
    }
}

extension LeaveGroupHandler: APIHandler {
    static func handle(_ request: LeaveGroupRequest, context: RequestContext) async throws -> HandlerResult<LeaveGroupResponse> {
        guard let coordinator = context.broker.groupCoordinator?.classic else {
            var response = LeaveGroupResponse()
            response.errorCode = ErrorCode.coordinatorNotAvailable.rawValue
            return .response(response)
        }
        return .response(await Self.respond(request, version: context.apiVersion, coordinator: coordinator))
    }
}
