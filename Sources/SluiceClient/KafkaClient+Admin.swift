import SluiceProtocol

/// A topic to create. `partitions` and `replicationFactor` nil use the broker's defaults
/// (`num.partitions`, `default.replication.factor`; CreateTopics v4+, else 1).
public struct NewTopic: Sendable, Hashable {
    public var name: String
    public var partitions: Int32?
    public var replicationFactor: Int16?
    public var configs: [String: String]

    public init(name: String, partitions: Int32? = nil, replicationFactor: Int16? = nil, configs: [String: String] = [:]) {
        self.name = name
        self.partitions = partitions
        self.replicationFactor = replicationFactor
        self.configs = configs
    }
}

public struct CreatedTopic: Sendable, Hashable {
    public var name: String
    public var topicId: KafkaUUID
    /// -1 when the broker's version does not report it.
    public var partitions: Int32
    public var replicationFactor: Int16
}

/// One config entry of a resource, as DescribeConfigs reports it.
public struct ConfigEntry: Sendable, Hashable {
    public var name: String
    public var value: String?
    public var source: ConfigSource
    public var isReadOnly: Bool
    public var isSensitive: Bool

    public var isDefault: Bool { self.source == .defaultConfig }
}

/// Where a config value comes from (DescribeConfigs `ConfigSource`).
public enum ConfigSource: Int8, Sendable, Hashable, CustomStringConvertible {
    case unknown = 0
    case dynamicTopicConfig = 1
    case dynamicBrokerConfig = 2
    case dynamicDefaultBrokerConfig = 3
    case staticBrokerConfig = 4
    case defaultConfig = 5
    case dynamicBrokerLoggerConfig = 6
    case clientMetricsConfig = 7
    case groupConfig = 8

    public var description: String {
        switch self {
        case .unknown: "UNKNOWN"
        case .dynamicTopicConfig: "DYNAMIC_TOPIC_CONFIG"
        case .dynamicBrokerConfig: "DYNAMIC_BROKER_CONFIG"
        case .dynamicDefaultBrokerConfig: "DYNAMIC_DEFAULT_BROKER_CONFIG"
        case .staticBrokerConfig: "STATIC_BROKER_CONFIG"
        case .defaultConfig: "DEFAULT_CONFIG"
        case .dynamicBrokerLoggerConfig: "DYNAMIC_BROKER_LOGGER_CONFIG"
        case .clientMetricsConfig: "CLIENT_METRICS_CONFIG"
        case .groupConfig: "GROUP_CONFIG"
        }
    }
}

/// A change to one config of a resource (IncrementalAlterConfigs operations SET and DELETE).
public enum ConfigChange: Sendable, Hashable {
    case set(String, String)
    case delete(String)

    public var name: String {
        switch self {
        case .set(let name, _), .delete(let name): name
        }
    }
}

public struct ClusterDescription: Sendable, Hashable {
    public var clusterId: String?
    public var controllerId: Int32
    public var brokers: [BrokerInfo]
}

/// DescribeConfigs/AlterConfigs resource types.
enum ConfigResourceType: Int8 {
    case topic = 2
    case broker = 4
}

extension KafkaClient {
    /// The connection admin requests go to: the controller Metadata names when it is a known
    /// broker (KRaft brokers forward anyway), else any.
    func adminConnection() async throws(KafkaClientError) -> KafkaConnection {
        let metadata = try await self.metadata(topics: [])
        if metadata.controllerId >= 0, metadata.broker(metadata.controllerId) != nil {
            if let connection = try? await self.connection(to: metadata.controllerId) { return connection }
        }
        return try await self.anyConnection()
    }

    // MARK: Topics

    /// Creates the topics; throws the first topic's error (as `KafkaClientError` naming it).
    @discardableResult
    public func createTopics(_ topics: [NewTopic], validateOnly: Bool = false, timeoutMs: Int32 = 30_000) async throws(KafkaClientError) -> [CreatedTopic] {
        let connection = try await self.adminConnection()
        let version = try connection.apiVersions.version(for: CreateTopicsRequest.self)
        var request = CreateTopicsRequest()
        request.timeoutMs = timeoutMs
        request.validateOnly = validateOnly
        request.topics = topics.map { topic in
            var creatable = CreateTopicsRequest.CreatableTopic()
            creatable.name = topic.name
            creatable.numPartitions = topic.partitions ?? (version >= 4 ? -1 : 1)
            creatable.replicationFactor = topic.replicationFactor ?? (version >= 4 ? -1 : 1)
            creatable.configs = topic.configs.sorted { $0.key < $1.key }.map {
                var config = CreateTopicsRequest.CreatableTopicConfig()
                config.name = $0.key
                config.value = $0.value
                return config
            }
            return creatable
        }
        let response = try await connection.send(request, version: version, timeout: .milliseconds(Int64(timeoutMs)) + connection.requestTimeout)
        var created: [CreatedTopic] = []
        for result in response.topics {
            let code = ErrorCode(code: result.errorCode)
            guard code == .noError else {
                throw KafkaClient.topicError(code, topic: result.name, brokerMessage: result.errorMessage)
            }
            created.append(CreatedTopic(name: result.name, topicId: result.topicId, partitions: result.numPartitions, replicationFactor: result.replicationFactor))
        }
        for topic in topics { self.invalidate(topic: topic.name) }
        return created
    }

    /// Deletes the topics by name; throws the first topic's error.
    public func deleteTopics(_ names: [String], timeoutMs: Int32 = 30_000) async throws(KafkaClientError) {
        let connection = try await self.adminConnection()
        let version = try connection.apiVersions.version(for: DeleteTopicsRequest.self)
        var request = DeleteTopicsRequest()
        request.timeoutMs = timeoutMs
        if version >= 6 {
            request.topics = names.map {
                var state = DeleteTopicsRequest.DeleteTopicState()
                state.name = $0
                return state
            }
        } else {
            request.topicNames = names
        }
        let response = try await connection.send(request, version: version, timeout: .milliseconds(Int64(timeoutMs)) + connection.requestTimeout)
        for result in response.responses {
            let code = ErrorCode(code: result.errorCode)
            guard code == .noError else {
                throw KafkaClient.topicError(code, topic: result.name ?? "\(result.topicId)", brokerMessage: result.errorMessage)
            }
        }
        for name in names { self.invalidate(topic: name) }
    }

    /// Every topic (internal ones only when asked), sorted by name.
    public func listTopics(includeInternal: Bool = false) async throws(KafkaClientError) -> [TopicInfo] {
        let metadata = try await self.metadata(topics: nil)
        return metadata.topics.values
            .filter { includeInternal || !$0.isInternal }
            .sorted { $0.name < $1.name }
    }

    // MARK: Configs

    /// A topic's configs (DescribeConfigs), sorted by name.
    public func describeTopicConfigs(_ topic: String) async throws(KafkaClientError) -> [ConfigEntry] {
        try await self.describeConfigs(type: .topic, name: topic)
    }

    /// A broker's configs (DescribeConfigs), sorted by name.
    public func describeBrokerConfigs(_ nodeId: Int32) async throws(KafkaClientError) -> [ConfigEntry] {
        try await self.describeConfigs(type: .broker, name: String(nodeId))
    }

    private func describeConfigs(type: ConfigResourceType, name: String) async throws(KafkaClientError) -> [ConfigEntry] {
        let connection: KafkaConnection
        if type == .broker, let nodeId = Int32(name) {
            connection = try await self.connection(to: nodeId)
        } else {
            connection = try await self.adminConnection()
        }
        let version = try connection.apiVersions.version(for: DescribeConfigsRequest.self)
        var request = DescribeConfigsRequest()
        var resource = DescribeConfigsRequest.DescribeConfigsResource()
        resource.resourceType = type.rawValue
        resource.resourceName = name
        resource.configurationKeys = nil
        request.resources = [resource]
        let response = try await connection.send(request, version: version)
        guard let result = response.results.first else {
            throw KafkaClientError(.protocolViolation, code: .unknownServerError, "DescribeConfigs response names no resource")
        }
        let code = ErrorCode(code: result.errorCode)
        guard code == .noError else {
            throw type == .topic
                ? KafkaClient.topicError(code, topic: name, brokerMessage: result.errorMessage)
                : KafkaClientError.broker(code, result.errorMessage, context: "broker \(name)")
        }
        return result.configs.map { config in
            let source: ConfigSource = version >= 1
                ? ConfigSource(rawValue: config.configSource) ?? .unknown
                : (config.isDefault ? .defaultConfig : .dynamicTopicConfig)
            return ConfigEntry(name: config.name, value: config.value, source: source, isReadOnly: config.readOnly, isSensitive: config.isSensitive)
        }.sorted { $0.name < $1.name }
    }

    /// Changes a topic's configs: IncrementalAlterConfigs when the broker has it, else
    /// AlterConfigs with the topic's current dynamic configs plus the changes (AlterConfigs
    /// replaces the whole set).
    public func alterTopicConfigs(_ topic: String, changes: [ConfigChange], validateOnly: Bool = false) async throws(KafkaClientError) {
        guard !changes.isEmpty else { throw .invalidArgument("no config change given") }
        let connection = try await self.adminConnection()
        if connection.apiVersions.supports(.incrementalAlterConfigs, ours: IncrementalAlterConfigsRequest.validVersions) {
            var request = IncrementalAlterConfigsRequest()
            request.validateOnly = validateOnly
            var resource = IncrementalAlterConfigsRequest.AlterConfigsResource()
            resource.resourceType = ConfigResourceType.topic.rawValue
            resource.resourceName = topic
            resource.configs = changes.map { change in
                var config = IncrementalAlterConfigsRequest.AlterableConfig()
                config.name = change.name
                switch change {
                case .set(_, let value):
                    config.configOperation = 0
                    config.value = value
                case .delete:
                    config.configOperation = 1
                    config.value = nil
                }
                return config
            }
            request.resources = [resource]
            let response = try await connection.send(request)
            for result in response.responses {
                let code = ErrorCode(code: result.errorCode)
                guard code == .noError else { throw KafkaClient.topicError(code, topic: topic, brokerMessage: result.errorMessage) }
            }
            return
        }
        guard connection.apiVersions.supports(.alterConfigs, ours: AlterConfigsRequest.validVersions) else {
            throw KafkaClientError(.unsupportedVersion, code: .unsupportedVersion, "the broker supports neither IncrementalAlterConfigs nor AlterConfigs")
        }
        var configs: [String: String] = [:]
        for entry in try await self.describeTopicConfigs(topic) where entry.source == .dynamicTopicConfig {
            if let value = entry.value { configs[entry.name] = value }
        }
        for change in changes {
            switch change {
            case .set(let name, let value): configs[name] = value
            case .delete(let name): configs[name] = nil
            }
        }
        var request = AlterConfigsRequest()
        request.validateOnly = validateOnly
        var resource = AlterConfigsRequest.AlterConfigsResource()
        resource.resourceType = ConfigResourceType.topic.rawValue
        resource.resourceName = topic
        resource.configs = configs.sorted { $0.key < $1.key }.map {
            var config = AlterConfigsRequest.AlterableConfig()
            config.name = $0.key
            config.value = $0.value
            return config
        }
        request.resources = [resource]
        let response = try await connection.send(request)
        for result in response.responses {
            let code = ErrorCode(code: result.errorCode)
            guard code == .noError else { throw KafkaClient.topicError(code, topic: topic, brokerMessage: result.errorMessage) }
        }
    }

    // MARK: Cluster

    /// Cluster id, controller and brokers: DescribeCluster when the broker has it, else Metadata.
    public func describeCluster() async throws(KafkaClientError) -> ClusterDescription {
        let connection = try await self.anyConnection()
        if connection.apiVersions.supports(.describeCluster, ours: DescribeClusterRequest.validVersions) {
            let response = try await connection.send(DescribeClusterRequest())
            let code = ErrorCode(code: response.errorCode)
            guard code == .noError else { throw KafkaClientError.broker(code, response.errorMessage, context: "DescribeCluster") }
            return ClusterDescription(
                clusterId: response.clusterId,
                controllerId: response.controllerId,
                brokers: response.brokers
                    .map { BrokerInfo(nodeId: $0.brokerId, host: $0.host, port: Int($0.port), rack: $0.rack) }
                    .sorted { $0.nodeId < $1.nodeId }
            )
        }
        let metadata = try await self.metadata(topics: [])
        return ClusterDescription(clusterId: metadata.clusterId, controllerId: metadata.controllerId, brokers: metadata.brokers)
    }
}
