#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NIOConcurrencyHelpers
import NIOCore

/// A `FileIO` over a real one that fails on request, for tests of every failure path.
///
///     let files = FaultyFileIO()
///     files.failNextSync = .noSpace          // the next fsync/fdatasync throws ENOSPC
///     files.shortNextWrite = (bytes: 10, .ioError)  // write 10 bytes, then fail with EIO
///     files.simulateCrash()                  // cut every file back to what was last synced
///
/// Each `failNext...` fault fires once, on the next matching call to any file (or only files
/// whose path contains `faultPathFilter`, when set), and is then cleared. Thread-safe.
///
/// Crash model: for each file opened through this object, the length at its last successful
/// `sync()` is remembered (the length when first opened counts as synced). `simulateCrash()`
/// truncates every such file back to that length, as if unsynced appends were lost. Overwrites
/// inside the synced length are not undone, and directory entries are not rolled back.
public final class FaultyFileIO: FileIO, @unchecked Sendable {
    /// The error a fault raises.
    public enum Fault: Sendable, Hashable {
        /// EIO: the device failed.
        case ioError
        /// ENOSPC: the disk is full.
        case noSpace

        public var errno: Int32 {
            switch self {
            case .ioError: EIO
            case .noSpace: ENOSPC
            }
        }
    }

    public let base: any FileIO
    private let lock = NIOLock()
    fileprivate var _failNextWrite: Fault?
    private var _shortNextWrite: (bytes: Int, fault: Fault)?
    fileprivate var _failNextSync: Fault?
    fileprivate var _failNextRename: Fault?
    fileprivate var _failNextTruncate: Fault?
    fileprivate var _failNextOpen: Fault?
    fileprivate var _failNextRead: Fault?
    private var _faultPathFilter: String?
    private var syncedLengths: [String: Int64] = [:]
    private var _injectedFaults = 0

    public init(base: any FileIO = PosixFileIO()) {
        self.base = base
    }

    public var failNextWrite: Fault? {
        get { self.lock.withLock { self._failNextWrite } }
        set { self.lock.withLock { self._failNextWrite = newValue } }
    }
    /// The next write puts only its first `bytes` bytes on disk, then fails with `fault`.
    public var shortNextWrite: (bytes: Int, fault: Fault)? {
        get { self.lock.withLock { self._shortNextWrite } }
        set { self.lock.withLock { self._shortNextWrite = newValue } }
    }
    /// The next file `sync()`, `fullSync()` or `syncDirectory` fails.
    public var failNextSync: Fault? {
        get { self.lock.withLock { self._failNextSync } }
        set { self.lock.withLock { self._failNextSync = newValue } }
    }
    public var failNextRename: Fault? {
        get { self.lock.withLock { self._failNextRename } }
        set { self.lock.withLock { self._failNextRename = newValue } }
    }
    public var failNextTruncate: Fault? {
        get { self.lock.withLock { self._failNextTruncate } }
        set { self.lock.withLock { self._failNextTruncate = newValue } }
    }
    public var failNextOpen: Fault? {
        get { self.lock.withLock { self._failNextOpen } }
        set { self.lock.withLock { self._failNextOpen = newValue } }
    }
    public var failNextRead: Fault? {
        get { self.lock.withLock { self._failNextRead } }
        set { self.lock.withLock { self._failNextRead = newValue } }
    }
    /// When set, faults fire only for paths containing this string.
    public var faultPathFilter: String? {
        get { self.lock.withLock { self._faultPathFilter } }
        set { self.lock.withLock { self._faultPathFilter = newValue } }
    }
    /// How many faults have fired so far (a test can check that its fault was reached).
    public var injectedFaults: Int { self.lock.withLock { self._injectedFaults } }

    /// Clears every pending fault.
    public func reset() {
        self.lock.withLock {
            self._failNextWrite = nil
            self._shortNextWrite = nil
            self._failNextSync = nil
            self._failNextRename = nil
            self._failNextTruncate = nil
            self._failNextOpen = nil
            self._failNextRead = nil
        }
    }

    /// Power loss: cuts every file opened through this object back to its last synced length.
    /// Open handles stay usable (they see the shortened files).
    public func simulateCrash() throws {
        let lengths = self.lock.withLock { self.syncedLengths }
        for (path, length) in lengths where self.base.fileExists(path) {
            let file = try self.base.open(path, mode: .readWrite)
            defer { try? file.close() }
            if try file.size() > length { try file.truncate(to: length) }
        }
    }

    /// Takes the pending fault selected by `keyPath` if it applies to `path`.
    fileprivate func take(_ keyPath: ReferenceWritableKeyPath<FaultyFileIO, Fault?>, path: String) -> Fault? {
        self.lock.withLock {
            guard let fault = self[keyPath: keyPath] else { return nil }
            if let filter = self._faultPathFilter, !path.contains(filter) { return nil }
            self[keyPath: keyPath] = nil
            self._injectedFaults += 1
            return fault
        }
    }

    fileprivate func takeShortWrite(path: String) -> (bytes: Int, fault: Fault)? {
        self.lock.withLock {
            guard let short = self._shortNextWrite else { return nil }
            if let filter = self._faultPathFilter, !path.contains(filter) { return nil }
            self._shortNextWrite = nil
            self._injectedFaults += 1
            return short
        }
    }

    fileprivate func recordSynced(_ path: String, length: Int64) {
        self.lock.withLock { self.syncedLengths[path] = length }
    }

    fileprivate func recordOpened(_ path: String, length: Int64) {
        self.lock.withLock {
            if self.syncedLengths[path] == nil { self.syncedLengths[path] = length }
        }
    }

    // MARK: FileIO

    public func open(_ path: String, mode: FileOpenMode) throws -> any StorageFile {
        if let fault = self.take(\._failNextOpen, path: path) {
            throw StorageError.io("open", path: path, errno: fault.errno, "injected fault")
        }
        let file = try self.base.open(path, mode: mode)
        self.recordOpened(path, length: (try? file.size()) ?? 0)
        return FaultyFile(base: file, owner: self)
    }

    public func fileExists(_ path: String) -> Bool { self.base.fileExists(path) }

    public func createDirectory(_ path: String) throws { try self.base.createDirectory(path) }

    public func contentsOfDirectory(_ path: String) throws -> [String] { try self.base.contentsOfDirectory(path) }

    public func removeFile(_ path: String) throws {
        try self.base.removeFile(path)
        self.lock.withLock { _ = self.syncedLengths.removeValue(forKey: path) }
    }

    public func removeDirectory(_ path: String) throws { try self.base.removeDirectory(path) }

    public func rename(_ from: String, to: String) throws {
        if let fault = self.take(\._failNextRename, path: from) {
            throw StorageError.io("rename", path: from, errno: fault.errno, "to \(to) (injected fault)")
        }
        try self.base.rename(from, to: to)
        self.lock.withLock {
            if let length = self.syncedLengths.removeValue(forKey: from) { self.syncedLengths[to] = length }
        }
    }

    public func syncDirectory(_ path: String) throws {
        if let fault = self.take(\._failNextSync, path: path) {
            throw StorageError.io("fsync directory", path: path, errno: fault.errno, "injected fault")
        }
        try self.base.syncDirectory(path)
    }
}

/// A file whose calls consult its `FaultyFileIO` first.
final class FaultyFile: StorageFile {
    let base: any StorageFile
    let owner: FaultyFileIO

    init(base: any StorageFile, owner: FaultyFileIO) {
        self.base = base
        self.owner = owner
    }

    var path: String {
        get { self.base.path }
        set { self.base.path = newValue }
    }
    var descriptor: CInt { self.base.descriptor }

    func size() throws -> Int64 { try self.base.size() }

    func write(_ buffer: ByteBuffer, at offset: Int64) throws {
        if let short = self.owner.takeShortWrite(path: self.path) {
            let count = min(max(short.bytes, 0), buffer.readableBytes)
            try self.base.write(buffer.getSlice(at: buffer.readerIndex, length: count)!, at: offset)
            throw StorageError.io(
                "write", path: self.path, errno: short.fault.errno,
                "\(buffer.readableBytes) bytes at offset \(offset), \(count) written (injected short write)"
            )
        }
        if let fault = self.owner.take(\._failNextWrite, path: self.path) {
            throw StorageError.io("write", path: self.path, errno: fault.errno, "injected fault")
        }
        try self.base.write(buffer, at: offset)
    }

    func read(into buffer: inout ByteBuffer, at offset: Int64, count: Int) throws -> Int {
        if let fault = self.owner.take(\._failNextRead, path: self.path) {
            throw StorageError.io("read", path: self.path, errno: fault.errno, "injected fault")
        }
        return try self.base.read(into: &buffer, at: offset, count: count)
    }

    func sync() throws {
        if let fault = self.owner.take(\._failNextSync, path: self.path) {
            throw StorageError.io("fdatasync", path: self.path, errno: fault.errno, "injected fault")
        }
        try self.base.sync()
        self.owner.recordSynced(self.path, length: try self.base.size())
    }

    func fullSync() throws {
        if let fault = self.owner.take(\._failNextSync, path: self.path) {
            throw StorageError.io("fsync", path: self.path, errno: fault.errno, "injected fault")
        }
        try self.base.fullSync()
        self.owner.recordSynced(self.path, length: try self.base.size())
    }

    func truncate(to size: Int64) throws {
        if let fault = self.owner.take(\._failNextTruncate, path: self.path) {
            throw StorageError.io("ftruncate", path: self.path, errno: fault.errno, "injected fault")
        }
        try self.base.truncate(to: size)
    }

    func lastModifiedMs() throws -> Int64 { try self.base.lastModifiedMs() }

    func close() throws { try self.base.close() }
}
