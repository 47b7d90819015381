import NIOCore
import SluiceProtocol
import SluiceStorage

/// A small-segment config for tests: segments roll every few batches, deletion is immediate.
func smallLogConfig(segmentBytes: Int = 1024, indexIntervalBytes: Int = 256) -> LogConfig {
    var config = LogConfig()
    config.segmentBytes = segmentBytes
    config.indexIntervalBytes = indexIntervalBytes
    config.segmentIndexBytes = 4096
    config.fileDeleteDelayMs = 0
    config.retentionMs = -1
    // Fsyncs only when a test calls `flush`: these tests control durability themselves (group
    // commit would sync in the background after every append). LogDurabilityTests sets its own.
    config.durabilityMode = .none
    return config
}

func openLog(
    _ directory: String,
    config: LogConfig = smallLogConfig(),
    fileIO: any FileIO = PosixFileIO(),
    hadCleanShutdown: Bool = true,
    recoveryPoint: Int64 = 0,
    logStartOffset: Int64 = 0,
    nowMs: Int64 = 1_000
) throws -> Log {
    try Log(
        directory: directory + "/topic-0", topic: "topic", partition: 0, topicId: KafkaUUID(high: 1, low: 2), config: config,
        fileIO: fileIO, hadCleanShutdown: hadCleanShutdown, recoveryPoint: recoveryPoint, logStartOffset: logStartOffset, nowMs: nowMs
    )
}

/// A producer batch (offsets 0-based; the log assigns real ones).
func producerBatch(records: Int = 2, timestamp: Int64 = 1_000, valueSize: Int = 50, seed: Int = 0) throws -> RecordBatch {
    var builder = RecordBatchBuilder(baseOffset: 0)
    for index in 0..<records {
        builder.append(
            timestamp: timestamp + Int64(index),
            key: ByteBuffer(string: "k\(seed)-\(index)"),
            value: ByteBuffer(repeating: UInt8(truncatingIfNeeded: seed &+ index), count: valueSize)
        )
    }
    return try builder.encode()
}

/// What the log should hold for `batch` appended at `offset` under `epoch`.
func expectedStored(_ batch: RecordBatch, at offset: Int64, epoch: Int32) -> RecordBatch {
    var copy = batch
    copy.setBaseOffset(offset)
    copy.setPartitionLeaderEpoch(epoch)
    return copy
}

/// Every batch from `offset` to the bound of `isolation`, reading segment by segment.
func readAll(_ log: Log, from offset: Int64? = nil, isolation: LogReadIsolation = .logEnd) throws -> [RecordBatch] {
    var next = offset ?? log.logStartOffset
    var batches: [RecordBatch] = []
    while true {
        let result = try log.read(from: next, maxBytes: 1 << 30, isolation: isolation)
        guard let slice = result.records, slice.length > 0 else { return batches }
        var reader = RecordBatchReader(try slice.readBytes(), options: .headersOnly)
        var last = next
        while let batch = try reader.next() {
            batches.append(batch)
            last = batch.header.nextOffset
        }
        next = last
    }
}
