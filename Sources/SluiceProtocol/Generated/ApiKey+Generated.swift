// Generated from the request and response specs by SluiceCodegen. Do not edit.
// 72 APIs: those whose requests list the broker among their listeners.

extension ApiKey {
    /// The generated request type, or nil for an API this code does not generate (controller-only or ZooKeeper-era).
    public var requestType: (any KafkaRequest.Type)? {
        switch self {
        case .produce: return ProduceRequest.self
        case .fetch: return FetchRequest.self
        case .listOffsets: return ListOffsetsRequest.self
        case .metadata: return MetadataRequest.self
        case .offsetCommit: return OffsetCommitRequest.self
        case .offsetFetch: return OffsetFetchRequest.self
        case .findCoordinator: return FindCoordinatorRequest.self
        case .joinGroup: return JoinGroupRequest.self
        case .heartbeat: return HeartbeatRequest.self
        case .leaveGroup: return LeaveGroupRequest.self
        case .syncGroup: return SyncGroupRequest.self
        case .describeGroups: return DescribeGroupsRequest.self
        case .listGroups: return ListGroupsRequest.self
        case .saslHandshake: return SaslHandshakeRequest.self
        case .apiVersions: return ApiVersionsRequest.self
        case .createTopics: return CreateTopicsRequest.self
        case .deleteTopics: return DeleteTopicsRequest.self
        case .deleteRecords: return DeleteRecordsRequest.self
        case .initProducerId: return InitProducerIdRequest.self
        case .offsetForLeaderEpoch: return OffsetForLeaderEpochRequest.self
        case .addPartitionsToTxn: return AddPartitionsToTxnRequest.self
        case .addOffsetsToTxn: return AddOffsetsToTxnRequest.self
        case .endTxn: return EndTxnRequest.self
        case .writeTxnMarkers: return WriteTxnMarkersRequest.self
        case .txnOffsetCommit: return TxnOffsetCommitRequest.self
        case .describeAcls: return DescribeAclsRequest.self
        case .createAcls: return CreateAclsRequest.self
        case .deleteAcls: return DeleteAclsRequest.self
        case .describeConfigs: return DescribeConfigsRequest.self
        case .alterConfigs: return AlterConfigsRequest.self
        case .alterReplicaLogDirs: return AlterReplicaLogDirsRequest.self
        case .describeLogDirs: return DescribeLogDirsRequest.self
        case .saslAuthenticate: return SaslAuthenticateRequest.self
        case .createPartitions: return CreatePartitionsRequest.self
        case .createDelegationToken: return CreateDelegationTokenRequest.self
        case .renewDelegationToken: return RenewDelegationTokenRequest.self
        case .expireDelegationToken: return ExpireDelegationTokenRequest.self
        case .describeDelegationToken: return DescribeDelegationTokenRequest.self
        case .deleteGroups: return DeleteGroupsRequest.self
        case .electLeaders: return ElectLeadersRequest.self
        case .incrementalAlterConfigs: return IncrementalAlterConfigsRequest.self
        case .alterPartitionReassignments: return AlterPartitionReassignmentsRequest.self
        case .listPartitionReassignments: return ListPartitionReassignmentsRequest.self
        case .offsetDelete: return OffsetDeleteRequest.self
        case .describeClientQuotas: return DescribeClientQuotasRequest.self
        case .alterClientQuotas: return AlterClientQuotasRequest.self
        case .describeUserScramCredentials: return DescribeUserScramCredentialsRequest.self
        case .alterUserScramCredentials: return AlterUserScramCredentialsRequest.self
        case .describeQuorum: return DescribeQuorumRequest.self
        case .updateFeatures: return UpdateFeaturesRequest.self
        case .describeCluster: return DescribeClusterRequest.self
        case .describeProducers: return DescribeProducersRequest.self
        case .unregisterBroker: return UnregisterBrokerRequest.self
        case .describeTransactions: return DescribeTransactionsRequest.self
        case .listTransactions: return ListTransactionsRequest.self
        case .consumerGroupHeartbeat: return ConsumerGroupHeartbeatRequest.self
        case .consumerGroupDescribe: return ConsumerGroupDescribeRequest.self
        case .getTelemetrySubscriptions: return GetTelemetrySubscriptionsRequest.self
        case .pushTelemetry: return PushTelemetryRequest.self
        case .listClientMetricsResources: return ListClientMetricsResourcesRequest.self
        case .describeTopicPartitions: return DescribeTopicPartitionsRequest.self
        case .shareGroupHeartbeat: return ShareGroupHeartbeatRequest.self
        case .shareGroupDescribe: return ShareGroupDescribeRequest.self
        case .shareFetch: return ShareFetchRequest.self
        case .shareAcknowledge: return ShareAcknowledgeRequest.self
        case .addRaftVoter: return AddRaftVoterRequest.self
        case .removeRaftVoter: return RemoveRaftVoterRequest.self
        case .initializeShareGroupState: return InitializeShareGroupStateRequest.self
        case .readShareGroupState: return ReadShareGroupStateRequest.self
        case .writeShareGroupState: return WriteShareGroupStateRequest.self
        case .deleteShareGroupState: return DeleteShareGroupStateRequest.self
        case .readShareGroupStateSummary: return ReadShareGroupStateSummaryRequest.self
        default: return nil
        }
    }

    /// The generated response type, or nil for an API this code does not generate.
    public var responseType: (any KafkaResponse.Type)? {
        switch self {
        case .produce: return ProduceResponse.self
        case .fetch: return FetchResponse.self
        case .listOffsets: return ListOffsetsResponse.self
        case .metadata: return MetadataResponse.self
        case .offsetCommit: return OffsetCommitResponse.self
        case .offsetFetch: return OffsetFetchResponse.self
        case .findCoordinator: return FindCoordinatorResponse.self
        case .joinGroup: return JoinGroupResponse.self
        case .heartbeat: return HeartbeatResponse.self
        case .leaveGroup: return LeaveGroupResponse.self
        case .syncGroup: return SyncGroupResponse.self
        case .describeGroups: return DescribeGroupsResponse.self
        case .listGroups: return ListGroupsResponse.self
        case .saslHandshake: return SaslHandshakeResponse.self
        case .apiVersions: return ApiVersionsResponse.self
        case .createTopics: return CreateTopicsResponse.self
        case .deleteTopics: return DeleteTopicsResponse.self
        case .deleteRecords: return DeleteRecordsResponse.self
        case .initProducerId: return InitProducerIdResponse.self
        case .offsetForLeaderEpoch: return OffsetForLeaderEpochResponse.self
        case .addPartitionsToTxn: return AddPartitionsToTxnResponse.self
        case .addOffsetsToTxn: return AddOffsetsToTxnResponse.self
        case .endTxn: return EndTxnResponse.self
        case .writeTxnMarkers: return WriteTxnMarkersResponse.self
        case .txnOffsetCommit: return TxnOffsetCommitResponse.self
        case .describeAcls: return DescribeAclsResponse.self
        case .createAcls: return CreateAclsResponse.self
        case .deleteAcls: return DeleteAclsResponse.self
        case .describeConfigs: return DescribeConfigsResponse.self
        case .alterConfigs: return AlterConfigsResponse.self
        case .alterReplicaLogDirs: return AlterReplicaLogDirsResponse.self
        case .describeLogDirs: return DescribeLogDirsResponse.self
        case .saslAuthenticate: return SaslAuthenticateResponse.self
        case .createPartitions: return CreatePartitionsResponse.self
        case .createDelegationToken: return CreateDelegationTokenResponse.self
        case .renewDelegationToken: return RenewDelegationTokenResponse.self
        case .expireDelegationToken: return ExpireDelegationTokenResponse.self
        case .describeDelegationToken: return DescribeDelegationTokenResponse.self
        case .deleteGroups: return DeleteGroupsResponse.self
        case .electLeaders: return ElectLeadersResponse.self
        case .incrementalAlterConfigs: return IncrementalAlterConfigsResponse.self
        case .alterPartitionReassignments: return AlterPartitionReassignmentsResponse.self
        case .listPartitionReassignments: return ListPartitionReassignmentsResponse.self
        case .offsetDelete: return OffsetDeleteResponse.self
        case .describeClientQuotas: return DescribeClientQuotasResponse.self
        case .alterClientQuotas: return AlterClientQuotasResponse.self
        case .describeUserScramCredentials: return DescribeUserScramCredentialsResponse.self
        case .alterUserScramCredentials: return AlterUserScramCredentialsResponse.self
        case .describeQuorum: return DescribeQuorumResponse.self
        case .updateFeatures: return UpdateFeaturesResponse.self
        case .describeCluster: return DescribeClusterResponse.self
        case .describeProducers: return DescribeProducersResponse.self
        case .unregisterBroker: return UnregisterBrokerResponse.self
        case .describeTransactions: return DescribeTransactionsResponse.self
        case .listTransactions: return ListTransactionsResponse.self
        case .consumerGroupHeartbeat: return ConsumerGroupHeartbeatResponse.self
        case .consumerGroupDescribe: return ConsumerGroupDescribeResponse.self
        case .getTelemetrySubscriptions: return GetTelemetrySubscriptionsResponse.self
        case .pushTelemetry: return PushTelemetryResponse.self
        case .listClientMetricsResources: return ListClientMetricsResourcesResponse.self
        case .describeTopicPartitions: return DescribeTopicPartitionsResponse.self
        case .shareGroupHeartbeat: return ShareGroupHeartbeatResponse.self
        case .shareGroupDescribe: return ShareGroupDescribeResponse.self
        case .shareFetch: return ShareFetchResponse.self
        case .shareAcknowledge: return ShareAcknowledgeResponse.self
        case .addRaftVoter: return AddRaftVoterResponse.self
        case .removeRaftVoter: return RemoveRaftVoterResponse.self
        case .initializeShareGroupState: return InitializeShareGroupStateResponse.self
        case .readShareGroupState: return ReadShareGroupStateResponse.self
        case .writeShareGroupState: return WriteShareGroupStateResponse.self
        case .deleteShareGroupState: return DeleteShareGroupStateResponse.self
        case .readShareGroupStateSummary: return ReadShareGroupStateSummaryResponse.self
        default: return nil
        }
    }
}
