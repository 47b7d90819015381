// FindCoordinator v0-6; v1 key type; v3 flexible; v4 batched coordinator keys (KIP-699).
// This node coordinates every group. Transactions have no coordinator yet.

import SluiceProtocol

enum FindCoordinatorHandler: APIHandler {
    typealias Request = FindCoordinatorRequest
    static let versions: ClosedRange<Int16> = 0...6

    static func handle(_ request: FindCoordinatorRequest, context: RequestContext) async throws -> HandlerResult<FindCoordinatorResponse> {
        let broker = context.broker
        let keys = context.apiVersion >= 4 ? request.coordinatorKeys : [request.key]
        let answers = keys.map { key in Self.find(key: key, keyType: context.apiVersion >= 1 ? request.keyType : 0, broker: broker) }
        var response = FindCoordinatorResponse()
        if context.apiVersion >= 4 {
            response.coordinators = answers
        } else if let answer = answers.first {
            response.errorCode = answer.errorCode
            response.errorMessage = context.apiVersion >= 1 ? answer.errorMessage : nil
            response.nodeId = answer.nodeId
            response.host = answer.host
            response.port = answer.port
        }
        return .response(response)
    }

    private static func find(key: String, keyType: Int8, broker: Broker) -> FindCoordinatorResponse.Coordinator {
        var answer = FindCoordinatorResponse.Coordinator()
        answer.key = key
        answer.errorMessage = nil
        func fail(_ code: ErrorCode, _ message: String) -> FindCoordinatorResponse.Coordinator {
            var failed = answer
            failed.nodeId = -1
            failed.errorCode = code.rawValue
            failed.errorMessage = message
            return failed
        }
        switch keyType {
        case 0:
            guard !key.isEmpty else { return fail(.invalidRequest, "The group id must not be empty.") }
            guard broker.groupCoordinator != nil else { return fail(.coordinatorNotAvailable, "The group coordinator is not running.") }
        case 1:
            return fail(.coordinatorNotAvailable, "This broker has no transaction coordinator yet.")
        default:
            return fail(.invalidRequest, "Unsupported coordinator key type \(keyType).")
        }
        let advertised = broker.config.effectiveAdvertisedListener
        answer.nodeId = broker.config.nodeId
        answer.host = advertised.host
        answer.port = Int32(advertised.port)
        return answer
    }
}
