import NIOCore
import SluiceCompression
import SluiceProtocol
import SluiceTestKit
import Testing

@testable import SluiceStorage

/// Builds an in-memory log of segments for cleaner tests, assigning offsets as a broker would.
struct CleanerTestLog {
    var segments: [CleanerSegment] = [CleanerSegment(baseOffset: 0, batches: [])]
    var nextOffset: Int64 = 0

    struct Entry {
        var key: String?
        var value: String?
        var timestamp: Int64
    }

    /// Appends one batch; returns it.
    @discardableResult
    mutating func append(
        _ entries: [Entry],
        compression: CompressionType = .none,
        producerId: Int64 = RecordBatchHeader.noProducerId,
        producerEpoch: Int16 = RecordBatchHeader.noProducerEpoch,
        baseSequence: Int32 = RecordBatchHeader.noSequence,
        isTransactional: Bool = false
    ) -> RecordBatch {
        var builder = RecordBatchBuilder(
            baseOffset: self.nextOffset,
            partitionLeaderEpoch: 3,
            producerId: producerId,
            producerEpoch: producerEpoch,
            baseSequence: baseSequence,
            isTransactional: isTransactional
        )
        for entry in entries {
            builder.append(
                timestamp: entry.timestamp,
                key: entry.key.map { ByteBuffer(string: $0) },
                value: entry.value.map { ByteBuffer(string: $0) },
                headers: [RecordHeader(key: "h", bytes: [1, 2])]
            )
        }
        let batch = try! builder.encode(codec: Compression.codec(for: compression))
        self.add(batch)
        return batch
    }

    /// Appends a COMMIT or ABORT marker.
    @discardableResult
    mutating func appendMarker(_ type: ControlRecordType, producerId: Int64, producerEpoch: Int16 = 0, timestamp: Int64) -> RecordBatch {
        let builder = RecordBatchBuilder.endTransactionMarker(
            EndTransactionMarker(type: type, coordinatorEpoch: 7),
            producerId: producerId,
            producerEpoch: producerEpoch,
            timestamp: timestamp,
            baseOffset: self.nextOffset
        )
        let batch = try! builder.encode()
        self.add(batch)
        return batch
    }

    private mutating func add(_ batch: RecordBatch) {
        self.segments[self.segments.count - 1].batches.append(batch)
        self.nextOffset = batch.header.nextOffset
    }

    mutating func roll() {
        guard !(self.segments.last!.batches.isEmpty) else { return }
        self.segments.append(CleanerSegment(baseOffset: self.nextOffset, batches: []))
    }

    var allBatches: [RecordBatch] { self.segments.flatMap(\.batches) }

    /// Replaces the cleaned prefix of the log with the cleaner's output.
    mutating func replace(with cleaned: [CleanedSegment]) {
        for (index, segment) in cleaned.enumerated() {
            precondition(self.segments[index].baseOffset == segment.baseOffset)
            self.segments[index].batches = segment.batches
        }
    }
}

/// A record as read back from cleaned batches.
struct ReadRecord: Equatable {
    var offset: Int64
    var key: String?
    var value: String?
    var timestamp: Int64
}

func readRecords(_ batches: [RecordBatch]) throws -> [ReadRecord] {
    var out: [ReadRecord] = []
    for batch in batches {
        for record in try batch.decodeRecords(codecs: Compression.codecs) {
            out.append(ReadRecord(
                offset: record.offset(in: batch.header),
                key: record.key.map { String(buffer: $0) },
                value: record.value.map { String(buffer: $0) },
                timestamp: record.timestamp(in: batch.header)
            ))
        }
    }
    return out
}

/// Every batch re-validates as a log batch (framing, CRC, records) and offsets rise strictly.
func expectValidLog(_ batches: [RecordBatch], sourceLocation: SourceLocation = #_sourceLocation) {
    var previous: Int64 = -1
    var buffer = ByteBuffer()
    for batch in batches {
        #expect(batch.header.baseOffset > previous, sourceLocation: sourceLocation)
        previous = batch.header.lastOffset
        var copy = batch.buffer
        buffer.writeBuffer(&copy)
    }
    do {
        let reread = try RecordBatchReader.validate(buffer, options: .log, codecs: Compression.codecs)
        #expect(reread.count == batches.count, sourceLocation: sourceLocation)
        #expect(reread.map(\.header) == batches.map(\.header), sourceLocation: sourceLocation)
    } catch {
        Issue.record("cleaned log does not validate: \(error)", sourceLocation: sourceLocation)
    }
}

