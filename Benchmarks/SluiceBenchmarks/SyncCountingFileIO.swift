import Foundation
import NIOCore
import SluiceStorage

/// Passes everything to `base`, counting fsyncs of segment `.log` files: one per `Log.flush`
/// that had data to sync, i.e. the fsyncs the log's group committer ran.
final class SyncCountingFileIO: FileIO, @unchecked Sendable {
    let base: any FileIO
    private let lock = NSLock()
    private var count = 0

    init(base: any FileIO) { self.base = base }

    var logFileSyncs: Int { self.lock.withLock { self.count } }

    fileprivate func didSync(_ path: String) {
        if path.hasSuffix(".log") { self.lock.withLock { self.count += 1 } }
    }

    func open(_ path: String, mode: FileOpenMode) throws -> any StorageFile {
        SyncCountingFile(base: try self.base.open(path, mode: mode), owner: self)
    }
    func fileExists(_ path: String) -> Bool { self.base.fileExists(path) }
    func createDirectory(_ path: String) throws { try self.base.createDirectory(path) }
    func contentsOfDirectory(_ path: String) throws -> [String] { try self.base.contentsOfDirectory(path) }
    func removeFile(_ path: String) throws { try self.base.removeFile(path) }
    func removeDirectory(_ path: String) throws { try self.base.removeDirectory(path) }
    func rename(_ from: String, to: String) throws { try self.base.rename(from, to: to) }
    func syncDirectory(_ path: String) throws { try self.base.syncDirectory(path) }
}

private final class SyncCountingFile: StorageFile {
    let base: any StorageFile
    let owner: SyncCountingFileIO

    init(base: any StorageFile, owner: SyncCountingFileIO) {
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
        try self.base.sync()
        self.owner.didSync(self.path)
    }
    func fullSync() throws {
        try self.base.fullSync()
        self.owner.didSync(self.path)
    }
    func truncate(to size: Int64) throws { try self.base.truncate(to: size) }
    func lastModifiedMs() throws -> Int64 { try self.base.lastModifiedMs() }
    func close() throws { try self.base.close() }
}
