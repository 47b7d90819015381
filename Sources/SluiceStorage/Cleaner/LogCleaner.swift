import NIOCore
import SluiceCompression
import SluiceProtocol

/// One segment's batches in offset order, as the cleaner reads them or hands them back.
public struct CleanerSegment: Sendable, Hashable {
    public var baseOffset: Int64
    public var batches: [RecordBatch]

    public init(baseOffset: Int64, batches: [RecordBatch]) {
        self.baseOffset = baseOffset
        self.batches = batches
    }
}

/// A segment after cleaning: the batches to write to its `.cleaned` file and the aborted
/// transactions its cleaned `.txnindex` must keep (those whose ABORT marker was retained because
/// data of the transaction was still seen in this pass).
public struct CleanedSegment: Sendable, Hashable {
    public var baseOffset: Int64
    public var batches: [RecordBatch]
    public var abortedTransactions: [AbortedTransaction]

    public init(baseOffset: Int64, batches: [RecordBatch], abortedTransactions: [AbortedTransaction]) {
        self.baseOffset = baseOffset
        self.batches = batches
        self.abortedTransactions = abortedTransactions
    }

    public var sizeInBytes: Int { self.batches.reduce(0) { $0 + $1.sizeInBytes } }
}

/// Counters for one cleaning pass (Kafka's `CleanerStats`, the parts the core can know).
public struct CleanerStats: Sendable, Hashable {
    public var batchesRead = 0
    public var recordsRead = 0
    public var bytesRead = 0
    /// Batches written out, copied or rewritten (empty headers included).
    public var batchesRetained = 0
    public var recordsRetained = 0
    public var bytesRetained = 0
    /// Batches kept byte for byte.
    public var batchesCopied = 0
    /// Batches re-encoded because records went or a delete horizon was set.
    public var batchesRewritten = 0
    /// Batches reduced to a bare header to keep a producer's last sequence and epoch.
    public var emptyBatchesRetained = 0
    /// Records read while building the offset map.
    public var recordsIndexed = 0

    public init() {}
}

/// The outcome of `LogCleaner.cleanLog`.
public struct CleaningResult: Sendable, Hashable {
    /// The segments that were cleaned, in order; segments past them are untouched.
    public var segments: [CleanedSegment]
    /// The new `cleaner-offset-checkpoint` value: one past the last offset the offset map covered
    /// (Kafka's `endOffset`). Below `firstUncleanableOffset` when the map filled up.
    public var nextDirtyOffset: Int64
    public var stats: CleanerStats
}

/// The compaction core: decides, batch by batch and record by record, what survives a cleaning
/// pass, and re-encodes what changed. Pure: batches in, batches out, time passed in as `now` (ms),
/// no file I/O. Kafka's `Cleaner` with `MemoryRecords.filterTo`.
///
/// Rules, per batch in offset order (`isLast`: the batch holds its producer's last data offset, or
/// is a marker carrying the producer's current epoch and the producer has no data since):
/// - Data of an aborted transaction is discarded.
/// - A data record is kept iff it lies above the map's `latestOffset`, or its key is null (Kafka
///   drops null keys; compacted topics refuse them at produce, so keeping them is the safe choice
///   here), or its offset is at least the map's offset for its key; and, when it is a tombstone
///   (null value), only while its batch has no delete horizon or `now` is before it.
/// - A batch keeping tombstones and without a delete horizon gets one: `now + delete.retention.ms`
///   in `baseTimestamp`, attribute bit 6 (KIP-534). Tombstones go on a later pass after that.
/// - A transaction marker whose transaction has no data left in the log (none seen this pass)
///   gets a delete horizon the same way, and is removed on a pass after the horizon.
/// - A batch that keeps every record and needs no new horizon is copied byte for byte. One that
///   loses records is re-encoded with its producer id, epoch, base sequence, partition leader
///   epoch, attributes, codec and `lastOffsetDelta` unchanged (offsets never move).
/// - A batch left with no records disappears, unless it is its producer's `isLast` or the last
///   batch below the round's upper bound (`nextOffset == upperBoundOffset`): then a bare header
///   with the same offsets, producer fields and `maxTimestamp` is kept, so the producer's sequence
///   and epoch, and the segment's last offset, survive (Kafka's `BatchRetention.RETAIN_EMPTY`).
///
/// How a segment layer drives it (what Kafka's `LogCleaner` thread and `Cleaner.doClean` do
/// around this core):
/// 1. Describe the log as `SegmentSummary` values and compute a `CleanableRange` from the
///    `cleaner-offset-checkpoint` entry, the LSO and `now`; skip the log unless `needsCleaning`.
/// 2. Read the segments below `firstUncleanableOffset` into `CleanerSegment`s, collect the aborted
///    transactions of that range from the `.txnindex` files and the active producers' last
///    records from the producer state, and call `cleanLog`.
/// 3. Write each `CleanedSegment` to a `.cleaned` file (Kafka may merge small neighbours into one
///    file: concatenating their batches is valid), with its `abortedTransactions` as the new
///    `.txnindex`, rebuild the offset and time indexes, swap via `.swap` renames, and store
///    `nextDirtyOffset` as the new checkpoint.
public struct LogCleaner: Sendable {
    /// `delete.retention.ms`.
    public var deleteRetentionMs: Int64
    public var codecs: CompressionCodecs

    public init(deleteRetentionMs: Int64 = LogCleaningConfig.defaultDeleteRetentionMs, codecs: @escaping CompressionCodecs = Compression.codecs) {
        self.deleteRetentionMs = deleteRetentionMs
        self.codecs = codecs
    }

    public init(config: LogCleaningConfig, codecs: @escaping CompressionCodecs = Compression.codecs) {
        self.init(deleteRetentionMs: config.deleteRetentionMs, codecs: codecs)
    }

    // MARK: A whole pass

    /// One cleaning pass over a log held as segments (Kafka's `Cleaner.doClean`): builds the offset
    /// map from the dirty section `[firstDirtyOffset, firstUncleanableOffset)`, then cleans every
    /// segment from the start of the log up to the last offset the map covered.
    ///
    /// - Parameters:
    ///   - segments: the log's segments in offset order, at least through the dirty section.
    ///   - abortedTransactions: the aborted transactions of the cleaned range (from `.txnindex`).
    ///   - activeProducers: the producer state's last record per producer id.
    public func cleanLog(
        segments: [CleanerSegment],
        firstDirtyOffset: Int64,
        firstUncleanableOffset: Int64,
        abortedTransactions: [AbortedTransaction] = [],
        activeProducers: [Int64: ProducerLastRecord] = [:],
        offsetMapMemory: Int = OffsetMap.defaultMemoryBudget,
        now: Int64
    ) throws(CleanerError) -> CleaningResult {
        var stats = CleanerStats()
        var map = OffsetMap(memoryBudget: offsetMapMemory)
        try self.buildOffsetMap(
            segments: segments,
            from: firstDirtyOffset,
            to: firstUncleanableOffset,
            abortedTransactions: abortedTransactions,
            into: &map,
            stats: &stats
        )
        let endOffset = max(firstDirtyOffset, map.latestOffset + 1)
        let toClean = segments.filter { $0.baseOffset < endOffset }
        let cleaned = try self.clean(
            toClean,
            map: map,
            abortedTransactions: abortedTransactions,
            activeProducers: activeProducers,
            upperBoundOffset: firstUncleanableOffset,
            now: now,
            stats: &stats
        )
        return CleaningResult(segments: cleaned, nextDirtyOffset: endOffset, stats: stats)
    }

    // MARK: Offset map

    /// Adds the latest offset of every key in the segments' records with offsets in `[start, end)`
    /// to `map`, skipping aborted transactional data and control batches (Kafka's
    /// `buildOffsetMap`). `end` is a segment base offset (the first uncleanable offset); segments at
    /// or past it are not read. After each fully read segment `latestOffset` moves to just below the
    /// next segment's base (or `end`), covering offset gaps left by earlier cleaning. Returns true
    /// when the map filled up: it then covers offsets up to its `latestOffset` only.
    @discardableResult
    public func buildOffsetMap(
        segments: [CleanerSegment],
        from start: Int64,
        to end: Int64,
        abortedTransactions: [AbortedTransaction] = [],
        into map: inout OffsetMap
    ) throws(CleanerError) -> Bool {
        var stats = CleanerStats()
        return try self.buildOffsetMap(segments: segments, from: start, to: end, abortedTransactions: abortedTransactions, into: &map, stats: &stats)
    }

    /// The same over one run of batches treated as a single segment ending at `end`.
    @discardableResult
    public func buildOffsetMap(
        _ batches: [RecordBatch],
        from start: Int64,
        to end: Int64,
        abortedTransactions: [AbortedTransaction] = [],
        into map: inout OffsetMap
    ) throws(CleanerError) -> Bool {
        let segment = CleanerSegment(baseOffset: batches.first?.header.baseOffset ?? start, batches: batches)
        return try self.buildOffsetMap(segments: [segment], from: start, to: end, abortedTransactions: abortedTransactions, into: &map)
    }

    @discardableResult
    func buildOffsetMap(
        segments: [CleanerSegment],
        from start: Int64,
        to end: Int64,
        abortedTransactions: [AbortedTransaction],
        into map: inout OffsetMap,
        stats: inout CleanerStats
    ) throws(CleanerError) -> Bool {
        // Kafka's `logSegments(start, end)`: from the segment holding `start` to the last below `end`.
        let first = segments.lastIndex(where: { $0.baseOffset <= start }) ?? 0
        let dirty = segments[first...].prefix { $0.baseOffset < end }
        var transactions = CleanedTransactionState(abortedTransactions: abortedTransactions)
        var previousBase = Int64.min
        for (index, segment) in zip(dirty.indices, dirty) {
            for batch in segment.batches {
                let header = batch.header
                guard previousBase == .min || header.baseOffset > previousBase else {
                    throw CleanerError(.outOfOrder, "batch at offset \(header.baseOffset) follows one at \(previousBase)")
                }
                previousBase = header.baseOffset
                if header.lastOffset < start { continue }
                if header.baseOffset >= end { break }
                if header.isControl {
                    let records = try self.decode(batch)
                    _ = transactions.onControlBatch(header, type: try Self.controlType(records))
                } else if transactions.onDataBatch(header) {
                    stats.recordsIndexed += Int(header.recordCount)
                } else {
                    for record in try self.decode(batch) {
                        stats.recordsIndexed += 1
                        let offset = record.offset(in: header)
                        guard let key = record.key, offset >= start, offset < end else { continue }
                        if !map.put(key: key, offset: offset) { return true }
                    }
                }
                map.updateLatestOffset(min(header.lastOffset, end - 1))
            }
            // Fully read: cover any gap up to the next segment (Kafka's fast-forward).
            let next = index + 1 < dirty.endIndex ? dirty[index + 1].baseOffset : end
            if next > start {
                map.updateLatestOffset(min(next, end) - 1)
            }
        }
        return false
    }

    // MARK: Cleaning

    /// Cleans `segments` (in offset order) against `map`; see the type's rules. `upperBoundOffset`
    /// is the round's first uncleanable offset: the batch ending just below it is kept, if only as
    /// an empty header.
    public func clean(
        _ segments: [CleanerSegment],
        map: OffsetMap,
        abortedTransactions: [AbortedTransaction] = [],
        activeProducers: [Int64: ProducerLastRecord] = [:],
        upperBoundOffset: Int64? = nil,
        now: Int64
    ) throws(CleanerError) -> [CleanedSegment] {
        var stats = CleanerStats()
        return try self.clean(
            segments, map: map, abortedTransactions: abortedTransactions, activeProducers: activeProducers,
            upperBoundOffset: upperBoundOffset, now: now, stats: &stats
        )
    }

    func clean(
        _ segments: [CleanerSegment],
        map: OffsetMap,
        abortedTransactions: [AbortedTransaction],
        activeProducers: [Int64: ProducerLastRecord],
        upperBoundOffset: Int64?,
        now: Int64,
        stats: inout CleanerStats
    ) throws(CleanerError) -> [CleanedSegment] {
        var transactions = CleanedTransactionState(abortedTransactions: abortedTransactions)
        var output: [CleanedSegment] = []
        output.reserveCapacity(segments.count)
        var previousBase = Int64.min
        for segment in segments {
            var retained: [RecordBatch] = []
            for batch in segment.batches {
                guard batch.header.baseOffset > previousBase || previousBase == .min else {
                    throw CleanerError(.outOfOrder, "batch at offset \(batch.header.baseOffset) follows one at \(previousBase)")
                }
                previousBase = batch.header.baseOffset
                if let kept = try self.filter(
                    batch, map: map, transactions: &transactions, activeProducers: activeProducers,
                    upperBoundOffset: upperBoundOffset, now: now, stats: &stats
                ) {
                    retained.append(kept)
                }
            }
            output.append(CleanedSegment(baseOffset: segment.baseOffset, batches: retained, abortedTransactions: transactions.takeRetainedAborted()))
        }
        return output
    }

    /// The batch as it survives, or nil when it goes entirely.
    private func filter(
        _ batch: RecordBatch,
        map: OffsetMap,
        transactions: inout CleanedTransactionState,
        activeProducers: [Int64: ProducerLastRecord],
        upperBoundOffset: Int64?,
        now: Int64,
        stats: inout CleanerStats
    ) throws(CleanerError) -> RecordBatch? {
        let header = batch.header
        stats.batchesRead += 1
        stats.bytesRead += batch.sizeInBytes

        // Kafka's checkBatchRetention.
        var controlRecords: [Record]? = nil
        let canDiscardBatch: Bool
        let discardRecords: Bool
        if header.isControl {
            let records = try self.decode(batch)
            controlRecords = records
            canDiscardBatch = transactions.onControlBatch(header, type: try Self.controlType(records))
            discardRecords = canDiscardBatch && header.deleteHorizonMs.map { $0 <= now } == true
        } else {
            canDiscardBatch = transactions.onDataBatch(header)
            discardRecords = canDiscardBatch
        }
        let markerForEmptyTransaction = canDiscardBatch && header.isControl
        // Kafka's BatchRetention.RETAIN_EMPTY: the producer state needs the batch, or it ends the
        // cleaning round and carries the last offset.
        let retainEmpty = (header.hasProducerId && Self.isLastOfProducer(header, activeProducers[header.producerId]))
            || header.nextOffset == upperBoundOffset

        if discardRecords && !retainEmpty {
            stats.recordsRead += Int(header.recordCount)
            return nil
        }

        // Kafka's filterBatch.
        var records: [Record] = []
        var kept: [Record] = []
        var containsTombstones = false
        if !discardRecords {
            if let controlRecords {
                records = controlRecords
            } else {
                records = try self.decode(batch)
            }
            for record in records {
                let keep = header.isControl || Self.shouldRetain(record, header: header, map: map, now: now)
                if keep {
                    kept.append(record)
                    if record.value == nil { containsTombstones = true }
                }
            }
        } else {
            records = controlRecords ?? []
        }
        stats.recordsRead += discardRecords ? Int(header.recordCount) : records.count

        if !kept.isEmpty {
            let needsDeleteHorizon = (containsTombstones || markerForEmptyTransaction) && !header.attributes.hasDeleteHorizon
            let result: RecordBatch
            if kept.count == records.count && !needsDeleteHorizon {
                result = batch
                stats.batchesCopied += 1
            } else {
                let horizon = needsDeleteHorizon ? now &+ self.deleteRetentionMs : header.deleteHorizonMs
                result = try self.rewrite(header, kept, deleteHorizonMs: horizon)
                stats.batchesRewritten += 1
            }
            stats.batchesRetained += 1
            stats.recordsRetained += kept.count
            stats.bytesRetained += result.sizeInBytes
            return result
        }
        if retainEmpty {
            let empty = try self.emptyHeader(of: header)
            stats.batchesRetained += 1
            stats.emptyBatchesRetained += 1
            stats.bytesRetained += empty.sizeInBytes
            return empty
        }
        return nil
    }

    /// Kafka's `Cleaner.shouldRetainRecord`, except that null keys are kept.
    static func shouldRetain(_ record: Record, header: RecordBatchHeader, map: OffsetMap, now: Int64) -> Bool {
        let offset = record.offset(in: header)
        if offset > map.latestOffset { return true }
        guard let key = record.key else { return true }
        if let latest = map.offset(forKey: key), offset < latest { return false }
        if record.value != nil { return true }
        guard let horizon = header.deleteHorizonMs else { return true }
        return now < horizon
    }

    /// The batch holds what the producer state needs to survive: its last data offset, or (when
    /// the producer's last write was a marker) the marker with its current epoch.
    static func isLastOfProducer(_ header: RecordBatchHeader, _ last: ProducerLastRecord?) -> Bool {
        guard let last else { return false }
        if let lastDataOffset = last.lastDataOffset {
            return lastDataOffset == header.lastOffset
        }
        return header.isControl && header.producerEpoch == last.producerEpoch
    }

    // MARK: Encoding

    private func decode(_ batch: RecordBatch) throws(CleanerError) -> [Record] {
        guard let compression = batch.header.compression else {
            throw CleanerError(.corruptBatch, "batch at offset \(batch.header.baseOffset) names unknown codec \(batch.header.attributes.compressionBits)")
        }
        if compression != .none, self.codecs(compression) == nil {
            throw CleanerError(.missingCodec, "no \(compression) codec for batch at offset \(batch.header.baseOffset)")
        }
        do {
            return try batch.decodeRecords(codecs: self.codecs)
        } catch {
            throw CleanerError(.corruptBatch, "batch at offset \(batch.header.baseOffset): \(error)")
        }
    }

    private static func controlType(_ records: [Record]) throws(CleanerError) -> ControlRecordType? {
        guard let first = records.first else { return nil }
        do {
            return try ControlRecordKey(key: first.key).type
        } catch {
            throw CleanerError(.corruptBatch, "control record: \(error)")
        }
    }

    /// Re-encodes `kept` with the original batch's parameters. Timestamps keep their absolute
    /// values: `baseTimestamp` becomes the delete horizon when there is one, else the first kept
    /// record's timestamp (as Kafka's `MemoryRecordsBuilder`), and deltas are recomputed.
    private func rewrite(_ header: RecordBatchHeader, _ kept: [Record], deleteHorizonMs: Int64?) throws(CleanerError) -> RecordBatch {
        var builder = RecordBatchBuilder(parametersOf: header)
        let timestamps = kept.map { header.baseTimestamp &+ $0.timestampDelta }
        let base = deleteHorizonMs ?? timestamps[0]
        builder.hasDeleteHorizon = deleteHorizonMs != nil
        builder.baseTimestamp = base
        builder.lastOffsetDelta = header.lastOffsetDelta
        for (record, timestamp) in zip(kept, timestamps) {
            var record = record
            record.timestampDelta = timestamp &- base
            builder.append(record)
        }
        let codec = header.compression.flatMap { $0 == .none ? nil : self.codecs($0) }
        do {
            return try builder.encode(codec: codec)
        } catch {
            throw CleanerError(.encodingFailed, "re-encoding batch at offset \(header.baseOffset): \(error)")
        }
    }

    /// A record-less batch with the original's offsets, producer fields, flags and `maxTimestamp`
    /// (also its `baseTimestamp`), uncompressed: Kafka's `DefaultRecordBatch.writeEmptyHeader`.
    private func emptyHeader(of header: RecordBatchHeader) throws(CleanerError) -> RecordBatch {
        let builder = RecordBatchBuilder(
            baseOffset: header.baseOffset,
            partitionLeaderEpoch: header.partitionLeaderEpoch,
            producerId: header.producerId,
            producerEpoch: header.producerEpoch,
            baseSequence: header.baseSequence,
            isTransactional: header.isTransactional,
            isControl: header.isControl,
            timestampType: header.timestampType,
            baseTimestamp: header.maxTimestamp,
            maxTimestamp: header.maxTimestamp,
            lastOffsetDelta: header.lastOffsetDelta
        )
        do {
            return try builder.encode()
        } catch {
            throw CleanerError(.encodingFailed, "empty header for batch at offset \(header.baseOffset): \(error)")
        }
    }
}
