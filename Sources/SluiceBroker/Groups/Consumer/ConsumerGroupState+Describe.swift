import SluiceProtocol

extension ConsumerGroupState {
    /// This group as ConsumerGroupDescribe reports it. Partitions of topics missing from `topics`
    /// are left out (Kafka reports topics by the names its metadata image has).
    public func describe(topics: ConsumerGroupTopics) -> ConsumerGroupDescribeResponse.DescribedGroup {
        func wire(_ assignment: MemberAssignment) -> ConsumerGroupDescribeResponse.Assignment {
            var result = ConsumerGroupDescribeResponse.Assignment()
            result.topicPartitions = assignment.partitions.keys.compactMap { id -> ConsumerGroupDescribeResponse.TopicPartitions? in
                guard let topic = topics.topic(id: id) else { return nil }
                var entry = ConsumerGroupDescribeResponse.TopicPartitions()
                entry.topicId = id
                entry.topicName = topic.name
                entry.partitions = assignment.partitions(of: id).sorted()
                return entry
            }.sorted { $0.topicName < $1.topicName }
            return result
        }
        var group = ConsumerGroupDescribeResponse.DescribedGroup()
        group.groupId = self.groupId
        group.groupState = self.state.rawValue
        group.groupEpoch = self.groupEpoch
        group.assignmentEpoch = self.targetAssignmentEpoch
        group.assignorName = self.preferredAssignor.name
        group.members = self.members.values.sorted { $0.memberId < $1.memberId }.map { member in
            var entry = ConsumerGroupDescribeResponse.Member()
            entry.memberId = member.memberId
            entry.instanceId = member.instanceId
            entry.rackId = member.rackId
            entry.memberEpoch = member.memberEpoch
            entry.clientId = member.clientId
            entry.clientHost = member.clientHost
            entry.subscribedTopicNames = member.subscribedTopicNames
            entry.subscribedTopicRegex = member.subscribedTopicRegex
            entry.assignment = wire(member.assignedPartitions)
            entry.targetAssignment = wire(self.targetAssignment[member.memberId] ?? .empty)
            return entry
        }
        return group
    }
}
