import Dispatch
import NIOConcurrencyHelpers
import NIOCore
import SluiceProtocol

/// Every partition log of a broker in one data directory (Kafka's `LogManager`, one log dir).
///
/// Layout of `dataDirectory`:
/// - `<topic>-<partition>/`: one `Log` each;
/// - `<topic>-<partition>.<uuid>-delete/`: a deleted log awaiting removal (removed on start and
///   by `removeDeletedLogs`);
/// - `recovery-point-offset-checkpoint`, `log-start-offset-checkpoint`: Kafka checkpoint files,
///   written atomically by `checkpoint()`;
/// - `.kafka_cleanshutdown`: present only between a clean `shutdown()` and the next start. Its
///   absence at start means every log recovers from its checkpointed recovery point.
///
/// Thread-safe: a lock guards the table of logs only; each log has its own lock, so work on
/// different partitions runs in parallel. Scheduling (retention every
/// `log.retention.check.interval.ms`, checkpoints every `log.flush.offset.checkpoint.interval.ms`)
/// belongs to a ServiceLifecycle service calling `runRetention` and `checkpoint`.
public final class LogManager: @unchecked Sendable {
    public static let cleanShutdownFileName = ".kafka_cleanshutdown"
    public static let deleteDirectorySuffix = "-delete"
    /// `log.retention.check.interval.ms`.
    public static let defaultRetentionCheckIntervalMs: Int64 = 300_000

    public struct TopicPartition: Sendable, Hashable, CustomStringConvertible {
        public var topic: String
        public var partition: Int32
        public init(topic: String, partition: Int32) {
            self.topic = topic
            self.partition = partition
        }
        public var description: String { "\(self.topic)-\(self.partition)" }
    }

    public let dataDirectory: String
    public let fileIO: any FileIO
    public let codecs: CompressionCodecs?
    /// The config a log gets when loaded from disk (its topic's, from the metadata layer).
    private let configForTopic: @Sendable (String) -> LogConfig
    private let lock = NIOLock()
    private var logs: [TopicPartition: Log] = [:]
    /// Set by the first `shutdown`; later calls do nothing (they would checkpoint no logs).
    private var isShutDown = false
    /// Whether the marker was found at start.
    public let hadCleanShutdown: Bool
    /// Load summaries of the logs opened at start, for logging.
    public private(set) var loadSummaries: [TopicPartition: LogLoadSummary] = [:]
    /// Partitions whose log could not be loaded because a segment is corrupt (a `corruptSegment`
    /// error, e.g. an invalid batch inside a sealed segment), with that error. They are offline:
    /// `log(topic:partition:)` returns nil, `getOrCreateLog` throws the error (so an empty log is
    /// never created over the corrupt files), the broker answers KAFKA_STORAGE_ERROR, and their
    /// files are left untouched for an operator. Their checkpointed recovery point and log start
    /// offset are carried over by `checkpoint()`, and no clean-shutdown marker is written while
    /// any is offline, so the next start checks them again.
    public var offlineLogs: [TopicPartition: StorageError] { self.lock.withLock { self.offline.mapValues(\.error) } }
    private var offline: [TopicPartition: (error: StorageError, recoveryPoint: Int64?, logStartOffset: Int64?)] = [:]

    /// Creates the data directory if needed and loads every log in it.
    public init(
        dataDirectory: String,
        fileIO: any FileIO,
        codecs: CompressionCodecs? = nil,
        nowMs: Int64,
        configForTopic: @escaping @Sendable (String) -> LogConfig = { _ in LogConfig() }
    ) throws {
        self.dataDirectory = dataDirectory
        self.fileIO = fileIO
        self.codecs = codecs
        self.configForTopic = configForTopic
        try fileIO.createDirectory(dataDirectory)
        let marker = joinPath(dataDirectory, Self.cleanShutdownFileName)
        self.hadCleanShutdown = fileIO.fileExists(marker)

        let recoveryPoints = try Self.readCheckpoint(joinPath(dataDirectory, CheckpointFileName.recoveryPoint), fileIO: fileIO)
        let logStartOffsets = try Self.readCheckpoint(joinPath(dataDirectory, CheckpointFileName.logStartOffset), fileIO: fileIO)

        var toLoad: [(key: TopicPartition, path: String)] = []
        for name in try fileIO.contentsOfDirectory(dataDirectory).sorted() {
            let path = joinPath(dataDirectory, name)
            if name.hasSuffix(Self.deleteDirectorySuffix) {
                try removeDirectoryTree(path, fileIO: fileIO)
                continue
            }
            guard let (topic, partition) = Log.parseDirectoryName(name) else { continue }
            toLoad.append((TopicPartition(topic: topic, partition: partition), path))
        }

        // Logs load in parallel (recovery after a crash reads every unflushed segment).
        let results = NIOLockedValueBox<[TopicPartition: Result<Log, Error>]>([:])
        let hadCleanShutdown = self.hadCleanShutdown
        let pending = toLoad
        DispatchQueue.concurrentPerform(iterations: pending.count) { index in
            let (key, path) = pending[index]
            let result = Result {
                try Log(
                    directory: path, topic: key.topic, partition: key.partition, config: configForTopic(key.topic), fileIO: fileIO,
                    codecs: codecs, hadCleanShutdown: hadCleanShutdown, recoveryPoint: recoveryPoints[key] ?? 0,
                    logStartOffset: logStartOffsets[key] ?? 0, nowMs: nowMs
                )
            }
            results.withLockedValue { $0[key] = result }
        }
        var loaded: [TopicPartition: Log] = [:]
        var summaries: [TopicPartition: LogLoadSummary] = [:]
        var offline: [TopicPartition: (error: StorageError, recoveryPoint: Int64?, logStartOffset: Int64?)] = [:]
        var firstError: Error?
        for (key, result) in results.withLockedValue({ $0 }) {
            switch result {
            case .success(let log):
                loaded[key] = log
                summaries[key] = log.loadSummary
            case .failure(let error as StorageError) where error.isCorruptSegment:
                // One corrupt partition goes offline; the others load. Other failures (I/O)
                // concern the whole directory and fail the load.
                offline[key] = (error, recoveryPoints[key], logStartOffsets[key])
            case .failure(let error):
                firstError = firstError ?? error
            }
        }
        do {
            if let firstError { throw firstError }
            // Only once every log is loaded: a crash during loading must recover again.
            if self.hadCleanShutdown {
                try fileIO.removeFile(marker)
                try fileIO.syncDirectory(dataDirectory)
            }
        } catch {
            for log in loaded.values { try? log.close() }
            throw error
        }
        self.logs = loaded
        self.loadSummaries = summaries
        self.offline = offline
    }

    private static func readCheckpoint(_ path: String, fileIO: any FileIO) throws -> [TopicPartition: Int64] {
        guard fileIO.fileExists(path) else { return [:] }
        var result: [TopicPartition: Int64] = [:]
        for entry in try OffsetCheckpointFile(path: path, fileIO: fileIO).read() {
            result[TopicPartition(topic: entry.topic, partition: entry.partition)] = entry.offset
        }
        return result
    }

    // MARK: Logs

    public func log(topic: String, partition: Int32) -> Log? {
        self.lock.withLock { self.logs[TopicPartition(topic: topic, partition: partition)] }
    }

    /// Every log, in no particular order.
    public var allLogs: [Log] { self.lock.withLock { Array(self.logs.values) } }

    /// The log of the partition, created empty (with `partition.metadata`) when absent.
    public func getOrCreateLog(topic: String, partition: Int32, topicId: KafkaUUID?, config: LogConfig? = nil, nowMs: Int64) throws -> Log {
        try self.lock.withLock {
            let key = TopicPartition(topic: topic, partition: partition)
            if let log = self.logs[key] { return log }
            if let offline = self.offline[key] { throw offline.error }
            let directory = joinPath(self.dataDirectory, Log.directoryName(topic: topic, partition: partition))
            let log = try Log(
                directory: directory, topic: topic, partition: partition, topicId: topicId, config: config ?? self.configForTopic(topic),
                fileIO: self.fileIO, codecs: self.codecs, hadCleanShutdown: true, nowMs: nowMs
            )
            try self.fileIO.syncDirectory(self.dataDirectory)
            self.logs[key] = log
            return log
        }
    }

    /// Removes the partition's log: closes it, renames its directory to
    /// `<topic>-<partition>.<uuid>-delete` (so a restart finishes the job), then removes the files.
    /// Returns false when there was no such log.
    @discardableResult
    public func deleteLog(topic: String, partition: Int32) throws -> Bool {
        let log: Log? = self.lock.withLock { self.logs.removeValue(forKey: TopicPartition(topic: topic, partition: partition)) }
        guard let log else { return false }
        try? log.close()
        let doomed = joinPath(self.dataDirectory, "\(Log.directoryName(topic: topic, partition: partition)).\(Self.uuidHex())\(Self.deleteDirectorySuffix)")
        try self.fileIO.rename(log.directory, to: doomed)
        try self.fileIO.syncDirectory(self.dataDirectory)
        try removeDirectoryTree(doomed, fileIO: self.fileIO)
        return true
    }

    private static func uuidHex() -> String {
        let id = KafkaUUID.random()
        func hex(_ value: UInt64) -> String {
            let digits = String(value, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }
        return hex(id.high) + hex(id.low)
    }

    // MARK: Periodic work

    /// One retention pass over every log. A log whose disk fails goes offline and is skipped;
    /// its error is returned with the others' totals. Also forgets producer ids idle for
    /// `producer.id.expiration.ms` (Kafka checks them on a separate 10-minute schedule).
    public func runRetention(nowMs: Int64) -> (deletedSegments: Int, deletedBytes: Int64, failures: [TopicPartition: Error]) {
        var segments = 0
        var bytes: Int64 = 0
        var failures: [TopicPartition: Error] = [:]
        for log in self.allLogs where log.isOnline {
            log.removeExpiredProducers(nowMs: nowMs)
            do {
                let result = try log.deleteOldSegments(nowMs: nowMs)
                segments += result.deletedSegments
                bytes += result.deletedBytes
            } catch {
                failures[TopicPartition(topic: log.topic, partition: log.partition)] = error
            }
        }
        return (segments, bytes, failures)
    }

    /// Writes `recovery-point-offset-checkpoint` and `log-start-offset-checkpoint` for every
    /// online log (atomically: temporary file, fsync, rename).
    public func checkpoint() throws {
        let logs = self.allLogs.filter(\.isOnline)
        let offline = self.lock.withLock { self.offline }
        func sorted(_ entries: [TopicPartitionOffset]) -> [TopicPartitionOffset] { entries.sorted { ($0.topic, $0.partition) < ($1.topic, $1.partition) } }
        // Offline (corrupt) logs keep the entries they were loaded with.
        let recoveryPoints = logs.map { TopicPartitionOffset(topic: $0.topic, partition: $0.partition, offset: $0.recoveryPoint) }
            + offline.compactMap { key, value in value.recoveryPoint.map { TopicPartitionOffset(topic: key.topic, partition: key.partition, offset: $0) } }
        let logStartOffsets = logs.map { TopicPartitionOffset(topic: $0.topic, partition: $0.partition, offset: $0.logStartOffset) }
            + offline.compactMap { key, value in value.logStartOffset.map { TopicPartitionOffset(topic: key.topic, partition: key.partition, offset: $0) } }
        try OffsetCheckpointFile(path: joinPath(self.dataDirectory, CheckpointFileName.recoveryPoint), fileIO: self.fileIO).write(sorted(recoveryPoints))
        try OffsetCheckpointFile(path: joinPath(self.dataDirectory, CheckpointFileName.logStartOffset), fileIO: self.fileIO).write(sorted(logStartOffsets))
    }

    /// Flushes every log, writes the checkpoints, closes the logs, and (only when all of that
    /// succeeded) writes the clean-shutdown marker so the next start skips recovery. Idempotent.
    public func shutdown() throws {
        let logs: [Log]? = self.lock.withLock {
            if self.isShutDown { return nil }
            self.isShutDown = true
            return Array(self.logs.values)
        }
        // Only the first call does the work: a second would overwrite the checkpoints with an
        // empty list (the logs are closed by then).
        guard let logs else { return }
        var clean = true
        for log in logs where log.isOnline {
            do { try log.flush() } catch { clean = false }
        }
        if logs.contains(where: { !$0.isOnline }) { clean = false }
        // A corrupt log must be checked again at the next start.
        if self.lock.withLock({ !self.offline.isEmpty }) { clean = false }
        var checkpointError: Error?
        do { try self.checkpoint() } catch {
            clean = false
            checkpointError = error
        }
        for log in logs {
            do { try log.close() } catch { clean = false }
        }
        self.lock.withLock { self.logs = [:] }
        if clean {
            let marker = joinPath(self.dataDirectory, Self.cleanShutdownFileName)
            let file = try self.fileIO.open(marker, mode: .createOrTruncate)
            try file.sync()
            try file.close()
            try self.fileIO.syncDirectory(self.dataDirectory)
        }
        if let checkpointError { throw checkpointError }
    }
}
