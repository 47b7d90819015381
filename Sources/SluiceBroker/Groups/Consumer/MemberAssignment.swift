import SluiceProtocol

/// Partitions by topic id, as KIP-848 groups assign them.
///
/// Invariant: no topic maps to an empty set, so two equal assignments compare equal however
/// they were built.
public struct MemberAssignment: Sendable, Hashable, CustomStringConvertible {
    public private(set) var partitions: [KafkaUUID: Set<Int32>]

    public static let empty = MemberAssignment()

    public init() { self.partitions = [:] }

    public init(_ partitions: [KafkaUUID: Set<Int32>]) {
        self.partitions = partitions.filter { !$0.value.isEmpty }
    }

    public var isEmpty: Bool { self.partitions.isEmpty }
    public var count: Int { self.partitions.values.reduce(0) { $0 + $1.count } }
    public var topicIds: Set<KafkaUUID> { Set(self.partitions.keys) }

    public func partitions(of topicId: KafkaUUID) -> Set<Int32> { self.partitions[topicId] ?? [] }

    public func contains(_ topicId: KafkaUUID, _ partition: Int32) -> Bool {
        self.partitions[topicId]?.contains(partition) ?? false
    }

    public mutating func insert(_ topicId: KafkaUUID, _ partition: Int32) {
        self.partitions[topicId, default: []].insert(partition)
    }

    public mutating func remove(_ topicId: KafkaUUID, _ partition: Int32) {
        guard var set = self.partitions[topicId] else { return }
        set.remove(partition)
        self.partitions[topicId] = set.isEmpty ? nil : set
    }

    /// Every (topic id, partition) pair, sorted (topic id by its string form, then partition).
    public var sortedPairs: [(topicId: KafkaUUID, partition: Int32)] {
        self.partitions.keys.sorted { $0.description < $1.description }.flatMap { id in
            (self.partitions[id] ?? []).sorted().map { (topicId: id, partition: $0) }
        }
    }

    public func isSubset(of other: MemberAssignment) -> Bool {
        self.partitions.allSatisfy { id, set in set.isSubset(of: other.partitions(of: id)) }
    }

    /// Kafka's wire shape: one entry per topic, partitions ascending, topics in a stable order.
    public var topicPartitions: [ConsumerGroupHeartbeatResponse.TopicPartitions] {
        self.partitions.keys.sorted { $0.description < $1.description }.map { id in
            var entry = ConsumerGroupHeartbeatResponse.TopicPartitions()
            entry.topicId = id
            entry.partitions = (self.partitions[id] ?? []).sorted()
            return entry
        }
    }

    public var description: String {
        self.sortedPairs.map { "\($0.topicId):\($0.partition)" }.joined(separator: ",")
    }
}
