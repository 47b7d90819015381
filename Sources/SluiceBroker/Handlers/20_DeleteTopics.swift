// DeleteTopics v1-6; v4 flexible; v6 names topics by name or id.

import SluiceCluster
import SluiceProtocol

enum DeleteTopicsHandler: APIHandler {
    typealias Request = DeleteTopicsRequest
    static let versions: ClosedRange<Int16> = 1...6

    static func handle(_ request: DeleteTopicsRequest, context: RequestContext) async throws -> HandlerResult<DeleteTopicsResponse> {
        let broker = context.broker
        var response = DeleteTopicsResponse()
        let wanted: [(name: String?, id: KafkaUUID)] =
            context.apiVersion >= 6 ? request.topics.map { ($0.name, $0.topicId) } : request.topicNames.map { ($0, .zero) }
        for entry in wanted {
            var result = DeleteTopicsResponse.DeletableTopicResult()
            result.name = entry.name
            result.topicId = entry.id
            do {
                let name: String
                if let given = entry.name {
                    name = given
                } else {
                    guard let topic = broker.metadata.image.topic(id: entry.id) else { throw MetadataError.unknownTopicId(entry.id) }
                    name = topic.name
                    result.name = name
                }
                if let topic = broker.metadata.image.topic(named: name), topic.isInternal {
                    throw MetadataError(.topicAuthorizationFailed, "Internal topic \(name) cannot be deleted.")
                }
                let deleted = try broker.deleteTopic(named: name)
                result.topicId = deleted.topicId
            } catch let error as MetadataError {
                result.errorCode = error.errorCode.rawValue
                if context.apiVersion >= 5 { result.errorMessage = error.message }
            }
            response.responses.append(result)
        }
        return .response(response)
    }
}
