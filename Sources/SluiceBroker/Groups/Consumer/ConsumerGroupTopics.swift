import SluiceCluster
import SluiceProtocol

/// The topics a KIP-848 group can subscribe to, as the caller's metadata image shows them:
/// name, id and partition count. A change here (a new topic, more partitions, a deleted topic)
/// that touches a subscribed topic bumps the group epoch on the next heartbeat.
public struct ConsumerGroupTopics: Sendable, Hashable {
    public struct Topic: Sendable, Hashable {
        public var name: String
        public var topicId: KafkaUUID
        public var partitionCount: Int32

        public init(name: String, topicId: KafkaUUID, partitionCount: Int32) {
            self.name = name
            self.topicId = topicId
            self.partitionCount = partitionCount
        }
    }

    public private(set) var byName: [String: Topic]
    public private(set) var nameById: [KafkaUUID: String]

    public init(_ topics: [Topic]) {
        self.byName = [:]
        self.nameById = [:]
        for topic in topics {
            self.byName[topic.name] = topic
            self.nameById[topic.topicId] = topic.name
        }
    }

    public init(_ image: MetadataImage) {
        self.init(image.topics.map { Topic(name: $0.name, topicId: $0.topicId, partitionCount: Int32($0.partitions.count)) })
    }

    public func topic(named name: String) -> Topic? { self.byName[name] }
    public func topic(id: KafkaUUID) -> Topic? { self.nameById[id].flatMap { self.byName[$0] } }
}

/// Broker settings of KIP-848 groups, named as Kafka names them.
public struct ConsumerGroupConfig: Sendable {
    /// `group.consumer.session.timeout.ms`
    public var sessionTimeoutMs: Int32 = 45_000
    /// `group.consumer.heartbeat.interval.ms`
    public var heartbeatIntervalMs: Int32 = 5_000
    /// `group.consumer.max.size`
    public var maxSize: Int = Int(Int32.max)
    /// `group.consumer.assignors`; the first is the default.
    public var assignors: ConsumerGroupAssignors = .standard

    public init() {}
}
