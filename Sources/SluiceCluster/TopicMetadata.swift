import SluiceProtocol

/// One partition's placement: its replicas, which of them leads, at which leader epoch, and the
/// in-sync set. On one node the node leads every partition at epoch 0 until something changes
/// leadership; the fields are here so replication fills them rather than adds them.
public struct PartitionAssignment: Sendable, Hashable, Codable {
    public var partition: Int32
    public var replicas: [Int32]
    public var leader: Int32
    /// Bumped whenever leadership changes; stamped into every batch the leader appends.
    public var leaderEpoch: Int32
    public var isr: [Int32]
    /// Bumped on any change to this partition's assignment or ISR (KIP-380's partition epoch).
    public var partitionEpoch: Int32

    public init(partition: Int32, replicas: [Int32], leader: Int32, leaderEpoch: Int32 = 0, isr: [Int32], partitionEpoch: Int32 = 0) {
        self.partition = partition
        self.replicas = replicas
        self.leader = leader
        self.leaderEpoch = leaderEpoch
        self.isr = isr
        self.partitionEpoch = partitionEpoch
    }
}

/// A topic as the cluster knows it. `configs` holds only the topic's overrides; defaults come
/// from the broker's configuration when a config is resolved.
public struct TopicMetadata: Sendable, Hashable {
    public var name: String
    public var topicId: KafkaUUID
    /// Indexed by partition number: `partitions[i].partition == i`.
    public var partitions: [PartitionAssignment]
    public var configs: [String: String]
    /// Internal topics (`__consumer_offsets`, `__transaction_state`) are flagged in Metadata.
    public var isInternal: Bool

    public init(name: String, topicId: KafkaUUID, partitions: [PartitionAssignment], configs: [String: String] = [:], isInternal: Bool = false) {
        self.name = name
        self.topicId = topicId
        self.partitions = partitions
        self.configs = configs
        self.isInternal = isInternal
    }

    public func partition(_ index: Int32) -> PartitionAssignment? {
        guard index >= 0, Int(index) < self.partitions.count else { return nil }
        return self.partitions[Int(index)]
    }
}

extension TopicMetadata: Codable {
    private enum CodingKeys: String, CodingKey {
        case name, topicId, partitions, configs, isInternal
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.name = try container.decode(String.self, forKey: .name)
        let idText = try container.decode(String.self, forKey: .topicId)
        guard let id = KafkaUUID(idText) else {
            throw DecodingError.dataCorruptedError(forKey: .topicId, in: container, debugDescription: "not a topic id: \(idText)")
        }
        self.topicId = id
        self.partitions = try container.decode([PartitionAssignment].self, forKey: .partitions)
        self.configs = try container.decodeIfPresent([String: String].self, forKey: .configs) ?? [:]
        self.isInternal = try container.decodeIfPresent(Bool.self, forKey: .isInternal) ?? false
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.name, forKey: .name)
        try container.encode(self.topicId.description, forKey: .topicId)
        try container.encode(self.partitions, forKey: .partitions)
        try container.encode(self.configs, forKey: .configs)
        try container.encode(self.isInternal, forKey: .isInternal)
    }
}

/// Kafka's topic name rules: 1-249 characters of `[a-zA-Z0-9._-]`, not `.` or `..`.
public enum TopicName {
    public static let maxLength = 249

    /// Nil when `name` is legal, else why not (for INVALID_TOPIC_EXCEPTION's message).
    public static func problem(with name: String) -> String? {
        if name.isEmpty { return "Topic name is illegal, it can't be empty" }
        if name == "." || name == ".." { return "Topic name cannot be \".\" or \"..\"" }
        if name.utf8.count > Self.maxLength {
            return "Topic name is illegal, it can't be longer than \(Self.maxLength) characters, topic name: \(name)"
        }
        let legal = name.utf8.allSatisfy { byte in
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
                || byte == 0x2E || byte == 0x5F || byte == 0x2D
        }
        if !legal {
            return "Topic name \(name) is illegal, it contains a character other than ASCII alphanumerics, '.', '_' and '-'"
        }
        return nil
    }
}
