// CreatePartitions v0-3; v2 flexible. Manual assignments may only name this node.

import SluiceCluster
import SluiceProtocol

enum CreatePartitionsHandler: APIHandler {
    typealias Request = CreatePartitionsRequest
    static let versions: ClosedRange<Int16> = 0...3

    static func handle(_ request: CreatePartitionsRequest, context: RequestContext) async throws -> HandlerResult<CreatePartitionsResponse> {
        let broker = context.broker
        var response = CreatePartitionsResponse()
        var counts: [String: Int] = [:]
        for topic in request.topics { counts[topic.name, default: 0] += 1 }
        for topic in request.topics {
            var result = CreatePartitionsResponse.CreatePartitionsTopicResult()
            result.name = topic.name
            do {
                guard counts[topic.name, default: 0] == 1 else {
                    throw MetadataError(.invalidRequest, "Duplicate topic in request.")
                }
                guard let existing = broker.metadata.image.topic(named: topic.name) else {
                    throw MetadataError.unknownTopic(topic.name)
                }
                if let assignments = topic.assignments {
                    let added = Int(topic.count) - existing.partitions.count
                    if added > 0, assignments.count != added {
                        throw MetadataError(
                            .invalidReplicaAssignment,
                            "Increasing the number of partitions by \(added) but \(assignments.count) assignments provided."
                        )
                    }
                    let replicationFactor = existing.partitions.first?.replicas.count ?? 1
                    for assignment in assignments {
                        if assignment.brokerIds.count != replicationFactor {
                            throw MetadataError(
                                .invalidReplicaAssignment,
                                "The manual partition assignment includes a partition with \(assignment.brokerIds.count) replica(s), but this is not consistent with previous partitions, which have \(replicationFactor) replica(s)."
                            )
                        }
                        for id in assignment.brokerIds where id != broker.config.nodeId {
                            throw MetadataError(.invalidReplicaAssignment, "The manual partition assignment includes broker \(id), but no such broker is registered.")
                        }
                    }
                }
                try broker.createPartitions(topic: topic.name, totalCount: topic.count, validateOnly: request.validateOnly)
            } catch let error as MetadataError {
                result.errorCode = error.errorCode.rawValue
                result.errorMessage = error.message
            }
            response.results.append(result)
        }
        return .response(response)
    }
}
