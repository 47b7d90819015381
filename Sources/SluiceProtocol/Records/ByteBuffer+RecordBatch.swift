import NIOCore

// In-place edits of a v2 record batch that starts at an absolute index of a buffer: what a broker
// does to an accepted batch before appending it. `baseOffset` and `partitionLeaderEpoch` lie before
// the CRC-covered range, so setting them leaves the CRC valid; the timestamp type and
// `maxTimestamp` lie inside it, so setting them recomputes the CRC.
//
// Each method throws `ProtocolError.truncated` (and writes nothing) unless the bytes it touches lie
// within the buffer's readable bytes. Like every ByteBuffer mutation, writing to a buffer whose
// storage is shared (a slice of a request still referenced elsewhere) copies that storage first;
// edit the buffer before taking other references to avoid the copy.

extension ByteBuffer {
    /// Sets `baseOffset` (bytes 0-7) of the batch at `batchIndex`; the CRC stays valid.
    public mutating func setRecordBatchBaseOffset(_ baseOffset: Int64, at batchIndex: Int) throws {
        try self.checkRecordBatchRange(at: batchIndex, length: RecordBatchHeader.batchLengthOffset, "baseOffset")
        self.setInteger(baseOffset, at: batchIndex + RecordBatchHeader.baseOffsetOffset)
    }

    /// Sets `partitionLeaderEpoch` (bytes 12-15) of the batch at `batchIndex`; the CRC stays valid.
    public mutating func setRecordBatchPartitionLeaderEpoch(_ epoch: Int32, at batchIndex: Int) throws {
        try self.checkRecordBatchRange(at: batchIndex, length: RecordBatchHeader.magicOffset, "partitionLeaderEpoch")
        self.setInteger(epoch, at: batchIndex + RecordBatchHeader.partitionLeaderEpochOffset)
    }

    /// Sets the timestamp type bit and `maxTimestamp` of the batch at `batchIndex` and rewrites its
    /// CRC over the whole batch, which must be readable. For LogAppendTime pass `.logAppendTime` and
    /// the broker's append time. Nothing is written when both already hold these values (as Kafka's
    /// `DefaultRecordBatch.setMaxTimestamp`). Returns the new CRC.
    @discardableResult
    public mutating func setRecordBatchMaxTimestamp(
        _ maxTimestamp: Int64,
        timestampType: TimestampType,
        at batchIndex: Int
    ) throws -> UInt32 {
        try self.checkRecordBatchRange(at: batchIndex, length: RecordBatchHeader.size, "record batch header")
        let batchLength = Int(self.getInteger(at: batchIndex + RecordBatchHeader.batchLengthOffset, as: Int32.self)!)
        guard batchLength >= Int(RecordBatchHeader.minimumBatchLength) else {
            throw ProtocolError.corruptRecordBatch("batchLength \(batchLength) is smaller than a record batch header")
        }
        try self.checkRecordBatchRange(at: batchIndex, length: RecordBatchHeader.logOverhead + batchLength, "record batch")

        let attributesIndex = batchIndex + RecordBatchHeader.attributesOffset
        var attributes = RecordBatchAttributes(rawValue: self.getInteger(at: attributesIndex, as: Int16.self)!)
        let maxTimestampIndex = batchIndex + RecordBatchHeader.maxTimestampOffset
        let currentCRC = self.getInteger(at: batchIndex + RecordBatchHeader.crcOffset, as: UInt32.self)!
        if attributes.timestampType == timestampType && self.getInteger(at: maxTimestampIndex, as: Int64.self)! == maxTimestamp {
            return currentCRC
        }
        attributes.timestampType = timestampType
        self.setInteger(attributes.rawValue, at: attributesIndex)
        self.setInteger(maxTimestamp, at: maxTimestampIndex)
        let crcLength = RecordBatchHeader.logOverhead + batchLength - RecordBatchHeader.attributesOffset
        let crc = CRC32C.checksum(self, at: attributesIndex, length: crcLength)!
        self.setInteger(crc, at: batchIndex + RecordBatchHeader.crcOffset)
        return crc
    }

    private func checkRecordBatchRange(at index: Int, length: Int, _ context: String) throws {
        guard index >= self.readerIndex, index <= self.writerIndex, self.writerIndex - index >= length else {
            throw ProtocolError.truncated(
                needed: length,
                available: index >= self.readerIndex && index <= self.writerIndex ? self.writerIndex - index : 0,
                context: context
            )
        }
    }
}
