import NIOCore

/// Builds one v2 record batch: collects records, then encodes header, records (compressed as a
/// whole through a `CompressionCodec` if one is given) and CRC.
///
/// Computed on `encode` unless overridden: `lastOffsetDelta` (largest offset delta),
/// `maxTimestamp` (largest record timestamp, at least -1, as Kafka's `MemoryRecordsBuilder`),
/// `recordCount`, `batchLength` and `crc`. `baseTimestamp` is the first appended record's
/// timestamp unless set before that. Encoding the header and records of a decoded batch with the
/// same parameters and codec reproduces its bytes exactly (for compressed batches, when the codec
/// is deterministic and configured as the original producer's was).
public struct RecordBatchBuilder: Sendable {
    public var baseOffset: Int64
    public var partitionLeaderEpoch: Int32
    public var producerId: Int64
    public var producerEpoch: Int16
    public var baseSequence: Int32
    public var isTransactional: Bool
    public var isControl: Bool
    public var timestampType: TimestampType
    /// Sets attribute bit 6; `baseTimestamp` then holds the delete horizon (compaction only).
    public var hasDeleteHorizon: Bool
    /// Timestamps are stored as deltas from this. Nil until set or until the first
    /// `append(timestamp:key:value:headers:)`; -1 if still nil at `encode`.
    public var baseTimestamp: Int64?
    /// Written as is when set. Required for LogAppendTime (the broker's append time); computed
    /// from the records for CreateTime when nil.
    public var maxTimestamp: Int64?
    /// Written as is when set (a compacted batch whose last records were removed, or an empty
    /// batch); the largest offset delta when nil.
    public var lastOffsetDelta: Int32?
    /// Bits 7-15 of the attributes, which Kafka leaves 0; kept for exact re-encoding.
    public var unusedAttributeBits: Int16

    public private(set) var records: [Record] = []

    public init(
        baseOffset: Int64 = 0,
        partitionLeaderEpoch: Int32 = RecordBatchHeader.noPartitionLeaderEpoch,
        producerId: Int64 = RecordBatchHeader.noProducerId,
        producerEpoch: Int16 = RecordBatchHeader.noProducerEpoch,
        baseSequence: Int32 = RecordBatchHeader.noSequence,
        isTransactional: Bool = false,
        isControl: Bool = false,
        timestampType: TimestampType = .createTime,
        hasDeleteHorizon: Bool = false,
        baseTimestamp: Int64? = nil,
        maxTimestamp: Int64? = nil,
        lastOffsetDelta: Int32? = nil
    ) {
        self.baseOffset = baseOffset
        self.partitionLeaderEpoch = partitionLeaderEpoch
        self.producerId = producerId
        self.producerEpoch = producerEpoch
        self.baseSequence = baseSequence
        self.isTransactional = isTransactional
        self.isControl = isControl
        self.timestampType = timestampType
        self.hasDeleteHorizon = hasDeleteHorizon
        self.baseTimestamp = baseTimestamp
        self.maxTimestamp = maxTimestamp
        self.lastOffsetDelta = lastOffsetDelta
        self.unusedAttributeBits = 0
    }

    /// The parameters of an existing batch, to re-encode its records: everything but the values
    /// `encode` computes (`lastOffsetDelta`, and `maxTimestamp` under CreateTime, are left nil).
    public init(parametersOf header: RecordBatchHeader) {
        self.init(
            baseOffset: header.baseOffset,
            partitionLeaderEpoch: header.partitionLeaderEpoch,
            producerId: header.producerId,
            producerEpoch: header.producerEpoch,
            baseSequence: header.baseSequence,
            isTransactional: header.isTransactional,
            isControl: header.isControl,
            timestampType: header.timestampType,
            hasDeleteHorizon: header.attributes.hasDeleteHorizon,
            baseTimestamp: header.baseTimestamp,
            maxTimestamp: header.timestampType == .logAppendTime ? header.maxTimestamp : nil
        )
        self.unusedAttributeBits = header.attributes.rawValue & ~0x7F
    }

    /// A transaction marker batch as the coordinator writes it: transactional, control, one record.
    public static func endTransactionMarker(
        _ marker: EndTransactionMarker,
        producerId: Int64,
        producerEpoch: Int16,
        timestamp: Int64,
        baseOffset: Int64 = 0,
        partitionLeaderEpoch: Int32 = RecordBatchHeader.noPartitionLeaderEpoch
    ) -> RecordBatchBuilder {
        var builder = RecordBatchBuilder(
            baseOffset: baseOffset,
            partitionLeaderEpoch: partitionLeaderEpoch,
            producerId: producerId,
            producerEpoch: producerEpoch,
            isTransactional: true,
            isControl: true,
            baseTimestamp: timestamp
        )
        builder.append(marker.record())
        return builder
    }

    public var isEmpty: Bool { self.records.isEmpty }

    /// The offset delta the next `append(timestamp:...)` assigns.
    public var nextOffsetDelta: Int32 {
        self.records.last.map { $0.offsetDelta &+ 1 } ?? 0
    }

    /// Appends a record with its deltas as given.
    public mutating func append(_ record: Record) {
        self.records.append(record)
    }

    /// Appends a record at the next offset delta with an absolute timestamp; the first such record
    /// fixes `baseTimestamp` if it is still nil. Returns the record's offset delta.
    @discardableResult
    public mutating func append(
        timestamp: Int64,
        key: ByteBuffer?,
        value: ByteBuffer?,
        headers: [RecordHeader] = []
    ) -> Int32 {
        let baseTimestamp = self.baseTimestamp ?? timestamp
        self.baseTimestamp = baseTimestamp
        let offsetDelta = self.nextOffsetDelta
        self.records.append(
            Record(offsetDelta: offsetDelta, timestampDelta: timestamp &- baseTimestamp, key: key, value: value, headers: headers)
        )
        return offsetDelta
    }

    // MARK: Encoding

    /// Appends the batch to `buffer` and returns its header. `codec` nil (or of type `.none`)
    /// writes the records uncompressed. On error nothing is left in `buffer`: an empty batch
    /// without `lastOffsetDelta`, LogAppendTime without `maxTimestamp`, a batch too large for
    /// `batchLength`, or a codec failure.
    @discardableResult
    public func encode(into buffer: inout ByteBuffer, codec: (any CompressionCodec)? = nil) throws -> RecordBatchHeader {
        guard self.records.count <= Int(Int32.max) else {
            throw ProtocolError.invalidValue("\(self.records.count) records are more than a record batch can count")
        }
        guard let lastOffsetDelta = self.lastOffsetDelta ?? self.records.lazy.map(\.offsetDelta).max() else {
            throw ProtocolError.invalidValue("an empty record batch needs an explicit lastOffsetDelta")
        }
        let baseTimestamp = self.baseTimestamp ?? RecordBatchHeader.noTimestamp
        let maxTimestamp: Int64
        if let explicit = self.maxTimestamp {
            maxTimestamp = explicit
        } else if self.timestampType == .logAppendTime {
            throw ProtocolError.invalidValue("a LogAppendTime batch needs maxTimestamp set to the append time")
        } else {
            maxTimestamp = self.records.reduce(RecordBatchHeader.noTimestamp) { max($0, baseTimestamp &+ $1.timestampDelta) }
        }
        let compression = codec?.type ?? .none
        var attributes = RecordBatchAttributes(
            compression: compression,
            timestampType: self.timestampType,
            isTransactional: self.isTransactional,
            isControl: self.isControl,
            hasDeleteHorizon: self.hasDeleteHorizon
        )
        attributes.rawValue |= self.unusedAttributeBits & ~0x7F
        var header = RecordBatchHeader(
            baseOffset: self.baseOffset,
            batchLength: 0,
            partitionLeaderEpoch: self.partitionLeaderEpoch,
            magic: RecordBatchHeader.currentMagic,
            crc: 0,
            attributes: attributes,
            lastOffsetDelta: lastOffsetDelta,
            baseTimestamp: baseTimestamp,
            maxTimestamp: maxTimestamp,
            producerId: self.producerId,
            producerEpoch: self.producerEpoch,
            baseSequence: self.baseSequence,
            recordCount: Int32(self.records.count)
        )

        let start = buffer.writerIndex
        do {
            let recordsSize = self.records.reduce(0) { $0 + $1.encodedSize }
            if compression == .none {
                buffer.reserveCapacity(minimumWritableBytes: RecordBatchHeader.size + recordsSize)
                header.write(to: &buffer)
                for record in self.records {
                    try record.write(to: &buffer)
                }
            } else {
                var raw = ByteBufferAllocator().buffer(capacity: recordsSize)
                for record in self.records {
                    try record.write(to: &raw)
                }
                header.write(to: &buffer)
                try codec!.compress(raw, into: &buffer)
            }
            let totalSize = buffer.writerIndex - start
            guard totalSize - RecordBatchHeader.logOverhead <= Int(Int32.max) else {
                throw ProtocolError.invalidValue("record batch of \(totalSize) bytes is larger than batchLength can describe")
            }
            header.batchLength = Int32(totalSize - RecordBatchHeader.logOverhead)
            buffer.setInteger(header.batchLength, at: start + RecordBatchHeader.batchLengthOffset)
            header.crc = CRC32C.checksum(
                buffer,
                at: start + RecordBatchHeader.attributesOffset,
                length: totalSize - RecordBatchHeader.attributesOffset
            )!
            buffer.setInteger(header.crc, at: start + RecordBatchHeader.crcOffset)
        } catch {
            buffer.moveWriterIndex(to: start)
            throw error
        }
        return header
    }

    /// The batch in a buffer of its own.
    public func encode(codec: (any CompressionCodec)? = nil) throws -> RecordBatch {
        var buffer = ByteBuffer()
        let header = try self.encode(into: &buffer, codec: codec)
        return RecordBatch(header: header, buffer: buffer)
    }
}
