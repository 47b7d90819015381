import SluiceCluster
import SluiceProtocol
import SluiceStorage

/// A partition this node hosts: its log and its role. Ownership is explicit even on one node:
/// only a leader accepts produce and consumer fetches, and it stamps `leaderEpoch` into every batch.
public final class Partition: Sendable {
    public let topicPartition: LogManager.TopicPartition
    public let log: Log
    public let assignment: PartitionAssignment
    public let nodeId: Int32

    init(topicPartition: LogManager.TopicPartition, log: Log, assignment: PartitionAssignment, nodeId: Int32) {
        self.topicPartition = topicPartition
        self.log = log
        self.assignment = assignment
        self.nodeId = nodeId
    }

    public var isLeader: Bool { self.assignment.leader == self.nodeId }
    public var leaderEpoch: Int32 { self.assignment.leaderEpoch }
}
