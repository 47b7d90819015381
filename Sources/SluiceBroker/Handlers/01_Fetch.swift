// Fetch v4-17; v5 log start offset; v7 fetch sessions (KIP-227); v11 rack id; v12 flexible,
// last fetched epoch (KIP-320); v13 topic ids instead of names; v15 replica state; v16 current
// leader and node endpoints (KIP-951). Consumers read below the high watermark (read_uncommitted)
// or the last stable offset (read_committed, equal to it until transactions exist). Long poll:
// answer once minBytes are readable, a partition fails, or maxWaitMs passed. Records go out as
// FileRegions straight from the segment files (see FetchResponseWriter).

import NIOCore
import SluiceCluster
import SluiceProtocol
import SluiceStorage

enum FetchHandler: APIHandler {
    typealias Request = FetchRequest
    static let versions: ClosedRange<Int16> = 4...17

    static func handle(_ request: FetchRequest, context: RequestContext) async throws -> HandlerResult<FetchResponse> {
        let broker = context.broker
        let version = context.apiVersion
        let params = FetchParams(
            version: version,
            replicaId: version >= 15 ? request.replicaState.replicaId : request.replicaId,
            // Kafka caps the request's maxBytes with the broker's `fetch.max.bytes`.
            maxBytes: min(Int(request.maxBytes), FetchParams.brokerFetchMaxBytes),
            minBytes: Int(request.minBytes),
            isolationLevel: request.isolationLevel
        )
        let image = broker.metadata.image
        let fetchContext = broker.fetchSessions.newContext(
            sessionId: version >= 7 ? request.sessionId : 0,
            epoch: version >= 7 ? request.sessionEpoch : FetchSessionCacheState.finalEpoch,
            partitions: Self.partitions(of: request, version: version, image: image),
            forgotten: Self.forgotten(of: request, version: version),
            usesTopicIds: version >= 13,
            isFollower: params.isFromFollower,
            topicName: { image.topic(id: $0)?.name }
        )
        let partitions = fetchContext.partitions
        let pass = await Self.readWithLongPoll(partitions, params: params, maxWaitMs: Int64(request.maxWaitMs), broker: broker)
        let answer = broker.fetchSessions.complete(fetchContext, outcomes: pass.reads.map(\.outcome))
        return try Self.encode(pass, answer: answer, version: version, broker: broker)
    }

    /// Reads until `minBytes` are readable, a partition must be answered now, or `maxWaitMs`
    /// passed; woken whenever a high watermark moves (`ReplicaManager.fetchWaiters`).
    private static func readWithLongPoll(
        _ partitions: [FetchPartitionRequest], params: FetchParams, maxWaitMs: Int64, broker: Broker
    ) async -> FetchReadPass {
        let waiters = broker.replicaManager.fetchWaiters
        let deadline = ContinuousClock.now.advanced(by: .milliseconds(max(0, maxWaitMs)))
        while true {
            let generation = waiters.generation
            let pass = FetchReader.read(partitions, params: params, broker: broker)
            let remaining = deadline - ContinuousClock.now
            if partitions.isEmpty || pass.bytesReadable >= params.minBytes || pass.mustAnswerNow || remaining <= .zero || Task.isCancelled
                || waiters.isClosed
            {
                return pass
            }
            pass.closeFiles()
            await waiters.wait(after: generation, timeout: remaining)
        }
    }

    /// The response body: the partitions the session answer includes, grouped into topics as
    /// Kafka does (consecutive partitions of one topic share an entry).
    private static func encode(_ pass: FetchReadPass, answer: FetchSessionAnswer, version: Int16, broker: Broker) throws -> HandlerResult<FetchResponse> {
        var response = FetchResponse()
        response.errorCode = answer.errorCode.rawValue
        response.sessionId = answer.sessionId
        var files: [FetchResponseWriter.Position: FetchFileRecords] = [:]
        var sent = Set<Int>()
        var leaderEndpointNeeded = false
        for index in answer.included where index < pass.reads.count {
            let read = pass.reads[index]
            var data = read.data
            if version <= 5 && data.errorCode == ErrorCode.kafkaStorageError.rawValue {
                // Clients of these versions do not know KAFKA_STORAGE_ERROR.
                data.errorCode = ErrorCode.notLeaderOrFollower.rawValue
            }
            if version >= 16, data.errorCode == ErrorCode.notLeaderOrFollower.rawValue || data.errorCode == ErrorCode.fencedLeaderEpoch.rawValue,
               let name = read.request.topic, let assignment = broker.metadata.image.topic(named: name)?.partition(read.request.partition),
               assignment.leader >= 0
            {
                // KIP-951: tell the client who leads now, so it need not wait for metadata.
                data.currentLeader.leaderId = assignment.leader
                data.currentLeader.leaderEpoch = assignment.leaderEpoch
                if assignment.leader == broker.config.nodeId { leaderEndpointNeeded = true }
            }
            let sameTopic = response.responses.last.map { last in
                version >= 13 ? last.topicId == read.request.topicId : last.topic == (read.request.topic ?? "")
            } ?? false
            if !sameTopic {
                var topic = FetchResponse.FetchableTopicResponse()
                topic.topic = read.request.topic ?? ""
                topic.topicId = read.request.topicId
                response.responses.append(topic)
            }
            let topicIndex = response.responses.count - 1
            if let file = read.file {
                files[.init(topic: topicIndex, partition: response.responses[topicIndex].partitions.count)] = file
                sent.insert(index)
            }
            response.responses[topicIndex].partitions.append(data)
        }
        if leaderEndpointNeeded {
            let advertised = broker.config.effectiveAdvertisedListener
            var node = FetchResponse.NodeEndpoint()
            node.nodeId = broker.config.nodeId
            node.host = advertised.host
            node.port = Int32(advertised.port)
            response.nodeEndpoints = [node]
        }
        // Descriptors of partitions left out of the response are not needed.
        for (index, read) in pass.reads.enumerated() where !sent.contains(index) {
            try? read.file?.handle.close()
        }
        let handles = files.values.map(\.handle)
        let release: @Sendable () -> Void = {
            for handle in handles { try? handle.close() }
        }
        do {
            let (parts, byteCount) = try FetchResponseWriter.write(response, version: version, fileRecords: files)
            return .encodedBody(parts: parts, byteCount: byteCount, release: release)
        } catch {
            release()
            throw error
        }
    }

    // MARK: The request's partitions

    private static func partitions(of request: FetchRequest, version: Int16, image: MetadataImage) -> [FetchPartitionRequest] {
        var result: [FetchPartitionRequest] = []
        for topic in request.topics {
            let name: String? = version >= 13 ? image.topic(id: topic.topicId)?.name : topic.topic
            for partition in topic.partitions {
                result.append(FetchPartitionRequest(
                    key: version >= 13 ? .id(topic.topicId, partition: partition.partition) : .name(topic.topic, partition: partition.partition),
                    topicId: version >= 13 ? topic.topicId : .zero,
                    topic: name,
                    partition: partition.partition,
                    fetchOffset: partition.fetchOffset,
                    partitionMaxBytes: partition.partitionMaxBytes,
                    currentLeaderEpoch: partition.currentLeaderEpoch,
                    lastFetchedEpoch: version >= 12 ? partition.lastFetchedEpoch : -1,
                    logStartOffset: partition.logStartOffset
                ))
            }
        }
        return result
    }

    private static func forgotten(of request: FetchRequest, version: Int16) -> [FetchPartitionKey] {
        guard version >= 7 else { return [] }
        return request.forgottenTopicsData.flatMap { topic in
            topic.partitions.map { partition -> FetchPartitionKey in
                version >= 13 ? .id(topic.topicId, partition: partition) : .name(topic.topic, partition: partition)
            }
        }
    }
}
