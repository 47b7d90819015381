#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NIOCore

/// How `FileIO.open` opens a file.
public enum FileOpenMode: Sendable, Hashable {
    /// An existing file, for reading only.
    case readOnly
    /// An existing file, for reading and writing.
    case readWrite
    /// Reading and writing, creating the file empty if it does not exist.
    case createOrOpen
    /// Reading and writing, emptying the file if it exists and creating it if not.
    case createOrTruncate
}

/// One open file. Positional reads and writes only: there is no file pointer, so a handle can
/// be read at many places without seeking.
///
/// Handles are not thread-safe; each is owned by one segment, index or checkpoint writer.
/// Every method throws `StorageError`.
public protocol StorageFile: AnyObject {
    /// Where the file is. Set by whoever renames it (through `FileIO.rename`), so that errors
    /// name the current path; setting it does not rename anything.
    var path: String { get set }
    /// The raw descriptor, for zero-copy transfer (`sendfile`) by the network layer. Valid until
    /// `close()`; never close it directly.
    var descriptor: CInt { get }
    /// Current length in bytes.
    func size() throws -> Int64
    /// Writes all readable bytes of `buffer` at `offset` (looping over short writes). Does not
    /// move `buffer`'s reader index. On failure some prefix of the bytes may have been written.
    func write(_ buffer: ByteBuffer, at offset: Int64) throws
    /// Reads up to `count` bytes at `offset`, appending them to `buffer`; fewer only at end of
    /// file. Returns how many were read.
    @discardableResult
    func read(into buffer: inout ByteBuffer, at offset: Int64, count: Int) throws -> Int
    /// `fdatasync`: the data (and the size, when it changed) is durable once this returns.
    func sync() throws
    /// `fsync`: data and all metadata (modification time included) are durable.
    func fullSync() throws
    /// Sets the length: cuts it, or extends it with zeros.
    func truncate(to size: Int64) throws
    /// Last modification time in milliseconds since the epoch.
    func lastModifiedMs() throws -> Int64
    /// Closes the descriptor. Further calls throw (`close` itself is idempotent).
    func close() throws
}

/// Everything storage does to the file system, behind one protocol so tests can inject
/// faults (`FaultyFileIO`) and later a different backend can be used.
///
/// Paths are plain strings joined with `/`. Every method throws `StorageError`.
public protocol FileIO: AnyObject, Sendable {
    func open(_ path: String, mode: FileOpenMode) throws -> any StorageFile
    func fileExists(_ path: String) -> Bool
    /// Creates the directory and any missing parents; no error when it exists.
    func createDirectory(_ path: String) throws
    /// Names (not paths) of the entries in a directory, without `.` and `..`, unsorted.
    func contentsOfDirectory(_ path: String) throws -> [String]
    func removeFile(_ path: String) throws
    /// Removes an empty directory.
    func removeDirectory(_ path: String) throws
    /// `rename(2)`: atomically replaces `to` if it exists (same file system only).
    func rename(_ from: String, to: String) throws
    /// Fsyncs a directory so that creations, renames and removals in it are durable.
    func syncDirectory(_ path: String) throws
}

extension FileIO {
    /// Reads a whole file into memory (checkpoints and other small files).
    public func readWholeFile(_ path: String) throws -> ByteBuffer {
        let file = try self.open(path, mode: .readOnly)
        defer { try? file.close() }
        let size = try file.size()
        var buffer = ByteBuffer()
        var offset: Int64 = 0
        while offset < size {
            let read = try file.read(into: &buffer, at: offset, count: Int(min(size - offset, 1 << 20)))
            if read == 0 { break }
            offset += Int64(read)
        }
        return buffer
    }
}

/// Joins a directory and a file name.
func joinPath(_ directory: String, _ name: String) -> String {
    directory.hasSuffix("/") ? directory + name : directory + "/" + name
}

/// The parent directory of `path` ("." when it has none).
func parentDirectory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    if slash == path.startIndex { return "/" }
    return String(path[path.startIndex..<slash])
}

// MARK: - POSIX

/// The real file system, through plain POSIX system calls. Stateless and thread-safe.
public final class PosixFileIO: FileIO {
    public init() {}

    public func open(_ path: String, mode: FileOpenMode) throws -> any StorageFile {
        var flags: CInt = O_CLOEXEC
        switch mode {
        case .readOnly: flags |= O_RDONLY
        case .readWrite: flags |= O_RDWR
        case .createOrOpen: flags |= O_RDWR | O_CREAT
        case .createOrTruncate: flags |= O_RDWR | O_CREAT | O_TRUNC
        }
        let fd = retryingOnInterrupt { Glibc.open(path, flags, 0o644) }
        guard fd >= 0 else { throw StorageError.io("open", path: path, errno: Glibc.errno) }
        return PosixFile(path: path, descriptor: fd)
    }

    public func fileExists(_ path: String) -> Bool {
        access(path, F_OK) == 0
    }

    public func createDirectory(_ path: String) throws {
        if path.isEmpty || path == "/" || path == "." { return }
        var info = stat()
        if stat(path, &info) == 0 {
            guard (info.st_mode & S_IFMT) == S_IFDIR else {
                throw StorageError.io("mkdir", path: path, errno: ENOTDIR, "a file of that name exists")
            }
            return
        }
        let parent = parentDirectory(of: path)
        if parent != path { try self.createDirectory(parent) }
        if mkdir(path, 0o755) != 0 && Glibc.errno != EEXIST {
            throw StorageError.io("mkdir", path: path, errno: Glibc.errno)
        }
    }

    public func contentsOfDirectory(_ path: String) throws -> [String] {
        guard let dir = opendir(path) else { throw StorageError.io("opendir", path: path, errno: Glibc.errno) }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    public func removeFile(_ path: String) throws {
        guard unlink(path) == 0 else { throw StorageError.io("unlink", path: path, errno: Glibc.errno) }
    }

    public func removeDirectory(_ path: String) throws {
        guard rmdir(path) == 0 else { throw StorageError.io("rmdir", path: path, errno: Glibc.errno) }
    }

    public func rename(_ from: String, to: String) throws {
        guard Glibc.rename(from, to) == 0 else {
            throw StorageError.io("rename", path: from, errno: Glibc.errno, "to \(to)")
        }
    }

    public func syncDirectory(_ path: String) throws {
        let fd = retryingOnInterrupt { Glibc.open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
        guard fd >= 0 else { throw StorageError.io("open directory", path: path, errno: Glibc.errno) }
        defer { _ = Glibc.close(fd) }
        guard fsync(fd) == 0 else { throw StorageError.io("fsync directory", path: path, errno: Glibc.errno) }
    }
}

@inline(__always)
private func retryingOnInterrupt(_ call: () -> CInt) -> CInt {
    while true {
        let result = call()
        if result >= 0 || Glibc.errno != EINTR { return result }
    }
}

final class PosixFile: StorageFile {
    var path: String
    private var fd: CInt

    init(path: String, descriptor: CInt) {
        self.path = path
        self.fd = descriptor
    }

    deinit {
        if self.fd >= 0 { _ = Glibc.close(self.fd) }
    }

    var descriptor: CInt { self.fd }

    private func checkOpen() throws {
        guard self.fd >= 0 else { throw StorageError.closed(path: self.path) }
    }

    func size() throws -> Int64 {
        try self.checkOpen()
        var info = stat()
        guard fstat(self.fd, &info) == 0 else { throw StorageError.io("fstat", path: self.path, errno: Glibc.errno) }
        return Int64(info.st_size)
    }

    func write(_ buffer: ByteBuffer, at offset: Int64) throws {
        try self.checkOpen()
        try buffer.withUnsafeReadableBytes { bytes in
            var done = 0
            while done < bytes.count {
                let written = pwrite(self.fd, bytes.baseAddress! + done, bytes.count - done, off_t(offset) + off_t(done))
                if written < 0 {
                    if Glibc.errno == EINTR { continue }
                    throw StorageError.io(
                        "write", path: self.path, errno: Glibc.errno,
                        "\(bytes.count) bytes at offset \(offset), \(done) written"
                    )
                }
                if written == 0 {
                    throw StorageError.io("write", path: self.path, errno: EIO, "the device accepted no bytes at offset \(offset + Int64(done))")
                }
                done += written
            }
        }
    }

    func read(into buffer: inout ByteBuffer, at offset: Int64, count: Int) throws -> Int {
        try self.checkOpen()
        guard count > 0 else { return 0 }
        let fd = self.fd
        let path = self.path
        var total = 0
        var failure: StorageError?
        buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: count) { bytes in
            while total < count {
                let read = pread(fd, bytes.baseAddress! + total, count - total, off_t(offset) + off_t(total))
                if read < 0 {
                    if Glibc.errno == EINTR { continue }
                    failure = StorageError.io("read", path: path, errno: Glibc.errno, "\(count) bytes at offset \(offset)")
                    break
                }
                if read == 0 { break }
                total += read
            }
            return total
        }
        if let failure { throw failure }
        return total
    }

    func sync() throws {
        try self.checkOpen()
        guard fdatasync(self.fd) == 0 else { throw StorageError.io("fdatasync", path: self.path, errno: Glibc.errno) }
    }

    func fullSync() throws {
        try self.checkOpen()
        guard fsync(self.fd) == 0 else { throw StorageError.io("fsync", path: self.path, errno: Glibc.errno) }
    }

    func truncate(to size: Int64) throws {
        try self.checkOpen()
        guard ftruncate(self.fd, off_t(size)) == 0 else {
            throw StorageError.io("ftruncate", path: self.path, errno: Glibc.errno, "to \(size) bytes")
        }
    }

    func lastModifiedMs() throws -> Int64 {
        try self.checkOpen()
        var info = stat()
        guard fstat(self.fd, &info) == 0 else { throw StorageError.io("fstat", path: self.path, errno: Glibc.errno) }
        return Int64(info.st_mtim.tv_sec) * 1000 + Int64(info.st_mtim.tv_nsec) / 1_000_000
    }

    func close() throws {
        guard self.fd >= 0 else { return }
        let fd = self.fd
        self.fd = -1
        guard Glibc.close(fd) == 0 else { throw StorageError.io("close", path: self.path, errno: Glibc.errno) }
    }
}
