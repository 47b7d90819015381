// Metadata v0-12; v1 null topics means all (v0: empty means all); v4 allowAutoTopicCreation;
// v7 leader epochs; v9 flexible; v10 topic ids; v11 drops cluster authorized operations.

import SluiceCluster
import SluiceProtocol

enum MetadataHandler: APIHandler {
    typealias Request = MetadataRequest
    static let versions: ClosedRange<Int16> = 0...12

    static func handle(_ request: MetadataRequest, context: RequestContext) async throws -> HandlerResult<MetadataResponse> {
        let broker = context.broker
        let version = context.apiVersion
        var response = MetadataResponse()
        let advertised = broker.config.effectiveAdvertisedListener
        var node = MetadataResponse.MetadataResponseBroker()
        node.nodeId = broker.config.nodeId
        node.host = advertised.host
        node.port = Int32(advertised.port)
        response.brokers = [node]
        response.clusterId = broker.metadata.clusterId
        response.controllerId = broker.config.nodeId

        let allTopics = request.topics == nil || (version == 0 && request.topics?.isEmpty == true)
        var image = broker.metadata.image
        if allTopics {
            response.topics = image.topics.map { Self.describe($0, broker: broker, request: request) }
            return .response(response)
        }
        let autoCreate = broker.config.autoCreateTopicsEnable && (version < 4 || request.allowAutoTopicCreation)
        for wanted in request.topics ?? [] {
            if let name = wanted.name {
                if let topic = image.topic(named: name) {
                    response.topics.append(Self.describe(topic, broker: broker, request: request))
                    continue
                }
                var missing = MetadataResponse.MetadataResponseTopic()
                missing.name = name
                if let problem = TopicName.problem(with: name) {
                    missing.errorCode = ErrorCode.invalidTopicException.rawValue
                    _ = problem
                } else if autoCreate {
                    do {
                        let created = try broker.createTopic(
                            name: name, partitionCount: broker.config.numPartitions,
                            replicationFactor: broker.config.defaultReplicationFactor, configs: [:]
                        )
                        image = broker.metadata.image
                        response.topics.append(Self.describe(created, broker: broker, request: request))
                        continue
                    } catch let error as MetadataError where error.errorCode == .topicAlreadyExists {
                        image = broker.metadata.image
                        if let topic = image.topic(named: name) {
                            response.topics.append(Self.describe(topic, broker: broker, request: request))
                            continue
                        }
                        missing.errorCode = ErrorCode.leaderNotAvailable.rawValue
                    } catch let error as MetadataError {
                        missing.errorCode = error.errorCode.rawValue
                    }
                } else {
                    missing.errorCode = ErrorCode.unknownTopicOrPartition.rawValue
                }
                response.topics.append(missing)
            } else {
                // v10+: a topic asked for by id alone.
                if let topic = image.topic(id: wanted.topicId) {
                    response.topics.append(Self.describe(topic, broker: broker, request: request))
                } else {
                    var missing = MetadataResponse.MetadataResponseTopic()
                    missing.name = nil
                    missing.topicId = wanted.topicId
                    missing.errorCode = ErrorCode.unknownTopicId.rawValue
                    response.topics.append(missing)
                }
            }
        }
        return .response(response)
    }

    static func describe(_ topic: TopicMetadata, broker: Broker, request: MetadataRequest) -> MetadataResponse.MetadataResponseTopic {
        var result = MetadataResponse.MetadataResponseTopic()
        result.name = topic.name
        result.topicId = topic.topicId
        result.isInternal = topic.isInternal
        if request.includeTopicAuthorizedOperations {
            result.topicAuthorizedOperations = AuthorizedOperations.allTopicOperations
        }
        result.partitions = topic.partitions.map { assignment in
            var partition = MetadataResponse.MetadataResponsePartition()
            partition.partitionIndex = assignment.partition
            partition.replicaNodes = assignment.replicas
            partition.isrNodes = assignment.isr
            let online = broker.replicaManager.partition(topic: topic.name, partition: assignment.partition) != nil
            if online || !assignment.replicas.contains(broker.config.nodeId) {
                partition.leaderId = assignment.leader
                partition.leaderEpoch = assignment.leaderEpoch
            } else {
                // The only replica's log is offline (a storage error at load): no leader.
                partition.errorCode = ErrorCode.leaderNotAvailable.rawValue
                partition.leaderId = -1
                partition.leaderEpoch = assignment.leaderEpoch
                partition.offlineReplicas = [broker.config.nodeId]
                partition.isrNodes = []
            }
            return partition
        }
        return result
    }
}

/// Kafka's authorized-operations bit sets (bit n = AclOperation code n). Without ACLs every
/// operation is allowed.
enum AuthorizedOperations {
    // READ 3, WRITE 4, CREATE 5, DELETE 6, ALTER 7, DESCRIBE 8, DESCRIBE_CONFIGS 10, ALTER_CONFIGS 11.
    static let allTopicOperations: Int32 = [3, 4, 5, 6, 7, 8, 10, 11].reduce(0) { $0 | (1 << $1) }
    // CREATE 5, ALTER 7, DESCRIBE 8, CLUSTER_ACTION 9, DESCRIBE_CONFIGS 10, ALTER_CONFIGS 11,
    // IDEMPOTENT_WRITE 12, CREATE_TOKENS 13, DESCRIBE_TOKENS 14.
    static let allClusterOperations: Int32 = [5, 7, 8, 9, 10, 11, 12, 13, 14].reduce(0) { $0 | (1 << $1) }
}
