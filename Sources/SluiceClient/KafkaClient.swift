import NIOCore
import NIOPosix
import SluiceProtocol

/// A client for a whole cluster: bootstraps from a list of addresses, learns brokers and partition
/// leaders from Metadata, and keeps one connection per broker (by node id), opened on first use
/// and reopened after it breaks.
///
/// Metadata is cached per topic and refreshed on request (`topic(_:refresh:)`), typically after a
/// NOT_LEADER_OR_FOLLOWER or a broken connection. Producers, consumers and the admin calls all
/// share one client.
public actor KafkaClient {
    public struct Configuration: Sendable {
        public var bootstrapServers: [BrokerAddress]
        public var clientID: String
        public var requestTimeout: Duration
        public var connectTimeout: Duration

        public init(
            bootstrapServers: [BrokerAddress],
            clientID: String = "sluice",
            requestTimeout: Duration = .seconds(30),
            connectTimeout: Duration = .seconds(10)
        ) {
            self.bootstrapServers = bootstrapServers
            self.clientID = clientID
            self.requestTimeout = requestTimeout
            self.connectTimeout = connectTimeout
        }
    }

    public nonisolated let configuration: Configuration
    private let group: any EventLoopGroup
    private var bootstrapConnection: KafkaConnection?
    private var connections: [Int32: KafkaConnection] = [:]
    private var connecting: [Int32: Task<KafkaConnection, any Error>] = [:]
    private var brokers: [Int32: BrokerInfo] = [:]
    private var topics: [String: TopicInfo] = [:]
    private var isClosed = false

    public init(configuration: Configuration, group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton) {
        self.configuration = configuration
        self.group = group
    }

    public init(bootstrapServers: String, clientID: String = "sluice") throws(KafkaClientError) {
        self.init(configuration: Configuration(bootstrapServers: try BrokerAddress.parseList(bootstrapServers), clientID: clientID))
    }

    // MARK: Connections

    /// Any live connection: one already open to a known broker, else a bootstrap server (tried in
    /// order until one answers).
    public func anyConnection() async throws(KafkaClientError) -> KafkaConnection {
        try self.checkOpen()
        if let live = self.connections.values.first(where: \.isActive) { return live }
        if let bootstrap = self.bootstrapConnection, bootstrap.isActive { return bootstrap }
        var lastError: KafkaClientError?
        for address in self.configuration.bootstrapServers {
            do {
                let connection = try await self.open(address)
                self.bootstrapConnection = connection
                return connection
            } catch {
                lastError = error
            }
        }
        throw lastError ?? .invalidArgument("no bootstrap server given")
    }

    /// The connection to broker `nodeId`, opened if needed. The broker must be known from Metadata.
    public func connection(to nodeId: Int32) async throws(KafkaClientError) -> KafkaConnection {
        try self.checkOpen()
        if let live = self.connections[nodeId], live.isActive { return live }
        if let task = self.connecting[nodeId] {
            return try await Self.value(of: task)
        }
        if self.brokers[nodeId] == nil {
            _ = try await self.metadata(topics: [])
        }
        guard let broker = self.brokers[nodeId] else {
            throw KafkaClientError(.broker, code: .brokerNotAvailable, "broker \(nodeId) is not in the cluster's metadata")
        }
        let task = Task { try await self.open(broker.address) }
        self.connecting[nodeId] = task
        defer { self.connecting[nodeId] = nil }
        let connection = try await Self.value(of: task)
        self.connections[nodeId] = connection
        return connection
    }

    private static func value(of task: Task<KafkaConnection, any Error>) async throws(KafkaClientError) -> KafkaConnection {
        do {
            return try await task.value
        } catch let error as KafkaClientError {
            throw error
        } catch {
            throw KafkaClientError(.connectionFailed, code: .networkException, "\(error)")
        }
    }

    private func open(_ address: BrokerAddress) async throws(KafkaClientError) -> KafkaConnection {
        try await KafkaConnection.connect(
            host: address.host, port: address.port, clientID: self.configuration.clientID,
            requestTimeout: self.configuration.requestTimeout, connectTimeout: self.configuration.connectTimeout,
            group: self.group
        )
    }

    /// Closes every connection; later calls fail with `.closed`.
    public func close() async {
        self.isClosed = true
        var all = Array(self.connections.values)
        if let bootstrap = self.bootstrapConnection { all.append(bootstrap) }
        self.connections = [:]
        self.bootstrapConnection = nil
        for connection in all {
            await connection.close()
        }
    }

    private func checkOpen() throws(KafkaClientError) {
        if self.isClosed { throw KafkaClientError(.closed, "the client is closed") }
    }

    // MARK: Metadata

    /// Sends Metadata for `topics` (nil: every topic) and caches what it learns. Never creates
    /// topics.
    @discardableResult
    public func metadata(topics: [String]?) async throws(KafkaClientError) -> ClusterMetadata {
        let connection = try await self.anyConnection()
        let version = try connection.apiVersions.version(for: MetadataRequest.self)
        var request = MetadataRequest()
        if let topics {
            request.topics = topics.map {
                var topic = MetadataRequest.MetadataRequestTopic()
                topic.name = $0
                return topic
            }
        } else {
            // v0 has no null array: an empty list means every topic there.
            request.topics = version == 0 ? [] : nil
        }
        request.allowAutoTopicCreation = false
        let response = try await connection.send(request, version: version)
        let metadata = ClusterMetadata(response)
        for broker in metadata.brokers {
            if let old = self.brokers[broker.nodeId], old.address != broker.address {
                // The broker moved: drop the connection to the old address.
                if let stale = self.connections.removeValue(forKey: broker.nodeId) {
                    Task { await stale.close() }
                }
            }
            self.brokers[broker.nodeId] = broker
        }
        for (name, topic) in metadata.topics {
            self.topics[name] = topic
        }
        for name in metadata.topicErrors.keys {
            self.topics[name] = nil
        }
        return metadata
    }

    /// The topic's partitions and leaders, from the cache unless `refresh` or not cached. Throws
    /// UNKNOWN_TOPIC_OR_PARTITION (or the broker's error) for a topic that does not exist.
    public func topic(_ name: String, refresh: Bool = false) async throws(KafkaClientError) -> TopicInfo {
        if !refresh, let cached = self.topics[name] { return cached }
        let metadata = try await self.metadata(topics: [name])
        if let topic = metadata.topics[name] { return topic }
        let code = metadata.topicErrors[name] ?? .unknownTopicOrPartition
        throw Self.topicError(code, topic: name)
    }

    /// Records a broker learnt outside Metadata (a FindCoordinator answer), so `connection(to:)`
    /// can reach it; a known broker keeps the address Metadata gave.
    func remember(_ broker: BrokerInfo) {
        if self.brokers[broker.nodeId] == nil { self.brokers[broker.nodeId] = broker }
    }

    /// Known brokers, sorted by node id.
    public func knownBrokers() -> [BrokerInfo] {
        self.brokers.values.sorted { $0.nodeId < $1.nodeId }
    }

    /// The connection to the leader of `topic`-`partition`. Refreshes metadata once when the
    /// cached leader is missing.
    public func leaderConnection(topic: String, partition: Int32) async throws(KafkaClientError) -> (KafkaConnection, PartitionInfo) {
        for attempt in 0..<2 {
            let info = try await self.topic(topic, refresh: attempt > 0)
            guard let partitionInfo = info.partitions.first(where: { $0.partition == partition }) else {
                throw KafkaClientError(.broker, code: .unknownTopicOrPartition, "topic '\(topic)' has no partition \(partition)")
            }
            if partitionInfo.leader >= 0 {
                return (try await self.connection(to: partitionInfo.leader), partitionInfo)
            }
            if attempt > 0 {
                throw KafkaClientError(.broker, code: .leaderNotAvailable, "partition \(topic)-\(partition) has no leader")
            }
        }
        throw KafkaClientError(.broker, code: .leaderNotAvailable, "partition \(topic)-\(partition) has no leader")
    }

    /// Forgets the cached metadata of `topic`, so the next lookup asks a broker.
    public func invalidate(topic: String) {
        self.topics[topic] = nil
    }

    /// A message naming the topic for the errors a topic-level call commonly gets.
    static func topicError(_ code: ErrorCode, topic: String, brokerMessage: String? = nil) -> KafkaClientError {
        switch code {
        case .topicAlreadyExists:
            return KafkaClientError(.broker, code: code, "topic '\(topic)' already exists")
        case .unknownTopicOrPartition, .unknownTopicId:
            return KafkaClientError(.broker, code: code, "topic '\(topic)' does not exist")
        case .invalidTopicException:
            let detail = brokerMessage.flatMap { $0.isEmpty ? nil : $0 }.map { ": \($0)" } ?? ""
            return KafkaClientError(.broker, code: code, "'\(topic)' is not a valid topic name\(detail)")
        default:
            return KafkaClientError.broker(code, brokerMessage, context: "topic '\(topic)'")
        }
    }
}
