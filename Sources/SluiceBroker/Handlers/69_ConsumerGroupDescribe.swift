// ConsumerGroupDescribe v0 (KIP-848), flexible. Authorized operations are not computed
// (no authorizer): the field keeps its "not requested" value.

import SluiceProtocol

enum ConsumerGroupDescribeHandler: APIHandler {
    typealias Request = ConsumerGroupDescribeRequest
    static let versions: ClosedRange<Int16> = 0...0

    static func handle(_ request: ConsumerGroupDescribeRequest, context: RequestContext) async throws -> HandlerResult<ConsumerGroupDescribeResponse> {
        let broker = context.broker
        var response = ConsumerGroupDescribeResponse()
        response.groups = broker.consumerGroups.describe(
            groupIds: request.groupIds, topics: ConsumerGroupTopics(broker.metadata.image))
        return .response(response)
    }
}
