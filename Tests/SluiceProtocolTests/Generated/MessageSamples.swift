// Generated from the Kafka message specs by SluiceCodegen. Do not edit.

import NIOCore

@testable import SluiceProtocol

/// A generated type with a sample value for each of its versions.
protocol SampledMessage: Sendable, Equatable {
    static var validVersions: ClosedRange<Int16> { get }
    static var firstFlexibleVersion: Int16? { get }
    init()
    init(from buffer: inout ByteBuffer, version: Int16) throws
    func encode(into buffer: inout ByteBuffer, version: Int16) throws
    /// A value with a non-default value in every field that `version` carries.
    static func sample(version: Int16) -> Self
}

enum MessageSamples {
    /// Every generated message, header and data type.
    static let allTypes: [any SampledMessage.Type] = [
        AddOffsetsToTxnRequest.self,
        AddOffsetsToTxnResponse.self,
        AddPartitionsToTxnRequest.self,
        AddPartitionsToTxnResponse.self,
        AddRaftVoterRequest.self,
        AddRaftVoterResponse.self,
        AlterClientQuotasRequest.self,
        AlterClientQuotasResponse.self,
        AlterConfigsRequest.self,
        AlterConfigsResponse.self,
        AlterPartitionReassignmentsRequest.self,
        AlterPartitionReassignmentsResponse.self,
        AlterReplicaLogDirsRequest.self,
        AlterReplicaLogDirsResponse.self,
        AlterUserScramCredentialsRequest.self,
        AlterUserScramCredentialsResponse.self,
        ApiVersionsRequest.self,
        ApiVersionsResponse.self,
        ConsumerGroupDescribeRequest.self,
        ConsumerGroupDescribeResponse.self,
        ConsumerGroupHeartbeatRequest.self,
        ConsumerGroupHeartbeatResponse.self,
        ConsumerProtocolAssignment.self,
        ConsumerProtocolSubscription.self,
        CreateAclsRequest.self,
        CreateAclsResponse.self,
        CreateDelegationTokenRequest.self,
        CreateDelegationTokenResponse.self,
        CreatePartitionsRequest.self,
        CreatePartitionsResponse.self,
        CreateTopicsRequest.self,
        CreateTopicsResponse.self,
        DefaultPrincipalData.self,
        DeleteAclsRequest.self,
        DeleteAclsResponse.self,
        DeleteGroupsRequest.self,
        DeleteGroupsResponse.self,
        DeleteRecordsRequest.self,
        DeleteRecordsResponse.self,
        DeleteShareGroupStateRequest.self,
        DeleteShareGroupStateResponse.self,
        DeleteTopicsRequest.self,
        DeleteTopicsResponse.self,
        DescribeAclsRequest.self,
        DescribeAclsResponse.self,
        DescribeClientQuotasRequest.self,
        DescribeClientQuotasResponse.self,
        DescribeClusterRequest.self,
        DescribeClusterResponse.self,
        DescribeConfigsRequest.self,
        DescribeConfigsResponse.self,
        DescribeDelegationTokenRequest.self,
        DescribeDelegationTokenResponse.self,
        DescribeGroupsRequest.self,
        DescribeGroupsResponse.self,
        DescribeLogDirsRequest.self,
        DescribeLogDirsResponse.self,
        DescribeProducersRequest.self,
        DescribeProducersResponse.self,
        DescribeQuorumRequest.self,
        DescribeQuorumResponse.self,
        DescribeTopicPartitionsRequest.self,
        DescribeTopicPartitionsResponse.self,
        DescribeTransactionsRequest.self,
        DescribeTransactionsResponse.self,
        DescribeUserScramCredentialsRequest.self,
        DescribeUserScramCredentialsResponse.self,
        ElectLeadersRequest.self,
        ElectLeadersResponse.self,
        EndTxnRequest.self,
        EndTxnResponse.self,
        ExpireDelegationTokenRequest.self,
        ExpireDelegationTokenResponse.self,
        FetchRequest.self,
        FetchResponse.self,
        FindCoordinatorRequest.self,
        FindCoordinatorResponse.self,
        GetTelemetrySubscriptionsRequest.self,
        GetTelemetrySubscriptionsResponse.self,
        HeartbeatRequest.self,
        HeartbeatResponse.self,
        IncrementalAlterConfigsRequest.self,
        IncrementalAlterConfigsResponse.self,
        InitProducerIdRequest.self,
        InitProducerIdResponse.self,
        InitializeShareGroupStateRequest.self,
        InitializeShareGroupStateResponse.self,
        JoinGroupRequest.self,
        JoinGroupResponse.self,
        KRaftVersionRecord.self,
        LeaderChangeMessage.self,
        LeaveGroupRequest.self,
        LeaveGroupResponse.self,
        ListClientMetricsResourcesRequest.self,
        ListClientMetricsResourcesResponse.self,
        ListGroupsRequest.self,
        ListGroupsResponse.self,
        ListOffsetsRequest.self,
        ListOffsetsResponse.self,
        ListPartitionReassignmentsRequest.self,
        ListPartitionReassignmentsResponse.self,
        ListTransactionsRequest.self,
        ListTransactionsResponse.self,
        MetadataRequest.self,
        MetadataResponse.self,
        OffsetCommitRequest.self,
        OffsetCommitResponse.self,
        OffsetDeleteRequest.self,
        OffsetDeleteResponse.self,
        OffsetFetchRequest.self,
        OffsetFetchResponse.self,
        OffsetForLeaderEpochRequest.self,
        OffsetForLeaderEpochResponse.self,
        ProduceRequest.self,
        ProduceResponse.self,
        PushTelemetryRequest.self,
        PushTelemetryResponse.self,
        ReadShareGroupStateRequest.self,
        ReadShareGroupStateResponse.self,
        ReadShareGroupStateSummaryRequest.self,
        ReadShareGroupStateSummaryResponse.self,
        RemoveRaftVoterRequest.self,
        RemoveRaftVoterResponse.self,
        RenewDelegationTokenRequest.self,
        RenewDelegationTokenResponse.self,
        RequestHeader.self,
        ResponseHeader.self,
        SaslAuthenticateRequest.self,
        SaslAuthenticateResponse.self,
        SaslHandshakeRequest.self,
        SaslHandshakeResponse.self,
        ShareAcknowledgeRequest.self,
        ShareAcknowledgeResponse.self,
        ShareFetchRequest.self,
        ShareFetchResponse.self,
        ShareGroupDescribeRequest.self,
        ShareGroupDescribeResponse.self,
        ShareGroupHeartbeatRequest.self,
        ShareGroupHeartbeatResponse.self,
        SnapshotFooterRecord.self,
        SnapshotHeaderRecord.self,
        SyncGroupRequest.self,
        SyncGroupResponse.self,
        TxnOffsetCommitRequest.self,
        TxnOffsetCommitResponse.self,
        UnregisterBrokerRequest.self,
        UnregisterBrokerResponse.self,
        UpdateFeaturesRequest.self,
        UpdateFeaturesResponse.self,
        VotersRecord.self,
        WriteShareGroupStateRequest.self,
        WriteShareGroupStateResponse.self,
        WriteTxnMarkersRequest.self,
        WriteTxnMarkersResponse.self,
        ConsumerGroupCurrentMemberAssignmentKey.self,
        ConsumerGroupCurrentMemberAssignmentValue.self,
        ConsumerGroupMemberMetadataKey.self,
        ConsumerGroupMemberMetadataValue.self,
        ConsumerGroupMetadataKey.self,
        ConsumerGroupMetadataValue.self,
        ConsumerGroupPartitionMetadataKey.self,
        ConsumerGroupPartitionMetadataValue.self,
        ConsumerGroupTargetAssignmentMemberKey.self,
        ConsumerGroupTargetAssignmentMemberValue.self,
        ConsumerGroupTargetAssignmentMetadataKey.self,
        ConsumerGroupTargetAssignmentMetadataValue.self,
        GroupMetadataKey.self,
        GroupMetadataValue.self,
        OffsetCommitKey.self,
        OffsetCommitValue.self,
    ]
}

extension AddOffsetsToTxnRequest: SampledMessage {
    static func sample(version: Int16) -> AddOffsetsToTxnRequest {
        var value: AddOffsetsToTxnRequest = AddOffsetsToTxnRequest()
        value.transactionalId = "TransactionalId-1"
        value.producerId = 2
        value.producerEpoch = 3
        value.groupId = "GroupId-4"
        if version >= 3 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension AddOffsetsToTxnResponse: SampledMessage {
    static func sample(version: Int16) -> AddOffsetsToTxnResponse {
        var value: AddOffsetsToTxnResponse = AddOffsetsToTxnResponse()
        value.throttleTimeMs = 1
        value.errorCode = 2
        if version >= 3 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension AddPartitionsToTxnRequest: SampledMessage {
    static func sample(version: Int16) -> AddPartitionsToTxnRequest {
        var value: AddPartitionsToTxnRequest = AddPartitionsToTxnRequest()
        if version >= 4 { value.transactions = [AddPartitionsToTxnRequest.AddPartitionsToTxnTransaction.sample(version: version)] }
        if version <= 3 { value.v3AndBelowTransactionalId = "V3AndBelowTransactionalId-2" }
        if version <= 3 { value.v3AndBelowProducerId = 3 }
        if version <= 3 { value.v3AndBelowProducerEpoch = 4 }
        if version <= 3 { value.v3AndBelowTopics = [AddPartitionsToTxnRequest.AddPartitionsToTxnTopic.sample(version: version)] }
        if version >= 3 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension AddPartitionsToTxnRequest.AddPartitionsToTxnTransaction {
    static func sample(version: Int16) -> AddPartitionsToTxnRequest.AddPartitionsToTxnTransaction {
        var value: AddPartitionsToTxnRequest.AddPartitionsToTxnTransaction = AddPartitionsToTxnRequest.AddPartitionsToTxnTransaction()
        value.transactionalId = "TransactionalId-1"
        value.producerId = 2
        value.producerEpoch = 3
        value.verifyOnly = true
        value.topics = [AddPartitionsToTxnRequest.AddPartitionsToTxnTopic.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension AddPartitionsToTxnRequest.AddPartitionsToTxnTopic {
    static func sample(version: Int16) -> AddPartitionsToTxnRequest.AddPartitionsToTxnTopic {
        var value: AddPartitionsToTxnRequest.AddPartitionsToTxnTopic = AddPartitionsToTxnRequest.AddPartitionsToTxnTopic()
        value.name = "Name-1"
        value.partitions = [2, 3]
        if version >= 3 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension AddPartitionsToTxnResponse: SampledMessage {
    static func sample(version: Int16) -> AddPartitionsToTxnResponse {
        var value: AddPartitionsToTxnResponse = AddPartitionsToTxnResponse()
        value.throttleTimeMs = 1
        if version >= 4 { value.errorCode = 2 }
        if version >= 4 { value.resultsByTransaction = [AddPartitionsToTxnResponse.AddPartitionsToTxnResult.sample(version: version)] }
        if version <= 3 { value.resultsByTopicV3AndBelow = [AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult.sample(version: version)] }
        if version >= 3 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension AddPartitionsToTxnResponse.AddPartitionsToTxnResult {
    static func sample(version: Int16) -> AddPartitionsToTxnResponse.AddPartitionsToTxnResult {
        var value: AddPartitionsToTxnResponse.AddPartitionsToTxnResult = AddPartitionsToTxnResponse.AddPartitionsToTxnResult()
        value.transactionalId = "TransactionalId-1"
        value.topicResults = [AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult {
    static func sample(version: Int16) -> AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult {
        var value: AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult = AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult()
        value.name = "Name-1"
        value.resultsByPartition = [AddPartitionsToTxnResponse.AddPartitionsToTxnPartitionResult.sample(version: version)]
        if version >= 3 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension AddPartitionsToTxnResponse.AddPartitionsToTxnPartitionResult {
    static func sample(version: Int16) -> AddPartitionsToTxnResponse.AddPartitionsToTxnPartitionResult {
        var value: AddPartitionsToTxnResponse.AddPartitionsToTxnPartitionResult = AddPartitionsToTxnResponse.AddPartitionsToTxnPartitionResult()
        value.partitionIndex = 1
        value.partitionErrorCode = 2
        if version >= 3 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension AddRaftVoterRequest: SampledMessage {
    static func sample(version: Int16) -> AddRaftVoterRequest {
        var value: AddRaftVoterRequest = AddRaftVoterRequest()
        value.clusterId = "ClusterId-1"
        value.timeoutMs = 2
        value.voterId = 3
        value.voterDirectoryId = KafkaUUID(high: 4, low: 0xFEED)
        value.listeners = [AddRaftVoterRequest.Listener.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension AddRaftVoterRequest.Listener {
    static func sample(version: Int16) -> AddRaftVoterRequest.Listener {
        var value: AddRaftVoterRequest.Listener = AddRaftVoterRequest.Listener()
        value.name = "Name-1"
        value.host = "Host-2"
        value.port = 3
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension AddRaftVoterResponse: SampledMessage {
    static func sample(version: Int16) -> AddRaftVoterResponse {
        var value: AddRaftVoterResponse = AddRaftVoterResponse()
        value.throttleTimeMs = 1
        value.errorCode = 2
        value.errorMessage = "ErrorMessage-3"
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension AlterClientQuotasRequest: SampledMessage {
    static func sample(version: Int16) -> AlterClientQuotasRequest {
        var value: AlterClientQuotasRequest = AlterClientQuotasRequest()
        value.entries = [AlterClientQuotasRequest.EntryData.sample(version: version)]
        value.validateOnly = true
        if version >= 1 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension AlterClientQuotasRequest.EntryData {
    static func sample(version: Int16) -> AlterClientQuotasRequest.EntryData {
        var value: AlterClientQuotasRequest.EntryData = AlterClientQuotasRequest.EntryData()
        value.entity = [AlterClientQuotasRequest.EntityData.sample(version: version)]
        value.ops = [AlterClientQuotasRequest.OpData.sample(version: version)]
        if version >= 1 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension AlterClientQuotasRequest.EntityData {
    static func sample(version: Int16) -> AlterClientQuotasRequest.EntityData {
        var value: AlterClientQuotasRequest.EntityData = AlterClientQuotasRequest.EntityData()
        value.entityType = "EntityType-1"
        value.entityName = "EntityName-2"
        if version >= 1 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension AlterClientQuotasRequest.OpData {
    static func sample(version: Int16) -> AlterClientQuotasRequest.OpData {
        var value: AlterClientQuotasRequest.OpData = AlterClientQuotasRequest.OpData()
        value.key = "Key-1"
        value.value = 2.25
        value.remove = true
        if version >= 1 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension AlterClientQuotasResponse: SampledMessage {
    static func sample(version: Int16) -> AlterClientQuotasResponse {
        var value: AlterClientQuotasResponse = AlterClientQuotasResponse()
        value.throttleTimeMs = 1
        value.entries = [AlterClientQuotasResponse.EntryData.sample(version: version)]
        if version >= 1 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension AlterClientQuotasResponse.EntryData {
    static func sample(version: Int16) -> AlterClientQuotasResponse.EntryData {
        var value: AlterClientQuotasResponse.EntryData = AlterClientQuotasResponse.EntryData()
        value.errorCode = 1
        value.errorMessage = "ErrorMessage-2"
        value.entity = [AlterClientQuotasResponse.EntityData.sample(version: version)]
        if version >= 1 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension AlterClientQuotasResponse.EntityData {
    static func sample(version: Int16) -> AlterClientQuotasResponse.EntityData {
        var value: AlterClientQuotasResponse.EntityData = AlterClientQuotasResponse.EntityData()
        value.entityType = "EntityType-1"
        value.entityName = "EntityName-2"
        if version >= 1 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension AlterConfigsRequest: SampledMessage {
    static func sample(version: Int16) -> AlterConfigsRequest {
        var value: AlterConfigsRequest = AlterConfigsRequest()
        value.resources = [AlterConfigsRequest.AlterConfigsResource.sample(version: version)]
        value.validateOnly = true
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension AlterConfigsRequest.AlterConfigsResource {
    static func sample(version: Int16) -> AlterConfigsRequest.AlterConfigsResource {
        var value: AlterConfigsRequest.AlterConfigsResource = AlterConfigsRequest.AlterConfigsResource()
        value.resourceType = 1
        value.resourceName = "ResourceName-2"
        value.configs = [AlterConfigsRequest.AlterableConfig.sample(version: version)]
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension AlterConfigsRequest.AlterableConfig {
    static func sample(version: Int16) -> AlterConfigsRequest.AlterableConfig {
        var value: AlterConfigsRequest.AlterableConfig = AlterConfigsRequest.AlterableConfig()
        value.name = "Name-1"
        value.value = "Value-2"
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension AlterConfigsResponse: SampledMessage {
    static func sample(version: Int16) -> AlterConfigsResponse {
        var value: AlterConfigsResponse = AlterConfigsResponse()
        value.throttleTimeMs = 1
        value.responses = [AlterConfigsResponse.AlterConfigsResourceResponse.sample(version: version)]
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension AlterConfigsResponse.AlterConfigsResourceResponse {
    static func sample(version: Int16) -> AlterConfigsResponse.AlterConfigsResourceResponse {
        var value: AlterConfigsResponse.AlterConfigsResourceResponse = AlterConfigsResponse.AlterConfigsResourceResponse()
        value.errorCode = 1
        value.errorMessage = "ErrorMessage-2"
        value.resourceType = 3
        value.resourceName = "ResourceName-4"
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension AlterPartitionReassignmentsRequest: SampledMessage {
    static func sample(version: Int16) -> AlterPartitionReassignmentsRequest {
        var value: AlterPartitionReassignmentsRequest = AlterPartitionReassignmentsRequest()
        value.timeoutMs = 1
        value.topics = [AlterPartitionReassignmentsRequest.ReassignableTopic.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension AlterPartitionReassignmentsRequest.ReassignableTopic {
    static func sample(version: Int16) -> AlterPartitionReassignmentsRequest.ReassignableTopic {
        var value: AlterPartitionReassignmentsRequest.ReassignableTopic = AlterPartitionReassignmentsRequest.ReassignableTopic()
        value.name = "Name-1"
        value.partitions = [AlterPartitionReassignmentsRequest.ReassignablePartition.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension AlterPartitionReassignmentsRequest.ReassignablePartition {
    static func sample(version: Int16) -> AlterPartitionReassignmentsRequest.ReassignablePartition {
        var value: AlterPartitionReassignmentsRequest.ReassignablePartition = AlterPartitionReassignmentsRequest.ReassignablePartition()
        value.partitionIndex = 1
        value.replicas = [2, 3]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension AlterPartitionReassignmentsResponse: SampledMessage {
    static func sample(version: Int16) -> AlterPartitionReassignmentsResponse {
        var value: AlterPartitionReassignmentsResponse = AlterPartitionReassignmentsResponse()
        value.throttleTimeMs = 1
        value.errorCode = 2
        value.errorMessage = "ErrorMessage-3"
        value.responses = [AlterPartitionReassignmentsResponse.ReassignableTopicResponse.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension AlterPartitionReassignmentsResponse.ReassignableTopicResponse {
    static func sample(version: Int16) -> AlterPartitionReassignmentsResponse.ReassignableTopicResponse {
        var value: AlterPartitionReassignmentsResponse.ReassignableTopicResponse = AlterPartitionReassignmentsResponse.ReassignableTopicResponse()
        value.name = "Name-1"
        value.partitions = [AlterPartitionReassignmentsResponse.ReassignablePartitionResponse.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension AlterPartitionReassignmentsResponse.ReassignablePartitionResponse {
    static func sample(version: Int16) -> AlterPartitionReassignmentsResponse.ReassignablePartitionResponse {
        var value: AlterPartitionReassignmentsResponse.ReassignablePartitionResponse = AlterPartitionReassignmentsResponse.ReassignablePartitionResponse()
        value.partitionIndex = 1
        value.errorCode = 2
        value.errorMessage = "ErrorMessage-3"
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension AlterReplicaLogDirsRequest: SampledMessage {
    static func sample(version: Int16) -> AlterReplicaLogDirsRequest {
        var value: AlterReplicaLogDirsRequest = AlterReplicaLogDirsRequest()
        value.dirs = [AlterReplicaLogDirsRequest.AlterReplicaLogDir.sample(version: version)]
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension AlterReplicaLogDirsRequest.AlterReplicaLogDir {
    static func sample(version: Int16) -> AlterReplicaLogDirsRequest.AlterReplicaLogDir {
        var value: AlterReplicaLogDirsRequest.AlterReplicaLogDir = AlterReplicaLogDirsRequest.AlterReplicaLogDir()
        value.path = "Path-1"
        value.topics = [AlterReplicaLogDirsRequest.AlterReplicaLogDirTopic.sample(version: version)]
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension AlterReplicaLogDirsRequest.AlterReplicaLogDirTopic {
    static func sample(version: Int16) -> AlterReplicaLogDirsRequest.AlterReplicaLogDirTopic {
        var value: AlterReplicaLogDirsRequest.AlterReplicaLogDirTopic = AlterReplicaLogDirsRequest.AlterReplicaLogDirTopic()
        value.name = "Name-1"
        value.partitions = [2, 3]
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension AlterReplicaLogDirsResponse: SampledMessage {
    static func sample(version: Int16) -> AlterReplicaLogDirsResponse {
        var value: AlterReplicaLogDirsResponse = AlterReplicaLogDirsResponse()
        value.throttleTimeMs = 1
        value.results = [AlterReplicaLogDirsResponse.AlterReplicaLogDirTopicResult.sample(version: version)]
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension AlterReplicaLogDirsResponse.AlterReplicaLogDirTopicResult {
    static func sample(version: Int16) -> AlterReplicaLogDirsResponse.AlterReplicaLogDirTopicResult {
        var value: AlterReplicaLogDirsResponse.AlterReplicaLogDirTopicResult = AlterReplicaLogDirsResponse.AlterReplicaLogDirTopicResult()
        value.topicName = "TopicName-1"
        value.partitions = [AlterReplicaLogDirsResponse.AlterReplicaLogDirPartitionResult.sample(version: version)]
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension AlterReplicaLogDirsResponse.AlterReplicaLogDirPartitionResult {
    static func sample(version: Int16) -> AlterReplicaLogDirsResponse.AlterReplicaLogDirPartitionResult {
        var value: AlterReplicaLogDirsResponse.AlterReplicaLogDirPartitionResult = AlterReplicaLogDirsResponse.AlterReplicaLogDirPartitionResult()
        value.partitionIndex = 1
        value.errorCode = 2
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension AlterUserScramCredentialsRequest: SampledMessage {
    static func sample(version: Int16) -> AlterUserScramCredentialsRequest {
        var value: AlterUserScramCredentialsRequest = AlterUserScramCredentialsRequest()
        value.deletions = [AlterUserScramCredentialsRequest.ScramCredentialDeletion.sample(version: version)]
        value.upsertions = [AlterUserScramCredentialsRequest.ScramCredentialUpsertion.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension AlterUserScramCredentialsRequest.ScramCredentialDeletion {
    static func sample(version: Int16) -> AlterUserScramCredentialsRequest.ScramCredentialDeletion {
        var value: AlterUserScramCredentialsRequest.ScramCredentialDeletion = AlterUserScramCredentialsRequest.ScramCredentialDeletion()
        value.name = "Name-1"
        value.mechanism = 2
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension AlterUserScramCredentialsRequest.ScramCredentialUpsertion {
    static func sample(version: Int16) -> AlterUserScramCredentialsRequest.ScramCredentialUpsertion {
        var value: AlterUserScramCredentialsRequest.ScramCredentialUpsertion = AlterUserScramCredentialsRequest.ScramCredentialUpsertion()
        value.name = "Name-1"
        value.mechanism = 2
        value.iterations = 3
        value.salt = [4, 0xFE]
        value.saltedPassword = [5, 0xFE]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension AlterUserScramCredentialsResponse: SampledMessage {
    static func sample(version: Int16) -> AlterUserScramCredentialsResponse {
        var value: AlterUserScramCredentialsResponse = AlterUserScramCredentialsResponse()
        value.throttleTimeMs = 1
        value.results = [AlterUserScramCredentialsResponse.AlterUserScramCredentialsResult.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension AlterUserScramCredentialsResponse.AlterUserScramCredentialsResult {
    static func sample(version: Int16) -> AlterUserScramCredentialsResponse.AlterUserScramCredentialsResult {
        var value: AlterUserScramCredentialsResponse.AlterUserScramCredentialsResult = AlterUserScramCredentialsResponse.AlterUserScramCredentialsResult()
        value.user = "User-1"
        value.errorCode = 2
        value.errorMessage = "ErrorMessage-3"
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ApiVersionsRequest: SampledMessage {
    static func sample(version: Int16) -> ApiVersionsRequest {
        var value: ApiVersionsRequest = ApiVersionsRequest()
        if version >= 3 { value.clientSoftwareName = "ClientSoftwareName-1" }
        if version >= 3 { value.clientSoftwareVersion = "ClientSoftwareVersion-2" }
        if version >= 3 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension ApiVersionsResponse: SampledMessage {
    static func sample(version: Int16) -> ApiVersionsResponse {
        var value: ApiVersionsResponse = ApiVersionsResponse()
        value.errorCode = 1
        value.apiKeys = [ApiVersionsResponse.ApiVersion.sample(version: version)]
        if version >= 1 { value.throttleTimeMs = 3 }
        if version >= 3 { value.supportedFeatures = [ApiVersionsResponse.SupportedFeatureKey.sample(version: version)] }
        if version >= 3 { value.finalizedFeaturesEpoch = 5 }
        if version >= 3 { value.finalizedFeatures = [ApiVersionsResponse.FinalizedFeatureKey.sample(version: version)] }
        if version >= 3 { value.zkMigrationReady = true }
        if version >= 3 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension ApiVersionsResponse.ApiVersion {
    static func sample(version: Int16) -> ApiVersionsResponse.ApiVersion {
        var value: ApiVersionsResponse.ApiVersion = ApiVersionsResponse.ApiVersion()
        value.apiKey = 1
        value.minVersion = 2
        value.maxVersion = 3
        if version >= 3 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension ApiVersionsResponse.SupportedFeatureKey {
    static func sample(version: Int16) -> ApiVersionsResponse.SupportedFeatureKey {
        var value: ApiVersionsResponse.SupportedFeatureKey = ApiVersionsResponse.SupportedFeatureKey()
        value.name = "Name-1"
        value.minVersion = 2
        value.maxVersion = 3
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ApiVersionsResponse.FinalizedFeatureKey {
    static func sample(version: Int16) -> ApiVersionsResponse.FinalizedFeatureKey {
        var value: ApiVersionsResponse.FinalizedFeatureKey = ApiVersionsResponse.FinalizedFeatureKey()
        value.name = "Name-1"
        value.maxVersionLevel = 2
        value.minVersionLevel = 3
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ConsumerGroupDescribeRequest: SampledMessage {
    static func sample(version: Int16) -> ConsumerGroupDescribeRequest {
        var value: ConsumerGroupDescribeRequest = ConsumerGroupDescribeRequest()
        value.groupIds = ["GroupIds-1", ""]
        value.includeAuthorizedOperations = true
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ConsumerGroupDescribeResponse: SampledMessage {
    static func sample(version: Int16) -> ConsumerGroupDescribeResponse {
        var value: ConsumerGroupDescribeResponse = ConsumerGroupDescribeResponse()
        value.throttleTimeMs = 1
        value.groups = [ConsumerGroupDescribeResponse.DescribedGroup.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ConsumerGroupDescribeResponse.DescribedGroup {
    static func sample(version: Int16) -> ConsumerGroupDescribeResponse.DescribedGroup {
        var value: ConsumerGroupDescribeResponse.DescribedGroup = ConsumerGroupDescribeResponse.DescribedGroup()
        value.errorCode = 1
        value.errorMessage = "ErrorMessage-2"
        value.groupId = "GroupId-3"
        value.groupState = "GroupState-4"
        value.groupEpoch = 5
        value.assignmentEpoch = 6
        value.assignorName = "AssignorName-7"
        value.members = [ConsumerGroupDescribeResponse.Member.sample(version: version)]
        value.authorizedOperations = 9
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ConsumerGroupDescribeResponse.Member {
    static func sample(version: Int16) -> ConsumerGroupDescribeResponse.Member {
        var value: ConsumerGroupDescribeResponse.Member = ConsumerGroupDescribeResponse.Member()
        value.memberId = "MemberId-1"
        value.instanceId = "InstanceId-2"
        value.rackId = "RackId-3"
        value.memberEpoch = 4
        value.clientId = "ClientId-5"
        value.clientHost = "ClientHost-6"
        value.subscribedTopicNames = ["SubscribedTopicNames-7", ""]
        value.subscribedTopicRegex = "SubscribedTopicRegex-8"
        value.assignment = ConsumerGroupDescribeResponse.Assignment.sample(version: version)
        value.targetAssignment = ConsumerGroupDescribeResponse.Assignment.sample(version: version)
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ConsumerGroupDescribeResponse.TopicPartitions {
    static func sample(version: Int16) -> ConsumerGroupDescribeResponse.TopicPartitions {
        var value: ConsumerGroupDescribeResponse.TopicPartitions = ConsumerGroupDescribeResponse.TopicPartitions()
        value.topicId = KafkaUUID(high: 1, low: 0xFEED)
        value.topicName = "TopicName-2"
        value.partitions = [3, 4]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ConsumerGroupDescribeResponse.Assignment {
    static func sample(version: Int16) -> ConsumerGroupDescribeResponse.Assignment {
        var value: ConsumerGroupDescribeResponse.Assignment = ConsumerGroupDescribeResponse.Assignment()
        value.topicPartitions = [ConsumerGroupDescribeResponse.TopicPartitions.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ConsumerGroupHeartbeatRequest: SampledMessage {
    static func sample(version: Int16) -> ConsumerGroupHeartbeatRequest {
        var value: ConsumerGroupHeartbeatRequest = ConsumerGroupHeartbeatRequest()
        value.groupId = "GroupId-1"
        value.memberId = "MemberId-2"
        value.memberEpoch = 3
        value.instanceId = "InstanceId-4"
        value.rackId = "RackId-5"
        value.rebalanceTimeoutMs = 6
        value.subscribedTopicNames = ["SubscribedTopicNames-7", ""]
        if version >= 1 { value.subscribedTopicRegex = "SubscribedTopicRegex-8" }
        value.serverAssignor = "ServerAssignor-9"
        value.topicPartitions = [ConsumerGroupHeartbeatRequest.TopicPartitions.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ConsumerGroupHeartbeatRequest.TopicPartitions {
    static func sample(version: Int16) -> ConsumerGroupHeartbeatRequest.TopicPartitions {
        var value: ConsumerGroupHeartbeatRequest.TopicPartitions = ConsumerGroupHeartbeatRequest.TopicPartitions()
        value.topicId = KafkaUUID(high: 1, low: 0xFEED)
        value.partitions = [2, 3]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ConsumerGroupHeartbeatResponse: SampledMessage {
    static func sample(version: Int16) -> ConsumerGroupHeartbeatResponse {
        var value: ConsumerGroupHeartbeatResponse = ConsumerGroupHeartbeatResponse()
        value.throttleTimeMs = 1
        value.errorCode = 2
        value.errorMessage = "ErrorMessage-3"
        value.memberId = "MemberId-4"
        value.memberEpoch = 5
        value.heartbeatIntervalMs = 6
        value.assignment = ConsumerGroupHeartbeatResponse.Assignment.sample(version: version)
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ConsumerGroupHeartbeatResponse.Assignment {
    static func sample(version: Int16) -> ConsumerGroupHeartbeatResponse.Assignment {
        var value: ConsumerGroupHeartbeatResponse.Assignment = ConsumerGroupHeartbeatResponse.Assignment()
        value.topicPartitions = [ConsumerGroupHeartbeatResponse.TopicPartitions.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ConsumerGroupHeartbeatResponse.TopicPartitions {
    static func sample(version: Int16) -> ConsumerGroupHeartbeatResponse.TopicPartitions {
        var value: ConsumerGroupHeartbeatResponse.TopicPartitions = ConsumerGroupHeartbeatResponse.TopicPartitions()
        value.topicId = KafkaUUID(high: 1, low: 0xFEED)
        value.partitions = [2, 3]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ConsumerProtocolAssignment: SampledMessage {
    static func sample(version: Int16) -> ConsumerProtocolAssignment {
        var value: ConsumerProtocolAssignment = ConsumerProtocolAssignment()
        value.assignedPartitions = [ConsumerProtocolAssignment.TopicPartition.sample(version: version)]
        value.userData = [2, 0xFE]
        return value
    }
}

extension ConsumerProtocolAssignment.TopicPartition {
    static func sample(version: Int16) -> ConsumerProtocolAssignment.TopicPartition {
        var value: ConsumerProtocolAssignment.TopicPartition = ConsumerProtocolAssignment.TopicPartition()
        value.topic = "Topic-1"
        value.partitions = [2, 3]
        return value
    }
}

extension ConsumerProtocolSubscription: SampledMessage {
    static func sample(version: Int16) -> ConsumerProtocolSubscription {
        var value: ConsumerProtocolSubscription = ConsumerProtocolSubscription()
        value.topics = ["Topics-1", ""]
        value.userData = [2, 0xFE]
        if version >= 1 { value.ownedPartitions = [ConsumerProtocolSubscription.TopicPartition.sample(version: version)] }
        if version >= 2 { value.generationId = 4 }
        if version >= 3 { value.rackId = "RackId-5" }
        return value
    }
}

extension ConsumerProtocolSubscription.TopicPartition {
    static func sample(version: Int16) -> ConsumerProtocolSubscription.TopicPartition {
        var value: ConsumerProtocolSubscription.TopicPartition = ConsumerProtocolSubscription.TopicPartition()
        value.topic = "Topic-1"
        value.partitions = [2, 3]
        return value
    }
}

extension CreateAclsRequest: SampledMessage {
    static func sample(version: Int16) -> CreateAclsRequest {
        var value: CreateAclsRequest = CreateAclsRequest()
        value.creations = [CreateAclsRequest.AclCreation.sample(version: version)]
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension CreateAclsRequest.AclCreation {
    static func sample(version: Int16) -> CreateAclsRequest.AclCreation {
        var value: CreateAclsRequest.AclCreation = CreateAclsRequest.AclCreation()
        value.resourceType = 1
        value.resourceName = "ResourceName-2"
        if version >= 1 { value.resourcePatternType = 4 }
        value.principal = "Principal-4"
        value.host = "Host-5"
        value.operation = 6
        value.permissionType = 7
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension CreateAclsResponse: SampledMessage {
    static func sample(version: Int16) -> CreateAclsResponse {
        var value: CreateAclsResponse = CreateAclsResponse()
        value.throttleTimeMs = 1
        value.results = [CreateAclsResponse.AclCreationResult.sample(version: version)]
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension CreateAclsResponse.AclCreationResult {
    static func sample(version: Int16) -> CreateAclsResponse.AclCreationResult {
        var value: CreateAclsResponse.AclCreationResult = CreateAclsResponse.AclCreationResult()
        value.errorCode = 1
        value.errorMessage = "ErrorMessage-2"
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension CreateDelegationTokenRequest: SampledMessage {
    static func sample(version: Int16) -> CreateDelegationTokenRequest {
        var value: CreateDelegationTokenRequest = CreateDelegationTokenRequest()
        if version >= 3 { value.ownerPrincipalType = "OwnerPrincipalType-1" }
        if version >= 3 { value.ownerPrincipalName = "OwnerPrincipalName-2" }
        value.renewers = [CreateDelegationTokenRequest.CreatableRenewers.sample(version: version)]
        value.maxLifetimeMs = 4
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension CreateDelegationTokenRequest.CreatableRenewers {
    static func sample(version: Int16) -> CreateDelegationTokenRequest.CreatableRenewers {
        var value: CreateDelegationTokenRequest.CreatableRenewers = CreateDelegationTokenRequest.CreatableRenewers()
        value.principalType = "PrincipalType-1"
        value.principalName = "PrincipalName-2"
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension CreateDelegationTokenResponse: SampledMessage {
    static func sample(version: Int16) -> CreateDelegationTokenResponse {
        var value: CreateDelegationTokenResponse = CreateDelegationTokenResponse()
        value.errorCode = 1
        value.principalType = "PrincipalType-2"
        value.principalName = "PrincipalName-3"
        if version >= 3 { value.tokenRequesterPrincipalType = "TokenRequesterPrincipalType-4" }
        if version >= 3 { value.tokenRequesterPrincipalName = "TokenRequesterPrincipalName-5" }
        value.issueTimestampMs = 6
        value.expiryTimestampMs = 7
        value.maxTimestampMs = 8
        value.tokenId = "TokenId-9"
        value.hmac = [10, 0xFE]
        value.throttleTimeMs = 11
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension CreatePartitionsRequest: SampledMessage {
    static func sample(version: Int16) -> CreatePartitionsRequest {
        var value: CreatePartitionsRequest = CreatePartitionsRequest()
        value.topics = [CreatePartitionsRequest.CreatePartitionsTopic.sample(version: version)]
        value.timeoutMs = 2
        value.validateOnly = true
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension CreatePartitionsRequest.CreatePartitionsTopic {
    static func sample(version: Int16) -> CreatePartitionsRequest.CreatePartitionsTopic {
        var value: CreatePartitionsRequest.CreatePartitionsTopic = CreatePartitionsRequest.CreatePartitionsTopic()
        value.name = "Name-1"
        value.count = 2
        value.assignments = [CreatePartitionsRequest.CreatePartitionsAssignment.sample(version: version)]
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension CreatePartitionsRequest.CreatePartitionsAssignment {
    static func sample(version: Int16) -> CreatePartitionsRequest.CreatePartitionsAssignment {
        var value: CreatePartitionsRequest.CreatePartitionsAssignment = CreatePartitionsRequest.CreatePartitionsAssignment()
        value.brokerIds = [1, 2]
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension CreatePartitionsResponse: SampledMessage {
    static func sample(version: Int16) -> CreatePartitionsResponse {
        var value: CreatePartitionsResponse = CreatePartitionsResponse()
        value.throttleTimeMs = 1
        value.results = [CreatePartitionsResponse.CreatePartitionsTopicResult.sample(version: version)]
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension CreatePartitionsResponse.CreatePartitionsTopicResult {
    static func sample(version: Int16) -> CreatePartitionsResponse.CreatePartitionsTopicResult {
        var value: CreatePartitionsResponse.CreatePartitionsTopicResult = CreatePartitionsResponse.CreatePartitionsTopicResult()
        value.name = "Name-1"
        value.errorCode = 2
        value.errorMessage = "ErrorMessage-3"
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension CreateTopicsRequest: SampledMessage {
    static func sample(version: Int16) -> CreateTopicsRequest {
        var value: CreateTopicsRequest = CreateTopicsRequest()
        value.topics = [CreateTopicsRequest.CreatableTopic.sample(version: version)]
        value.timeoutMs = 2
        if version >= 1 { value.validateOnly = true }
        if version >= 5 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension CreateTopicsRequest.CreatableTopic {
    static func sample(version: Int16) -> CreateTopicsRequest.CreatableTopic {
        var value: CreateTopicsRequest.CreatableTopic = CreateTopicsRequest.CreatableTopic()
        value.name = "Name-1"
        value.numPartitions = 2
        value.replicationFactor = 3
        value.assignments = [CreateTopicsRequest.CreatableReplicaAssignment.sample(version: version)]
        value.configs = [CreateTopicsRequest.CreatableTopicConfig.sample(version: version)]
        if version >= 5 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension CreateTopicsRequest.CreatableReplicaAssignment {
    static func sample(version: Int16) -> CreateTopicsRequest.CreatableReplicaAssignment {
        var value: CreateTopicsRequest.CreatableReplicaAssignment = CreateTopicsRequest.CreatableReplicaAssignment()
        value.partitionIndex = 1
        value.brokerIds = [2, 3]
        if version >= 5 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension CreateTopicsRequest.CreatableTopicConfig {
    static func sample(version: Int16) -> CreateTopicsRequest.CreatableTopicConfig {
        var value: CreateTopicsRequest.CreatableTopicConfig = CreateTopicsRequest.CreatableTopicConfig()
        value.name = "Name-1"
        value.value = "Value-2"
        if version >= 5 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension CreateTopicsResponse: SampledMessage {
    static func sample(version: Int16) -> CreateTopicsResponse {
        var value: CreateTopicsResponse = CreateTopicsResponse()
        if version >= 2 { value.throttleTimeMs = 1 }
        value.topics = [CreateTopicsResponse.CreatableTopicResult.sample(version: version)]
        if version >= 5 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension CreateTopicsResponse.CreatableTopicResult {
    static func sample(version: Int16) -> CreateTopicsResponse.CreatableTopicResult {
        var value: CreateTopicsResponse.CreatableTopicResult = CreateTopicsResponse.CreatableTopicResult()
        value.name = "Name-1"
        if version >= 7 { value.topicId = KafkaUUID(high: 2, low: 0xFEED) }
        value.errorCode = 3
        if version >= 1 { value.errorMessage = "ErrorMessage-4" }
        if version >= 5 { value.topicConfigErrorCode = 5 }
        if version >= 5 { value.numPartitions = 6 }
        if version >= 5 { value.replicationFactor = 7 }
        if version >= 5 { value.configs = [CreateTopicsResponse.CreatableTopicConfigs.sample(version: version)] }
        if version >= 5 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension CreateTopicsResponse.CreatableTopicConfigs {
    static func sample(version: Int16) -> CreateTopicsResponse.CreatableTopicConfigs {
        var value: CreateTopicsResponse.CreatableTopicConfigs = CreateTopicsResponse.CreatableTopicConfigs()
        value.name = "Name-1"
        value.value = "Value-2"
        value.readOnly = true
        value.configSource = 4
        value.isSensitive = true
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension DefaultPrincipalData: SampledMessage {
    static func sample(version: Int16) -> DefaultPrincipalData {
        var value: DefaultPrincipalData = DefaultPrincipalData()
        value.type = "Type-1"
        value.name = "Name-2"
        value.tokenAuthenticated = true
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension DeleteAclsRequest: SampledMessage {
    static func sample(version: Int16) -> DeleteAclsRequest {
        var value: DeleteAclsRequest = DeleteAclsRequest()
        value.filters = [DeleteAclsRequest.DeleteAclsFilter.sample(version: version)]
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension DeleteAclsRequest.DeleteAclsFilter {
    static func sample(version: Int16) -> DeleteAclsRequest.DeleteAclsFilter {
        var value: DeleteAclsRequest.DeleteAclsFilter = DeleteAclsRequest.DeleteAclsFilter()
        value.resourceTypeFilter = 1
        value.resourceNameFilter = "ResourceNameFilter-2"
        if version >= 1 { value.patternTypeFilter = 4 }
        value.principalFilter = "PrincipalFilter-4"
        value.hostFilter = "HostFilter-5"
        value.operation = 6
        value.permissionType = 7
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension DeleteAclsResponse: SampledMessage {
    static func sample(version: Int16) -> DeleteAclsResponse {
        var value: DeleteAclsResponse = DeleteAclsResponse()
        value.throttleTimeMs = 1
        value.filterResults = [DeleteAclsResponse.DeleteAclsFilterResult.sample(version: version)]
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension DeleteAclsResponse.DeleteAclsFilterResult {
    static func sample(version: Int16) -> DeleteAclsResponse.DeleteAclsFilterResult {
        var value: DeleteAclsResponse.DeleteAclsFilterResult = DeleteAclsResponse.DeleteAclsFilterResult()
        value.errorCode = 1
        value.errorMessage = "ErrorMessage-2"
        value.matchingAcls = [DeleteAclsResponse.DeleteAclsMatchingAcl.sample(version: version)]
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension DeleteAclsResponse.DeleteAclsMatchingAcl {
    static func sample(version: Int16) -> DeleteAclsResponse.DeleteAclsMatchingAcl {
        var value: DeleteAclsResponse.DeleteAclsMatchingAcl = DeleteAclsResponse.DeleteAclsMatchingAcl()
        value.errorCode = 1
        value.errorMessage = "ErrorMessage-2"
        value.resourceType = 3
        value.resourceName = "ResourceName-4"
        if version >= 1 { value.patternType = 5 }
        value.principal = "Principal-6"
        value.host = "Host-7"
        value.operation = 8
        value.permissionType = 9
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension DeleteGroupsRequest: SampledMessage {
    static func sample(version: Int16) -> DeleteGroupsRequest {
        var value: DeleteGroupsRequest = DeleteGroupsRequest()
        value.groupsNames = ["GroupsNames-1", ""]
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension DeleteGroupsResponse: SampledMessage {
    static func sample(version: Int16) -> DeleteGroupsResponse {
        var value: DeleteGroupsResponse = DeleteGroupsResponse()
        value.throttleTimeMs = 1
        value.results = [DeleteGroupsResponse.DeletableGroupResult.sample(version: version)]
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension DeleteGroupsResponse.DeletableGroupResult {
    static func sample(version: Int16) -> DeleteGroupsResponse.DeletableGroupResult {
        var value: DeleteGroupsResponse.DeletableGroupResult = DeleteGroupsResponse.DeletableGroupResult()
        value.groupId = "GroupId-1"
        value.errorCode = 2
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension DeleteRecordsRequest: SampledMessage {
    static func sample(version: Int16) -> DeleteRecordsRequest {
        var value: DeleteRecordsRequest = DeleteRecordsRequest()
        value.topics = [DeleteRecordsRequest.DeleteRecordsTopic.sample(version: version)]
        value.timeoutMs = 2
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension DeleteRecordsRequest.DeleteRecordsTopic {
    static func sample(version: Int16) -> DeleteRecordsRequest.DeleteRecordsTopic {
        var value: DeleteRecordsRequest.DeleteRecordsTopic = DeleteRecordsRequest.DeleteRecordsTopic()
        value.name = "Name-1"
        value.partitions = [DeleteRecordsRequest.DeleteRecordsPartition.sample(version: version)]
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension DeleteRecordsRequest.DeleteRecordsPartition {
    static func sample(version: Int16) -> DeleteRecordsRequest.DeleteRecordsPartition {
        var value: DeleteRecordsRequest.DeleteRecordsPartition = DeleteRecordsRequest.DeleteRecordsPartition()
        value.partitionIndex = 1
        value.offset = 2
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension DeleteRecordsResponse: SampledMessage {
    static func sample(version: Int16) -> DeleteRecordsResponse {
        var value: DeleteRecordsResponse = DeleteRecordsResponse()
        value.throttleTimeMs = 1
        value.topics = [DeleteRecordsResponse.DeleteRecordsTopicResult.sample(version: version)]
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension DeleteRecordsResponse.DeleteRecordsTopicResult {
    static func sample(version: Int16) -> DeleteRecordsResponse.DeleteRecordsTopicResult {
        var value: DeleteRecordsResponse.DeleteRecordsTopicResult = DeleteRecordsResponse.DeleteRecordsTopicResult()
        value.name = "Name-1"
        value.partitions = [DeleteRecordsResponse.DeleteRecordsPartitionResult.sample(version: version)]
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension DeleteRecordsResponse.DeleteRecordsPartitionResult {
    static func sample(version: Int16) -> DeleteRecordsResponse.DeleteRecordsPartitionResult {
        var value: DeleteRecordsResponse.DeleteRecordsPartitionResult = DeleteRecordsResponse.DeleteRecordsPartitionResult()
        value.partitionIndex = 1
        value.lowWatermark = 2
        value.errorCode = 3
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension DeleteShareGroupStateRequest: SampledMessage {
    static func sample(version: Int16) -> DeleteShareGroupStateRequest {
        var value: DeleteShareGroupStateRequest = DeleteShareGroupStateRequest()
        value.groupId = "GroupId-1"
        value.topics = [DeleteShareGroupStateRequest.DeleteStateData.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension DeleteShareGroupStateRequest.DeleteStateData {
    static func sample(version: Int16) -> DeleteShareGroupStateRequest.DeleteStateData {
        var value: DeleteShareGroupStateRequest.DeleteStateData = DeleteShareGroupStateRequest.DeleteStateData()
        value.topicId = KafkaUUID(high: 1, low: 0xFEED)
        value.partitions = [DeleteShareGroupStateRequest.PartitionData.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension DeleteShareGroupStateRequest.PartitionData {
    static func sample(version: Int16) -> DeleteShareGroupStateRequest.PartitionData {
        var value: DeleteShareGroupStateRequest.PartitionData = DeleteShareGroupStateRequest.PartitionData()
        value.partition = 1
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension DeleteShareGroupStateResponse: SampledMessage {
    static func sample(version: Int16) -> DeleteShareGroupStateResponse {
        var value: DeleteShareGroupStateResponse = DeleteShareGroupStateResponse()
        value.results = [DeleteShareGroupStateResponse.DeleteStateResult.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension DeleteShareGroupStateResponse.DeleteStateResult {
    static func sample(version: Int16) -> DeleteShareGroupStateResponse.DeleteStateResult {
        var value: DeleteShareGroupStateResponse.DeleteStateResult = DeleteShareGroupStateResponse.DeleteStateResult()
        value.topicId = KafkaUUID(high: 1, low: 0xFEED)
        value.partitions = [DeleteShareGroupStateResponse.PartitionResult.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension DeleteShareGroupStateResponse.PartitionResult {
    static func sample(version: Int16) -> DeleteShareGroupStateResponse.PartitionResult {
        var value: DeleteShareGroupStateResponse.PartitionResult = DeleteShareGroupStateResponse.PartitionResult()
        value.partition = 1
        value.errorCode = 2
        value.errorMessage = "ErrorMessage-3"
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension DeleteTopicsRequest: SampledMessage {
    static func sample(version: Int16) -> DeleteTopicsRequest {
        var value: DeleteTopicsRequest = DeleteTopicsRequest()
        if version >= 6 { value.topics = [DeleteTopicsRequest.DeleteTopicState.sample(version: version)] }
        if version <= 5 { value.topicNames = ["TopicNames-2", ""] }
        value.timeoutMs = 3
        if version >= 4 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension DeleteTopicsRequest.DeleteTopicState {
    static func sample(version: Int16) -> DeleteTopicsRequest.DeleteTopicState {
        var value: DeleteTopicsRequest.DeleteTopicState = DeleteTopicsRequest.DeleteTopicState()
        value.name = "Name-1"
        value.topicId = KafkaUUID(high: 2, low: 0xFEED)
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension DeleteTopicsResponse: SampledMessage {
    static func sample(version: Int16) -> DeleteTopicsResponse {
        var value: DeleteTopicsResponse = DeleteTopicsResponse()
        if version >= 1 { value.throttleTimeMs = 1 }
        value.responses = [DeleteTopicsResponse.DeletableTopicResult.sample(version: version)]
        if version >= 4 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension DeleteTopicsResponse.DeletableTopicResult {
    static func sample(version: Int16) -> DeleteTopicsResponse.DeletableTopicResult {
        var value: DeleteTopicsResponse.DeletableTopicResult = DeleteTopicsResponse.DeletableTopicResult()
        value.name = "Name-1"
        if version >= 6 { value.topicId = KafkaUUID(high: 2, low: 0xFEED) }
        value.errorCode = 3
        if version >= 5 { value.errorMessage = "ErrorMessage-4" }
        if version >= 4 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension DescribeAclsRequest: SampledMessage {
    static func sample(version: Int16) -> DescribeAclsRequest {
        var value: DescribeAclsRequest = DescribeAclsRequest()
        value.resourceTypeFilter = 1
        value.resourceNameFilter = "ResourceNameFilter-2"
        if version >= 1 { value.patternTypeFilter = 4 }
        value.principalFilter = "PrincipalFilter-4"
        value.hostFilter = "HostFilter-5"
        value.operation = 6
        value.permissionType = 7
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension DescribeAclsResponse: SampledMessage {
    static func sample(version: Int16) -> DescribeAclsResponse {
        var value: DescribeAclsResponse = DescribeAclsResponse()
        value.throttleTimeMs = 1
        value.errorCode = 2
        value.errorMessage = "ErrorMessage-3"
        value.resources = [DescribeAclsResponse.DescribeAclsResource.sample(version: version)]
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension DescribeAclsResponse.DescribeAclsResource {
    static func sample(version: Int16) -> DescribeAclsResponse.DescribeAclsResource {
        var value: DescribeAclsResponse.DescribeAclsResource = DescribeAclsResponse.DescribeAclsResource()
        value.resourceType = 1
        value.resourceName = "ResourceName-2"
        if version >= 1 { value.patternType = 4 }
        value.acls = [DescribeAclsResponse.AclDescription.sample(version: version)]
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension DescribeAclsResponse.AclDescription {
    static func sample(version: Int16) -> DescribeAclsResponse.AclDescription {
        var value: DescribeAclsResponse.AclDescription = DescribeAclsResponse.AclDescription()
        value.principal = "Principal-1"
        value.host = "Host-2"
        value.operation = 3
        value.permissionType = 4
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension DescribeClientQuotasRequest: SampledMessage {
    static func sample(version: Int16) -> DescribeClientQuotasRequest {
        var value: DescribeClientQuotasRequest = DescribeClientQuotasRequest()
        value.components = [DescribeClientQuotasRequest.ComponentData.sample(version: version)]
        value.strict = true
        if version >= 1 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension DescribeClientQuotasRequest.ComponentData {
    static func sample(version: Int16) -> DescribeClientQuotasRequest.ComponentData {
        var value: DescribeClientQuotasRequest.ComponentData = DescribeClientQuotasRequest.ComponentData()
        value.entityType = "EntityType-1"
        value.matchType = 2
        value.match = "Match-3"
        if version >= 1 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension DescribeClientQuotasResponse: SampledMessage {
    static func sample(version: Int16) -> DescribeClientQuotasResponse {
        var value: DescribeClientQuotasResponse = DescribeClientQuotasResponse()
        value.throttleTimeMs = 1
        value.errorCode = 2
        value.errorMessage = "ErrorMessage-3"
        value.entries = [DescribeClientQuotasResponse.EntryData.sample(version: version)]
        if version >= 1 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension DescribeClientQuotasResponse.EntryData {
    static func sample(version: Int16) -> DescribeClientQuotasResponse.EntryData {
        var value: DescribeClientQuotasResponse.EntryData = DescribeClientQuotasResponse.EntryData()
        value.entity = [DescribeClientQuotasResponse.EntityData.sample(version: version)]
        value.values = [DescribeClientQuotasResponse.ValueData.sample(version: version)]
        if version >= 1 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension DescribeClientQuotasResponse.EntityData {
    static func sample(version: Int16) -> DescribeClientQuotasResponse.EntityData {
        var value: DescribeClientQuotasResponse.EntityData = DescribeClientQuotasResponse.EntityData()
        value.entityType = "EntityType-1"
        value.entityName = "EntityName-2"
        if version >= 1 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension DescribeClientQuotasResponse.ValueData {
    static func sample(version: Int16) -> DescribeClientQuotasResponse.ValueData {
        var value: DescribeClientQuotasResponse.ValueData = DescribeClientQuotasResponse.ValueData()
        value.key = "Key-1"
        value.value = 2.25
        if version >= 1 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension DescribeClusterRequest: SampledMessage {
    static func sample(version: Int16) -> DescribeClusterRequest {
        var value: DescribeClusterRequest = DescribeClusterRequest()
        value.includeClusterAuthorizedOperations = true
        if version >= 1 { value.endpointType = 2 }
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension DescribeClusterResponse: SampledMessage {
    static func sample(version: Int16) -> DescribeClusterResponse {
        var value: DescribeClusterResponse = DescribeClusterResponse()
        value.throttleTimeMs = 1
        value.errorCode = 2
        value.errorMessage = "ErrorMessage-3"
        if version >= 1 { value.endpointType = 4 }
        value.clusterId = "ClusterId-5"
        value.controllerId = 6
        value.brokers = [DescribeClusterResponse.DescribeClusterBroker.sample(version: version)]
        value.clusterAuthorizedOperations = 8
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension DescribeClusterResponse.DescribeClusterBroker {
    static func sample(version: Int16) -> DescribeClusterResponse.DescribeClusterBroker {
        var value: DescribeClusterResponse.DescribeClusterBroker = DescribeClusterResponse.DescribeClusterBroker()
        value.brokerId = 1
        value.host = "Host-2"
        value.port = 3
        value.rack = "Rack-4"
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension DescribeConfigsRequest: SampledMessage {
    static func sample(version: Int16) -> DescribeConfigsRequest {
        var value: DescribeConfigsRequest = DescribeConfigsRequest()
        value.resources = [DescribeConfigsRequest.DescribeConfigsResource.sample(version: version)]
        if version >= 1 { value.includeSynonyms = true }
        if version >= 3 { value.includeDocumentation = true }
        if version >= 4 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension DescribeConfigsRequest.DescribeConfigsResource {
    static func sample(version: Int16) -> DescribeConfigsRequest.DescribeConfigsResource {
        var value: DescribeConfigsRequest.DescribeConfigsResource = DescribeConfigsRequest.DescribeConfigsResource()
        value.resourceType = 1
        value.resourceName = "ResourceName-2"
        value.configurationKeys = ["ConfigurationKeys-3", ""]
        if version >= 4 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension DescribeConfigsResponse: SampledMessage {
    static func sample(version: Int16) -> DescribeConfigsResponse {
        var value: DescribeConfigsResponse = DescribeConfigsResponse()
        value.throttleTimeMs = 1
        value.results = [DescribeConfigsResponse.DescribeConfigsResult.sample(version: version)]
        if version >= 4 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension DescribeConfigsResponse.DescribeConfigsResult {
    static func sample(version: Int16) -> DescribeConfigsResponse.DescribeConfigsResult {
        var value: DescribeConfigsResponse.DescribeConfigsResult = DescribeConfigsResponse.DescribeConfigsResult()
        value.errorCode = 1
        value.errorMessage = "ErrorMessage-2"
        value.resourceType = 3
        value.resourceName = "ResourceName-4"
        value.configs = [DescribeConfigsResponse.DescribeConfigsResourceResult.sample(version: version)]
        if version >= 4 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension DescribeConfigsResponse.DescribeConfigsResourceResult {
    static func sample(version: Int16) -> DescribeConfigsResponse.DescribeConfigsResourceResult {
        var value: DescribeConfigsResponse.DescribeConfigsResourceResult = DescribeConfigsResponse.DescribeConfigsResourceResult()
        value.name = "Name-1"
        value.value = "Value-2"
        value.readOnly = true
        if version <= 0 { value.isDefault = true }
        if version >= 1 { value.configSource = 5 }
        value.isSensitive = true
        if version >= 1 { value.synonyms = [DescribeConfigsResponse.DescribeConfigsSynonym.sample(version: version)] }
        if version >= 3 { value.configType = 8 }
        if version >= 3 { value.documentation = "Documentation-9" }
        if version >= 4 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension DescribeConfigsResponse.DescribeConfigsSynonym {
    static func sample(version: Int16) -> DescribeConfigsResponse.DescribeConfigsSynonym {
        var value: DescribeConfigsResponse.DescribeConfigsSynonym = DescribeConfigsResponse.DescribeConfigsSynonym()
        value.name = "Name-1"
        value.value = "Value-2"
        value.source = 3
        if version >= 4 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension DescribeDelegationTokenRequest: SampledMessage {
    static func sample(version: Int16) -> DescribeDelegationTokenRequest {
        var value: DescribeDelegationTokenRequest = DescribeDelegationTokenRequest()
        value.owners = [DescribeDelegationTokenRequest.DescribeDelegationTokenOwner.sample(version: version)]
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension DescribeDelegationTokenRequest.DescribeDelegationTokenOwner {
    static func sample(version: Int16) -> DescribeDelegationTokenRequest.DescribeDelegationTokenOwner {
        var value: DescribeDelegationTokenRequest.DescribeDelegationTokenOwner = DescribeDelegationTokenRequest.DescribeDelegationTokenOwner()
        value.principalType = "PrincipalType-1"
        value.principalName = "PrincipalName-2"
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension DescribeDelegationTokenResponse: SampledMessage {
    static func sample(version: Int16) -> DescribeDelegationTokenResponse {
        var value: DescribeDelegationTokenResponse = DescribeDelegationTokenResponse()
        value.errorCode = 1
        value.tokens = [DescribeDelegationTokenResponse.DescribedDelegationToken.sample(version: version)]
        value.throttleTimeMs = 3
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension DescribeDelegationTokenResponse.DescribedDelegationToken {
    static func sample(version: Int16) -> DescribeDelegationTokenResponse.DescribedDelegationToken {
        var value: DescribeDelegationTokenResponse.DescribedDelegationToken = DescribeDelegationTokenResponse.DescribedDelegationToken()
        value.principalType = "PrincipalType-1"
        value.principalName = "PrincipalName-2"
        if version >= 3 { value.tokenRequesterPrincipalType = "TokenRequesterPrincipalType-3" }
        if version >= 3 { value.tokenRequesterPrincipalName = "TokenRequesterPrincipalName-4" }
        value.issueTimestamp = 5
        value.expiryTimestamp = 6
        value.maxTimestamp = 7
        value.tokenId = "TokenId-8"
        value.hmac = [9, 0xFE]
        value.renewers = [DescribeDelegationTokenResponse.DescribedDelegationTokenRenewer.sample(version: version)]
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension DescribeDelegationTokenResponse.DescribedDelegationTokenRenewer {
    static func sample(version: Int16) -> DescribeDelegationTokenResponse.DescribedDelegationTokenRenewer {
        var value: DescribeDelegationTokenResponse.DescribedDelegationTokenRenewer = DescribeDelegationTokenResponse.DescribedDelegationTokenRenewer()
        value.principalType = "PrincipalType-1"
        value.principalName = "PrincipalName-2"
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension DescribeGroupsRequest: SampledMessage {
    static func sample(version: Int16) -> DescribeGroupsRequest {
        var value: DescribeGroupsRequest = DescribeGroupsRequest()
        value.groups = ["Groups-1", ""]
        if version >= 3 { value.includeAuthorizedOperations = true }
        if version >= 5 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension DescribeGroupsResponse: SampledMessage {
    static func sample(version: Int16) -> DescribeGroupsResponse {
        var value: DescribeGroupsResponse = DescribeGroupsResponse()
        if version >= 1 { value.throttleTimeMs = 1 }
        value.groups = [DescribeGroupsResponse.DescribedGroup.sample(version: version)]
        if version >= 5 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension DescribeGroupsResponse.DescribedGroup {
    static func sample(version: Int16) -> DescribeGroupsResponse.DescribedGroup {
        var value: DescribeGroupsResponse.DescribedGroup = DescribeGroupsResponse.DescribedGroup()
        value.errorCode = 1
        value.groupId = "GroupId-2"
        value.groupState = "GroupState-3"
        value.protocolType = "ProtocolType-4"
        value.protocolData = "ProtocolData-5"
        value.members = [DescribeGroupsResponse.DescribedGroupMember.sample(version: version)]
        if version >= 3 { value.authorizedOperations = 7 }
        if version >= 5 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension DescribeGroupsResponse.DescribedGroupMember {
    static func sample(version: Int16) -> DescribeGroupsResponse.DescribedGroupMember {
        var value: DescribeGroupsResponse.DescribedGroupMember = DescribeGroupsResponse.DescribedGroupMember()
        value.memberId = "MemberId-1"
        if version >= 4 { value.groupInstanceId = "GroupInstanceId-2" }
        value.clientId = "ClientId-3"
        value.clientHost = "ClientHost-4"
        value.memberMetadata = [5, 0xFE]
        value.memberAssignment = [6, 0xFE]
        if version >= 5 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension DescribeLogDirsRequest: SampledMessage {
    static func sample(version: Int16) -> DescribeLogDirsRequest {
        var value: DescribeLogDirsRequest = DescribeLogDirsRequest()
        value.topics = [DescribeLogDirsRequest.DescribableLogDirTopic.sample(version: version)]
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension DescribeLogDirsRequest.DescribableLogDirTopic {
    static func sample(version: Int16) -> DescribeLogDirsRequest.DescribableLogDirTopic {
        var value: DescribeLogDirsRequest.DescribableLogDirTopic = DescribeLogDirsRequest.DescribableLogDirTopic()
        value.topic = "Topic-1"
        value.partitions = [2, 3]
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension DescribeLogDirsResponse: SampledMessage {
    static func sample(version: Int16) -> DescribeLogDirsResponse {
        var value: DescribeLogDirsResponse = DescribeLogDirsResponse()
        value.throttleTimeMs = 1
        if version >= 3 { value.errorCode = 2 }
        value.results = [DescribeLogDirsResponse.DescribeLogDirsResult.sample(version: version)]
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension DescribeLogDirsResponse.DescribeLogDirsResult {
    static func sample(version: Int16) -> DescribeLogDirsResponse.DescribeLogDirsResult {
        var value: DescribeLogDirsResponse.DescribeLogDirsResult = DescribeLogDirsResponse.DescribeLogDirsResult()
        value.errorCode = 1
        value.logDir = "LogDir-2"
        value.topics = [DescribeLogDirsResponse.DescribeLogDirsTopic.sample(version: version)]
        if version >= 4 { value.totalBytes = 4 }
        if version >= 4 { value.usableBytes = 5 }
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension DescribeLogDirsResponse.DescribeLogDirsTopic {
    static func sample(version: Int16) -> DescribeLogDirsResponse.DescribeLogDirsTopic {
        var value: DescribeLogDirsResponse.DescribeLogDirsTopic = DescribeLogDirsResponse.DescribeLogDirsTopic()
        value.name = "Name-1"
        value.partitions = [DescribeLogDirsResponse.DescribeLogDirsPartition.sample(version: version)]
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension DescribeLogDirsResponse.DescribeLogDirsPartition {
    static func sample(version: Int16) -> DescribeLogDirsResponse.DescribeLogDirsPartition {
        var value: DescribeLogDirsResponse.DescribeLogDirsPartition = DescribeLogDirsResponse.DescribeLogDirsPartition()
        value.partitionIndex = 1
        value.partitionSize = 2
        value.offsetLag = 3
        value.isFutureKey = true
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension DescribeProducersRequest: SampledMessage {
    static func sample(version: Int16) -> DescribeProducersRequest {
        var value: DescribeProducersRequest = DescribeProducersRequest()
        value.topics = [DescribeProducersRequest.TopicRequest.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension DescribeProducersRequest.TopicRequest {
    static func sample(version: Int16) -> DescribeProducersRequest.TopicRequest {
        var value: DescribeProducersRequest.TopicRequest = DescribeProducersRequest.TopicRequest()
        value.name = "Name-1"
        value.partitionIndexes = [2, 3]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension DescribeProducersResponse: SampledMessage {
    static func sample(version: Int16) -> DescribeProducersResponse {
        var value: DescribeProducersResponse = DescribeProducersResponse()
        value.throttleTimeMs = 1
        value.topics = [DescribeProducersResponse.TopicResponse.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension DescribeProducersResponse.TopicResponse {
    static func sample(version: Int16) -> DescribeProducersResponse.TopicResponse {
        var value: DescribeProducersResponse.TopicResponse = DescribeProducersResponse.TopicResponse()
        value.name = "Name-1"
        value.partitions = [DescribeProducersResponse.PartitionResponse.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension DescribeProducersResponse.PartitionResponse {
    static func sample(version: Int16) -> DescribeProducersResponse.PartitionResponse {
        var value: DescribeProducersResponse.PartitionResponse = DescribeProducersResponse.PartitionResponse()
        value.partitionIndex = 1
        value.errorCode = 2
        value.errorMessage = "ErrorMessage-3"
        value.activeProducers = [DescribeProducersResponse.ProducerState.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension DescribeProducersResponse.ProducerState {
    static func sample(version: Int16) -> DescribeProducersResponse.ProducerState {
        var value: DescribeProducersResponse.ProducerState = DescribeProducersResponse.ProducerState()
        value.producerId = 1
        value.producerEpoch = 2
        value.lastSequence = 3
        value.lastTimestamp = 4
        value.coordinatorEpoch = 5
        value.currentTxnStartOffset = 6
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension DescribeQuorumRequest: SampledMessage {
    static func sample(version: Int16) -> DescribeQuorumRequest {
        var value: DescribeQuorumRequest = DescribeQuorumRequest()
        value.topics = [DescribeQuorumRequest.TopicData.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension DescribeQuorumRequest.TopicData {
    static func sample(version: Int16) -> DescribeQuorumRequest.TopicData {
        var value: DescribeQuorumRequest.TopicData = DescribeQuorumRequest.TopicData()
        value.topicName = "TopicName-1"
        value.partitions = [DescribeQuorumRequest.PartitionData.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension DescribeQuorumRequest.PartitionData {
    static func sample(version: Int16) -> DescribeQuorumRequest.PartitionData {
        var value: DescribeQuorumRequest.PartitionData = DescribeQuorumRequest.PartitionData()
        value.partitionIndex = 1
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension DescribeQuorumResponse: SampledMessage {
    static func sample(version: Int16) -> DescribeQuorumResponse {
        var value: DescribeQuorumResponse = DescribeQuorumResponse()
        value.errorCode = 1
        if version >= 2 { value.errorMessage = "ErrorMessage-2" }
        value.topics = [DescribeQuorumResponse.TopicData.sample(version: version)]
        if version >= 2 { value.nodes = [DescribeQuorumResponse.Node.sample(version: version)] }
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension DescribeQuorumResponse.TopicData {
    static func sample(version: Int16) -> DescribeQuorumResponse.TopicData {
        var value: DescribeQuorumResponse.TopicData = DescribeQuorumResponse.TopicData()
        value.topicName = "TopicName-1"
        value.partitions = [DescribeQuorumResponse.PartitionData.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension DescribeQuorumResponse.PartitionData {
    static func sample(version: Int16) -> DescribeQuorumResponse.PartitionData {
        var value: DescribeQuorumResponse.PartitionData = DescribeQuorumResponse.PartitionData()
        value.partitionIndex = 1
        value.errorCode = 2
        if version >= 2 { value.errorMessage = "ErrorMessage-3" }
        value.leaderId = 4
        value.leaderEpoch = 5
        value.highWatermark = 6
        value.currentVoters = [DescribeQuorumResponse.ReplicaState.sample(version: version)]
        value.observers = [DescribeQuorumResponse.ReplicaState.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension DescribeQuorumResponse.Node {
    static func sample(version: Int16) -> DescribeQuorumResponse.Node {
        var value: DescribeQuorumResponse.Node = DescribeQuorumResponse.Node()
        value.nodeId = 1
        value.listeners = [DescribeQuorumResponse.Listener.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension DescribeQuorumResponse.Listener {
    static func sample(version: Int16) -> DescribeQuorumResponse.Listener {
        var value: DescribeQuorumResponse.Listener = DescribeQuorumResponse.Listener()
        value.name = "Name-1"
        value.host = "Host-2"
        value.port = 3
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension DescribeQuorumResponse.ReplicaState {
    static func sample(version: Int16) -> DescribeQuorumResponse.ReplicaState {
        var value: DescribeQuorumResponse.ReplicaState = DescribeQuorumResponse.ReplicaState()
        value.replicaId = 1
        if version >= 2 { value.replicaDirectoryId = KafkaUUID(high: 2, low: 0xFEED) }
        value.logEndOffset = 3
        if version >= 1 { value.lastFetchTimestamp = 4 }
        if version >= 1 { value.lastCaughtUpTimestamp = 5 }
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension DescribeTopicPartitionsRequest: SampledMessage {
    static func sample(version: Int16) -> DescribeTopicPartitionsRequest {
        var value: DescribeTopicPartitionsRequest = DescribeTopicPartitionsRequest()
        value.topics = [DescribeTopicPartitionsRequest.TopicRequest.sample(version: version)]
        value.responsePartitionLimit = 2
        value.cursor = DescribeTopicPartitionsRequest.Cursor.sample(version: version)
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension DescribeTopicPartitionsRequest.TopicRequest {
    static func sample(version: Int16) -> DescribeTopicPartitionsRequest.TopicRequest {
        var value: DescribeTopicPartitionsRequest.TopicRequest = DescribeTopicPartitionsRequest.TopicRequest()
        value.name = "Name-1"
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension DescribeTopicPartitionsRequest.Cursor {
    static func sample(version: Int16) -> DescribeTopicPartitionsRequest.Cursor {
        var value: DescribeTopicPartitionsRequest.Cursor = DescribeTopicPartitionsRequest.Cursor()
        value.topicName = "TopicName-1"
        value.partitionIndex = 2
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension DescribeTopicPartitionsResponse: SampledMessage {
    static func sample(version: Int16) -> DescribeTopicPartitionsResponse {
        var value: DescribeTopicPartitionsResponse = DescribeTopicPartitionsResponse()
        value.throttleTimeMs = 1
        value.topics = [DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic.sample(version: version)]
        value.nextCursor = DescribeTopicPartitionsResponse.Cursor.sample(version: version)
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic {
    static func sample(version: Int16) -> DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic {
        var value: DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic = DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic()
        value.errorCode = 1
        value.name = "Name-2"
        value.topicId = KafkaUUID(high: 3, low: 0xFEED)
        value.isInternal = true
        value.partitions = [DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition.sample(version: version)]
        value.topicAuthorizedOperations = 6
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition {
    static func sample(version: Int16) -> DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition {
        var value: DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition = DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition()
        value.errorCode = 1
        value.partitionIndex = 2
        value.leaderId = 3
        value.leaderEpoch = 4
        value.replicaNodes = [5, 6]
        value.isrNodes = [6, 7]
        value.eligibleLeaderReplicas = [7, 8]
        value.lastKnownElr = [8, 9]
        value.offlineReplicas = [9, 10]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension DescribeTopicPartitionsResponse.Cursor {
    static func sample(version: Int16) -> DescribeTopicPartitionsResponse.Cursor {
        var value: DescribeTopicPartitionsResponse.Cursor = DescribeTopicPartitionsResponse.Cursor()
        value.topicName = "TopicName-1"
        value.partitionIndex = 2
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension DescribeTransactionsRequest: SampledMessage {
    static func sample(version: Int16) -> DescribeTransactionsRequest {
        var value: DescribeTransactionsRequest = DescribeTransactionsRequest()
        value.transactionalIds = ["TransactionalIds-1", ""]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension DescribeTransactionsResponse: SampledMessage {
    static func sample(version: Int16) -> DescribeTransactionsResponse {
        var value: DescribeTransactionsResponse = DescribeTransactionsResponse()
        value.throttleTimeMs = 1
        value.transactionStates = [DescribeTransactionsResponse.TransactionState.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension DescribeTransactionsResponse.TransactionState {
    static func sample(version: Int16) -> DescribeTransactionsResponse.TransactionState {
        var value: DescribeTransactionsResponse.TransactionState = DescribeTransactionsResponse.TransactionState()
        value.errorCode = 1
        value.transactionalId = "TransactionalId-2"
        value.transactionState = "TransactionState-3"
        value.transactionTimeoutMs = 4
        value.transactionStartTimeMs = 5
        value.producerId = 6
        value.producerEpoch = 7
        value.topics = [DescribeTransactionsResponse.TopicData.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension DescribeTransactionsResponse.TopicData {
    static func sample(version: Int16) -> DescribeTransactionsResponse.TopicData {
        var value: DescribeTransactionsResponse.TopicData = DescribeTransactionsResponse.TopicData()
        value.topic = "Topic-1"
        value.partitions = [2, 3]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension DescribeUserScramCredentialsRequest: SampledMessage {
    static func sample(version: Int16) -> DescribeUserScramCredentialsRequest {
        var value: DescribeUserScramCredentialsRequest = DescribeUserScramCredentialsRequest()
        value.users = [DescribeUserScramCredentialsRequest.UserName.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension DescribeUserScramCredentialsRequest.UserName {
    static func sample(version: Int16) -> DescribeUserScramCredentialsRequest.UserName {
        var value: DescribeUserScramCredentialsRequest.UserName = DescribeUserScramCredentialsRequest.UserName()
        value.name = "Name-1"
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension DescribeUserScramCredentialsResponse: SampledMessage {
    static func sample(version: Int16) -> DescribeUserScramCredentialsResponse {
        var value: DescribeUserScramCredentialsResponse = DescribeUserScramCredentialsResponse()
        value.throttleTimeMs = 1
        value.errorCode = 2
        value.errorMessage = "ErrorMessage-3"
        value.results = [DescribeUserScramCredentialsResponse.DescribeUserScramCredentialsResult.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension DescribeUserScramCredentialsResponse.DescribeUserScramCredentialsResult {
    static func sample(version: Int16) -> DescribeUserScramCredentialsResponse.DescribeUserScramCredentialsResult {
        var value: DescribeUserScramCredentialsResponse.DescribeUserScramCredentialsResult = DescribeUserScramCredentialsResponse.DescribeUserScramCredentialsResult()
        value.user = "User-1"
        value.errorCode = 2
        value.errorMessage = "ErrorMessage-3"
        value.credentialInfos = [DescribeUserScramCredentialsResponse.CredentialInfo.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension DescribeUserScramCredentialsResponse.CredentialInfo {
    static func sample(version: Int16) -> DescribeUserScramCredentialsResponse.CredentialInfo {
        var value: DescribeUserScramCredentialsResponse.CredentialInfo = DescribeUserScramCredentialsResponse.CredentialInfo()
        value.mechanism = 1
        value.iterations = 2
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ElectLeadersRequest: SampledMessage {
    static func sample(version: Int16) -> ElectLeadersRequest {
        var value: ElectLeadersRequest = ElectLeadersRequest()
        if version >= 1 { value.electionType = 1 }
        value.topicPartitions = [ElectLeadersRequest.TopicPartitions.sample(version: version)]
        value.timeoutMs = 3
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension ElectLeadersRequest.TopicPartitions {
    static func sample(version: Int16) -> ElectLeadersRequest.TopicPartitions {
        var value: ElectLeadersRequest.TopicPartitions = ElectLeadersRequest.TopicPartitions()
        value.topic = "Topic-1"
        value.partitions = [2, 3]
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension ElectLeadersResponse: SampledMessage {
    static func sample(version: Int16) -> ElectLeadersResponse {
        var value: ElectLeadersResponse = ElectLeadersResponse()
        value.throttleTimeMs = 1
        if version >= 1 { value.errorCode = 2 }
        value.replicaElectionResults = [ElectLeadersResponse.ReplicaElectionResult.sample(version: version)]
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension ElectLeadersResponse.ReplicaElectionResult {
    static func sample(version: Int16) -> ElectLeadersResponse.ReplicaElectionResult {
        var value: ElectLeadersResponse.ReplicaElectionResult = ElectLeadersResponse.ReplicaElectionResult()
        value.topic = "Topic-1"
        value.partitionResult = [ElectLeadersResponse.PartitionResult.sample(version: version)]
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension ElectLeadersResponse.PartitionResult {
    static func sample(version: Int16) -> ElectLeadersResponse.PartitionResult {
        var value: ElectLeadersResponse.PartitionResult = ElectLeadersResponse.PartitionResult()
        value.partitionId = 1
        value.errorCode = 2
        value.errorMessage = "ErrorMessage-3"
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension EndTxnRequest: SampledMessage {
    static func sample(version: Int16) -> EndTxnRequest {
        var value: EndTxnRequest = EndTxnRequest()
        value.transactionalId = "TransactionalId-1"
        value.producerId = 2
        value.producerEpoch = 3
        value.committed = true
        if version >= 3 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension EndTxnResponse: SampledMessage {
    static func sample(version: Int16) -> EndTxnResponse {
        var value: EndTxnResponse = EndTxnResponse()
        value.throttleTimeMs = 1
        value.errorCode = 2
        if version >= 5 { value.producerId = 3 }
        if version >= 5 { value.producerEpoch = 4 }
        if version >= 3 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension ExpireDelegationTokenRequest: SampledMessage {
    static func sample(version: Int16) -> ExpireDelegationTokenRequest {
        var value: ExpireDelegationTokenRequest = ExpireDelegationTokenRequest()
        value.hmac = [1, 0xFE]
        value.expiryTimePeriodMs = 2
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension ExpireDelegationTokenResponse: SampledMessage {
    static func sample(version: Int16) -> ExpireDelegationTokenResponse {
        var value: ExpireDelegationTokenResponse = ExpireDelegationTokenResponse()
        value.errorCode = 1
        value.expiryTimestampMs = 2
        value.throttleTimeMs = 3
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension FetchRequest: SampledMessage {
    static func sample(version: Int16) -> FetchRequest {
        var value: FetchRequest = FetchRequest()
        if version >= 12 { value.clusterId = "ClusterId-1" }
        if version <= 14 { value.replicaId = 2 }
        if version >= 15 { value.replicaState = FetchRequest.ReplicaState.sample(version: version) }
        value.maxWaitMs = 4
        value.minBytes = 5
        if version >= 3 { value.maxBytes = 6 }
        if version >= 4 { value.isolationLevel = 7 }
        if version >= 7 { value.sessionId = 8 }
        if version >= 7 { value.sessionEpoch = 9 }
        value.topics = [FetchRequest.FetchTopic.sample(version: version)]
        if version >= 7 { value.forgottenTopicsData = [FetchRequest.ForgottenTopic.sample(version: version)] }
        if version >= 11 { value.rackId = "RackId-12" }
        if version >= 12 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension FetchRequest.ReplicaState {
    static func sample(version: Int16) -> FetchRequest.ReplicaState {
        var value: FetchRequest.ReplicaState = FetchRequest.ReplicaState()
        value.replicaId = 1
        value.replicaEpoch = 2
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension FetchRequest.FetchTopic {
    static func sample(version: Int16) -> FetchRequest.FetchTopic {
        var value: FetchRequest.FetchTopic = FetchRequest.FetchTopic()
        if version <= 12 { value.topic = "Topic-1" }
        if version >= 13 { value.topicId = KafkaUUID(high: 2, low: 0xFEED) }
        value.partitions = [FetchRequest.FetchPartition.sample(version: version)]
        if version >= 12 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension FetchRequest.FetchPartition {
    static func sample(version: Int16) -> FetchRequest.FetchPartition {
        var value: FetchRequest.FetchPartition = FetchRequest.FetchPartition()
        value.partition = 1
        if version >= 9 { value.currentLeaderEpoch = 2 }
        value.fetchOffset = 3
        if version >= 12 { value.lastFetchedEpoch = 4 }
        if version >= 5 { value.logStartOffset = 5 }
        value.partitionMaxBytes = 6
        if version >= 17 { value.replicaDirectoryId = KafkaUUID(high: 7, low: 0xFEED) }
        if version >= 12 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension FetchRequest.ForgottenTopic {
    static func sample(version: Int16) -> FetchRequest.ForgottenTopic {
        var value: FetchRequest.ForgottenTopic = FetchRequest.ForgottenTopic()
        if version <= 12 { value.topic = "Topic-1" }
        if version >= 13 { value.topicId = KafkaUUID(high: 2, low: 0xFEED) }
        value.partitions = [3, 4]
        if version >= 12 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension FetchResponse: SampledMessage {
    static func sample(version: Int16) -> FetchResponse {
        var value: FetchResponse = FetchResponse()
        if version >= 1 { value.throttleTimeMs = 1 }
        if version >= 7 { value.errorCode = 2 }
        if version >= 7 { value.sessionId = 3 }
        value.responses = [FetchResponse.FetchableTopicResponse.sample(version: version)]
        if version >= 16 { value.nodeEndpoints = [FetchResponse.NodeEndpoint.sample(version: version)] }
        if version >= 12 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension FetchResponse.FetchableTopicResponse {
    static func sample(version: Int16) -> FetchResponse.FetchableTopicResponse {
        var value: FetchResponse.FetchableTopicResponse = FetchResponse.FetchableTopicResponse()
        if version <= 12 { value.topic = "Topic-1" }
        if version >= 13 { value.topicId = KafkaUUID(high: 2, low: 0xFEED) }
        value.partitions = [FetchResponse.PartitionData.sample(version: version)]
        if version >= 12 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension FetchResponse.PartitionData {
    static func sample(version: Int16) -> FetchResponse.PartitionData {
        var value: FetchResponse.PartitionData = FetchResponse.PartitionData()
        value.partitionIndex = 1
        value.errorCode = 2
        value.highWatermark = 3
        if version >= 4 { value.lastStableOffset = 4 }
        if version >= 5 { value.logStartOffset = 5 }
        if version >= 12 { value.divergingEpoch = FetchResponse.EpochEndOffset.sample(version: version) }
        if version >= 12 { value.currentLeader = FetchResponse.LeaderIdAndEpoch.sample(version: version) }
        if version >= 12 { value.snapshotId = FetchResponse.SnapshotId.sample(version: version) }
        if version >= 4 { value.abortedTransactions = [FetchResponse.AbortedTransaction.sample(version: version)] }
        if version >= 11 { value.preferredReadReplica = 10 }
        value.records = ByteBuffer(bytes: [11, 1, 2, 3])
        if version >= 12 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension FetchResponse.EpochEndOffset {
    static func sample(version: Int16) -> FetchResponse.EpochEndOffset {
        var value: FetchResponse.EpochEndOffset = FetchResponse.EpochEndOffset()
        value.epoch = 1
        value.endOffset = 2
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension FetchResponse.LeaderIdAndEpoch {
    static func sample(version: Int16) -> FetchResponse.LeaderIdAndEpoch {
        var value: FetchResponse.LeaderIdAndEpoch = FetchResponse.LeaderIdAndEpoch()
        value.leaderId = 1
        value.leaderEpoch = 2
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension FetchResponse.SnapshotId {
    static func sample(version: Int16) -> FetchResponse.SnapshotId {
        var value: FetchResponse.SnapshotId = FetchResponse.SnapshotId()
        value.endOffset = 1
        value.epoch = 2
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension FetchResponse.AbortedTransaction {
    static func sample(version: Int16) -> FetchResponse.AbortedTransaction {
        var value: FetchResponse.AbortedTransaction = FetchResponse.AbortedTransaction()
        value.producerId = 1
        value.firstOffset = 2
        if version >= 12 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension FetchResponse.NodeEndpoint {
    static func sample(version: Int16) -> FetchResponse.NodeEndpoint {
        var value: FetchResponse.NodeEndpoint = FetchResponse.NodeEndpoint()
        value.nodeId = 1
        value.host = "Host-2"
        value.port = 3
        value.rack = "Rack-4"
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension FindCoordinatorRequest: SampledMessage {
    static func sample(version: Int16) -> FindCoordinatorRequest {
        var value: FindCoordinatorRequest = FindCoordinatorRequest()
        if version <= 3 { value.key = "Key-1" }
        if version >= 1 { value.keyType = 2 }
        if version >= 4 { value.coordinatorKeys = ["CoordinatorKeys-3", ""] }
        if version >= 3 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension FindCoordinatorResponse: SampledMessage {
    static func sample(version: Int16) -> FindCoordinatorResponse {
        var value: FindCoordinatorResponse = FindCoordinatorResponse()
        if version >= 1 { value.throttleTimeMs = 1 }
        if version <= 3 { value.errorCode = 2 }
        if version >= 1 && version <= 3 { value.errorMessage = "ErrorMessage-3" }
        if version <= 3 { value.nodeId = 4 }
        if version <= 3 { value.host = "Host-5" }
        if version <= 3 { value.port = 6 }
        if version >= 4 { value.coordinators = [FindCoordinatorResponse.Coordinator.sample(version: version)] }
        if version >= 3 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension FindCoordinatorResponse.Coordinator {
    static func sample(version: Int16) -> FindCoordinatorResponse.Coordinator {
        var value: FindCoordinatorResponse.Coordinator = FindCoordinatorResponse.Coordinator()
        value.key = "Key-1"
        value.nodeId = 2
        value.host = "Host-3"
        value.port = 4
        value.errorCode = 5
        value.errorMessage = "ErrorMessage-6"
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension GetTelemetrySubscriptionsRequest: SampledMessage {
    static func sample(version: Int16) -> GetTelemetrySubscriptionsRequest {
        var value: GetTelemetrySubscriptionsRequest = GetTelemetrySubscriptionsRequest()
        value.clientInstanceId = KafkaUUID(high: 1, low: 0xFEED)
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension GetTelemetrySubscriptionsResponse: SampledMessage {
    static func sample(version: Int16) -> GetTelemetrySubscriptionsResponse {
        var value: GetTelemetrySubscriptionsResponse = GetTelemetrySubscriptionsResponse()
        value.throttleTimeMs = 1
        value.errorCode = 2
        value.clientInstanceId = KafkaUUID(high: 3, low: 0xFEED)
        value.subscriptionId = 4
        value.acceptedCompressionTypes = [5, 6]
        value.pushIntervalMs = 6
        value.telemetryMaxBytes = 7
        value.deltaTemporality = true
        value.requestedMetrics = ["RequestedMetrics-9", ""]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension HeartbeatRequest: SampledMessage {
    static func sample(version: Int16) -> HeartbeatRequest {
        var value: HeartbeatRequest = HeartbeatRequest()
        value.groupId = "GroupId-1"
        value.generationId = 2
        value.memberId = "MemberId-3"
        if version >= 3 { value.groupInstanceId = "GroupInstanceId-4" }
        if version >= 4 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension HeartbeatResponse: SampledMessage {
    static func sample(version: Int16) -> HeartbeatResponse {
        var value: HeartbeatResponse = HeartbeatResponse()
        if version >= 1 { value.throttleTimeMs = 1 }
        value.errorCode = 2
        if version >= 4 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension IncrementalAlterConfigsRequest: SampledMessage {
    static func sample(version: Int16) -> IncrementalAlterConfigsRequest {
        var value: IncrementalAlterConfigsRequest = IncrementalAlterConfigsRequest()
        value.resources = [IncrementalAlterConfigsRequest.AlterConfigsResource.sample(version: version)]
        value.validateOnly = true
        if version >= 1 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension IncrementalAlterConfigsRequest.AlterConfigsResource {
    static func sample(version: Int16) -> IncrementalAlterConfigsRequest.AlterConfigsResource {
        var value: IncrementalAlterConfigsRequest.AlterConfigsResource = IncrementalAlterConfigsRequest.AlterConfigsResource()
        value.resourceType = 1
        value.resourceName = "ResourceName-2"
        value.configs = [IncrementalAlterConfigsRequest.AlterableConfig.sample(version: version)]
        if version >= 1 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension IncrementalAlterConfigsRequest.AlterableConfig {
    static func sample(version: Int16) -> IncrementalAlterConfigsRequest.AlterableConfig {
        var value: IncrementalAlterConfigsRequest.AlterableConfig = IncrementalAlterConfigsRequest.AlterableConfig()
        value.name = "Name-1"
        value.configOperation = 2
        value.value = "Value-3"
        if version >= 1 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension IncrementalAlterConfigsResponse: SampledMessage {
    static func sample(version: Int16) -> IncrementalAlterConfigsResponse {
        var value: IncrementalAlterConfigsResponse = IncrementalAlterConfigsResponse()
        value.throttleTimeMs = 1
        value.responses = [IncrementalAlterConfigsResponse.AlterConfigsResourceResponse.sample(version: version)]
        if version >= 1 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension IncrementalAlterConfigsResponse.AlterConfigsResourceResponse {
    static func sample(version: Int16) -> IncrementalAlterConfigsResponse.AlterConfigsResourceResponse {
        var value: IncrementalAlterConfigsResponse.AlterConfigsResourceResponse = IncrementalAlterConfigsResponse.AlterConfigsResourceResponse()
        value.errorCode = 1
        value.errorMessage = "ErrorMessage-2"
        value.resourceType = 3
        value.resourceName = "ResourceName-4"
        if version >= 1 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension InitProducerIdRequest: SampledMessage {
    static func sample(version: Int16) -> InitProducerIdRequest {
        var value: InitProducerIdRequest = InitProducerIdRequest()
        value.transactionalId = "TransactionalId-1"
        value.transactionTimeoutMs = 2
        if version >= 3 { value.producerId = 3 }
        if version >= 3 { value.producerEpoch = 4 }
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension InitProducerIdResponse: SampledMessage {
    static func sample(version: Int16) -> InitProducerIdResponse {
        var value: InitProducerIdResponse = InitProducerIdResponse()
        value.throttleTimeMs = 1
        value.errorCode = 2
        value.producerId = 3
        value.producerEpoch = 4
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension InitializeShareGroupStateRequest: SampledMessage {
    static func sample(version: Int16) -> InitializeShareGroupStateRequest {
        var value: InitializeShareGroupStateRequest = InitializeShareGroupStateRequest()
        value.groupId = "GroupId-1"
        value.topics = [InitializeShareGroupStateRequest.InitializeStateData.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension InitializeShareGroupStateRequest.InitializeStateData {
    static func sample(version: Int16) -> InitializeShareGroupStateRequest.InitializeStateData {
        var value: InitializeShareGroupStateRequest.InitializeStateData = InitializeShareGroupStateRequest.InitializeStateData()
        value.topicId = KafkaUUID(high: 1, low: 0xFEED)
        value.partitions = [InitializeShareGroupStateRequest.PartitionData.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension InitializeShareGroupStateRequest.PartitionData {
    static func sample(version: Int16) -> InitializeShareGroupStateRequest.PartitionData {
        var value: InitializeShareGroupStateRequest.PartitionData = InitializeShareGroupStateRequest.PartitionData()
        value.partition = 1
        value.stateEpoch = 2
        value.startOffset = 3
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension InitializeShareGroupStateResponse: SampledMessage {
    static func sample(version: Int16) -> InitializeShareGroupStateResponse {
        var value: InitializeShareGroupStateResponse = InitializeShareGroupStateResponse()
        value.results = [InitializeShareGroupStateResponse.InitializeStateResult.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension InitializeShareGroupStateResponse.InitializeStateResult {
    static func sample(version: Int16) -> InitializeShareGroupStateResponse.InitializeStateResult {
        var value: InitializeShareGroupStateResponse.InitializeStateResult = InitializeShareGroupStateResponse.InitializeStateResult()
        value.topicId = KafkaUUID(high: 1, low: 0xFEED)
        value.partitions = [InitializeShareGroupStateResponse.PartitionResult.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension InitializeShareGroupStateResponse.PartitionResult {
    static func sample(version: Int16) -> InitializeShareGroupStateResponse.PartitionResult {
        var value: InitializeShareGroupStateResponse.PartitionResult = InitializeShareGroupStateResponse.PartitionResult()
        value.partition = 1
        value.errorCode = 2
        value.errorMessage = "ErrorMessage-3"
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension JoinGroupRequest: SampledMessage {
    static func sample(version: Int16) -> JoinGroupRequest {
        var value: JoinGroupRequest = JoinGroupRequest()
        value.groupId = "GroupId-1"
        value.sessionTimeoutMs = 2
        if version >= 1 { value.rebalanceTimeoutMs = 3 }
        value.memberId = "MemberId-4"
        if version >= 5 { value.groupInstanceId = "GroupInstanceId-5" }
        value.protocolType = "ProtocolType-6"
        value.protocols = [JoinGroupRequest.JoinGroupRequestProtocol.sample(version: version)]
        if version >= 8 { value.reason = "Reason-8" }
        if version >= 6 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension JoinGroupRequest.JoinGroupRequestProtocol {
    static func sample(version: Int16) -> JoinGroupRequest.JoinGroupRequestProtocol {
        var value: JoinGroupRequest.JoinGroupRequestProtocol = JoinGroupRequest.JoinGroupRequestProtocol()
        value.name = "Name-1"
        value.metadata = [2, 0xFE]
        if version >= 6 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension JoinGroupResponse: SampledMessage {
    static func sample(version: Int16) -> JoinGroupResponse {
        var value: JoinGroupResponse = JoinGroupResponse()
        if version >= 2 { value.throttleTimeMs = 1 }
        value.errorCode = 2
        value.generationId = 3
        if version >= 7 { value.protocolType = "ProtocolType-4" }
        value.protocolName = "ProtocolName-5"
        value.leader = "Leader-6"
        if version >= 9 { value.skipAssignment = true }
        value.memberId = "MemberId-8"
        value.members = [JoinGroupResponse.JoinGroupResponseMember.sample(version: version)]
        if version >= 6 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension JoinGroupResponse.JoinGroupResponseMember {
    static func sample(version: Int16) -> JoinGroupResponse.JoinGroupResponseMember {
        var value: JoinGroupResponse.JoinGroupResponseMember = JoinGroupResponse.JoinGroupResponseMember()
        value.memberId = "MemberId-1"
        if version >= 5 { value.groupInstanceId = "GroupInstanceId-2" }
        value.metadata = [3, 0xFE]
        if version >= 6 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension KRaftVersionRecord: SampledMessage {
    static func sample(version: Int16) -> KRaftVersionRecord {
        var value: KRaftVersionRecord = KRaftVersionRecord()
        value.version = 1
        value.kRaftVersion = 2
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension LeaderChangeMessage: SampledMessage {
    static func sample(version: Int16) -> LeaderChangeMessage {
        var value: LeaderChangeMessage = LeaderChangeMessage()
        value.version = 1
        value.leaderId = 2
        value.voters = [LeaderChangeMessage.Voter.sample(version: version)]
        value.grantingVoters = [LeaderChangeMessage.Voter.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension LeaderChangeMessage.Voter {
    static func sample(version: Int16) -> LeaderChangeMessage.Voter {
        var value: LeaderChangeMessage.Voter = LeaderChangeMessage.Voter()
        value.voterId = 1
        if version >= 1 { value.voterDirectoryId = KafkaUUID(high: 2, low: 0xFEED) }
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension LeaveGroupRequest: SampledMessage {
    static func sample(version: Int16) -> LeaveGroupRequest {
        var value: LeaveGroupRequest = LeaveGroupRequest()
        value.groupId = "GroupId-1"
        if version <= 2 { value.memberId = "MemberId-2" }
        if version >= 3 { value.members = [LeaveGroupRequest.MemberIdentity.sample(version: version)] }
        if version >= 4 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension LeaveGroupRequest.MemberIdentity {
    static func sample(version: Int16) -> LeaveGroupRequest.MemberIdentity {
        var value: LeaveGroupRequest.MemberIdentity = LeaveGroupRequest.MemberIdentity()
        value.memberId = "MemberId-1"
        value.groupInstanceId = "GroupInstanceId-2"
        if version >= 5 { value.reason = "Reason-3" }
        if version >= 4 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension LeaveGroupResponse: SampledMessage {
    static func sample(version: Int16) -> LeaveGroupResponse {
        var value: LeaveGroupResponse = LeaveGroupResponse()
        if version >= 1 { value.throttleTimeMs = 1 }
        value.errorCode = 2
        if version >= 3 { value.members = [LeaveGroupResponse.MemberResponse.sample(version: version)] }
        if version >= 4 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension LeaveGroupResponse.MemberResponse {
    static func sample(version: Int16) -> LeaveGroupResponse.MemberResponse {
        var value: LeaveGroupResponse.MemberResponse = LeaveGroupResponse.MemberResponse()
        value.memberId = "MemberId-1"
        value.groupInstanceId = "GroupInstanceId-2"
        value.errorCode = 3
        if version >= 4 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension ListClientMetricsResourcesRequest: SampledMessage {
    static func sample(version: Int16) -> ListClientMetricsResourcesRequest {
        var value: ListClientMetricsResourcesRequest = ListClientMetricsResourcesRequest()
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ListClientMetricsResourcesResponse: SampledMessage {
    static func sample(version: Int16) -> ListClientMetricsResourcesResponse {
        var value: ListClientMetricsResourcesResponse = ListClientMetricsResourcesResponse()
        value.throttleTimeMs = 1
        value.errorCode = 2
        value.clientMetricsResources = [ListClientMetricsResourcesResponse.ClientMetricsResource.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ListClientMetricsResourcesResponse.ClientMetricsResource {
    static func sample(version: Int16) -> ListClientMetricsResourcesResponse.ClientMetricsResource {
        var value: ListClientMetricsResourcesResponse.ClientMetricsResource = ListClientMetricsResourcesResponse.ClientMetricsResource()
        value.name = "Name-1"
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ListGroupsRequest: SampledMessage {
    static func sample(version: Int16) -> ListGroupsRequest {
        var value: ListGroupsRequest = ListGroupsRequest()
        if version >= 4 { value.statesFilter = ["StatesFilter-1", ""] }
        if version >= 5 { value.typesFilter = ["TypesFilter-2", ""] }
        if version >= 3 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension ListGroupsResponse: SampledMessage {
    static func sample(version: Int16) -> ListGroupsResponse {
        var value: ListGroupsResponse = ListGroupsResponse()
        if version >= 1 { value.throttleTimeMs = 1 }
        value.errorCode = 2
        value.groups = [ListGroupsResponse.ListedGroup.sample(version: version)]
        if version >= 3 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension ListGroupsResponse.ListedGroup {
    static func sample(version: Int16) -> ListGroupsResponse.ListedGroup {
        var value: ListGroupsResponse.ListedGroup = ListGroupsResponse.ListedGroup()
        value.groupId = "GroupId-1"
        value.protocolType = "ProtocolType-2"
        if version >= 4 { value.groupState = "GroupState-3" }
        if version >= 5 { value.groupType = "GroupType-4" }
        if version >= 3 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension ListOffsetsRequest: SampledMessage {
    static func sample(version: Int16) -> ListOffsetsRequest {
        var value: ListOffsetsRequest = ListOffsetsRequest()
        value.replicaId = 1
        if version >= 2 { value.isolationLevel = 2 }
        value.topics = [ListOffsetsRequest.ListOffsetsTopic.sample(version: version)]
        if version >= 10 { value.timeoutMs = 4 }
        if version >= 6 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension ListOffsetsRequest.ListOffsetsTopic {
    static func sample(version: Int16) -> ListOffsetsRequest.ListOffsetsTopic {
        var value: ListOffsetsRequest.ListOffsetsTopic = ListOffsetsRequest.ListOffsetsTopic()
        value.name = "Name-1"
        value.partitions = [ListOffsetsRequest.ListOffsetsPartition.sample(version: version)]
        if version >= 6 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension ListOffsetsRequest.ListOffsetsPartition {
    static func sample(version: Int16) -> ListOffsetsRequest.ListOffsetsPartition {
        var value: ListOffsetsRequest.ListOffsetsPartition = ListOffsetsRequest.ListOffsetsPartition()
        value.partitionIndex = 1
        if version >= 4 { value.currentLeaderEpoch = 2 }
        value.timestamp = 3
        if version <= 0 { value.maxNumOffsets = 4 }
        if version >= 6 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension ListOffsetsResponse: SampledMessage {
    static func sample(version: Int16) -> ListOffsetsResponse {
        var value: ListOffsetsResponse = ListOffsetsResponse()
        if version >= 2 { value.throttleTimeMs = 1 }
        value.topics = [ListOffsetsResponse.ListOffsetsTopicResponse.sample(version: version)]
        if version >= 6 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension ListOffsetsResponse.ListOffsetsTopicResponse {
    static func sample(version: Int16) -> ListOffsetsResponse.ListOffsetsTopicResponse {
        var value: ListOffsetsResponse.ListOffsetsTopicResponse = ListOffsetsResponse.ListOffsetsTopicResponse()
        value.name = "Name-1"
        value.partitions = [ListOffsetsResponse.ListOffsetsPartitionResponse.sample(version: version)]
        if version >= 6 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension ListOffsetsResponse.ListOffsetsPartitionResponse {
    static func sample(version: Int16) -> ListOffsetsResponse.ListOffsetsPartitionResponse {
        var value: ListOffsetsResponse.ListOffsetsPartitionResponse = ListOffsetsResponse.ListOffsetsPartitionResponse()
        value.partitionIndex = 1
        value.errorCode = 2
        if version <= 0 { value.oldStyleOffsets = [3, 4] }
        if version >= 1 { value.timestamp = 4 }
        if version >= 1 { value.offset = 5 }
        if version >= 4 { value.leaderEpoch = 6 }
        if version >= 6 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension ListPartitionReassignmentsRequest: SampledMessage {
    static func sample(version: Int16) -> ListPartitionReassignmentsRequest {
        var value: ListPartitionReassignmentsRequest = ListPartitionReassignmentsRequest()
        value.timeoutMs = 1
        value.topics = [ListPartitionReassignmentsRequest.ListPartitionReassignmentsTopics.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ListPartitionReassignmentsRequest.ListPartitionReassignmentsTopics {
    static func sample(version: Int16) -> ListPartitionReassignmentsRequest.ListPartitionReassignmentsTopics {
        var value: ListPartitionReassignmentsRequest.ListPartitionReassignmentsTopics = ListPartitionReassignmentsRequest.ListPartitionReassignmentsTopics()
        value.name = "Name-1"
        value.partitionIndexes = [2, 3]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ListPartitionReassignmentsResponse: SampledMessage {
    static func sample(version: Int16) -> ListPartitionReassignmentsResponse {
        var value: ListPartitionReassignmentsResponse = ListPartitionReassignmentsResponse()
        value.throttleTimeMs = 1
        value.errorCode = 2
        value.errorMessage = "ErrorMessage-3"
        value.topics = [ListPartitionReassignmentsResponse.OngoingTopicReassignment.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ListPartitionReassignmentsResponse.OngoingTopicReassignment {
    static func sample(version: Int16) -> ListPartitionReassignmentsResponse.OngoingTopicReassignment {
        var value: ListPartitionReassignmentsResponse.OngoingTopicReassignment = ListPartitionReassignmentsResponse.OngoingTopicReassignment()
        value.name = "Name-1"
        value.partitions = [ListPartitionReassignmentsResponse.OngoingPartitionReassignment.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ListPartitionReassignmentsResponse.OngoingPartitionReassignment {
    static func sample(version: Int16) -> ListPartitionReassignmentsResponse.OngoingPartitionReassignment {
        var value: ListPartitionReassignmentsResponse.OngoingPartitionReassignment = ListPartitionReassignmentsResponse.OngoingPartitionReassignment()
        value.partitionIndex = 1
        value.replicas = [2, 3]
        value.addingReplicas = [3, 4]
        value.removingReplicas = [4, 5]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ListTransactionsRequest: SampledMessage {
    static func sample(version: Int16) -> ListTransactionsRequest {
        var value: ListTransactionsRequest = ListTransactionsRequest()
        value.stateFilters = ["StateFilters-1", ""]
        value.producerIdFilters = [2, 3]
        if version >= 1 { value.durationFilter = 3 }
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ListTransactionsResponse: SampledMessage {
    static func sample(version: Int16) -> ListTransactionsResponse {
        var value: ListTransactionsResponse = ListTransactionsResponse()
        value.throttleTimeMs = 1
        value.errorCode = 2
        value.unknownStateFilters = ["UnknownStateFilters-3", ""]
        value.transactionStates = [ListTransactionsResponse.TransactionState.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ListTransactionsResponse.TransactionState {
    static func sample(version: Int16) -> ListTransactionsResponse.TransactionState {
        var value: ListTransactionsResponse.TransactionState = ListTransactionsResponse.TransactionState()
        value.transactionalId = "TransactionalId-1"
        value.producerId = 2
        value.transactionState = "TransactionState-3"
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension MetadataRequest: SampledMessage {
    static func sample(version: Int16) -> MetadataRequest {
        var value: MetadataRequest = MetadataRequest()
        value.topics = [MetadataRequest.MetadataRequestTopic.sample(version: version)]
        if version >= 4 { value.allowAutoTopicCreation = false }
        if version >= 8 && version <= 10 { value.includeClusterAuthorizedOperations = true }
        if version >= 8 { value.includeTopicAuthorizedOperations = true }
        if version >= 9 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension MetadataRequest.MetadataRequestTopic {
    static func sample(version: Int16) -> MetadataRequest.MetadataRequestTopic {
        var value: MetadataRequest.MetadataRequestTopic = MetadataRequest.MetadataRequestTopic()
        if version >= 10 { value.topicId = KafkaUUID(high: 1, low: 0xFEED) }
        value.name = "Name-2"
        if version >= 9 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension MetadataResponse: SampledMessage {
    static func sample(version: Int16) -> MetadataResponse {
        var value: MetadataResponse = MetadataResponse()
        if version >= 3 { value.throttleTimeMs = 1 }
        value.brokers = [MetadataResponse.MetadataResponseBroker.sample(version: version)]
        if version >= 2 { value.clusterId = "ClusterId-3" }
        if version >= 1 { value.controllerId = 4 }
        value.topics = [MetadataResponse.MetadataResponseTopic.sample(version: version)]
        if version >= 8 && version <= 10 { value.clusterAuthorizedOperations = 6 }
        if version >= 9 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension MetadataResponse.MetadataResponseBroker {
    static func sample(version: Int16) -> MetadataResponse.MetadataResponseBroker {
        var value: MetadataResponse.MetadataResponseBroker = MetadataResponse.MetadataResponseBroker()
        value.nodeId = 1
        value.host = "Host-2"
        value.port = 3
        if version >= 1 { value.rack = "Rack-4" }
        if version >= 9 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension MetadataResponse.MetadataResponseTopic {
    static func sample(version: Int16) -> MetadataResponse.MetadataResponseTopic {
        var value: MetadataResponse.MetadataResponseTopic = MetadataResponse.MetadataResponseTopic()
        value.errorCode = 1
        value.name = "Name-2"
        if version >= 10 { value.topicId = KafkaUUID(high: 3, low: 0xFEED) }
        if version >= 1 { value.isInternal = true }
        value.partitions = [MetadataResponse.MetadataResponsePartition.sample(version: version)]
        if version >= 8 { value.topicAuthorizedOperations = 6 }
        if version >= 9 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension MetadataResponse.MetadataResponsePartition {
    static func sample(version: Int16) -> MetadataResponse.MetadataResponsePartition {
        var value: MetadataResponse.MetadataResponsePartition = MetadataResponse.MetadataResponsePartition()
        value.errorCode = 1
        value.partitionIndex = 2
        value.leaderId = 3
        if version >= 7 { value.leaderEpoch = 4 }
        value.replicaNodes = [5, 6]
        value.isrNodes = [6, 7]
        if version >= 5 { value.offlineReplicas = [7, 8] }
        if version >= 9 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension OffsetCommitRequest: SampledMessage {
    static func sample(version: Int16) -> OffsetCommitRequest {
        var value: OffsetCommitRequest = OffsetCommitRequest()
        value.groupId = "GroupId-1"
        if version >= 1 { value.generationIdOrMemberEpoch = 2 }
        if version >= 1 { value.memberId = "MemberId-3" }
        if version >= 7 { value.groupInstanceId = "GroupInstanceId-4" }
        if version >= 2 && version <= 4 { value.retentionTimeMs = 5 }
        value.topics = [OffsetCommitRequest.OffsetCommitRequestTopic.sample(version: version)]
        if version >= 8 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension OffsetCommitRequest.OffsetCommitRequestTopic {
    static func sample(version: Int16) -> OffsetCommitRequest.OffsetCommitRequestTopic {
        var value: OffsetCommitRequest.OffsetCommitRequestTopic = OffsetCommitRequest.OffsetCommitRequestTopic()
        value.name = "Name-1"
        value.partitions = [OffsetCommitRequest.OffsetCommitRequestPartition.sample(version: version)]
        if version >= 8 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension OffsetCommitRequest.OffsetCommitRequestPartition {
    static func sample(version: Int16) -> OffsetCommitRequest.OffsetCommitRequestPartition {
        var value: OffsetCommitRequest.OffsetCommitRequestPartition = OffsetCommitRequest.OffsetCommitRequestPartition()
        value.partitionIndex = 1
        value.committedOffset = 2
        if version >= 6 { value.committedLeaderEpoch = 3 }
        if version == 1 { value.commitTimestamp = 4 }
        value.committedMetadata = "CommittedMetadata-5"
        if version >= 8 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension OffsetCommitResponse: SampledMessage {
    static func sample(version: Int16) -> OffsetCommitResponse {
        var value: OffsetCommitResponse = OffsetCommitResponse()
        if version >= 3 { value.throttleTimeMs = 1 }
        value.topics = [OffsetCommitResponse.OffsetCommitResponseTopic.sample(version: version)]
        if version >= 8 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension OffsetCommitResponse.OffsetCommitResponseTopic {
    static func sample(version: Int16) -> OffsetCommitResponse.OffsetCommitResponseTopic {
        var value: OffsetCommitResponse.OffsetCommitResponseTopic = OffsetCommitResponse.OffsetCommitResponseTopic()
        value.name = "Name-1"
        value.partitions = [OffsetCommitResponse.OffsetCommitResponsePartition.sample(version: version)]
        if version >= 8 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension OffsetCommitResponse.OffsetCommitResponsePartition {
    static func sample(version: Int16) -> OffsetCommitResponse.OffsetCommitResponsePartition {
        var value: OffsetCommitResponse.OffsetCommitResponsePartition = OffsetCommitResponse.OffsetCommitResponsePartition()
        value.partitionIndex = 1
        value.errorCode = 2
        if version >= 8 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension OffsetDeleteRequest: SampledMessage {
    static func sample(version: Int16) -> OffsetDeleteRequest {
        var value: OffsetDeleteRequest = OffsetDeleteRequest()
        value.groupId = "GroupId-1"
        value.topics = [OffsetDeleteRequest.OffsetDeleteRequestTopic.sample(version: version)]
        return value
    }
}

extension OffsetDeleteRequest.OffsetDeleteRequestTopic {
    static func sample(version: Int16) -> OffsetDeleteRequest.OffsetDeleteRequestTopic {
        var value: OffsetDeleteRequest.OffsetDeleteRequestTopic = OffsetDeleteRequest.OffsetDeleteRequestTopic()
        value.name = "Name-1"
        value.partitions = [OffsetDeleteRequest.OffsetDeleteRequestPartition.sample(version: version)]
        return value
    }
}

extension OffsetDeleteRequest.OffsetDeleteRequestPartition {
    static func sample(version: Int16) -> OffsetDeleteRequest.OffsetDeleteRequestPartition {
        var value: OffsetDeleteRequest.OffsetDeleteRequestPartition = OffsetDeleteRequest.OffsetDeleteRequestPartition()
        value.partitionIndex = 1
        return value
    }
}

extension OffsetDeleteResponse: SampledMessage {
    static func sample(version: Int16) -> OffsetDeleteResponse {
        var value: OffsetDeleteResponse = OffsetDeleteResponse()
        value.errorCode = 1
        value.throttleTimeMs = 2
        value.topics = [OffsetDeleteResponse.OffsetDeleteResponseTopic.sample(version: version)]
        return value
    }
}

extension OffsetDeleteResponse.OffsetDeleteResponseTopic {
    static func sample(version: Int16) -> OffsetDeleteResponse.OffsetDeleteResponseTopic {
        var value: OffsetDeleteResponse.OffsetDeleteResponseTopic = OffsetDeleteResponse.OffsetDeleteResponseTopic()
        value.name = "Name-1"
        value.partitions = [OffsetDeleteResponse.OffsetDeleteResponsePartition.sample(version: version)]
        return value
    }
}

extension OffsetDeleteResponse.OffsetDeleteResponsePartition {
    static func sample(version: Int16) -> OffsetDeleteResponse.OffsetDeleteResponsePartition {
        var value: OffsetDeleteResponse.OffsetDeleteResponsePartition = OffsetDeleteResponse.OffsetDeleteResponsePartition()
        value.partitionIndex = 1
        value.errorCode = 2
        return value
    }
}

extension OffsetFetchRequest: SampledMessage {
    static func sample(version: Int16) -> OffsetFetchRequest {
        var value: OffsetFetchRequest = OffsetFetchRequest()
        if version <= 7 { value.groupId = "GroupId-1" }
        if version <= 7 { value.topics = [OffsetFetchRequest.OffsetFetchRequestTopic.sample(version: version)] }
        if version >= 8 { value.groups = [OffsetFetchRequest.OffsetFetchRequestGroup.sample(version: version)] }
        if version >= 7 { value.requireStable = true }
        if version >= 6 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension OffsetFetchRequest.OffsetFetchRequestTopic {
    static func sample(version: Int16) -> OffsetFetchRequest.OffsetFetchRequestTopic {
        var value: OffsetFetchRequest.OffsetFetchRequestTopic = OffsetFetchRequest.OffsetFetchRequestTopic()
        value.name = "Name-1"
        value.partitionIndexes = [2, 3]
        if version >= 6 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension OffsetFetchRequest.OffsetFetchRequestGroup {
    static func sample(version: Int16) -> OffsetFetchRequest.OffsetFetchRequestGroup {
        var value: OffsetFetchRequest.OffsetFetchRequestGroup = OffsetFetchRequest.OffsetFetchRequestGroup()
        value.groupId = "GroupId-1"
        if version >= 9 { value.memberId = "MemberId-2" }
        if version >= 9 { value.memberEpoch = 3 }
        value.topics = [OffsetFetchRequest.OffsetFetchRequestTopics.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension OffsetFetchRequest.OffsetFetchRequestTopics {
    static func sample(version: Int16) -> OffsetFetchRequest.OffsetFetchRequestTopics {
        var value: OffsetFetchRequest.OffsetFetchRequestTopics = OffsetFetchRequest.OffsetFetchRequestTopics()
        value.name = "Name-1"
        value.partitionIndexes = [2, 3]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension OffsetFetchResponse: SampledMessage {
    static func sample(version: Int16) -> OffsetFetchResponse {
        var value: OffsetFetchResponse = OffsetFetchResponse()
        if version >= 3 { value.throttleTimeMs = 1 }
        if version <= 7 { value.topics = [OffsetFetchResponse.OffsetFetchResponseTopic.sample(version: version)] }
        if version >= 2 && version <= 7 { value.errorCode = 3 }
        if version >= 8 { value.groups = [OffsetFetchResponse.OffsetFetchResponseGroup.sample(version: version)] }
        if version >= 6 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension OffsetFetchResponse.OffsetFetchResponseTopic {
    static func sample(version: Int16) -> OffsetFetchResponse.OffsetFetchResponseTopic {
        var value: OffsetFetchResponse.OffsetFetchResponseTopic = OffsetFetchResponse.OffsetFetchResponseTopic()
        value.name = "Name-1"
        value.partitions = [OffsetFetchResponse.OffsetFetchResponsePartition.sample(version: version)]
        if version >= 6 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension OffsetFetchResponse.OffsetFetchResponsePartition {
    static func sample(version: Int16) -> OffsetFetchResponse.OffsetFetchResponsePartition {
        var value: OffsetFetchResponse.OffsetFetchResponsePartition = OffsetFetchResponse.OffsetFetchResponsePartition()
        value.partitionIndex = 1
        value.committedOffset = 2
        if version >= 5 { value.committedLeaderEpoch = 3 }
        value.metadata = "Metadata-4"
        value.errorCode = 5
        if version >= 6 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension OffsetFetchResponse.OffsetFetchResponseGroup {
    static func sample(version: Int16) -> OffsetFetchResponse.OffsetFetchResponseGroup {
        var value: OffsetFetchResponse.OffsetFetchResponseGroup = OffsetFetchResponse.OffsetFetchResponseGroup()
        value.groupId = "GroupId-1"
        value.topics = [OffsetFetchResponse.OffsetFetchResponseTopics.sample(version: version)]
        value.errorCode = 3
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension OffsetFetchResponse.OffsetFetchResponseTopics {
    static func sample(version: Int16) -> OffsetFetchResponse.OffsetFetchResponseTopics {
        var value: OffsetFetchResponse.OffsetFetchResponseTopics = OffsetFetchResponse.OffsetFetchResponseTopics()
        value.name = "Name-1"
        value.partitions = [OffsetFetchResponse.OffsetFetchResponsePartitions.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension OffsetFetchResponse.OffsetFetchResponsePartitions {
    static func sample(version: Int16) -> OffsetFetchResponse.OffsetFetchResponsePartitions {
        var value: OffsetFetchResponse.OffsetFetchResponsePartitions = OffsetFetchResponse.OffsetFetchResponsePartitions()
        value.partitionIndex = 1
        value.committedOffset = 2
        value.committedLeaderEpoch = 3
        value.metadata = "Metadata-4"
        value.errorCode = 5
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension OffsetForLeaderEpochRequest: SampledMessage {
    static func sample(version: Int16) -> OffsetForLeaderEpochRequest {
        var value: OffsetForLeaderEpochRequest = OffsetForLeaderEpochRequest()
        if version >= 3 { value.replicaId = 1 }
        value.topics = [OffsetForLeaderEpochRequest.OffsetForLeaderTopic.sample(version: version)]
        if version >= 4 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension OffsetForLeaderEpochRequest.OffsetForLeaderTopic {
    static func sample(version: Int16) -> OffsetForLeaderEpochRequest.OffsetForLeaderTopic {
        var value: OffsetForLeaderEpochRequest.OffsetForLeaderTopic = OffsetForLeaderEpochRequest.OffsetForLeaderTopic()
        value.topic = "Topic-1"
        value.partitions = [OffsetForLeaderEpochRequest.OffsetForLeaderPartition.sample(version: version)]
        if version >= 4 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension OffsetForLeaderEpochRequest.OffsetForLeaderPartition {
    static func sample(version: Int16) -> OffsetForLeaderEpochRequest.OffsetForLeaderPartition {
        var value: OffsetForLeaderEpochRequest.OffsetForLeaderPartition = OffsetForLeaderEpochRequest.OffsetForLeaderPartition()
        value.partition = 1
        if version >= 2 { value.currentLeaderEpoch = 2 }
        value.leaderEpoch = 3
        if version >= 4 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension OffsetForLeaderEpochResponse: SampledMessage {
    static func sample(version: Int16) -> OffsetForLeaderEpochResponse {
        var value: OffsetForLeaderEpochResponse = OffsetForLeaderEpochResponse()
        if version >= 2 { value.throttleTimeMs = 1 }
        value.topics = [OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult.sample(version: version)]
        if version >= 4 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult {
    static func sample(version: Int16) -> OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult {
        var value: OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult = OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult()
        value.topic = "Topic-1"
        value.partitions = [OffsetForLeaderEpochResponse.EpochEndOffset.sample(version: version)]
        if version >= 4 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension OffsetForLeaderEpochResponse.EpochEndOffset {
    static func sample(version: Int16) -> OffsetForLeaderEpochResponse.EpochEndOffset {
        var value: OffsetForLeaderEpochResponse.EpochEndOffset = OffsetForLeaderEpochResponse.EpochEndOffset()
        value.errorCode = 1
        value.partition = 2
        if version >= 1 { value.leaderEpoch = 3 }
        value.endOffset = 4
        if version >= 4 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension ProduceRequest: SampledMessage {
    static func sample(version: Int16) -> ProduceRequest {
        var value: ProduceRequest = ProduceRequest()
        if version >= 3 { value.transactionalId = "TransactionalId-1" }
        value.acks = 2
        value.timeoutMs = 3
        value.topicData = [ProduceRequest.TopicProduceData.sample(version: version)]
        if version >= 9 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension ProduceRequest.TopicProduceData {
    static func sample(version: Int16) -> ProduceRequest.TopicProduceData {
        var value: ProduceRequest.TopicProduceData = ProduceRequest.TopicProduceData()
        value.name = "Name-1"
        value.partitionData = [ProduceRequest.PartitionProduceData.sample(version: version)]
        if version >= 9 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension ProduceRequest.PartitionProduceData {
    static func sample(version: Int16) -> ProduceRequest.PartitionProduceData {
        var value: ProduceRequest.PartitionProduceData = ProduceRequest.PartitionProduceData()
        value.index = 1
        value.records = ByteBuffer(bytes: [2, 1, 2, 3])
        if version >= 9 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension ProduceResponse: SampledMessage {
    static func sample(version: Int16) -> ProduceResponse {
        var value: ProduceResponse = ProduceResponse()
        value.responses = [ProduceResponse.TopicProduceResponse.sample(version: version)]
        if version >= 1 { value.throttleTimeMs = 2 }
        if version >= 10 { value.nodeEndpoints = [ProduceResponse.NodeEndpoint.sample(version: version)] }
        if version >= 9 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension ProduceResponse.TopicProduceResponse {
    static func sample(version: Int16) -> ProduceResponse.TopicProduceResponse {
        var value: ProduceResponse.TopicProduceResponse = ProduceResponse.TopicProduceResponse()
        value.name = "Name-1"
        value.partitionResponses = [ProduceResponse.PartitionProduceResponse.sample(version: version)]
        if version >= 9 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension ProduceResponse.PartitionProduceResponse {
    static func sample(version: Int16) -> ProduceResponse.PartitionProduceResponse {
        var value: ProduceResponse.PartitionProduceResponse = ProduceResponse.PartitionProduceResponse()
        value.index = 1
        value.errorCode = 2
        value.baseOffset = 3
        if version >= 2 { value.logAppendTimeMs = 4 }
        if version >= 5 { value.logStartOffset = 5 }
        if version >= 8 { value.recordErrors = [ProduceResponse.BatchIndexAndErrorMessage.sample(version: version)] }
        if version >= 8 { value.errorMessage = "ErrorMessage-7" }
        if version >= 10 { value.currentLeader = ProduceResponse.LeaderIdAndEpoch.sample(version: version) }
        if version >= 9 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension ProduceResponse.BatchIndexAndErrorMessage {
    static func sample(version: Int16) -> ProduceResponse.BatchIndexAndErrorMessage {
        var value: ProduceResponse.BatchIndexAndErrorMessage = ProduceResponse.BatchIndexAndErrorMessage()
        value.batchIndex = 1
        value.batchIndexErrorMessage = "BatchIndexErrorMessage-2"
        if version >= 9 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension ProduceResponse.LeaderIdAndEpoch {
    static func sample(version: Int16) -> ProduceResponse.LeaderIdAndEpoch {
        var value: ProduceResponse.LeaderIdAndEpoch = ProduceResponse.LeaderIdAndEpoch()
        value.leaderId = 1
        value.leaderEpoch = 2
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ProduceResponse.NodeEndpoint {
    static func sample(version: Int16) -> ProduceResponse.NodeEndpoint {
        var value: ProduceResponse.NodeEndpoint = ProduceResponse.NodeEndpoint()
        value.nodeId = 1
        value.host = "Host-2"
        value.port = 3
        value.rack = "Rack-4"
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension PushTelemetryRequest: SampledMessage {
    static func sample(version: Int16) -> PushTelemetryRequest {
        var value: PushTelemetryRequest = PushTelemetryRequest()
        value.clientInstanceId = KafkaUUID(high: 1, low: 0xFEED)
        value.subscriptionId = 2
        value.terminating = true
        value.compressionType = 4
        value.metrics = [5, 0xFE]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension PushTelemetryResponse: SampledMessage {
    static func sample(version: Int16) -> PushTelemetryResponse {
        var value: PushTelemetryResponse = PushTelemetryResponse()
        value.throttleTimeMs = 1
        value.errorCode = 2
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ReadShareGroupStateRequest: SampledMessage {
    static func sample(version: Int16) -> ReadShareGroupStateRequest {
        var value: ReadShareGroupStateRequest = ReadShareGroupStateRequest()
        value.groupId = "GroupId-1"
        value.topics = [ReadShareGroupStateRequest.ReadStateData.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ReadShareGroupStateRequest.ReadStateData {
    static func sample(version: Int16) -> ReadShareGroupStateRequest.ReadStateData {
        var value: ReadShareGroupStateRequest.ReadStateData = ReadShareGroupStateRequest.ReadStateData()
        value.topicId = KafkaUUID(high: 1, low: 0xFEED)
        value.partitions = [ReadShareGroupStateRequest.PartitionData.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ReadShareGroupStateRequest.PartitionData {
    static func sample(version: Int16) -> ReadShareGroupStateRequest.PartitionData {
        var value: ReadShareGroupStateRequest.PartitionData = ReadShareGroupStateRequest.PartitionData()
        value.partition = 1
        value.leaderEpoch = 2
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ReadShareGroupStateResponse: SampledMessage {
    static func sample(version: Int16) -> ReadShareGroupStateResponse {
        var value: ReadShareGroupStateResponse = ReadShareGroupStateResponse()
        value.results = [ReadShareGroupStateResponse.ReadStateResult.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ReadShareGroupStateResponse.ReadStateResult {
    static func sample(version: Int16) -> ReadShareGroupStateResponse.ReadStateResult {
        var value: ReadShareGroupStateResponse.ReadStateResult = ReadShareGroupStateResponse.ReadStateResult()
        value.topicId = KafkaUUID(high: 1, low: 0xFEED)
        value.partitions = [ReadShareGroupStateResponse.PartitionResult.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ReadShareGroupStateResponse.PartitionResult {
    static func sample(version: Int16) -> ReadShareGroupStateResponse.PartitionResult {
        var value: ReadShareGroupStateResponse.PartitionResult = ReadShareGroupStateResponse.PartitionResult()
        value.partition = 1
        value.errorCode = 2
        value.errorMessage = "ErrorMessage-3"
        value.stateEpoch = 4
        value.startOffset = 5
        value.stateBatches = [ReadShareGroupStateResponse.StateBatch.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ReadShareGroupStateResponse.StateBatch {
    static func sample(version: Int16) -> ReadShareGroupStateResponse.StateBatch {
        var value: ReadShareGroupStateResponse.StateBatch = ReadShareGroupStateResponse.StateBatch()
        value.firstOffset = 1
        value.lastOffset = 2
        value.deliveryState = 3
        value.deliveryCount = 4
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ReadShareGroupStateSummaryRequest: SampledMessage {
    static func sample(version: Int16) -> ReadShareGroupStateSummaryRequest {
        var value: ReadShareGroupStateSummaryRequest = ReadShareGroupStateSummaryRequest()
        value.groupId = "GroupId-1"
        value.topics = [ReadShareGroupStateSummaryRequest.ReadStateSummaryData.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ReadShareGroupStateSummaryRequest.ReadStateSummaryData {
    static func sample(version: Int16) -> ReadShareGroupStateSummaryRequest.ReadStateSummaryData {
        var value: ReadShareGroupStateSummaryRequest.ReadStateSummaryData = ReadShareGroupStateSummaryRequest.ReadStateSummaryData()
        value.topicId = KafkaUUID(high: 1, low: 0xFEED)
        value.partitions = [ReadShareGroupStateSummaryRequest.PartitionData.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ReadShareGroupStateSummaryRequest.PartitionData {
    static func sample(version: Int16) -> ReadShareGroupStateSummaryRequest.PartitionData {
        var value: ReadShareGroupStateSummaryRequest.PartitionData = ReadShareGroupStateSummaryRequest.PartitionData()
        value.partition = 1
        value.leaderEpoch = 2
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ReadShareGroupStateSummaryResponse: SampledMessage {
    static func sample(version: Int16) -> ReadShareGroupStateSummaryResponse {
        var value: ReadShareGroupStateSummaryResponse = ReadShareGroupStateSummaryResponse()
        value.results = [ReadShareGroupStateSummaryResponse.ReadStateSummaryResult.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ReadShareGroupStateSummaryResponse.ReadStateSummaryResult {
    static func sample(version: Int16) -> ReadShareGroupStateSummaryResponse.ReadStateSummaryResult {
        var value: ReadShareGroupStateSummaryResponse.ReadStateSummaryResult = ReadShareGroupStateSummaryResponse.ReadStateSummaryResult()
        value.topicId = KafkaUUID(high: 1, low: 0xFEED)
        value.partitions = [ReadShareGroupStateSummaryResponse.PartitionResult.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ReadShareGroupStateSummaryResponse.PartitionResult {
    static func sample(version: Int16) -> ReadShareGroupStateSummaryResponse.PartitionResult {
        var value: ReadShareGroupStateSummaryResponse.PartitionResult = ReadShareGroupStateSummaryResponse.PartitionResult()
        value.partition = 1
        value.errorCode = 2
        value.errorMessage = "ErrorMessage-3"
        value.stateEpoch = 4
        value.startOffset = 5
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension RemoveRaftVoterRequest: SampledMessage {
    static func sample(version: Int16) -> RemoveRaftVoterRequest {
        var value: RemoveRaftVoterRequest = RemoveRaftVoterRequest()
        value.clusterId = "ClusterId-1"
        value.voterId = 2
        value.voterDirectoryId = KafkaUUID(high: 3, low: 0xFEED)
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension RemoveRaftVoterResponse: SampledMessage {
    static func sample(version: Int16) -> RemoveRaftVoterResponse {
        var value: RemoveRaftVoterResponse = RemoveRaftVoterResponse()
        value.throttleTimeMs = 1
        value.errorCode = 2
        value.errorMessage = "ErrorMessage-3"
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension RenewDelegationTokenRequest: SampledMessage {
    static func sample(version: Int16) -> RenewDelegationTokenRequest {
        var value: RenewDelegationTokenRequest = RenewDelegationTokenRequest()
        value.hmac = [1, 0xFE]
        value.renewPeriodMs = 2
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension RenewDelegationTokenResponse: SampledMessage {
    static func sample(version: Int16) -> RenewDelegationTokenResponse {
        var value: RenewDelegationTokenResponse = RenewDelegationTokenResponse()
        value.errorCode = 1
        value.expiryTimestampMs = 2
        value.throttleTimeMs = 3
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension RequestHeader: SampledMessage {
    static func sample(version: Int16) -> RequestHeader {
        var value: RequestHeader = RequestHeader()
        value.requestApiKey = 1
        value.requestApiVersion = 2
        value.correlationId = 3
        if version >= 1 { value.clientId = "ClientId-4" }
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension ResponseHeader: SampledMessage {
    static func sample(version: Int16) -> ResponseHeader {
        var value: ResponseHeader = ResponseHeader()
        value.correlationId = 1
        if version >= 1 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension SaslAuthenticateRequest: SampledMessage {
    static func sample(version: Int16) -> SaslAuthenticateRequest {
        var value: SaslAuthenticateRequest = SaslAuthenticateRequest()
        value.authBytes = [1, 0xFE]
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension SaslAuthenticateResponse: SampledMessage {
    static func sample(version: Int16) -> SaslAuthenticateResponse {
        var value: SaslAuthenticateResponse = SaslAuthenticateResponse()
        value.errorCode = 1
        value.errorMessage = "ErrorMessage-2"
        value.authBytes = [3, 0xFE]
        if version >= 1 { value.sessionLifetimeMs = 4 }
        if version >= 2 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension SaslHandshakeRequest: SampledMessage {
    static func sample(version: Int16) -> SaslHandshakeRequest {
        var value: SaslHandshakeRequest = SaslHandshakeRequest()
        value.mechanism = "Mechanism-1"
        return value
    }
}

extension SaslHandshakeResponse: SampledMessage {
    static func sample(version: Int16) -> SaslHandshakeResponse {
        var value: SaslHandshakeResponse = SaslHandshakeResponse()
        value.errorCode = 1
        value.mechanisms = ["Mechanisms-2", ""]
        return value
    }
}

extension ShareAcknowledgeRequest: SampledMessage {
    static func sample(version: Int16) -> ShareAcknowledgeRequest {
        var value: ShareAcknowledgeRequest = ShareAcknowledgeRequest()
        value.groupId = "GroupId-1"
        value.memberId = "MemberId-2"
        value.shareSessionEpoch = 3
        value.topics = [ShareAcknowledgeRequest.AcknowledgeTopic.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ShareAcknowledgeRequest.AcknowledgeTopic {
    static func sample(version: Int16) -> ShareAcknowledgeRequest.AcknowledgeTopic {
        var value: ShareAcknowledgeRequest.AcknowledgeTopic = ShareAcknowledgeRequest.AcknowledgeTopic()
        value.topicId = KafkaUUID(high: 1, low: 0xFEED)
        value.partitions = [ShareAcknowledgeRequest.AcknowledgePartition.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ShareAcknowledgeRequest.AcknowledgePartition {
    static func sample(version: Int16) -> ShareAcknowledgeRequest.AcknowledgePartition {
        var value: ShareAcknowledgeRequest.AcknowledgePartition = ShareAcknowledgeRequest.AcknowledgePartition()
        value.partitionIndex = 1
        value.acknowledgementBatches = [ShareAcknowledgeRequest.AcknowledgementBatch.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ShareAcknowledgeRequest.AcknowledgementBatch {
    static func sample(version: Int16) -> ShareAcknowledgeRequest.AcknowledgementBatch {
        var value: ShareAcknowledgeRequest.AcknowledgementBatch = ShareAcknowledgeRequest.AcknowledgementBatch()
        value.firstOffset = 1
        value.lastOffset = 2
        value.acknowledgeTypes = [3, 4]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ShareAcknowledgeResponse: SampledMessage {
    static func sample(version: Int16) -> ShareAcknowledgeResponse {
        var value: ShareAcknowledgeResponse = ShareAcknowledgeResponse()
        value.throttleTimeMs = 1
        value.errorCode = 2
        value.errorMessage = "ErrorMessage-3"
        value.responses = [ShareAcknowledgeResponse.ShareAcknowledgeTopicResponse.sample(version: version)]
        value.nodeEndpoints = [ShareAcknowledgeResponse.NodeEndpoint.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ShareAcknowledgeResponse.ShareAcknowledgeTopicResponse {
    static func sample(version: Int16) -> ShareAcknowledgeResponse.ShareAcknowledgeTopicResponse {
        var value: ShareAcknowledgeResponse.ShareAcknowledgeTopicResponse = ShareAcknowledgeResponse.ShareAcknowledgeTopicResponse()
        value.topicId = KafkaUUID(high: 1, low: 0xFEED)
        value.partitions = [ShareAcknowledgeResponse.PartitionData.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ShareAcknowledgeResponse.PartitionData {
    static func sample(version: Int16) -> ShareAcknowledgeResponse.PartitionData {
        var value: ShareAcknowledgeResponse.PartitionData = ShareAcknowledgeResponse.PartitionData()
        value.partitionIndex = 1
        value.errorCode = 2
        value.errorMessage = "ErrorMessage-3"
        value.currentLeader = ShareAcknowledgeResponse.LeaderIdAndEpoch.sample(version: version)
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ShareAcknowledgeResponse.LeaderIdAndEpoch {
    static func sample(version: Int16) -> ShareAcknowledgeResponse.LeaderIdAndEpoch {
        var value: ShareAcknowledgeResponse.LeaderIdAndEpoch = ShareAcknowledgeResponse.LeaderIdAndEpoch()
        value.leaderId = 1
        value.leaderEpoch = 2
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ShareAcknowledgeResponse.NodeEndpoint {
    static func sample(version: Int16) -> ShareAcknowledgeResponse.NodeEndpoint {
        var value: ShareAcknowledgeResponse.NodeEndpoint = ShareAcknowledgeResponse.NodeEndpoint()
        value.nodeId = 1
        value.host = "Host-2"
        value.port = 3
        value.rack = "Rack-4"
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ShareFetchRequest: SampledMessage {
    static func sample(version: Int16) -> ShareFetchRequest {
        var value: ShareFetchRequest = ShareFetchRequest()
        value.groupId = "GroupId-1"
        value.memberId = "MemberId-2"
        value.shareSessionEpoch = 3
        value.maxWaitMs = 4
        value.minBytes = 5
        value.maxBytes = 6
        value.topics = [ShareFetchRequest.FetchTopic.sample(version: version)]
        value.forgottenTopicsData = [ShareFetchRequest.ForgottenTopic.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ShareFetchRequest.FetchTopic {
    static func sample(version: Int16) -> ShareFetchRequest.FetchTopic {
        var value: ShareFetchRequest.FetchTopic = ShareFetchRequest.FetchTopic()
        value.topicId = KafkaUUID(high: 1, low: 0xFEED)
        value.partitions = [ShareFetchRequest.FetchPartition.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ShareFetchRequest.FetchPartition {
    static func sample(version: Int16) -> ShareFetchRequest.FetchPartition {
        var value: ShareFetchRequest.FetchPartition = ShareFetchRequest.FetchPartition()
        value.partitionIndex = 1
        value.partitionMaxBytes = 2
        value.acknowledgementBatches = [ShareFetchRequest.AcknowledgementBatch.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ShareFetchRequest.AcknowledgementBatch {
    static func sample(version: Int16) -> ShareFetchRequest.AcknowledgementBatch {
        var value: ShareFetchRequest.AcknowledgementBatch = ShareFetchRequest.AcknowledgementBatch()
        value.firstOffset = 1
        value.lastOffset = 2
        value.acknowledgeTypes = [3, 4]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ShareFetchRequest.ForgottenTopic {
    static func sample(version: Int16) -> ShareFetchRequest.ForgottenTopic {
        var value: ShareFetchRequest.ForgottenTopic = ShareFetchRequest.ForgottenTopic()
        value.topicId = KafkaUUID(high: 1, low: 0xFEED)
        value.partitions = [2, 3]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ShareFetchResponse: SampledMessage {
    static func sample(version: Int16) -> ShareFetchResponse {
        var value: ShareFetchResponse = ShareFetchResponse()
        value.throttleTimeMs = 1
        value.errorCode = 2
        value.errorMessage = "ErrorMessage-3"
        value.responses = [ShareFetchResponse.ShareFetchableTopicResponse.sample(version: version)]
        value.nodeEndpoints = [ShareFetchResponse.NodeEndpoint.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ShareFetchResponse.ShareFetchableTopicResponse {
    static func sample(version: Int16) -> ShareFetchResponse.ShareFetchableTopicResponse {
        var value: ShareFetchResponse.ShareFetchableTopicResponse = ShareFetchResponse.ShareFetchableTopicResponse()
        value.topicId = KafkaUUID(high: 1, low: 0xFEED)
        value.partitions = [ShareFetchResponse.PartitionData.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ShareFetchResponse.PartitionData {
    static func sample(version: Int16) -> ShareFetchResponse.PartitionData {
        var value: ShareFetchResponse.PartitionData = ShareFetchResponse.PartitionData()
        value.partitionIndex = 1
        value.errorCode = 2
        value.errorMessage = "ErrorMessage-3"
        value.acknowledgeErrorCode = 4
        value.acknowledgeErrorMessage = "AcknowledgeErrorMessage-5"
        value.currentLeader = ShareFetchResponse.LeaderIdAndEpoch.sample(version: version)
        value.records = ByteBuffer(bytes: [7, 1, 2, 3])
        value.acquiredRecords = [ShareFetchResponse.AcquiredRecords.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ShareFetchResponse.LeaderIdAndEpoch {
    static func sample(version: Int16) -> ShareFetchResponse.LeaderIdAndEpoch {
        var value: ShareFetchResponse.LeaderIdAndEpoch = ShareFetchResponse.LeaderIdAndEpoch()
        value.leaderId = 1
        value.leaderEpoch = 2
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ShareFetchResponse.AcquiredRecords {
    static func sample(version: Int16) -> ShareFetchResponse.AcquiredRecords {
        var value: ShareFetchResponse.AcquiredRecords = ShareFetchResponse.AcquiredRecords()
        value.firstOffset = 1
        value.lastOffset = 2
        value.deliveryCount = 3
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ShareFetchResponse.NodeEndpoint {
    static func sample(version: Int16) -> ShareFetchResponse.NodeEndpoint {
        var value: ShareFetchResponse.NodeEndpoint = ShareFetchResponse.NodeEndpoint()
        value.nodeId = 1
        value.host = "Host-2"
        value.port = 3
        value.rack = "Rack-4"
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ShareGroupDescribeRequest: SampledMessage {
    static func sample(version: Int16) -> ShareGroupDescribeRequest {
        var value: ShareGroupDescribeRequest = ShareGroupDescribeRequest()
        value.groupIds = ["GroupIds-1", ""]
        value.includeAuthorizedOperations = true
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ShareGroupDescribeResponse: SampledMessage {
    static func sample(version: Int16) -> ShareGroupDescribeResponse {
        var value: ShareGroupDescribeResponse = ShareGroupDescribeResponse()
        value.throttleTimeMs = 1
        value.groups = [ShareGroupDescribeResponse.DescribedGroup.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ShareGroupDescribeResponse.DescribedGroup {
    static func sample(version: Int16) -> ShareGroupDescribeResponse.DescribedGroup {
        var value: ShareGroupDescribeResponse.DescribedGroup = ShareGroupDescribeResponse.DescribedGroup()
        value.errorCode = 1
        value.errorMessage = "ErrorMessage-2"
        value.groupId = "GroupId-3"
        value.groupState = "GroupState-4"
        value.groupEpoch = 5
        value.assignmentEpoch = 6
        value.assignorName = "AssignorName-7"
        value.members = [ShareGroupDescribeResponse.Member.sample(version: version)]
        value.authorizedOperations = 9
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ShareGroupDescribeResponse.Member {
    static func sample(version: Int16) -> ShareGroupDescribeResponse.Member {
        var value: ShareGroupDescribeResponse.Member = ShareGroupDescribeResponse.Member()
        value.memberId = "MemberId-1"
        value.rackId = "RackId-2"
        value.memberEpoch = 3
        value.clientId = "ClientId-4"
        value.clientHost = "ClientHost-5"
        value.subscribedTopicNames = ["SubscribedTopicNames-6", ""]
        value.assignment = ShareGroupDescribeResponse.Assignment.sample(version: version)
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ShareGroupDescribeResponse.TopicPartitions {
    static func sample(version: Int16) -> ShareGroupDescribeResponse.TopicPartitions {
        var value: ShareGroupDescribeResponse.TopicPartitions = ShareGroupDescribeResponse.TopicPartitions()
        value.topicId = KafkaUUID(high: 1, low: 0xFEED)
        value.topicName = "TopicName-2"
        value.partitions = [3, 4]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ShareGroupDescribeResponse.Assignment {
    static func sample(version: Int16) -> ShareGroupDescribeResponse.Assignment {
        var value: ShareGroupDescribeResponse.Assignment = ShareGroupDescribeResponse.Assignment()
        value.topicPartitions = [ShareGroupDescribeResponse.TopicPartitions.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ShareGroupHeartbeatRequest: SampledMessage {
    static func sample(version: Int16) -> ShareGroupHeartbeatRequest {
        var value: ShareGroupHeartbeatRequest = ShareGroupHeartbeatRequest()
        value.groupId = "GroupId-1"
        value.memberId = "MemberId-2"
        value.memberEpoch = 3
        value.rackId = "RackId-4"
        value.subscribedTopicNames = ["SubscribedTopicNames-5", ""]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ShareGroupHeartbeatResponse: SampledMessage {
    static func sample(version: Int16) -> ShareGroupHeartbeatResponse {
        var value: ShareGroupHeartbeatResponse = ShareGroupHeartbeatResponse()
        value.throttleTimeMs = 1
        value.errorCode = 2
        value.errorMessage = "ErrorMessage-3"
        value.memberId = "MemberId-4"
        value.memberEpoch = 5
        value.heartbeatIntervalMs = 6
        value.assignment = ShareGroupHeartbeatResponse.Assignment.sample(version: version)
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ShareGroupHeartbeatResponse.Assignment {
    static func sample(version: Int16) -> ShareGroupHeartbeatResponse.Assignment {
        var value: ShareGroupHeartbeatResponse.Assignment = ShareGroupHeartbeatResponse.Assignment()
        value.topicPartitions = [ShareGroupHeartbeatResponse.TopicPartitions.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ShareGroupHeartbeatResponse.TopicPartitions {
    static func sample(version: Int16) -> ShareGroupHeartbeatResponse.TopicPartitions {
        var value: ShareGroupHeartbeatResponse.TopicPartitions = ShareGroupHeartbeatResponse.TopicPartitions()
        value.topicId = KafkaUUID(high: 1, low: 0xFEED)
        value.partitions = [2, 3]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension SnapshotFooterRecord: SampledMessage {
    static func sample(version: Int16) -> SnapshotFooterRecord {
        var value: SnapshotFooterRecord = SnapshotFooterRecord()
        value.version = 1
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension SnapshotHeaderRecord: SampledMessage {
    static func sample(version: Int16) -> SnapshotHeaderRecord {
        var value: SnapshotHeaderRecord = SnapshotHeaderRecord()
        value.version = 1
        value.lastContainedLogTimestamp = 2
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension SyncGroupRequest: SampledMessage {
    static func sample(version: Int16) -> SyncGroupRequest {
        var value: SyncGroupRequest = SyncGroupRequest()
        value.groupId = "GroupId-1"
        value.generationId = 2
        value.memberId = "MemberId-3"
        if version >= 3 { value.groupInstanceId = "GroupInstanceId-4" }
        if version >= 5 { value.protocolType = "ProtocolType-5" }
        if version >= 5 { value.protocolName = "ProtocolName-6" }
        value.assignments = [SyncGroupRequest.SyncGroupRequestAssignment.sample(version: version)]
        if version >= 4 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension SyncGroupRequest.SyncGroupRequestAssignment {
    static func sample(version: Int16) -> SyncGroupRequest.SyncGroupRequestAssignment {
        var value: SyncGroupRequest.SyncGroupRequestAssignment = SyncGroupRequest.SyncGroupRequestAssignment()
        value.memberId = "MemberId-1"
        value.assignment = [2, 0xFE]
        if version >= 4 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension SyncGroupResponse: SampledMessage {
    static func sample(version: Int16) -> SyncGroupResponse {
        var value: SyncGroupResponse = SyncGroupResponse()
        if version >= 1 { value.throttleTimeMs = 1 }
        value.errorCode = 2
        if version >= 5 { value.protocolType = "ProtocolType-3" }
        if version >= 5 { value.protocolName = "ProtocolName-4" }
        value.assignment = [5, 0xFE]
        if version >= 4 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension TxnOffsetCommitRequest: SampledMessage {
    static func sample(version: Int16) -> TxnOffsetCommitRequest {
        var value: TxnOffsetCommitRequest = TxnOffsetCommitRequest()
        value.transactionalId = "TransactionalId-1"
        value.groupId = "GroupId-2"
        value.producerId = 3
        value.producerEpoch = 4
        if version >= 3 { value.generationId = 5 }
        if version >= 3 { value.memberId = "MemberId-6" }
        if version >= 3 { value.groupInstanceId = "GroupInstanceId-7" }
        value.topics = [TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic.sample(version: version)]
        if version >= 3 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic {
    static func sample(version: Int16) -> TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic {
        var value: TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic = TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic()
        value.name = "Name-1"
        value.partitions = [TxnOffsetCommitRequest.TxnOffsetCommitRequestPartition.sample(version: version)]
        if version >= 3 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension TxnOffsetCommitRequest.TxnOffsetCommitRequestPartition {
    static func sample(version: Int16) -> TxnOffsetCommitRequest.TxnOffsetCommitRequestPartition {
        var value: TxnOffsetCommitRequest.TxnOffsetCommitRequestPartition = TxnOffsetCommitRequest.TxnOffsetCommitRequestPartition()
        value.partitionIndex = 1
        value.committedOffset = 2
        if version >= 2 { value.committedLeaderEpoch = 3 }
        value.committedMetadata = "CommittedMetadata-4"
        if version >= 3 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension TxnOffsetCommitResponse: SampledMessage {
    static func sample(version: Int16) -> TxnOffsetCommitResponse {
        var value: TxnOffsetCommitResponse = TxnOffsetCommitResponse()
        value.throttleTimeMs = 1
        value.topics = [TxnOffsetCommitResponse.TxnOffsetCommitResponseTopic.sample(version: version)]
        if version >= 3 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension TxnOffsetCommitResponse.TxnOffsetCommitResponseTopic {
    static func sample(version: Int16) -> TxnOffsetCommitResponse.TxnOffsetCommitResponseTopic {
        var value: TxnOffsetCommitResponse.TxnOffsetCommitResponseTopic = TxnOffsetCommitResponse.TxnOffsetCommitResponseTopic()
        value.name = "Name-1"
        value.partitions = [TxnOffsetCommitResponse.TxnOffsetCommitResponsePartition.sample(version: version)]
        if version >= 3 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension TxnOffsetCommitResponse.TxnOffsetCommitResponsePartition {
    static func sample(version: Int16) -> TxnOffsetCommitResponse.TxnOffsetCommitResponsePartition {
        var value: TxnOffsetCommitResponse.TxnOffsetCommitResponsePartition = TxnOffsetCommitResponse.TxnOffsetCommitResponsePartition()
        value.partitionIndex = 1
        value.errorCode = 2
        if version >= 3 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension UnregisterBrokerRequest: SampledMessage {
    static func sample(version: Int16) -> UnregisterBrokerRequest {
        var value: UnregisterBrokerRequest = UnregisterBrokerRequest()
        value.brokerId = 1
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension UnregisterBrokerResponse: SampledMessage {
    static func sample(version: Int16) -> UnregisterBrokerResponse {
        var value: UnregisterBrokerResponse = UnregisterBrokerResponse()
        value.throttleTimeMs = 1
        value.errorCode = 2
        value.errorMessage = "ErrorMessage-3"
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension UpdateFeaturesRequest: SampledMessage {
    static func sample(version: Int16) -> UpdateFeaturesRequest {
        var value: UpdateFeaturesRequest = UpdateFeaturesRequest()
        value.timeoutMs = 1
        value.featureUpdates = [UpdateFeaturesRequest.FeatureUpdateKey.sample(version: version)]
        if version >= 1 { value.validateOnly = true }
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension UpdateFeaturesRequest.FeatureUpdateKey {
    static func sample(version: Int16) -> UpdateFeaturesRequest.FeatureUpdateKey {
        var value: UpdateFeaturesRequest.FeatureUpdateKey = UpdateFeaturesRequest.FeatureUpdateKey()
        value.feature = "Feature-1"
        value.maxVersionLevel = 2
        if version <= 0 { value.allowDowngrade = true }
        if version >= 1 { value.upgradeType = 4 }
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension UpdateFeaturesResponse: SampledMessage {
    static func sample(version: Int16) -> UpdateFeaturesResponse {
        var value: UpdateFeaturesResponse = UpdateFeaturesResponse()
        value.throttleTimeMs = 1
        value.errorCode = 2
        value.errorMessage = "ErrorMessage-3"
        if version <= 1 { value.results = [UpdateFeaturesResponse.UpdatableFeatureResult.sample(version: version)] }
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension UpdateFeaturesResponse.UpdatableFeatureResult {
    static func sample(version: Int16) -> UpdateFeaturesResponse.UpdatableFeatureResult {
        var value: UpdateFeaturesResponse.UpdatableFeatureResult = UpdateFeaturesResponse.UpdatableFeatureResult()
        value.feature = "Feature-1"
        value.errorCode = 2
        value.errorMessage = "ErrorMessage-3"
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension VotersRecord: SampledMessage {
    static func sample(version: Int16) -> VotersRecord {
        var value: VotersRecord = VotersRecord()
        value.version = 1
        value.voters = [VotersRecord.Voter.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension VotersRecord.Voter {
    static func sample(version: Int16) -> VotersRecord.Voter {
        var value: VotersRecord.Voter = VotersRecord.Voter()
        value.voterId = 1
        value.voterDirectoryId = KafkaUUID(high: 2, low: 0xFEED)
        value.endpoints = [VotersRecord.Endpoint.sample(version: version)]
        value.kRaftVersionFeature = VotersRecord.KRaftVersionFeature.sample(version: version)
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension VotersRecord.Endpoint {
    static func sample(version: Int16) -> VotersRecord.Endpoint {
        var value: VotersRecord.Endpoint = VotersRecord.Endpoint()
        value.name = "Name-1"
        value.host = "Host-2"
        value.port = 3
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension VotersRecord.KRaftVersionFeature {
    static func sample(version: Int16) -> VotersRecord.KRaftVersionFeature {
        var value: VotersRecord.KRaftVersionFeature = VotersRecord.KRaftVersionFeature()
        value.minSupportedVersion = 1
        value.maxSupportedVersion = 2
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension WriteShareGroupStateRequest: SampledMessage {
    static func sample(version: Int16) -> WriteShareGroupStateRequest {
        var value: WriteShareGroupStateRequest = WriteShareGroupStateRequest()
        value.groupId = "GroupId-1"
        value.topics = [WriteShareGroupStateRequest.WriteStateData.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension WriteShareGroupStateRequest.WriteStateData {
    static func sample(version: Int16) -> WriteShareGroupStateRequest.WriteStateData {
        var value: WriteShareGroupStateRequest.WriteStateData = WriteShareGroupStateRequest.WriteStateData()
        value.topicId = KafkaUUID(high: 1, low: 0xFEED)
        value.partitions = [WriteShareGroupStateRequest.PartitionData.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension WriteShareGroupStateRequest.PartitionData {
    static func sample(version: Int16) -> WriteShareGroupStateRequest.PartitionData {
        var value: WriteShareGroupStateRequest.PartitionData = WriteShareGroupStateRequest.PartitionData()
        value.partition = 1
        value.stateEpoch = 2
        value.leaderEpoch = 3
        value.startOffset = 4
        value.stateBatches = [WriteShareGroupStateRequest.StateBatch.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension WriteShareGroupStateRequest.StateBatch {
    static func sample(version: Int16) -> WriteShareGroupStateRequest.StateBatch {
        var value: WriteShareGroupStateRequest.StateBatch = WriteShareGroupStateRequest.StateBatch()
        value.firstOffset = 1
        value.lastOffset = 2
        value.deliveryState = 3
        value.deliveryCount = 4
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension WriteShareGroupStateResponse: SampledMessage {
    static func sample(version: Int16) -> WriteShareGroupStateResponse {
        var value: WriteShareGroupStateResponse = WriteShareGroupStateResponse()
        value.results = [WriteShareGroupStateResponse.WriteStateResult.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension WriteShareGroupStateResponse.WriteStateResult {
    static func sample(version: Int16) -> WriteShareGroupStateResponse.WriteStateResult {
        var value: WriteShareGroupStateResponse.WriteStateResult = WriteShareGroupStateResponse.WriteStateResult()
        value.topicId = KafkaUUID(high: 1, low: 0xFEED)
        value.partitions = [WriteShareGroupStateResponse.PartitionResult.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension WriteShareGroupStateResponse.PartitionResult {
    static func sample(version: Int16) -> WriteShareGroupStateResponse.PartitionResult {
        var value: WriteShareGroupStateResponse.PartitionResult = WriteShareGroupStateResponse.PartitionResult()
        value.partition = 1
        value.errorCode = 2
        value.errorMessage = "ErrorMessage-3"
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension WriteTxnMarkersRequest: SampledMessage {
    static func sample(version: Int16) -> WriteTxnMarkersRequest {
        var value: WriteTxnMarkersRequest = WriteTxnMarkersRequest()
        value.markers = [WriteTxnMarkersRequest.WritableTxnMarker.sample(version: version)]
        if version >= 1 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension WriteTxnMarkersRequest.WritableTxnMarker {
    static func sample(version: Int16) -> WriteTxnMarkersRequest.WritableTxnMarker {
        var value: WriteTxnMarkersRequest.WritableTxnMarker = WriteTxnMarkersRequest.WritableTxnMarker()
        value.producerId = 1
        value.producerEpoch = 2
        value.transactionResult = true
        value.topics = [WriteTxnMarkersRequest.WritableTxnMarkerTopic.sample(version: version)]
        value.coordinatorEpoch = 5
        if version >= 1 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension WriteTxnMarkersRequest.WritableTxnMarkerTopic {
    static func sample(version: Int16) -> WriteTxnMarkersRequest.WritableTxnMarkerTopic {
        var value: WriteTxnMarkersRequest.WritableTxnMarkerTopic = WriteTxnMarkersRequest.WritableTxnMarkerTopic()
        value.name = "Name-1"
        value.partitionIndexes = [2, 3]
        if version >= 1 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension WriteTxnMarkersResponse: SampledMessage {
    static func sample(version: Int16) -> WriteTxnMarkersResponse {
        var value: WriteTxnMarkersResponse = WriteTxnMarkersResponse()
        value.markers = [WriteTxnMarkersResponse.WritableTxnMarkerResult.sample(version: version)]
        if version >= 1 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension WriteTxnMarkersResponse.WritableTxnMarkerResult {
    static func sample(version: Int16) -> WriteTxnMarkersResponse.WritableTxnMarkerResult {
        var value: WriteTxnMarkersResponse.WritableTxnMarkerResult = WriteTxnMarkersResponse.WritableTxnMarkerResult()
        value.producerId = 1
        value.topics = [WriteTxnMarkersResponse.WritableTxnMarkerTopicResult.sample(version: version)]
        if version >= 1 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension WriteTxnMarkersResponse.WritableTxnMarkerTopicResult {
    static func sample(version: Int16) -> WriteTxnMarkersResponse.WritableTxnMarkerTopicResult {
        var value: WriteTxnMarkersResponse.WritableTxnMarkerTopicResult = WriteTxnMarkersResponse.WritableTxnMarkerTopicResult()
        value.name = "Name-1"
        value.partitions = [WriteTxnMarkersResponse.WritableTxnMarkerPartitionResult.sample(version: version)]
        if version >= 1 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension WriteTxnMarkersResponse.WritableTxnMarkerPartitionResult {
    static func sample(version: Int16) -> WriteTxnMarkersResponse.WritableTxnMarkerPartitionResult {
        var value: WriteTxnMarkersResponse.WritableTxnMarkerPartitionResult = WriteTxnMarkersResponse.WritableTxnMarkerPartitionResult()
        value.partitionIndex = 1
        value.errorCode = 2
        if version >= 1 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension ConsumerGroupCurrentMemberAssignmentKey: SampledMessage {
    static func sample(version: Int16) -> ConsumerGroupCurrentMemberAssignmentKey {
        var value: ConsumerGroupCurrentMemberAssignmentKey = ConsumerGroupCurrentMemberAssignmentKey()
        value.groupId = "GroupId-1"
        value.memberId = "MemberId-2"
        return value
    }
}

extension ConsumerGroupCurrentMemberAssignmentValue: SampledMessage {
    static func sample(version: Int16) -> ConsumerGroupCurrentMemberAssignmentValue {
        var value: ConsumerGroupCurrentMemberAssignmentValue = ConsumerGroupCurrentMemberAssignmentValue()
        value.memberEpoch = 1
        value.previousMemberEpoch = 2
        value.state = 3
        value.assignedPartitions = [ConsumerGroupCurrentMemberAssignmentValue.TopicPartitions.sample(version: version)]
        value.partitionsPendingRevocation = [ConsumerGroupCurrentMemberAssignmentValue.TopicPartitions.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ConsumerGroupCurrentMemberAssignmentValue.TopicPartitions {
    static func sample(version: Int16) -> ConsumerGroupCurrentMemberAssignmentValue.TopicPartitions {
        var value: ConsumerGroupCurrentMemberAssignmentValue.TopicPartitions = ConsumerGroupCurrentMemberAssignmentValue.TopicPartitions()
        value.topicId = KafkaUUID(high: 1, low: 0xFEED)
        value.partitions = [2, 3]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ConsumerGroupMemberMetadataKey: SampledMessage {
    static func sample(version: Int16) -> ConsumerGroupMemberMetadataKey {
        var value: ConsumerGroupMemberMetadataKey = ConsumerGroupMemberMetadataKey()
        value.groupId = "GroupId-1"
        value.memberId = "MemberId-2"
        return value
    }
}

extension ConsumerGroupMemberMetadataValue: SampledMessage {
    static func sample(version: Int16) -> ConsumerGroupMemberMetadataValue {
        var value: ConsumerGroupMemberMetadataValue = ConsumerGroupMemberMetadataValue()
        value.instanceId = "InstanceId-1"
        value.rackId = "RackId-2"
        value.clientId = "ClientId-3"
        value.clientHost = "ClientHost-4"
        value.subscribedTopicNames = ["SubscribedTopicNames-5", ""]
        value.subscribedTopicRegex = "SubscribedTopicRegex-6"
        value.rebalanceTimeoutMs = 7
        value.serverAssignor = "ServerAssignor-8"
        value.classicMemberMetadata = ConsumerGroupMemberMetadataValue.ClassicMemberMetadata.sample(version: version)
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ConsumerGroupMemberMetadataValue.ClassicMemberMetadata {
    static func sample(version: Int16) -> ConsumerGroupMemberMetadataValue.ClassicMemberMetadata {
        var value: ConsumerGroupMemberMetadataValue.ClassicMemberMetadata = ConsumerGroupMemberMetadataValue.ClassicMemberMetadata()
        value.sessionTimeoutMs = 1
        value.supportedProtocols = [ConsumerGroupMemberMetadataValue.ClassicProtocol.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ConsumerGroupMemberMetadataValue.ClassicProtocol {
    static func sample(version: Int16) -> ConsumerGroupMemberMetadataValue.ClassicProtocol {
        var value: ConsumerGroupMemberMetadataValue.ClassicProtocol = ConsumerGroupMemberMetadataValue.ClassicProtocol()
        value.name = "Name-1"
        value.metadata = [2, 0xFE]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ConsumerGroupMetadataKey: SampledMessage {
    static func sample(version: Int16) -> ConsumerGroupMetadataKey {
        var value: ConsumerGroupMetadataKey = ConsumerGroupMetadataKey()
        value.groupId = "GroupId-1"
        return value
    }
}

extension ConsumerGroupMetadataValue: SampledMessage {
    static func sample(version: Int16) -> ConsumerGroupMetadataValue {
        var value: ConsumerGroupMetadataValue = ConsumerGroupMetadataValue()
        value.epoch = 1
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ConsumerGroupPartitionMetadataKey: SampledMessage {
    static func sample(version: Int16) -> ConsumerGroupPartitionMetadataKey {
        var value: ConsumerGroupPartitionMetadataKey = ConsumerGroupPartitionMetadataKey()
        value.groupId = "GroupId-1"
        return value
    }
}

extension ConsumerGroupPartitionMetadataValue: SampledMessage {
    static func sample(version: Int16) -> ConsumerGroupPartitionMetadataValue {
        var value: ConsumerGroupPartitionMetadataValue = ConsumerGroupPartitionMetadataValue()
        value.topics = [ConsumerGroupPartitionMetadataValue.TopicMetadata.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ConsumerGroupPartitionMetadataValue.TopicMetadata {
    static func sample(version: Int16) -> ConsumerGroupPartitionMetadataValue.TopicMetadata {
        var value: ConsumerGroupPartitionMetadataValue.TopicMetadata = ConsumerGroupPartitionMetadataValue.TopicMetadata()
        value.topicId = KafkaUUID(high: 1, low: 0xFEED)
        value.topicName = "TopicName-2"
        value.numPartitions = 3
        value.partitionMetadata = [ConsumerGroupPartitionMetadataValue.PartitionMetadata.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ConsumerGroupPartitionMetadataValue.PartitionMetadata {
    static func sample(version: Int16) -> ConsumerGroupPartitionMetadataValue.PartitionMetadata {
        var value: ConsumerGroupPartitionMetadataValue.PartitionMetadata = ConsumerGroupPartitionMetadataValue.PartitionMetadata()
        value.partition = 1
        value.racks = ["Racks-2", ""]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ConsumerGroupTargetAssignmentMemberKey: SampledMessage {
    static func sample(version: Int16) -> ConsumerGroupTargetAssignmentMemberKey {
        var value: ConsumerGroupTargetAssignmentMemberKey = ConsumerGroupTargetAssignmentMemberKey()
        value.groupId = "GroupId-1"
        value.memberId = "MemberId-2"
        return value
    }
}

extension ConsumerGroupTargetAssignmentMemberValue: SampledMessage {
    static func sample(version: Int16) -> ConsumerGroupTargetAssignmentMemberValue {
        var value: ConsumerGroupTargetAssignmentMemberValue = ConsumerGroupTargetAssignmentMemberValue()
        value.topicPartitions = [ConsumerGroupTargetAssignmentMemberValue.TopicPartition.sample(version: version)]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ConsumerGroupTargetAssignmentMemberValue.TopicPartition {
    static func sample(version: Int16) -> ConsumerGroupTargetAssignmentMemberValue.TopicPartition {
        var value: ConsumerGroupTargetAssignmentMemberValue.TopicPartition = ConsumerGroupTargetAssignmentMemberValue.TopicPartition()
        value.topicId = KafkaUUID(high: 1, low: 0xFEED)
        value.partitions = [2, 3]
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension ConsumerGroupTargetAssignmentMetadataKey: SampledMessage {
    static func sample(version: Int16) -> ConsumerGroupTargetAssignmentMetadataKey {
        var value: ConsumerGroupTargetAssignmentMetadataKey = ConsumerGroupTargetAssignmentMetadataKey()
        value.groupId = "GroupId-1"
        return value
    }
}

extension ConsumerGroupTargetAssignmentMetadataValue: SampledMessage {
    static func sample(version: Int16) -> ConsumerGroupTargetAssignmentMetadataValue {
        var value: ConsumerGroupTargetAssignmentMetadataValue = ConsumerGroupTargetAssignmentMetadataValue()
        value.assignmentEpoch = 1
        value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])]
        return value
    }
}

extension GroupMetadataKey: SampledMessage {
    static func sample(version: Int16) -> GroupMetadataKey {
        var value: GroupMetadataKey = GroupMetadataKey()
        value.group = "group-1"
        return value
    }
}

extension GroupMetadataValue: SampledMessage {
    static func sample(version: Int16) -> GroupMetadataValue {
        var value: GroupMetadataValue = GroupMetadataValue()
        value.protocolType = "protocolType-1"
        value.generation = 2
        value.`protocol` = "protocol-3"
        value.leader = "leader-4"
        if version >= 2 { value.currentStateTimestamp = 5 }
        value.members = [GroupMetadataValue.MemberMetadata.sample(version: version)]
        if version >= 4 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension GroupMetadataValue.MemberMetadata {
    static func sample(version: Int16) -> GroupMetadataValue.MemberMetadata {
        var value: GroupMetadataValue.MemberMetadata = GroupMetadataValue.MemberMetadata()
        value.memberId = "memberId-1"
        if version >= 3 { value.groupInstanceId = "groupInstanceId-2" }
        value.clientId = "clientId-3"
        value.clientHost = "clientHost-4"
        if version >= 1 { value.rebalanceTimeout = 5 }
        value.sessionTimeout = 6
        value.subscription = [7, 0xFE]
        value.assignment = [8, 0xFE]
        if version >= 4 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}

extension OffsetCommitKey: SampledMessage {
    static func sample(version: Int16) -> OffsetCommitKey {
        var value: OffsetCommitKey = OffsetCommitKey()
        value.group = "group-1"
        value.topic = "topic-2"
        value.partition = 3
        return value
    }
}

extension OffsetCommitValue: SampledMessage {
    static func sample(version: Int16) -> OffsetCommitValue {
        var value: OffsetCommitValue = OffsetCommitValue()
        value.offset = 1
        if version >= 3 { value.leaderEpoch = 2 }
        value.metadata = "metadata-3"
        value.commitTimestamp = 4
        if version == 1 { value.expireTimestamp = 5 }
        if version >= 4 { value.unknownTaggedFields = [TaggedField(tag: 10000, data: [0xAB, 0xCD])] }
        return value
    }
}
