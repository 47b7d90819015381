import NIOCore
import SluiceProtocol

/// The producer snapshot file `<20-digit offset>.snapshot` in a partition directory: the producer
/// state after every batch below `offset` (Kafka's format, version 1).
///
/// ```
/// offset  field                          type
///      0  version                        i16   1
///      2  crc                            u32   CRC-32C of every byte from offset 6 to the end
///      6  entry count                    i32
///     10  entries, 46 bytes each:
///          producerId                    i64
///          producerEpoch                 i16
///          lastSequence                  i32   -1 when the entry has no data batch
///          lastOffset                    i64   -1 when the entry has no data batch
///          offsetDelta                   i32   lastOffset - the batch's first offset
///          timestamp                     i64
///          coordinatorEpoch              i32
///          currentTxnFirstOffset         i64   -1 when no transaction is open
/// ```
///
/// Kafka writes one entry per producer, describing its last batch only. Sluice writes one entry
/// per retained batch (up to `ProducerStateEntry.batchesToRetain`, oldest first, the producer's
/// entries adjacent), so that the duplicate window survives a restart; the producer-level fields
/// are repeated in each and the last entry's count. The layout is unchanged: Kafka's reader keeps
/// the last entry of each producer id, which is its newest batch, exactly what it would have
/// written itself; a Kafka-written file reads here as one retained batch per producer.
public enum ProducerSnapshot {
    public static let version: Int16 = 1
    public static let fileSuffix = ".snapshot"
    static let headerSize = 10
    static let entrySize = 46
    /// Where the CRC-covered bytes begin.
    static let crcStart = 6

    public static func fileName(offset: Int64) -> String { LogSegment.fileStem(baseOffset: offset) + Self.fileSuffix }

    /// The offset a `<20 digits>.snapshot` name encodes, or nil for any other name.
    public static func offset(fromFileName name: String) -> Int64? {
        guard name.hasSuffix(Self.fileSuffix), name.utf8.count == 20 + Self.fileSuffix.utf8.count else { return nil }
        let stem = name.prefix(20)
        guard stem.allSatisfy({ $0.isASCII && $0.isNumber }), let offset = Int64(stem), offset >= 0 else { return nil }
        return offset
    }

    /// The bytes of a snapshot of `producers`, in producer id order.
    public static func encode(_ producers: some Collection<ProducerStateEntry>) -> ByteBuffer {
        let sorted = producers.sorted { $0.producerId < $1.producerId }
        let count = sorted.reduce(0) { $0 + max($1.batches.count, 1) }
        var buffer = ByteBuffer()
        buffer.reserveCapacity(Self.headerSize + count * Self.entrySize)
        buffer.writeInteger(Self.version)
        buffer.writeInteger(UInt32(0))
        buffer.writeInteger(Int32(count))
        for entry in sorted {
            func write(lastSequence: Int32, lastOffset: Int64, offsetDelta: Int32, timestamp: Int64) {
                buffer.writeInteger(entry.producerId)
                buffer.writeInteger(entry.producerEpoch)
                buffer.writeInteger(lastSequence)
                buffer.writeInteger(lastOffset)
                buffer.writeInteger(offsetDelta)
                buffer.writeInteger(timestamp)
                buffer.writeInteger(entry.coordinatorEpoch)
                buffer.writeInteger(entry.currentTxnFirstOffset ?? -1)
            }
            if entry.batches.isEmpty {
                write(lastSequence: RecordBatchHeader.noSequence, lastOffset: -1, offsetDelta: 0, timestamp: entry.lastTimestamp)
            }
            for (index, batch) in entry.batches.enumerated() {
                let isLast = index == entry.batches.count - 1
                write(
                    lastSequence: batch.lastSequence, lastOffset: batch.lastOffset, offsetDelta: batch.offsetDelta,
                    timestamp: isLast ? entry.lastTimestamp : batch.timestamp
                )
            }
        }
        let crc = CRC32C.checksum(buffer, at: Self.crcStart, length: buffer.writerIndex - Self.crcStart) ?? 0
        buffer.setInteger(crc, at: 2)
        return buffer
    }

    /// The entries of a snapshot's bytes. Throws `ProducerSnapshotError` when the version is
    /// unknown, the CRC does not match, or the length disagrees with the entry count.
    public static func decode(_ bytes: ByteBuffer) throws(ProducerSnapshotError) -> [ProducerStateEntry] {
        var buffer = bytes
        guard buffer.readableBytes >= Self.headerSize,
            let version = buffer.readInteger(as: Int16.self),
            let storedCrc = buffer.readInteger(as: UInt32.self)
        else { throw ProducerSnapshotError("\(bytes.readableBytes) bytes are too few for a snapshot header") }
        guard version == Self.version else { throw ProducerSnapshotError("unknown snapshot version \(version)") }
        let computed = CRC32C.checksum(bytes, at: bytes.readerIndex + Self.crcStart, length: bytes.readableBytes - Self.crcStart)
        guard computed == storedCrc else {
            throw ProducerSnapshotError("CRC mismatch: stored \(storedCrc), computed \(computed.map(String.init) ?? "none")")
        }
        guard let count = buffer.readInteger(as: Int32.self), count >= 0, buffer.readableBytes == Int(count) * Self.entrySize else {
            throw ProducerSnapshotError("the entry count does not match the \(bytes.readableBytes)-byte file")
        }
        var entries: [ProducerStateEntry] = []
        var current: ProducerStateEntry?
        for _ in 0..<count {
            guard let producerId = buffer.readInteger(as: Int64.self),
                let epoch = buffer.readInteger(as: Int16.self),
                let lastSequence = buffer.readInteger(as: Int32.self),
                let lastOffset = buffer.readInteger(as: Int64.self),
                let offsetDelta = buffer.readInteger(as: Int32.self),
                let timestamp = buffer.readInteger(as: Int64.self),
                let coordinatorEpoch = buffer.readInteger(as: Int32.self),
                let txnFirstOffset = buffer.readInteger(as: Int64.self)
            else { throw ProducerSnapshotError("an entry is cut short") }
            var entry: ProducerStateEntry
            if let previous = current, previous.producerId == producerId {
                entry = previous
            } else {
                if let previous = current { entries.append(previous) }
                entry = ProducerStateEntry(producerId: producerId)
            }
            entry.updateProducerEpoch(epoch)
            entry.coordinatorEpoch = coordinatorEpoch
            entry.currentTxnFirstOffset = txnFirstOffset >= 0 ? txnFirstOffset : nil
            if lastOffset >= 0 {
                // Batches must advance; an entry out of order replaces what came before it.
                if let last = entry.batches.last, lastOffset <= last.lastOffset { entry.batches.removeAll() }
                let delta = min(max(offsetDelta, 0), Int32(clamping: lastOffset))
                entry.addBatch(
                    epoch: epoch, ProducerBatchMetadata(lastSequence: lastSequence, lastOffset: lastOffset, offsetDelta: delta, timestamp: timestamp)
                )
            }
            entry.lastTimestamp = timestamp
            current = entry
        }
        if let last = current { entries.append(last) }
        return entries
    }
}

/// A producer snapshot that cannot be used (Kafka's `CorruptSnapshotException`). The log falls
/// back to an older snapshot or to replaying the log; it never fails the partition.
public struct ProducerSnapshotError: Error, Sendable, Hashable, CustomStringConvertible {
    public let message: String
    init(_ message: String) { self.message = message }
    public var description: String { "corrupt producer snapshot: \(self.message)" }
}
