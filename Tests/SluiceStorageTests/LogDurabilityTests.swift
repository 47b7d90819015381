import Foundation
import NIOConcurrencyHelpers
import NIOCore
import SluiceProtocol
import SluiceStorage
import Testing

/// Counts fsyncs of segment `.log` files (one per `Log.flush` that has data to sync) and can
/// make each one slow, so that concurrent appends pile up behind a sync in flight.
final class CountingFileIO: FileIO, @unchecked Sendable {
    let base: any FileIO
    let syncDelayMicroseconds: UInt32
    /// When set, every `.log` fsync first waits for a signal.
    let gate: DispatchSemaphore?
    private let counter = NIOLockedValueBox(0)

    init(base: any FileIO, syncDelayMicroseconds: UInt32 = 0, gate: DispatchSemaphore? = nil) {
        self.base = base
        self.syncDelayMicroseconds = syncDelayMicroseconds
        self.gate = gate
    }

    func beforeSync(_ path: String) {
        if path.hasSuffix(".log") { self.gate?.wait() }
        if self.syncDelayMicroseconds > 0 { usleep(self.syncDelayMicroseconds) }
    }

    var logFileSyncs: Int { self.counter.withLockedValue { $0 } }

    func didSync(_ path: String) {
        if path.hasSuffix(".log") { self.counter.withLockedValue { $0 += 1 } }
    }

    func open(_ path: String, mode: FileOpenMode) throws -> any StorageFile {
        CountingFile(base: try self.base.open(path, mode: mode), owner: self)
    }
    func fileExists(_ path: String) -> Bool { self.base.fileExists(path) }
    func createDirectory(_ path: String) throws { try self.base.createDirectory(path) }
    func contentsOfDirectory(_ path: String) throws -> [String] { try self.base.contentsOfDirectory(path) }
    func removeFile(_ path: String) throws { try self.base.removeFile(path) }
    func removeDirectory(_ path: String) throws { try self.base.removeDirectory(path) }
    func rename(_ from: String, to: String) throws { try self.base.rename(from, to: to) }
    func syncDirectory(_ path: String) throws { try self.base.syncDirectory(path) }
}

final class CountingFile: StorageFile {
    let base: any StorageFile
    let owner: CountingFileIO

    init(base: any StorageFile, owner: CountingFileIO) {
        self.base = base
        self.owner = owner
    }

    var path: String {
        get { self.base.path }
        set { self.base.path = newValue }
    }
    var descriptor: CInt { self.base.descriptor }
    func size() throws -> Int64 { try self.base.size() }
    func write(_ buffer: ByteBuffer, at offset: Int64) throws { try self.base.write(buffer, at: offset) }
    func read(into buffer: inout ByteBuffer, at offset: Int64, count: Int) throws -> Int {
        try self.base.read(into: &buffer, at: offset, count: count)
    }
    func sync() throws {
        self.owner.beforeSync(self.path)
        try self.base.sync()
        self.owner.didSync(self.path)
    }
    func fullSync() throws {
        self.owner.beforeSync(self.path)
        try self.base.fullSync()
        self.owner.didSync(self.path)
    }
    func truncate(to size: Int64) throws { try self.base.truncate(to: size) }
    func lastModifiedMs() throws -> Int64 { try self.base.lastModifiedMs() }
    func close() throws { try self.base.close() }
}

func withTemporaryDirectoryAsync<T>(_ body: (String) async throws -> T) async throws -> T {
    let path = FileManager.default.temporaryDirectory
        .appendingPathComponent("sluice-durability-tests-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: path) }
    return try await body(path)
}

func durabilityConfig(_ mode: DurabilityMode, flushMessages: Int64 = .max, flushMs: Int64 = .max) -> LogConfig {
    var config = smallLogConfig(segmentBytes: 64 * 1024)
    config.durabilityMode = mode
    config.flushMessages = flushMessages
    config.flushMs = flushMs
    return config
}

/// Offsets of a reopened log are dense from 0: each batch starts where the previous ended.
func expectDense(_ batches: [RecordBatch], endingAt logEnd: Int64) {
    var next: Int64 = 0
    for batch in batches {
        #expect(batch.header.baseOffset == next)
        next = batch.header.nextOffset
    }
    #expect(next == logEnd)
}

@Suite("Log durability")
struct LogDurabilityTests {
    @Test("group commit: 64 concurrent producers share fsyncs, and every acknowledged batch survives a crash")
    func groupCommitSharesSyncsAndSurvivesCrash() async throws {
        try await withTemporaryDirectoryAsync { dir in
            let faulty = FaultyFileIO()
            let files = CountingFileIO(base: faulty, syncDelayMicroseconds: 20_000)
            let log = try openLog(dir, config: durabilityConfig(.groupCommit), fileIO: files)
            #expect(log.durabilityPolicy == .groupCommit)
            let syncsBefore = files.logFileSyncs
            let producers = 64

            let acknowledged = try await withThrowingTaskGroup(of: (LogAppendInfo, Bool).self) { group in
                for index in 0..<producers {
                    let batch = try producerBatch(records: 2, seed: index)
                    group.addTask {
                        let info = try await log.appendAndWait([batch], leaderEpoch: 0, nowMs: 1_000)
                        // Acknowledged: the durable offset covers it, and the high watermark
                        // moved to the acknowledgeable offset never passes the durable offset.
                        let durable = log.durableOffset
                        let highWatermark = log.advanceHighWatermarkToDurable()
                        return (info, info.lastOffset < durable && highWatermark <= log.durableOffset)
                    }
                }
                var infos: [LogAppendInfo] = []
                for try await (info, ok) in group {
                    #expect(ok, "acknowledged \(info.firstOffset)...\(info.lastOffset) beyond the durable offset")
                    infos.append(info)
                }
                return infos
            }
            #expect(acknowledged.count == producers)
            let syncs = files.logFileSyncs - syncsBefore
            #expect(syncs >= 1)
            #expect(syncs <= producers / 4, "\(syncs) fsyncs for \(producers) appends")
            #expect(log.highWatermark <= log.durableOffset)

            try faulty.simulateCrash()
            let reopened = try openLog(dir, config: durabilityConfig(.groupCommit), fileIO: faulty, hadCleanShutdown: false)
            let stored = try readAll(reopened)
            expectDense(stored, endingAt: reopened.logEndOffset)
            let storedOffsets = Set(stored.map(\.header.baseOffset))
            for info in acknowledged {
                #expect(storedOffsets.contains(info.firstOffset), "acknowledged batch at \(info.firstOffset) lost")
            }
            #expect(reopened.logEndOffset == Int64(producers * 2))
        }
    }

    @Test("group commit: the high watermark is separate from the log end offset and only follows the durable offset")
    func highWatermarkIsExplicit() async throws {
        try await withTemporaryDirectoryAsync { dir in
            let log = try openLog(dir, config: durabilityConfig(.groupCommit))
            let info = try await log.appendAndWait([try producerBatch()], leaderEpoch: 0, nowMs: 1_000)
            #expect(log.highWatermark == 0)
            #expect(log.acknowledgeableOffset == info.lastOffset + 1)
            #expect(log.advanceHighWatermarkToDurable() == info.lastOffset + 1)
            // A plain append is not durable yet as far as the high watermark is concerned until
            // the committer's sync completes.
            try log.append([try producerBatch()], leaderEpoch: 0, nowMs: 1_000)
            #expect(log.highWatermark <= log.durableOffset)
            try await log.flushDurably()
            #expect(log.advanceHighWatermarkToDurable() == log.logEndOffset)
        }
    }

    @Test("kafka: acknowledged on write; unflushed batches may be lost in a crash but offsets stay dense")
    func kafkaPolicyMayLoseUnflushedButStaysDense() async throws {
        try await withTemporaryDirectoryAsync { dir in
            let faulty = FaultyFileIO()
            let files = CountingFileIO(base: faulty)
            let config = durabilityConfig(.kafka)
            let log = try openLog(dir, config: config, fileIO: files)
            #expect(log.durabilityPolicy == .kafka(flushMessages: .max, flushMs: .max))
            let syncsBefore = files.logFileSyncs
            for index in 0..<5 {
                _ = try await log.appendAndWait([try producerBatch(seed: index)], leaderEpoch: 0, nowMs: 1_000)
            }
            // Acknowledged without any fsync (Kafka's defaults never flush).
            #expect(files.logFileSyncs == syncsBefore)
            #expect(log.acknowledgeableOffset == 10)
            #expect(log.advanceHighWatermarkToDurable() == 10)
            try await log.flushDurably()
            #expect(log.durableOffset == 10)
            for index in 5..<10 {
                _ = try await log.appendAndWait([try producerBatch(seed: index)], leaderEpoch: 0, nowMs: 1_000)
            }
            #expect(log.logEndOffset == 20)

            try faulty.simulateCrash()
            let reopened = try openLog(dir, config: config, fileIO: faulty, hadCleanShutdown: false, recoveryPoint: 10)
            #expect(reopened.logEndOffset >= 10)
            #expect(reopened.logEndOffset < 20, "nothing after the flush was synced, so the crash loses it")
            expectDense(try readAll(reopened), endingAt: reopened.logEndOffset)
            let next = try reopened.append([try producerBatch()], leaderEpoch: 0, nowMs: 2_000)
            #expect(next.firstOffset == reopened.logEndOffset - 2)
        }
    }

    @Test("kafka: flush.messages starts a sync once that many messages are unsynced")
    func kafkaFlushMessages() async throws {
        try await withTemporaryDirectoryAsync { dir in
            let files = CountingFileIO(base: PosixFileIO())
            let log = try openLog(dir, config: durabilityConfig(.kafka, flushMessages: 4), fileIO: files)
            let syncsBefore = files.logFileSyncs
            try log.append([try producerBatch(records: 2)], leaderEpoch: 0, nowMs: 1_000)
            #expect(files.logFileSyncs == syncsBefore)
            try log.append([try producerBatch(records: 2)], leaderEpoch: 0, nowMs: 1_000)
            // The sync runs on the thread pool; nothing else asks for one, so only flush.messages
            // can make the data durable.
            for _ in 0..<200 where log.durableOffset < 4 { try await Task.sleep(for: .milliseconds(10)) }
            #expect(files.logFileSyncs > syncsBefore)
            #expect(log.durableOffset == 4)
            #expect(log.acknowledgeableOffset == 4)
        }
    }

    @Test("a failing fsync fails every waiting producer with KAFKA_STORAGE_ERROR and nothing after is acknowledged")
    func failingSyncFailsWaiters() async throws {
        try await withTemporaryDirectoryAsync { dir in
            let faulty = FaultyFileIO()
            let files = CountingFileIO(base: faulty, syncDelayMicroseconds: 10_000)
            let log = try openLog(dir, config: durabilityConfig(.groupCommit), fileIO: files)
            faulty.faultPathFilter = ".log"
            faulty.failNextSync = .ioError

            let outcomes = try await withThrowingTaskGroup(of: ErrorCode?.self) { group in
                for index in 0..<16 {
                    let batch = try producerBatch(seed: index)
                    group.addTask {
                        do {
                            _ = try await log.appendAndWait([batch], leaderEpoch: 0, nowMs: 1_000)
                            return nil
                        } catch let error as DurabilityError {
                            return error.errorCode
                        } catch let error as StorageError {
                            return error.errorCode
                        }
                    }
                }
                var codes: [ErrorCode?] = []
                for try await code in group { codes.append(code) }
                return codes
            }
            #expect(outcomes.count == 16)
            #expect(outcomes.allSatisfy { $0 == .kafkaStorageError }, "\(outcomes)")
            #expect(faulty.injectedFaults == 1)
            #expect(!log.isOnline)
            #expect(log.isDurabilityFailed)
            #expect(log.durableOffset == 0)
            #expect(log.advanceHighWatermarkToDurable() == 0)
            await #expect(throws: StorageError.self) {
                _ = try await log.appendAndWait([try producerBatch()], leaderEpoch: 0, nowMs: 1_000)
            }
        }
    }

    @Test("truncation moves the committer down: appends at reused offsets are synced again before acknowledgement")
    func truncationResetsCommitter() async throws {
        try await withTemporaryDirectoryAsync { dir in
            let files = CountingFileIO(base: PosixFileIO())
            let log = try openLog(dir, config: durabilityConfig(.groupCommit), fileIO: files)
            _ = try await log.appendAndWait([try producerBatch()], leaderEpoch: 0, nowMs: 1_000)
            _ = try await log.appendAndWait([try producerBatch()], leaderEpoch: 0, nowMs: 1_000)
            #expect(log.acknowledgeableOffset == 4)
            try log.truncate(to: 2, nowMs: 1_000)
            #expect(log.acknowledgeableOffset == 2)
            let syncsBefore = files.logFileSyncs
            let info = try await log.appendAndWait([try producerBatch(seed: 9)], leaderEpoch: 1, nowMs: 1_000)
            #expect(info.lastOffset == 3)
            #expect(files.logFileSyncs > syncsBefore, "offsets 2...3 were acknowledged from before the truncation without a new fsync")

            try log.truncateFullyAndStartAt(100, nowMs: 1_000)
            let moved = try await log.appendAndWait([try producerBatch()], leaderEpoch: 1, nowMs: 1_000)
            #expect(moved.firstOffset == 100)
            #expect(log.advanceHighWatermarkToDurable() == 102)
        }
    }

    @Test("close fails producers still waiting for their fsync")
    func closeFailsWaiters() async throws {
        try await withTemporaryDirectoryAsync { dir in
            let gate = DispatchSemaphore(value: 0)
            let files = CountingFileIO(base: PosixFileIO(), gate: gate)
            let log = try openLog(dir, config: durabilityConfig(.groupCommit), fileIO: files)
            // The sync this append starts blocks on the gate, so the waiter can only end through
            // close's shutdown of the committer.
            let info = try log.append([try producerBatch()], leaderEpoch: 0, nowMs: 1_000)
            let waiter = Task { try await log.waitUntilDurable(info) }
            try await Task.sleep(for: .milliseconds(20))
            // close waits for the blocked sync (flushLock) after shutting the committer down.
            let closing = Task.detached { try log.close() }
            do {
                try await waiter.value
                Issue.record("acknowledged after close")
            } catch let error as DurabilityError {
                #expect(error.isShutDown)
                #expect(error.errorCode == .kafkaStorageError)
            }
            for _ in 0..<8 { gate.signal() }
            try await closing.value
        }
    }

    @Test("LogConfig parses sluice.durability, flush.messages and flush.ms")
    func configParsing() throws {
        #expect(LogConfig().durabilityPolicy == .groupCommit)
        #expect(LogConfig().flushMessages == .max)
        #expect(LogConfig().flushMs == .max)
        let kafka = try LogConfig(properties: ["sluice.durability": "kafka", "flush.messages": "10", "flush.ms": "1000"])
        #expect(kafka.durabilityPolicy == .kafka(flushMessages: 10, flushMs: 1000))
        #expect(try LogConfig(properties: ["sluice.durability": "kafka"]).durabilityPolicy == .kafkaDefault)
        #expect(try LogConfig(properties: ["sluice.durability": "none"]).durabilityPolicy == DurabilityPolicy.none)
        #expect(try LogConfig(properties: ["flush.ms": "5"]).durabilityPolicy == .groupCommit)
        #expect(throws: LogError.self) { try LogConfig(properties: ["sluice.durability": "sometimes"]) }
        #expect(throws: LogError.self) { try LogConfig(properties: ["flush.messages": "0"]) }
    }
}
