import NIOCore
import SluiceProtocol

/// Records sent straight from a segment file: `length` bytes at `position` of `handle`.
///
/// The handle is this response's own descriptor (a `dup` of the segment's), so retention closing
/// the segment cannot pull the file away mid-send. Whoever builds the response closes it once the
/// write completed or failed.
struct FetchFileRecords: Sendable {
    let handle: NIOFileHandle
    let position: Int64
    let length: Int
}

/// Encodes a FetchResponse body (v4-17) as buffers with the records of some partitions left in
/// their files, to be written as `FileRegion`s (`sendfile`), so record bytes never pass through
/// user space.
///
/// The bytes are exactly those of `FetchResponse.encode(into:version:)` with every partition's
/// `records` set to the file bytes; the unit tests check this field by field for every version.
enum FetchResponseWriter {
    /// A partition's place in `FetchResponse.responses[topic].partitions[partition]`.
    struct Position: Hashable, Sendable {
        var topic: Int
        var partition: Int
    }

    static let versions: ClosedRange<Int16> = 4...17

    /// The body's parts and their total size. A partition listed in `fileRecords` takes its
    /// records from there (its `records` in `response` is ignored); the others use `records`.
    static func write(
        _ response: FetchResponse, version: Int16, fileRecords: [Position: FetchFileRecords] = [:]
    ) throws -> (parts: [IOData], byteCount: Int) {
        guard Self.versions.contains(version) else {
            throw ProtocolError.unsupportedVersion("FetchResponse (zero-copy writer)", version: version)
        }
        let flexible = version >= 12
        var parts: [IOData] = []
        var byteCount = 0
        var buffer = ByteBuffer()
        buffer.reserveCapacity(256)

        buffer.writeInteger(response.throttleTimeMs)
        if version >= 7 {
            buffer.writeInteger(response.errorCode)
            buffer.writeInteger(response.sessionId)
        } else if response.sessionId != 0 {
            throw ProtocolError.fieldNotSupported(field: "FetchResponse.SessionId", version: version)
        }
        buffer.writeKafkaArrayCount(response.responses.count, compact: flexible)
        for (topicIndex, topic) in response.responses.enumerated() {
            if version <= 12 {
                try buffer.writeKafkaString(topic.topic, compact: flexible)
            } else {
                buffer.writeKafkaUUID(topic.topicId)
            }
            buffer.writeKafkaArrayCount(topic.partitions.count, compact: flexible)
            for (partitionIndex, partition) in topic.partitions.enumerated() {
                try Self.writePartitionFields(partition, version: version, into: &buffer)
                if let file = fileRecords[Position(topic: topicIndex, partition: partitionIndex)] {
                    buffer.writeKafkaLength(file.length, compact: flexible, short: false)
                    if file.length > 0 {
                        byteCount += buffer.readableBytes
                        parts.append(.byteBuffer(buffer))
                        buffer = ByteBuffer()
                        buffer.reserveCapacity(256)
                        let start = Int(file.position)
                        parts.append(.fileRegion(FileRegion(fileHandle: file.handle, readerIndex: start, endIndex: start + file.length)))
                        byteCount += file.length
                    }
                } else {
                    buffer.writeKafkaRecords(partition.records, compact: flexible)
                }
                if flexible {
                    try Self.writePartitionTaggedFields(partition, version: version, into: &buffer)
                }
            }
            if flexible {
                buffer.writeTaggedFields([], unknown: topic.unknownTaggedFields)
            }
        }
        if version <= 15 && !response.nodeEndpoints.isEmpty {
            throw ProtocolError.fieldNotSupported(field: "FetchResponse.NodeEndpoints", version: version)
        }
        if flexible {
            var tagged: [(UInt32, ByteBuffer)] = []
            if !response.nodeEndpoints.isEmpty {
                var field = ByteBuffer()
                field.writeKafkaArrayCount(response.nodeEndpoints.count, compact: true)
                for endpoint in response.nodeEndpoints {
                    field.writeInteger(endpoint.nodeId)
                    try field.writeKafkaString(endpoint.host, compact: true)
                    field.writeInteger(endpoint.port)
                    try field.writeKafkaString(endpoint.rack, compact: true)
                    field.writeTaggedFields([], unknown: endpoint.unknownTaggedFields)
                }
                tagged.append((0, field))
            }
            buffer.writeTaggedFields(tagged, unknown: response.unknownTaggedFields)
        }
        if buffer.readableBytes > 0 {
            byteCount += buffer.readableBytes
            parts.append(.byteBuffer(buffer))
        }
        return (parts, byteCount)
    }

    /// Everything of a PartitionData before `records`.
    private static func writePartitionFields(_ partition: FetchResponse.PartitionData, version: Int16, into buffer: inout ByteBuffer) throws {
        let flexible = version >= 12
        buffer.writeInteger(partition.partitionIndex)
        buffer.writeInteger(partition.errorCode)
        buffer.writeInteger(partition.highWatermark)
        buffer.writeInteger(partition.lastStableOffset)
        if version >= 5 { buffer.writeInteger(partition.logStartOffset) }
        if version <= 11 {
            if partition.divergingEpoch != FetchResponse.EpochEndOffset() {
                throw ProtocolError.fieldNotSupported(field: "FetchResponse.PartitionData.DivergingEpoch", version: version)
            }
            if partition.currentLeader != FetchResponse.LeaderIdAndEpoch() {
                throw ProtocolError.fieldNotSupported(field: "FetchResponse.PartitionData.CurrentLeader", version: version)
            }
            if partition.snapshotId != FetchResponse.SnapshotId() {
                throw ProtocolError.fieldNotSupported(field: "FetchResponse.PartitionData.SnapshotId", version: version)
            }
        }
        if let aborted = partition.abortedTransactions {
            buffer.writeKafkaArrayCount(aborted.count, compact: flexible)
            for transaction in aborted {
                buffer.writeInteger(transaction.producerId)
                buffer.writeInteger(transaction.firstOffset)
                if flexible { buffer.writeTaggedFields([], unknown: transaction.unknownTaggedFields) }
            }
        } else {
            buffer.writeKafkaArrayCount(nil, compact: flexible)
        }
        if version >= 11 {
            buffer.writeInteger(partition.preferredReadReplica)
        } else if partition.preferredReadReplica != -1 {
            throw ProtocolError.fieldNotSupported(field: "FetchResponse.PartitionData.PreferredReadReplica", version: version)
        }
    }

    /// A PartitionData's tagged fields (v12+): divergingEpoch (0), currentLeader (1),
    /// snapshotId (2), each only when not at its default.
    private static func writePartitionTaggedFields(_ partition: FetchResponse.PartitionData, version: Int16, into buffer: inout ByteBuffer) throws {
        var tagged: [(UInt32, ByteBuffer)] = []
        if partition.divergingEpoch != FetchResponse.EpochEndOffset() {
            var field = ByteBuffer()
            field.writeInteger(partition.divergingEpoch.epoch)
            field.writeInteger(partition.divergingEpoch.endOffset)
            field.writeTaggedFields([], unknown: partition.divergingEpoch.unknownTaggedFields)
            tagged.append((0, field))
        }
        if partition.currentLeader != FetchResponse.LeaderIdAndEpoch() {
            var field = ByteBuffer()
            field.writeInteger(partition.currentLeader.leaderId)
            field.writeInteger(partition.currentLeader.leaderEpoch)
            field.writeTaggedFields([], unknown: partition.currentLeader.unknownTaggedFields)
            tagged.append((1, field))
        }
        if partition.snapshotId != FetchResponse.SnapshotId() {
            var field = ByteBuffer()
            field.writeInteger(partition.snapshotId.endOffset)
            field.writeInteger(partition.snapshotId.epoch)
            field.writeTaggedFields([], unknown: partition.snapshotId.unknownTaggedFields)
            tagged.append((2, field))
        }
        buffer.writeTaggedFields(tagged, unknown: partition.unknownTaggedFields)
    }
}
