import SluiceProtocol

/// Where `reset-offsets` moves a group's committed offsets (kafka-consumer-groups.sh's
/// `--to-earliest`, `--to-latest`, `--to-offset`, `--to-datetime`, `--shift-by`).
public enum OffsetResetSpec: Sendable, Hashable {
    case earliest
    case latest
    case offset(Int64)
    /// Milliseconds since the epoch: the first offset whose timestamp is at or after it, else the
    /// log end.
    case datetime(Int64)
    /// The committed offset plus this (negative moves back); needs a committed offset.
    case shiftBy(Int64)
}

/// A topic and, optionally, some of its partitions: `topic` or `topic:0,2,5`.
public struct TopicSelection: Sendable, Hashable {
    public var topic: String
    /// Nil: every partition of the topic.
    public var partitions: [Int32]?

    public init(topic: String, partitions: [Int32]? = nil) {
        self.topic = topic
        self.partitions = partitions
    }

    /// Parses `topic` or `topic:P,P,...` (partitions non-negative, no duplicates).
    public init(parsing text: String) throws(KafkaClientError) {
        guard let colon = text.lastIndex(of: ":") else {
            guard !text.isEmpty else { throw .invalidArgument("the topic name is empty") }
            self.init(topic: text)
            return
        }
        let topic = String(text[..<colon])
        guard !topic.isEmpty else { throw .invalidArgument("'\(text)' names no topic before ':'") }
        var partitions: [Int32] = []
        for part in text[text.index(after: colon)...].split(separator: ",", omittingEmptySubsequences: false) {
            guard let partition = Int32(part.trimmingWhitespace()), partition >= 0 else {
                throw .invalidArgument("'\(text)': partitions must be non-negative numbers separated by commas, as topic:0,1,2")
            }
            guard !partitions.contains(partition) else { throw .invalidArgument("'\(text)' names partition \(partition) twice") }
            partitions.append(partition)
        }
        self.init(topic: topic, partitions: partitions)
    }
}

/// The offsets of one partition a reset is computed from.
public struct PartitionOffsets: Sendable, Hashable {
    public var logStartOffset: Int64
    public var logEndOffset: Int64
    /// Nil when the group has committed nothing for the partition.
    public var committedOffset: Int64?
    /// For `.datetime`: ListOffsets' answer for the time, -1 when no record is that recent.
    public var timestampOffset: Int64?

    public init(logStartOffset: Int64, logEndOffset: Int64, committedOffset: Int64? = nil, timestampOffset: Int64? = nil) {
        self.logStartOffset = logStartOffset
        self.logEndOffset = logEndOffset
        self.committedOffset = committedOffset
        self.timestampOffset = timestampOffset
    }
}

public struct OffsetResetEntry: Sendable, Hashable {
    public var partition: TopicPartition
    public var newOffset: Int64

    public init(partition: TopicPartition, newOffset: Int64) {
        self.partition = partition
        self.newOffset = newOffset
    }
}

public enum OffsetReset {
    /// The new offset of every partition, sorted by topic and partition. Explicit offsets and
    /// shifts are clamped to [logStartOffset, logEndOffset], as Kafka does; a shift of a partition
    /// without a committed offset is an error.
    public static func plan(_ spec: OffsetResetSpec, partitions: [TopicPartition: PartitionOffsets]) throws(KafkaClientError) -> [OffsetResetEntry] {
        var entries: [OffsetResetEntry] = []
        for (partition, offsets) in partitions.sorted(by: { $0.key < $1.key }) {
            let newOffset: Int64
            switch spec {
            case .earliest:
                newOffset = offsets.logStartOffset
            case .latest:
                newOffset = offsets.logEndOffset
            case .offset(let offset):
                newOffset = Self.clamp(offset, offsets)
            case .datetime:
                guard let found = offsets.timestampOffset else {
                    throw KafkaClientError(.invalidArgument, "no offset for the time was looked up for \(partition)")
                }
                newOffset = found >= 0 ? Self.clamp(found, offsets) : offsets.logEndOffset
            case .shiftBy(let delta):
                guard let committed = offsets.committedOffset else {
                    throw KafkaClientError(.invalidArgument, "cannot shift the offset of \(partition): the group has no committed offset for it")
                }
                let (shifted, overflow) = committed.addingReportingOverflow(delta)
                newOffset = Self.clamp(overflow ? (delta < 0 ? Int64.min : Int64.max) : shifted, offsets)
            }
            entries.append(OffsetResetEntry(partition: partition, newOffset: newOffset))
        }
        return entries
    }

    static func clamp(_ offset: Int64, _ offsets: PartitionOffsets) -> Int64 {
        if offset > offsets.logEndOffset { return offsets.logEndOffset }
        if offset < offsets.logStartOffset { return offsets.logStartOffset }
        return offset
    }
}

extension KafkaClient {
    /// The partitions `selections` name: listed ones checked against the topic's metadata, none
    /// listed meaning all. Sorted, without duplicates.
    public func resolve(_ selections: [TopicSelection]) async throws(KafkaClientError) -> [TopicPartition] {
        var result: Set<TopicPartition> = []
        for selection in selections {
            let info = try await self.topic(selection.topic, refresh: true)
            let existing = Set(info.partitions.map(\.partition))
            for partition in selection.partitions ?? existing.sorted() {
                guard existing.contains(partition) else {
                    throw KafkaClientError(.broker, code: .unknownTopicOrPartition, "topic '\(selection.topic)' has no partition \(partition)")
                }
                result.insert(TopicPartition(topic: selection.topic, partition: partition))
            }
        }
        return result.sorted()
    }

    /// Computes a reset of `group`'s offsets for `partitions` (nothing is committed). Throws when
    /// the group has members, as Kafka does: offsets can only be reset while it is inactive.
    public func planOffsetReset(group: String, partitions: [TopicPartition], spec: OffsetResetSpec) async throws(KafkaClientError) -> [OffsetResetEntry] {
        let description = try await self.describeGroup(group)
        guard description.isInactive else {
            throw KafkaClientError(
                .broker, code: .nonEmptyGroup,
                "assignments can only be reset if group '\(group)' is inactive, but its state is \(description.state)"
            )
        }
        let starts = try await self.listOffsets(partitions, timestamp: Self.earliestOffsetTimestamp)
        let ends = try await self.listOffsets(partitions, timestamp: Self.latestOffsetTimestamp)
        var committed: [TopicPartition: Int64] = [:]
        if case .shiftBy = spec { committed = try await self.committedOffsets(group: group) }
        var byTime: [TopicPartition: Int64] = [:]
        if case .datetime(let milliseconds) = spec { byTime = try await self.listOffsets(partitions, timestamp: milliseconds) }
        var inputs: [TopicPartition: PartitionOffsets] = [:]
        for partition in partitions {
            inputs[partition] = PartitionOffsets(
                logStartOffset: starts[partition] ?? 0, logEndOffset: ends[partition] ?? 0,
                committedOffset: committed[partition], timestampOffset: byTime[partition]
            )
        }
        return try OffsetReset.plan(spec, partitions: inputs)
    }
}
