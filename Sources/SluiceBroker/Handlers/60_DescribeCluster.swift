// DescribeCluster v0-1 (all flexible); v1 adds endpointType: this node answers for brokers only.

import SluiceProtocol

enum DescribeClusterHandler: APIHandler {
    typealias Request = DescribeClusterRequest
    static let versions: ClosedRange<Int16> = 0...1

    static func handle(_ request: DescribeClusterRequest, context: RequestContext) async throws -> HandlerResult<DescribeClusterResponse> {
        let broker = context.broker
        var response = DescribeClusterResponse()
        response.endpointType = request.endpointType
        guard request.endpointType == 1 else {
            response.errorCode = ErrorCode.unsupportedEndpointType.rawValue
            response.errorMessage = "The request was sent to an endpoint of type BROKER, but we wanted an endpoint of type CONTROLLER"
            return .response(response)
        }
        response.clusterId = broker.metadata.clusterId
        response.controllerId = broker.config.nodeId
        let advertised = broker.config.effectiveAdvertisedListener
        var node = DescribeClusterResponse.DescribeClusterBroker()
        node.brokerId = broker.config.nodeId
        node.host = advertised.host
        node.port = Int32(advertised.port)
        response.brokers = [node]
        if request.includeClusterAuthorizedOperations {
            response.clusterAuthorizedOperations = AuthorizedOperations.allClusterOperations
        }
        return .response(response)
    }
}
