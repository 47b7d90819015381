#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NIOCore

/// The file under an `OffsetIndex` or `TimeIndex`: fixed-size big-endian entries from byte 0,
/// then (while the segment is active) zeros up to the preallocated length.
///
/// Invariants: `entryCount * entrySize` bytes at the start are the entries the owner holds in
/// memory; the file length is either exactly that (trimmed: sealed or closed segment) or
/// `maxEntries * entrySize` (preallocated: active segment). Entries past `entryCount` are zero
/// or garbage a crash left behind; the owner overwrites them. Not thread-safe.
final class IndexFile {
    private(set) var path: String
    let entrySize: Int
    let fileIO: any FileIO
    private(set) var file: (any StorageFile)?
    /// Bytes the file may grow to, rounded down to whole entries.
    private(set) var maxFileSize: Int
    private(set) var isPreallocated = false

    init(path: String, entrySize: Int, maxIndexSize: Int, fileIO: any FileIO) throws {
        self.path = path
        self.entrySize = entrySize
        self.fileIO = fileIO
        self.maxFileSize = max(maxIndexSize / entrySize, 2) * entrySize
        self.file = try fileIO.open(path, mode: .createOrOpen)
    }

    var maxEntries: Int { self.maxFileSize / self.entrySize }

    private func openFile() throws -> any StorageFile {
        guard let file = self.file else { throw StorageError.closed(path: self.path) }
        return file
    }

    /// The whole file as it is on disk.
    func readAll() throws -> ByteBuffer {
        let file = try self.openFile()
        let size = try file.size()
        var buffer = ByteBuffer()
        buffer.reserveCapacity(Int(size))
        var offset: Int64 = 0
        while offset < size {
            let read = try file.read(into: &buffer, at: offset, count: Int(size - offset))
            if read == 0 { break }
            offset += Int64(read)
        }
        return buffer
    }

    /// Reads the entries an index holds at open. `accept` gets the file's bytes, the absolute
    /// position of one entry and its slot, in order, up to the first all-zero entry (where the
    /// preallocated space begins); it keeps the entry and returns nil, or returns why the entry
    /// is out of order, which ends the load. Returns the last problem found, if any: a length
    /// that is not whole entries, non-zero bytes after the empty entry, or what `accept` said.
    func loadEntries(_ accept: (ByteBuffer, Int, Int) -> String?) throws -> String? {
        let bytes = try self.readAll()
        var problem: String?
        if bytes.readableBytes % self.entrySize != 0 {
            problem = "its length \(bytes.readableBytes) is not a multiple of \(self.entrySize)"
        }
        for index in 0..<(bytes.readableBytes / self.entrySize) {
            let at = bytes.readerIndex + index * self.entrySize
            if isAllZero(bytes.getSlice(at: at, length: self.entrySize)!, from: 0) {
                if !isAllZero(bytes, from: at) {
                    problem = "non-zero bytes follow the empty entry \(index)"
                }
                break
            }
            if let rejection = accept(bytes, at, index) {
                problem = rejection
                break
            }
        }
        return problem
    }

    /// Writes one entry's bytes at slot `index`.
    func writeEntry(_ bytes: ByteBuffer, at index: Int) throws {
        try self.openFile().write(bytes, at: Int64(index * self.entrySize))
    }

    /// Extends the file with zeros to `maxFileSize` (the active segment's index).
    func preallocate() throws {
        let file = try self.openFile()
        if try file.size() != Int64(self.maxFileSize) {
            try file.truncate(to: Int64(self.maxFileSize))
        }
        self.isPreallocated = true
    }

    /// Cuts the file to `entryCount` entries (sealed segment), or, while preallocated, zeros the
    /// slots from `entryCount` on by cutting and re-extending.
    func setEntryCount(_ entryCount: Int) throws {
        let file = try self.openFile()
        try file.truncate(to: Int64(entryCount * self.entrySize))
        if self.isPreallocated {
            try file.truncate(to: Int64(self.maxFileSize))
        }
    }

    /// Trims to `entryCount` entries and stops preallocating.
    func trim(to entryCount: Int) throws {
        let file = try self.openFile()
        if try file.size() != Int64(entryCount * self.entrySize) {
            try file.truncate(to: Int64(entryCount * self.entrySize))
        }
        self.isPreallocated = false
    }

    /// Changes the size limit (Kafka's `resize`), e.g. when `segment.index.bytes` changes.
    func setMaxIndexSize(_ maxIndexSize: Int, entryCount: Int) throws {
        self.maxFileSize = max(maxIndexSize / self.entrySize, max(entryCount, 2)) * self.entrySize
        if self.isPreallocated { try self.preallocate() }
    }

    func sync() throws {
        try self.openFile().sync()
    }

    func close() throws {
        guard let file = self.file else { return }
        self.file = nil
        try file.close()
    }

    /// Renames the file (open or closed) to `newPath`.
    func rename(to newPath: String) throws {
        try self.fileIO.rename(self.path, to: newPath)
        self.path = newPath
        self.file?.path = newPath
    }

    func delete() throws {
        try? self.close()
        if self.fileIO.fileExists(self.path) { try self.fileIO.removeFile(self.path) }
    }
}

private let zeroPage = [UInt8](repeating: 0, count: 4096)

/// Whether every readable byte of `buffer` from absolute index `index` on is zero (memcmp
/// against a zero page: fast even in debug builds, where byte loops over 10 MiB are not).
func isAllZero(_ buffer: ByteBuffer, from index: Int) -> Bool {
    buffer.withUnsafeReadableBytes { bytes in
        zeroPage.withUnsafeBytes { zeros in
            var offset = index - buffer.readerIndex
            while offset < bytes.count {
                let length = min(zeros.count, bytes.count - offset)
                if memcmp(bytes.baseAddress! + offset, zeros.baseAddress!, length) != 0 { return false }
                offset += length
            }
            return true
        }
    }
}
