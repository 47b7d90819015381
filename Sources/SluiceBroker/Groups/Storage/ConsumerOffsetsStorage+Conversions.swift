import SluiceProtocol

/// Between `GroupStorage`'s values and Kafka's record structs.
extension ConsumerOffsetsStorage {
    static func offsetKey(_ group: String, _ partition: GroupTopicPartition) -> OffsetCommitKey {
        var key = OffsetCommitKey()
        key.group = group
        key.topic = partition.topic
        key.partition = partition.partition
        return key
    }

    static func offsetValue(_ offset: StoredOffset) -> OffsetCommitValue {
        var value = OffsetCommitValue()
        value.offset = offset.offset
        value.leaderEpoch = offset.leaderEpoch
        value.metadata = offset.metadata
        value.commitTimestamp = offset.commitTimestamp
        value.expireTimestamp = offset.expireTimestamp
        return value
    }

    static func groupValue(_ metadata: StoredGroupMetadata) -> GroupMetadataValue {
        var value = GroupMetadataValue()
        value.protocolType = metadata.protocolType
        value.generation = metadata.generation
        value.protocol = metadata.protocolName
        value.leader = metadata.leader
        value.currentStateTimestamp = metadata.currentStateTimestamp
        value.members = metadata.members.map { member in
            var stored = GroupMetadataValue.MemberMetadata()
            stored.memberId = member.memberId
            stored.groupInstanceId = member.groupInstanceId
            stored.clientId = member.clientId
            stored.clientHost = member.clientHost
            stored.rebalanceTimeout = member.rebalanceTimeoutMs
            stored.sessionTimeout = member.sessionTimeoutMs
            stored.subscription = member.subscription
            stored.assignment = member.assignment
            return stored
        }
        return value
    }

    static func storedGroup(_ value: GroupMetadataValue) -> StoredGroupMetadata {
        StoredGroupMetadata(
            protocolType: value.protocolType,
            generation: value.generation,
            protocolName: value.protocol,
            leader: value.leader,
            currentStateTimestamp: value.currentStateTimestamp,
            members: value.members.map { member in
                StoredGroupMetadata.Member(
                    memberId: member.memberId,
                    groupInstanceId: member.groupInstanceId,
                    clientId: member.clientId,
                    clientHost: member.clientHost,
                    rebalanceTimeoutMs: member.rebalanceTimeout,
                    sessionTimeoutMs: member.sessionTimeout,
                    subscription: member.subscription,
                    assignment: member.assignment
                )
            }
        )
    }
}
