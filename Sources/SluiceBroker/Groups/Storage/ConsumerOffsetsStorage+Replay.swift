import NIOCore
import SluiceCompression
import SluiceProtocol
import SluiceStorage

extension ConsumerOffsetsStorage {
    /// Calls `body` with every known record of `log` from its start to its end, in offset order.
    /// Unknown record types are skipped; control batches (transaction markers) too.
    static func replay(_ log: Log, _ body: (CoordinatorRecord) throws -> Void) throws {
        var offset = log.logStartOffset
        let end = log.logEndOffset
        while offset < end {
            let result = try log.read(from: offset, maxBytes: 1 << 20, isolation: .logEnd, minOneMessage: true)
            guard let slice = result.records else { break }
            let bytes = try slice.readBytes()
            var reader = RecordBatchReader(bytes, options: .log, codecs: Compression.codecs)
            var next = offset
            while let batch = try reader.next() {
                next = max(next, batch.header.lastOffset + 1)
                if batch.header.isControl || batch.header.lastOffset < offset { continue }
                for record in try batch.decodeRecords(codecs: Compression.codecs) {
                    guard record.offset(in: batch.header) >= offset, let key = record.key else { continue }
                    if let decoded = try CoordinatorRecord.decode(key: key, value: record.value) {
                        try body(decoded)
                    }
                }
            }
            guard next > offset else {
                throw GroupStorageError("\(log.topic)-\(log.partition): no progress reading at offset \(offset)")
            }
            offset = next
        }
    }

    static func apply(_ record: CoordinatorRecord, to stored: inout StoredGroups) {
        switch record {
        case .offsetCommit(let key, let value):
            let partition = GroupTopicPartition(topic: key.topic, partition: key.partition)
            if let value {
                stored.offsets[key.group, default: [:]][partition] = StoredOffset(
                    topicPartition: partition,
                    offset: value.offset,
                    leaderEpoch: value.leaderEpoch,
                    metadata: value.metadata,
                    commitTimestamp: value.commitTimestamp,
                    expireTimestamp: value.expireTimestamp
                )
            } else {
                stored.offsets[key.group]?[partition] = nil
                if stored.offsets[key.group]?.isEmpty == true { stored.offsets[key.group] = nil }
            }
        case .groupMetadata(let key, let value):
            stored.groups[key.group] = value.map(Self.storedGroup)
        case .consumerGroupMetadata(let key, let value):
            // The epoch's tombstone is the last record of a deleted group.
            guard let value else {
                stored.consumerGroups[key.groupId] = nil
                return
            }
            stored.consumerGroups[key.groupId, default: StoredConsumerGroup()].groupEpoch = value.epoch
        case .consumerGroupPartitionMetadata(let key, let value):
            Self.update(&stored, key.groupId, creating: value != nil) { group in
                var topics: [String: ConsumerGroupTopics.Topic] = [:]
                for topic in value?.topics ?? [] {
                    topics[topic.topicName] = ConsumerGroupTopics.Topic(name: topic.topicName, topicId: topic.topicId, partitionCount: topic.numPartitions)
                }
                group.subscribedTopics = topics
            }
        case .consumerGroupMemberMetadata(let key, let value):
            Self.update(&stored, key.groupId, creating: value != nil) { group in
                guard let value else {
                    group.members[key.memberId] = nil
                    return
                }
                group.members[key.memberId, default: ConsumerGroupMember(memberId: key.memberId)].apply(value)
            }
        case .consumerGroupTargetAssignmentMetadata(let key, let value):
            Self.update(&stored, key.groupId, creating: value != nil) { group in
                group.targetAssignmentEpoch = value?.assignmentEpoch ?? 0
            }
        case .consumerGroupTargetAssignmentMember(let key, let value):
            Self.update(&stored, key.groupId, creating: value != nil) { group in
                group.targetAssignment[key.memberId] = value.map {
                    MemberAssignment(recordTopics: $0.topicPartitions.map { ($0.topicId, $0.partitions) })
                }
            }
        case .consumerGroupCurrentMemberAssignment(let key, let value):
            Self.update(&stored, key.groupId, creating: value != nil) { group in
                if value == nil && group.members[key.memberId] == nil { return }
                group.members[key.memberId, default: ConsumerGroupMember(memberId: key.memberId)].apply(value)
            }
        }
    }

    /// Applies a KIP-848 record to its group; a tombstone does not bring a deleted group back.
    private static func update(_ stored: inout StoredGroups, _ groupId: String, creating: Bool, _ body: (inout StoredConsumerGroup) -> Void) {
        guard creating || stored.consumerGroups[groupId] != nil else { return }
        body(&stored.consumerGroups[groupId, default: StoredConsumerGroup()])
    }
}
