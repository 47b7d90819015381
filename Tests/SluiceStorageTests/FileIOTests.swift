import Foundation
import NIOCore
import SluiceProtocol
import SluiceStorage
import Testing

@Suite struct FileIOTests {
    @Test func positionalWriteReadSizeTruncate() throws {
        try withTemporaryDirectory { dir in
            let io = PosixFileIO()
            let path = dir + "/a.bin"
            let file = try io.open(path, mode: .createOrOpen)
            try file.write(ByteBuffer(string: "hello world"), at: 0)
            try file.write(ByteBuffer(string: "WORLD"), at: 6)
            #expect(try file.size() == 11)
            var buffer = ByteBuffer()
            #expect(try file.read(into: &buffer, at: 6, count: 100) == 5)
            #expect(buffer.readString(length: 5) == "WORLD")
            try file.truncate(to: 5)
            #expect(try file.size() == 5)
            try file.sync()
            try file.fullSync()
            #expect(file.descriptor >= 0)
            #expect(try file.lastModifiedMs() > 0)
            try file.close()
            try file.close()  // idempotent
            #expect(throws: StorageError.self) { try file.size() }
            #expect(try fileBytes(path) == Array("hello".utf8))
        }
    }

    @Test func directoryOperations() throws {
        try withTemporaryDirectory { dir in
            let io = PosixFileIO()
            let nested = dir + "/x/y/z"
            try io.createDirectory(nested)
            try io.createDirectory(nested)
            #expect(io.fileExists(nested))
            try writeFile(nested + "/one", "1")
            try io.rename(nested + "/one", to: nested + "/two")
            #expect(try io.contentsOfDirectory(nested) == ["two"])
            try io.syncDirectory(nested)
            try io.removeFile(nested + "/two")
            #expect(try io.contentsOfDirectory(nested).isEmpty)
            #expect(!io.fileExists(nested + "/two"))
        }
    }

    @Test func openingAMissingFileReportsPathAndErrno() throws {
        try withTemporaryDirectory { dir in
            let error = #expect(throws: StorageError.self) { try PosixFileIO().open(dir + "/missing", mode: .readOnly) }
            #expect(error?.errno == ENOENT)
            #expect(error?.path == dir + "/missing")
            #expect(error?.errorCode == .kafkaStorageError)
            #expect(error?.message.contains("No such file") == true)
        }
    }

    @Test func faultsFireOnceAndCarryTheirErrno() throws {
        try withTemporaryDirectory { dir in
            let io = FaultyFileIO()
            let file = try io.open(dir + "/f", mode: .createOrOpen)
            io.failNextWrite = .noSpace
            let error = #expect(throws: StorageError.self) { try file.write(ByteBuffer(string: "abc"), at: 0) }
            #expect(error?.isNoSpace == true)
            try file.write(ByteBuffer(string: "abc"), at: 0)
            io.failNextSync = .ioError
            #expect(throws: StorageError.self) { try file.sync() }
            try file.sync()
            io.failNextSync = .noSpace
            #expect(throws: StorageError.self) { try file.fullSync() }
            try file.fullSync()
            io.failNextTruncate = .ioError
            #expect(throws: StorageError.self) { try file.truncate(to: 0) }
            io.failNextRename = .ioError
            #expect(throws: StorageError.self) { try io.rename(dir + "/f", to: dir + "/g") }
            #expect(io.fileExists(dir + "/f"))
            #expect(io.injectedFaults == 5)
        }
    }

    @Test func shortWriteLeavesAPrefix() throws {
        try withTemporaryDirectory { dir in
            let io = FaultyFileIO()
            let file = try io.open(dir + "/f", mode: .createOrOpen)
            io.shortNextWrite = (bytes: 4, fault: .ioError)
            let error = #expect(throws: StorageError.self) { try file.write(ByteBuffer(string: "abcdefgh"), at: 0) }
            #expect(error?.errno == EIO)
            #expect(try fileBytes(dir + "/f") == Array("abcd".utf8))
        }
    }

    @Test func pathFilterSelectsFiles() throws {
        try withTemporaryDirectory { dir in
            let io = FaultyFileIO()
            io.faultPathFilter = ".index"
            io.failNextWrite = .ioError
            let log = try io.open(dir + "/0.log", mode: .createOrOpen)
            let index = try io.open(dir + "/0.index", mode: .createOrOpen)
            try log.write(ByteBuffer(string: "ok"), at: 0)
            #expect(throws: StorageError.self) { try index.write(ByteBuffer(string: "no"), at: 0) }
        }
    }

    @Test func simulatedCrashDropsUnsyncedAppends() throws {
        try withTemporaryDirectory { dir in
            let io = FaultyFileIO()
            let file = try io.open(dir + "/f", mode: .createOrOpen)
            try file.write(ByteBuffer(string: "durable"), at: 0)
            try file.sync()
            try file.write(ByteBuffer(string: "-lost"), at: 7)
            try io.simulateCrash()
            #expect(try fileBytes(dir + "/f") == Array("durable".utf8))
        }
    }
}
