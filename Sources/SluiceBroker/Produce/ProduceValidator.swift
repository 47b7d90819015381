import SluiceCompression
import SluiceProtocol
import SluiceStorage

/// The broker-side checks and rewrites Kafka's `LogValidator` applies to a producer's batches
/// before they are appended: the topic's `compression.type` (recompressing when it names a codec
/// other than the producer's) and, under CreateTime, `message.timestamp.before.max.ms` /
/// `message.timestamp.after.max.ms` against every record's timestamp.
struct ProduceValidator {
    /// `compression.type`: nil is `producer` (keep what the producer sent).
    var targetCompression: CompressionType?
    var timestampType: TimestampType
    var timestampBeforeMaxMs: Int64
    var timestampAfterMaxMs: Int64
    var codecs: CompressionCodecs

    init(topicConfigs: [String: String], logConfig: LogConfig, codecs: @escaping CompressionCodecs = Compression.codecs) {
        switch topicConfigs["compression.type"]?.lowercased() {
        case "uncompressed": self.targetCompression = CompressionType.none
        case let name?: self.targetCompression = CompressionType(name: name)
        case nil: self.targetCompression = nil
        }
        self.timestampType = logConfig.messageTimestampType
        self.timestampBeforeMaxMs = topicConfigs["message.timestamp.before.max.ms"].flatMap { Int64($0) } ?? .max
        self.timestampAfterMaxMs = topicConfigs["message.timestamp.after.max.ms"].flatMap { Int64($0) } ?? .max
        self.codecs = codecs
    }

    /// A failed check: the error code, its message, and the indexes of offending records.
    struct Failure: Error {
        var code: ErrorCode
        var message: String
        var recordIndexes: [Int] = []
    }

    /// Returns the batches to append: the same ones, or recompressed copies.
    func validate(_ batches: [RecordBatch], nowMs: Int64) throws(Failure) -> [RecordBatch] {
        var result: [RecordBatch] = []
        result.reserveCapacity(batches.count)
        for batch in batches {
            let checksTimestamps = self.timestampType == .createTime
                && (self.timestampBeforeMaxMs != .max || self.timestampAfterMaxMs != .max)
            let recompress = self.targetCompression.map { $0 != batch.header.attributes.compression } ?? false
            guard checksTimestamps || recompress else {
                result.append(batch)
                continue
            }
            let records: [Record]
            do {
                records = try batch.decodeRecords(codecs: self.codecs)
            } catch {
                throw Failure(code: error.errorCode, message: error.message)
            }
            if checksTimestamps {
                // Saturating: a bound left at Long.MAX_VALUE means no bound.
                let (earliest, belowMin) = nowMs.subtractingReportingOverflow(self.timestampBeforeMaxMs)
                let (latest, aboveMax) = nowMs.addingReportingOverflow(self.timestampAfterMaxMs)
                let earliestAllowed = belowMin ? Int64.min : earliest
                let latestAllowed = aboveMax ? Int64.max : latest
                var bad: [Int] = []
                for (index, record) in records.enumerated() {
                    let timestamp = batch.header.baseTimestamp + record.timestampDelta
                    if timestamp < earliestAllowed || timestamp > latestAllowed {
                        bad.append(index)
                    }
                }
                if !bad.isEmpty {
                    throw Failure(
                        code: .invalidTimestamp,
                        message: "Timestamp of \(bad.count) record(s) is out of range: it must be within message.timestamp.before.max.ms=\(self.timestampBeforeMaxMs) before and message.timestamp.after.max.ms=\(self.timestampAfterMaxMs) after the broker's time \(nowMs)",
                        recordIndexes: bad
                    )
                }
            }
            if recompress, let target = self.targetCompression {
                var builder = RecordBatchBuilder(parametersOf: batch.header)
                for record in records { builder.append(record) }
                do {
                    result.append(try builder.encode(codec: target == .none ? nil : self.codecs(target)))
                } catch {
                    throw Failure(code: .unknownServerError, message: "cannot recompress a batch with \(target): \(error)")
                }
            } else {
                result.append(batch)
            }
        }
        return result
    }
}
