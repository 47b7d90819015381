import SluiceProtocol

/// What an append wrote (Kafka's `LogAppendInfo`).
public struct LogAppendInfo: Sendable, Hashable {
    public var firstOffset: Int64
    public var lastOffset: Int64
    /// The largest timestamp among the appended batches (`now` under LogAppendTime).
    public var maxTimestamp: Int64
    /// The last offset of the batch that carried `maxTimestamp`.
    public var offsetOfMaxTimestamp: Int64
    /// `now` when the topic uses LogAppendTime, else -1 (ProduceResponse's `log_append_time_ms`).
    public var logAppendTime: Int64
    /// The log start offset after the append (ProduceResponse's `log_start_offset`).
    public var logStartOffset: Int64
    public var validBytes: Int
    public var batchCount: Int
    /// The append was a retry of batches already in the log (same producer, epoch and sequence
    /// range as one of its last five): nothing was written, `firstOffset`/`lastOffset` are the
    /// earlier append's, and `logAppendTime` is that batch's timestamp (as Kafka answers).
    public var isDuplicate: Bool = false
}

/// Up to where a read may go (Kafka's `FetchIsolation`; read-committed comes with transactions).
public enum LogReadIsolation: Sendable, Hashable {
    /// Consumers: only offsets below the high watermark.
    case highWatermark
    /// Followers: everything up to the log end offset.
    case logEnd
}

/// What `Log.read` found. `records` is nil when there is nothing to return at `offset` yet.
public struct LogReadResult {
    public var records: LogReadSlice?
    public var highWatermark: Int64
    public var logStartOffset: Int64
    public var logEndOffset: Int64
}

/// How opening the log went, for the broker's log line.
public struct LogLoadSummary: Sendable, Hashable {
    public var segmentCount: Int
    /// Segments run through `recover` because the shutdown was not clean.
    public var recoveredSegments: Int
    /// Bytes of those segments that were valid.
    public var recoveredBytes: Int64
    /// Bytes cut from torn tails, plus the bytes of whole segments deleted after a truncation point.
    public var truncatedBytes: Int64
    /// Leftover `.tmp`, `.cleaned`, `.deleted` and orphaned index files removed.
    public var removedLeftoverFiles: Int
    /// `.swap` segments renamed into place (an interrupted compaction completed).
    public var completedSwaps: Int
    public var logStartOffset: Int64
    public var logEndOffset: Int64
    public var recoveryPoint: Int64
    /// The producer snapshot the producer state was loaded from; nil when it was rebuilt by
    /// replaying the log from its start.
    public var producerSnapshotOffset: Int64? = nil
    /// Producer ids known after loading.
    public var producerCount: Int = 0
}

/// The special timestamps of ListOffsets.
public enum ListOffsetsTimestamp {
    public static let latest: Int64 = -1
    public static let earliest: Int64 = -2
    /// KIP-734.
    public static let maxTimestamp: Int64 = -3
    /// KIP-405: the first offset on local disk (without tiered storage, `earliest`).
    public static let earliestLocal: Int64 = -4
}

/// Suffixes of files in a log directory.
public enum LogFileSuffix {
    public static let deleted = ".deleted"
    public static let cleaned = ".cleaned"
    public static let swap = ".swap"
    public static let temporary = ".tmp"
}
