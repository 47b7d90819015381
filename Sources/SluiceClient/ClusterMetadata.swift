import SluiceProtocol

/// Where to reach a broker: `host:port`, with IPv6 hosts in brackets (`[::1]:9092`).
public struct BrokerAddress: Sendable, Hashable, CustomStringConvertible {
    public var host: String
    public var port: Int

    public init(host: String, port: Int) {
        self.host = host
        self.port = port
    }

    /// Parses `host:port`, `[v6]:port`, or a bare host (port 9092).
    public init(parsing text: String) throws(KafkaClientError) {
        let text = text.trimmingWhitespace()
        var host = Substring(text)
        var portText: Substring?
        if host.hasPrefix("[") {
            guard let close = host.firstIndex(of: "]") else {
                throw .invalidArgument("'\(text)' is no broker address: missing ']' after the IPv6 host")
            }
            let rest = host[host.index(after: close)...]
            host = host[host.index(after: host.startIndex)..<close]
            if !rest.isEmpty {
                guard rest.hasPrefix(":") else { throw .invalidArgument("'\(text)' is no broker address: expected ':' after ']'") }
                portText = rest.dropFirst()
            }
        } else if let colon = host.lastIndex(of: ":") {
            guard host.firstIndex(of: ":") == colon else {
                throw .invalidArgument("'\(text)' is no broker address: write IPv6 hosts as [host]:port")
            }
            portText = host[host.index(after: colon)...]
            host = host[..<colon]
        }
        guard !host.isEmpty else { throw .invalidArgument("'\(text)' is no broker address: the host is empty") }
        var port = 9092
        if let portText {
            guard let parsed = Int(portText), (1...65535).contains(parsed) else {
                throw .invalidArgument("'\(text)' is no broker address: port must be a number from 1 to 65535")
            }
            port = parsed
        }
        self.host = String(host)
        self.port = port
    }

    /// A comma-separated list, as Kafka's `bootstrap.servers`.
    public static func parseList(_ text: String) throws(KafkaClientError) -> [BrokerAddress] {
        var result: [BrokerAddress] = []
        for part in text.split(separator: ",") where !part.trimmingWhitespace().isEmpty {
            result.append(try BrokerAddress(parsing: String(part)))
        }
        guard !result.isEmpty else { throw .invalidArgument("no bootstrap server given") }
        return result
    }

    public var description: String { self.host.contains(":") ? "[\(self.host)]:\(self.port)" : "\(self.host):\(self.port)" }
}

public struct BrokerInfo: Sendable, Hashable, Codable {
    public var nodeId: Int32
    public var host: String
    public var port: Int
    public var rack: String?

    public init(nodeId: Int32, host: String, port: Int, rack: String? = nil) {
        self.nodeId = nodeId
        self.host = host
        self.port = port
        self.rack = rack
    }

    public var address: BrokerAddress { BrokerAddress(host: self.host, port: self.port) }

    enum CodingKeys: String, CodingKey {
        case host, port, rack
        case nodeId = "node_id"
    }
}

public struct PartitionInfo: Sendable, Hashable {
    public var partition: Int32
    /// -1 when the partition has no leader.
    public var leader: Int32
    public var leaderEpoch: Int32
    public var replicas: [Int32]
    public var isr: [Int32]
    public var offlineReplicas: [Int32]
    /// Non-zero when the broker reported a problem with this partition (e.g. LEADER_NOT_AVAILABLE).
    public var error: ErrorCode

    public init(partition: Int32, leader: Int32, leaderEpoch: Int32 = -1, replicas: [Int32] = [], isr: [Int32] = [], offlineReplicas: [Int32] = [], error: ErrorCode = .noError) {
        self.partition = partition
        self.leader = leader
        self.leaderEpoch = leaderEpoch
        self.replicas = replicas
        self.isr = isr
        self.offlineReplicas = offlineReplicas
        self.error = error
    }
}

public struct TopicInfo: Sendable, Hashable {
    public var name: String
    public var topicId: KafkaUUID
    public var isInternal: Bool
    /// Sorted by partition index.
    public var partitions: [PartitionInfo]

    public init(name: String, topicId: KafkaUUID = .zero, isInternal: Bool = false, partitions: [PartitionInfo]) {
        self.name = name
        self.topicId = topicId
        self.isInternal = isInternal
        self.partitions = partitions.sorted { $0.partition < $1.partition }
    }
}

/// One Metadata response, read: brokers, controller, and the topics asked for. Topics the broker
/// reported an error for are in `topicErrors`, not `topics`.
public struct ClusterMetadata: Sendable, Hashable {
    public var clusterId: String?
    /// -1 when unknown.
    public var controllerId: Int32
    /// Sorted by node id.
    public var brokers: [BrokerInfo]
    public var topics: [String: TopicInfo]
    public var topicErrors: [String: ErrorCode]

    public init(_ response: MetadataResponse) {
        self.clusterId = response.clusterId
        self.controllerId = response.controllerId
        self.brokers = response.brokers
            .map { BrokerInfo(nodeId: $0.nodeId, host: $0.host, port: Int($0.port), rack: $0.rack) }
            .sorted { $0.nodeId < $1.nodeId }
        var topics: [String: TopicInfo] = [:]
        var errors: [String: ErrorCode] = [:]
        for topic in response.topics {
            guard let name = topic.name else { continue }
            let code = ErrorCode(code: topic.errorCode)
            // LEADER_NOT_AVAILABLE at topic level still lists partitions (a topic being created).
            if code != .noError && topic.partitions.isEmpty {
                errors[name] = code
                continue
            }
            topics[name] = TopicInfo(
                name: name,
                topicId: topic.topicId,
                isInternal: topic.isInternal,
                partitions: topic.partitions.map {
                    PartitionInfo(
                        partition: $0.partitionIndex, leader: $0.leaderId, leaderEpoch: $0.leaderEpoch,
                        replicas: $0.replicaNodes, isr: $0.isrNodes, offlineReplicas: $0.offlineReplicas,
                        error: ErrorCode(code: $0.errorCode)
                    )
                }
            )
        }
        self.topics = topics
        self.topicErrors = errors
    }

    public func broker(_ nodeId: Int32) -> BrokerInfo? {
        self.brokers.first { $0.nodeId == nodeId }
    }
}

extension StringProtocol {
    func trimmingWhitespace() -> String {
        var view = Substring(self)
        while let first = view.first, first.isWhitespace { view = view.dropFirst() }
        while let last = view.last, last.isWhitespace { view = view.dropLast() }
        return String(view)
    }
}
