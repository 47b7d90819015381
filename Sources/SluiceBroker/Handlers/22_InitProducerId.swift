// InitProducerId v0-5; v2 flexible; v3 carries the current producer id and epoch (KIP-360).
// Idempotent producers only: without a transactional id every call gets a fresh producer id at
// epoch 0, as Kafka's coordinator does. Transactions are not supported yet.

import SluiceProtocol

enum InitProducerIdHandler: APIHandler {
    typealias Request = InitProducerIdRequest
    static let versions: ClosedRange<Int16> = 0...5

    static func handle(_ request: InitProducerIdRequest, context: RequestContext) async throws -> HandlerResult<InitProducerIdResponse> {
        var response = InitProducerIdResponse()
        if let transactionalId = request.transactionalId {
            if transactionalId.isEmpty {
                response.errorCode = ErrorCode.invalidRequest.rawValue
            } else {
                // No transaction coordinator yet: refuse clearly rather than pretend.
                response.errorCode = ErrorCode.transactionalIdAuthorizationFailed.rawValue
            }
            return .response(response)
        }
        do {
            response.producerId = try context.broker.producerIds.nextProducerId()
            response.producerEpoch = 0
        } catch {
            context.broker.logger.error("Cannot reserve producer ids", metadata: ["error": "\(error)"])
            response.errorCode = ErrorCode.kafkaStorageError.rawValue
        }
        return .response(response)
    }
}
