// DescribeGroups v0-5; v3 authorized operations; v4 group instance ids; v5 flexible. A group that
// does not exist, or is a KIP-848 group, is described as Dead with no members (v0-5 have no
// GROUP_ID_NOT_FOUND here).

import SluiceProtocol

enum DescribeGroupsHandler: APIHandler {
    typealias Request = DescribeGroupsRequest
    static let versions: ClosedRange<Int16> = 0...5

    static func handle(_ request: DescribeGroupsRequest, context: RequestContext) async throws -> HandlerResult<DescribeGroupsResponse> {
        let broker = context.broker
        var response = DescribeGroupsResponse()
        response.groups = request.groups.map { groupId in
            var group = DescribeGroupsResponse.DescribedGroup()
            group.groupId = groupId
            guard let coordinator = broker.groupCoordinator else {
                group.errorCode = ErrorCode.coordinatorNotAvailable.rawValue
                return group
            }
            if coordinator.isLoading {
                group.errorCode = ErrorCode.coordinatorLoadInProgress.rawValue
                return group
            }
            if groupId.isEmpty {
                group.errorCode = ErrorCode.invalidGroupId.rawValue
                return group
            }
            if request.includeAuthorizedOperations && context.apiVersion >= 3 {
                // READ 3, DESCRIBE 8, DELETE 6: everything, without an authorizer.
                group.authorizedOperations = (1 << 3) | (1 << 6) | (1 << 8)
            }
            if broker.consumerGroups.group(groupId) != nil {
                // A KIP-848 group is not a classic group: Kafka describes it as Dead here
                // (ConsumerGroupDescribe describes it).
                group.groupState = "Dead"
                return group
            }
            guard let description = coordinator.classic.describeGroup(groupId) else {
                group.groupState = coordinator.committedOffsets(group: groupId).isEmpty ? "Dead" : "Empty"
                return group
            }
            group.groupState = description.state.rawValue
            group.protocolType = description.protocolType
            group.protocolData = description.protocolName
            group.members = description.members.map { member in
                var described = DescribeGroupsResponse.DescribedGroupMember()
                described.memberId = member.memberId
                described.groupInstanceId = context.apiVersion >= 4 ? member.groupInstanceId : nil
                described.clientId = member.clientId
                described.clientHost = member.clientHost
                described.memberMetadata = member.metadata
                described.memberAssignment = member.assignment
                return described
            }
            return group
        }
        return .response(response)
    }
}
