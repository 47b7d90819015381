// JoinGroup v0-9; v1 rebalance timeout; v4 KIP-394 member id handshake; v5 static membership
// (KIP-345); v6 flexible; v7 protocol type and name in the response; v8 reason; v9 skipAssignment
// (KIP-814). Classic protocol only: the answer waits in `ClassicGroupCoordinator` until the
// rebalance completes.

import SluiceProtocol

enum JoinGroupHandler {
    typealias Request = JoinGroupRequest
    static let versions: ClosedRange<Int16> = 0...9

    static func respond(_ request: JoinGroupRequest, version: Int16, clientId: String, clientHost: String, coordinator: ClassicGroupCoordinator) async -> JoinGroupResponse {
        let join = ClassicJoinRequest(
            memberId: request.memberId,
            groupInstanceId: version >= 5 ? request.groupInstanceId : nil,
            clientId: clientId, clientHost: clientHost,
            sessionTimeoutMs: request.sessionTimeoutMs,
            // v0 has no rebalance timeout: the session timeout serves.
            rebalanceTimeoutMs: version >= 1 && request.rebalanceTimeoutMs >= 0 ? request.rebalanceTimeoutMs : request.sessionTimeoutMs,
            protocolType: request.protocolType,
            protocols: request.protocols.map { ClassicGroupProtocol(name: $0.name, metadata: $0.metadata) },
            requireKnownMemberId: version >= 4)
        let answer = await coordinator.joinGroup(groupId: request.groupId, join)
        var response = JoinGroupResponse()
        response.errorCode = answer.errorCode.rawValue
        response.generationId = answer.generationId
        // Before v7 the protocol name is a non-null string and there is no protocol type.
        response.protocolType = answer.protocolType
        response.protocolName = version >= 7 ? answer.protocolName : (answer.protocolName ?? "")
        response.leader = answer.leader
        // Only v9+ can say so; an older static leader computes an assignment that SyncGroup then
        // ignores (the group is Stable and keeps its stored one).
        response.skipAssignment = version >= 9 && answer.skipAssignment
        response.memberId = answer.memberId
        response.members = answer.members.map { member in
            var out = JoinGroupResponse.JoinGroupResponseMember()
            out.memberId = member.memberId
            out.groupInstanceId = member.groupInstanceId
            out.metadata = member.metadata
            return out
        }
        return response
    }

    /// Kafka's client host: "/" and the peer's IP address, from a SocketAddress description such
    /// as "[IPv4]127.0.0.1/127.0.0.1:54321".
    static func clientHost(fromRemoteAddress address: String) -> String {
        var rest = Substring(address)
        if let bracket = rest.firstIndex(of: "]") { rest = rest[rest.index(after: bracket)...] }
        guard let slash = rest.firstIndex(of: "/") else { return address }
        rest = rest[rest.index(after: slash)...]
        if let colon = rest.lastIndex(of: ":") { rest = rest[..<colon] }
        return rest.isEmpty ? address : "/" + rest
    }
}

extension JoinGroupHandler: APIHandler {
    static func handle(_ request: JoinGroupRequest, context: RequestContext) async throws -> HandlerResult<JoinGroupResponse> {
        guard let groups = context.broker.groupCoordinator else {
            var response = JoinGroupResponse()
            response.errorCode = ErrorCode.coordinatorNotAvailable.rawValue
            return .response(response)
        }
        if let refusal = await groups.admitClassicJoin(groupId: request.groupId) {
            var response = JoinGroupResponse()
            response.errorCode = refusal.rawValue
            response.memberId = request.memberId
            response.protocolName = context.apiVersion >= 7 ? nil : ""
            return .response(response)
        }
        return .response(
            await Self.respond(
                request, version: context.apiVersion, clientId: context.clientId ?? "",
                clientHost: Self.clientHost(fromRemoteAddress: context.connection.remoteAddress), coordinator: groups.classic
            )
        )
    }
}
