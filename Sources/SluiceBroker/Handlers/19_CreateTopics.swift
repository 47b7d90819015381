// CreateTopics v2-7; v4 lets numPartitions and replicationFactor be -1 (broker defaults); v5
// flexible and returns the created topic's partitions, replication factor and configs; v7 topic
// ids. v0-1 are deprecated and not served.

import SluiceCluster
import SluiceProtocol

enum CreateTopicsHandler: APIHandler {
    typealias Request = CreateTopicsRequest
    static let versions: ClosedRange<Int16> = 2...7

    static func handle(_ request: CreateTopicsRequest, context: RequestContext) async throws -> HandlerResult<CreateTopicsResponse> {
        let broker = context.broker
        var response = CreateTopicsResponse()
        var counts: [String: Int] = [:]
        for topic in request.topics { counts[topic.name, default: 0] += 1 }
        for topic in request.topics {
            var result = CreateTopicsResponse.CreatableTopicResult()
            result.name = topic.name
            result.errorMessage = nil
            if counts[topic.name, default: 0] > 1 {
                result.errorCode = ErrorCode.invalidRequest.rawValue
                result.errorMessage = "Create topics request from client `\(context.clientId ?? "")` contains multiple entries for the following topics: \(topic.name)"
                response.topics.append(result)
                continue
            }
            do {
                let created = try Self.create(topic, validateOnly: request.validateOnly, broker: broker)
                result.topicId = request.validateOnly ? .zero : created.topicId
                result.numPartitions = Int32(created.partitions.count)
                result.replicationFactor = Int16(created.partitions.first?.replicas.count ?? 1)
                result.configs = TopicConfigDescriber.creatableConfigs(for: created, broker: broker)
            } catch let error as MetadataError {
                result.errorCode = error.errorCode.rawValue
                result.errorMessage = error.message
            }
            response.topics.append(result)
        }
        return .response(response)
    }

    private static func create(_ topic: CreateTopicsRequest.CreatableTopic, validateOnly: Bool, broker: Broker) throws -> TopicMetadata {
        var partitionCount = topic.numPartitions
        var replicationFactor = topic.replicationFactor
        if !topic.assignments.isEmpty {
            guard partitionCount == -1, replicationFactor == -1 else {
                throw MetadataError(.invalidRequest, "Both numPartitions or replicationFactor and replicasAssignments were set. Both cannot be used at the same time.")
            }
            let sorted = topic.assignments.map(\.partitionIndex).sorted()
            guard sorted == Array(0..<Int32(sorted.count)) else {
                throw MetadataError(.invalidReplicaAssignment, "Partitions should be a consecutive 0-based integer sequence.")
            }
            for assignment in topic.assignments {
                guard !assignment.brokerIds.isEmpty else {
                    throw MetadataError(.invalidReplicaAssignment, "The manual partition assignment includes an empty replica list.")
                }
                guard Set(assignment.brokerIds).count == assignment.brokerIds.count else {
                    throw MetadataError(.invalidReplicaAssignment, "The manual partition assignment includes the broker \(assignment.brokerIds[0]) more than once.")
                }
                for id in assignment.brokerIds where id != broker.config.nodeId {
                    throw MetadataError(.invalidReplicaAssignment, "The manual partition assignment includes broker \(id), but no such broker is registered.")
                }
            }
            partitionCount = Int32(topic.assignments.count)
            replicationFactor = Int16(topic.assignments[0].brokerIds.count)
        }
        if partitionCount == -1 { partitionCount = broker.config.numPartitions }
        if replicationFactor == -1 { replicationFactor = broker.config.defaultReplicationFactor }
        var configs: [String: String] = [:]
        for config in topic.configs {
            guard let value = config.value else {
                throw MetadataError(.invalidConfig, "Null value not supported for topic configs: \(config.name)")
            }
            configs[config.name] = value
        }
        if let problem = TopicConfigDescriber.validate(configs, broker: broker) {
            throw MetadataError(.invalidConfig, problem)
        }
        if validateOnly {
            return try broker.metadata.createTopic(
                name: topic.name, partitionCount: partitionCount, replicationFactor: replicationFactor, configs: configs, validateOnly: true
            )
        }
        return try broker.createTopic(name: topic.name, partitionCount: partitionCount, replicationFactor: replicationFactor, configs: configs)
    }
}
