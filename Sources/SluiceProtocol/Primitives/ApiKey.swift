/// Kafka API keys, numbered as on the wire.
public enum ApiKey: Int16, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case produce = 0
    case fetch = 1
    case listOffsets = 2
    case metadata = 3
    case leaderAndIsr = 4
    case stopReplica = 5
    case updateMetadata = 6
    case controlledShutdown = 7
    case offsetCommit = 8
    case offsetFetch = 9
    case findCoordinator = 10
    case joinGroup = 11
    case heartbeat = 12
    case leaveGroup = 13
    case syncGroup = 14
    case describeGroups = 15
    case listGroups = 16
    case saslHandshake = 17
    case apiVersions = 18
    case createTopics = 19
    case deleteTopics = 20
    case deleteRecords = 21
    case initProducerId = 22
    case offsetForLeaderEpoch = 23
    case addPartitionsToTxn = 24
    case addOffsetsToTxn = 25
    case endTxn = 26
    case writeTxnMarkers = 27
    case txnOffsetCommit = 28
    case describeAcls = 29
    case createAcls = 30
    case deleteAcls = 31
    case describeConfigs = 32
    case alterConfigs = 33
    case alterReplicaLogDirs = 34
    case describeLogDirs = 35
    case saslAuthenticate = 36
    case createPartitions = 37
    case createDelegationToken = 38
    case renewDelegationToken = 39
    case expireDelegationToken = 40
    case describeDelegationToken = 41
    case deleteGroups = 42
    case electLeaders = 43
    case incrementalAlterConfigs = 44
    case alterPartitionReassignments = 45
    case listPartitionReassignments = 46
    case offsetDelete = 47
    case describeClientQuotas = 48
    case alterClientQuotas = 49
    case describeUserScramCredentials = 50
    case alterUserScramCredentials = 51
    case vote = 52
    case beginQuorumEpoch = 53
    case endQuorumEpoch = 54
    case describeQuorum = 55
    case alterPartition = 56
    case updateFeatures = 57
    case envelope = 58
    case fetchSnapshot = 59
    case describeCluster = 60
    case describeProducers = 61
    case brokerRegistration = 62
    case brokerHeartbeat = 63
    case unregisterBroker = 64
    case describeTransactions = 65
    case listTransactions = 66
    case allocateProducerIds = 67
    case consumerGroupHeartbeat = 68
    case consumerGroupDescribe = 69
    case controllerRegistration = 70
    case getTelemetrySubscriptions = 71
    case pushTelemetry = 72
    case assignReplicasToDirs = 73
    case listClientMetricsResources = 74
    case describeTopicPartitions = 75
    case shareGroupHeartbeat = 76
    case shareGroupDescribe = 77
    case shareFetch = 78
    case shareAcknowledge = 79
    case addRaftVoter = 80
    case removeRaftVoter = 81
    case updateRaftVoter = 82
    case initializeShareGroupState = 83
    case readShareGroupState = 84
    case writeShareGroupState = 85
    case deleteShareGroupState = 86
    case readShareGroupStateSummary = 87

    /// The API's name as Kafka spells it, e.g. "ListOffsets".
    public var name: String {
        switch self {
        case .produce: "Produce"
        case .fetch: "Fetch"
        case .listOffsets: "ListOffsets"
        case .metadata: "Metadata"
        case .leaderAndIsr: "LeaderAndIsr"
        case .stopReplica: "StopReplica"
        case .updateMetadata: "UpdateMetadata"
        case .controlledShutdown: "ControlledShutdown"
        case .offsetCommit: "OffsetCommit"
        case .offsetFetch: "OffsetFetch"
        case .findCoordinator: "FindCoordinator"
        case .joinGroup: "JoinGroup"
        case .heartbeat: "Heartbeat"
        case .leaveGroup: "LeaveGroup"
        case .syncGroup: "SyncGroup"
        case .describeGroups: "DescribeGroups"
        case .listGroups: "ListGroups"
        case .saslHandshake: "SaslHandshake"
        case .apiVersions: "ApiVersions"
        case .createTopics: "CreateTopics"
        case .deleteTopics: "DeleteTopics"
        case .deleteRecords: "DeleteRecords"
        case .initProducerId: "InitProducerId"
        case .offsetForLeaderEpoch: "OffsetForLeaderEpoch"
        case .addPartitionsToTxn: "AddPartitionsToTxn"
        case .addOffsetsToTxn: "AddOffsetsToTxn"
        case .endTxn: "EndTxn"
        case .writeTxnMarkers: "WriteTxnMarkers"
        case .txnOffsetCommit: "TxnOffsetCommit"
        case .describeAcls: "DescribeAcls"
        case .createAcls: "CreateAcls"
        case .deleteAcls: "DeleteAcls"
        case .describeConfigs: "DescribeConfigs"
        case .alterConfigs: "AlterConfigs"
        case .alterReplicaLogDirs: "AlterReplicaLogDirs"
        case .describeLogDirs: "DescribeLogDirs"
        case .saslAuthenticate: "SaslAuthenticate"
        case .createPartitions: "CreatePartitions"
        case .createDelegationToken: "CreateDelegationToken"
        case .renewDelegationToken: "RenewDelegationToken"
        case .expireDelegationToken: "ExpireDelegationToken"
        case .describeDelegationToken: "DescribeDelegationToken"
        case .deleteGroups: "DeleteGroups"
        case .electLeaders: "ElectLeaders"
        case .incrementalAlterConfigs: "IncrementalAlterConfigs"
        case .alterPartitionReassignments: "AlterPartitionReassignments"
        case .listPartitionReassignments: "ListPartitionReassignments"
        case .offsetDelete: "OffsetDelete"
        case .describeClientQuotas: "DescribeClientQuotas"
        case .alterClientQuotas: "AlterClientQuotas"
        case .describeUserScramCredentials: "DescribeUserScramCredentials"
        case .alterUserScramCredentials: "AlterUserScramCredentials"
        case .vote: "Vote"
        case .beginQuorumEpoch: "BeginQuorumEpoch"
        case .endQuorumEpoch: "EndQuorumEpoch"
        case .describeQuorum: "DescribeQuorum"
        case .alterPartition: "AlterPartition"
        case .updateFeatures: "UpdateFeatures"
        case .envelope: "Envelope"
        case .fetchSnapshot: "FetchSnapshot"
        case .describeCluster: "DescribeCluster"
        case .describeProducers: "DescribeProducers"
        case .brokerRegistration: "BrokerRegistration"
        case .brokerHeartbeat: "BrokerHeartbeat"
        case .unregisterBroker: "UnregisterBroker"
        case .describeTransactions: "DescribeTransactions"
        case .listTransactions: "ListTransactions"
        case .allocateProducerIds: "AllocateProducerIds"
        case .consumerGroupHeartbeat: "ConsumerGroupHeartbeat"
        case .consumerGroupDescribe: "ConsumerGroupDescribe"
        case .controllerRegistration: "ControllerRegistration"
        case .getTelemetrySubscriptions: "GetTelemetrySubscriptions"
        case .pushTelemetry: "PushTelemetry"
        case .assignReplicasToDirs: "AssignReplicasToDirs"
        case .listClientMetricsResources: "ListClientMetricsResources"
        case .describeTopicPartitions: "DescribeTopicPartitions"
        case .shareGroupHeartbeat: "ShareGroupHeartbeat"
        case .shareGroupDescribe: "ShareGroupDescribe"
        case .shareFetch: "ShareFetch"
        case .shareAcknowledge: "ShareAcknowledge"
        case .addRaftVoter: "AddRaftVoter"
        case .removeRaftVoter: "RemoveRaftVoter"
        case .updateRaftVoter: "UpdateRaftVoter"
        case .initializeShareGroupState: "InitializeShareGroupState"
        case .readShareGroupState: "ReadShareGroupState"
        case .writeShareGroupState: "WriteShareGroupState"
        case .deleteShareGroupState: "DeleteShareGroupState"
        case .readShareGroupStateSummary: "ReadShareGroupStateSummary"
        }
    }

    public var description: String { "\(self.name)(\(self.rawValue))" }
}
