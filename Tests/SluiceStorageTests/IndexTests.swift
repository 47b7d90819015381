import Foundation
import NIOCore
import SluiceProtocol
import SluiceStorage
import Testing

@Suite struct OffsetIndexTests {
    @Test func appendLookupAndOnDiskFormat() throws {
        try withTemporaryDirectory { dir in
            let path = dir + "/00000000000000000100.index"
            let index = try OffsetIndex(path: path, baseOffset: 100, maxIndexSize: 1024, fileIO: PosixFileIO())
            try index.preallocate()
            #expect(try fileSize(path) == 1024)
            try index.append(offset: 110, position: 4200)
            try index.append(offset: 130, position: 9000)
            try index.append(offset: 175, position: 13000)
            #expect(index.lookup(99) == .init(offset: 100, position: 0))
            #expect(index.lookup(100) == .init(offset: 100, position: 0))
            #expect(index.lookup(109) == .init(offset: 100, position: 0))
            #expect(index.lookup(110) == .init(offset: 110, position: 4200))
            #expect(index.lookup(129) == .init(offset: 110, position: 4200))
            #expect(index.lookup(130) == .init(offset: 130, position: 9000))
            #expect(index.lookup(1_000_000) == .init(offset: 175, position: 13000))
            #expect(index.lastOffset == 175)
            try index.close()
            // Trimmed to 3 entries of (relative offset u32, position u32), big-endian.
            #expect(try fileBytes(path) == [0, 0, 0, 10, 0, 0, 0x10, 0x68, 0, 0, 0, 30, 0, 0, 0x23, 0x28, 0, 0, 0, 75, 0, 0, 0x32, 0xC8])
        }
    }

    @Test func reopensFromTrimmedAndPreallocatedFiles() throws {
        try withTemporaryDirectory { dir in
            let path = dir + "/i.index"
            let index = try OffsetIndex(path: path, baseOffset: 0, maxIndexSize: 800, fileIO: PosixFileIO())
            try index.preallocate()
            try index.append(offset: 5, position: 5000)
            try index.append(offset: 9, position: 9000)
            try index.flush()
            // A crash leaves the preallocated file: the zero tail ends the entries.
            let fromPreallocated = try OffsetIndex(path: path, baseOffset: 0, maxIndexSize: 800, fileIO: PosixFileIO())
            try fromPreallocated.sanityCheck()
            #expect(fromPreallocated.entries == index.entries)
            try index.close()
            #expect(try fileSize(path) == 16)
            let fromTrimmed = try OffsetIndex(path: path, baseOffset: 0, maxIndexSize: 800, fileIO: PosixFileIO())
            try fromTrimmed.sanityCheck()
            #expect(fromTrimmed.entries == [.init(offset: 5, position: 5000), .init(offset: 9, position: 9000)])
        }
    }

    @Test func rejectsEntriesOutOfOrderOrOutOfRange() throws {
        try withTemporaryDirectory { dir in
            let index = try OffsetIndex(path: dir + "/i.index", baseOffset: 1000, maxIndexSize: 800, fileIO: PosixFileIO())
            try index.append(offset: 1010, position: 100)
            #expect(throws: StorageError.self) { try index.append(offset: 1010, position: 200) }
            #expect(throws: StorageError.self) { try index.append(offset: 1020, position: 100) }
            #expect(throws: StorageError.self) { try index.append(offset: 999, position: 300) }
            #expect(throws: StorageError.self) { try index.append(offset: 1000 + Int64(UInt32.max) + 1, position: 300) }
            #expect(index.entryCount == 1)
        }
    }

    @Test func fullAtMaxIndexSize() throws {
        try withTemporaryDirectory { dir in
            let index = try OffsetIndex(path: dir + "/i.index", baseOffset: 0, maxIndexSize: 8 * 4 + 5, fileIO: PosixFileIO())
            #expect(index.maxEntries == 4)
            for i in 1...4 { try index.append(offset: Int64(i), position: Int64(i * 10)) }
            #expect(index.isFull)
            let error = #expect(throws: StorageError.self) { try index.append(offset: 5, position: 50) }
            #expect(error?.isSegmentFull == true)
        }
    }

    @Test func keepsEntriesWrittenUnderALargerIndexSize() throws {
        try withTemporaryDirectory { dir in
            let path = dir + "/i.index"
            let index = try OffsetIndex(path: path, baseOffset: 0, maxIndexSize: 800, fileIO: PosixFileIO())
            for i in 1...10 { try index.append(offset: Int64(i), position: Int64(i * 10)) }
            try index.close()
            let smaller = try OffsetIndex(path: path, baseOffset: 0, maxIndexSize: 40, fileIO: PosixFileIO())
            try smaller.sanityCheck()
            #expect(smaller.entryCount == 10)
            #expect(smaller.isFull)
            #expect(smaller.lookup(7) == .init(offset: 7, position: 70))
        }
    }

    @Test func truncateRemovesEntriesAtOrAboveTheOffset() throws {
        try withTemporaryDirectory { dir in
            let path = dir + "/i.index"
            let index = try OffsetIndex(path: path, baseOffset: 0, maxIndexSize: 800, fileIO: PosixFileIO())
            try index.preallocate()
            for i in 1...5 { try index.append(offset: Int64(i * 10), position: Int64(i * 100)) }
            try index.truncate(toOffset: 30)
            #expect(index.entries.map(\.offset) == [10, 20])
            try index.truncate(toOffset: 25)
            #expect(index.entries.map(\.offset) == [10, 20])
            try index.append(offset: 21, position: 250)
            #expect(index.lookup(40) == .init(offset: 21, position: 250))
            try index.flush()
            // The truncated slots were cleared on disk: a reload sees exactly the live entries.
            let reloaded = try OffsetIndex(path: path, baseOffset: 0, maxIndexSize: 800, fileIO: PosixFileIO())
            try reloaded.sanityCheck()
            #expect(reloaded.entries == index.entries)
            try index.truncate(toOffset: 0)
            #expect(index.entryCount == 0)
        }
    }

    @Test(arguments: [
        // (file bytes, what is wrong)
        [0, 0, 0, 10, 0, 0, 0, 100, 0, 0, 0, 5, 0, 0, 0, 200],  // offsets go backwards
        [0, 0, 0, 10, 0, 0, 0, 100, 0, 0, 0, 20, 0, 0, 0, 50],  // positions go backwards
        [0, 0, 0, 10, 0, 0, 0, 100, 0, 0, 0],  // length not a multiple of 8
        [0, 0, 0, 10, 0, 0, 0, 100, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0, 0, 9],  // bytes after the zero entry
    ] as [[UInt8]])
    func corruptIndexFailsSanityCheck(bytes: [UInt8]) throws {
        try withTemporaryDirectory { dir in
            try writeFile(dir + "/i.index", bytes)
            let index = try OffsetIndex(path: dir + "/i.index", baseOffset: 0, maxIndexSize: 800, fileIO: PosixFileIO())
            let error = #expect(throws: StorageError.self) { try index.sanityCheck() }
            #expect(error?.isCorruptSegment == true)
            try index.reset()
            try index.sanityCheck()
            #expect(index.entryCount == 0)
            #expect(try fileSize(dir + "/i.index") == 0)
        }
    }
}

@Suite struct TimeIndexTests {
    @Test func appendsOnlyGrowingTimestampsAndLooksUp() throws {
        try withTemporaryDirectory { dir in
            let path = dir + "/t.timeindex"
            let index = try TimeIndex(path: path, baseOffset: 50, maxIndexSize: 12 * 10, fileIO: PosixFileIO())
            try index.maybeAppend(timestamp: 1000, offset: 55)
            try index.maybeAppend(timestamp: 1000, offset: 60)  // not larger: skipped
            try index.maybeAppend(timestamp: 900, offset: 61)  // smaller: skipped
            try index.maybeAppend(timestamp: 2000, offset: 70)
            #expect(throws: StorageError.self) { try index.maybeAppend(timestamp: 3000, offset: 69) }
            #expect(index.entries == [.init(timestamp: 1000, offset: 55), .init(timestamp: 2000, offset: 70)])
            #expect(index.lookup(999) == .init(timestamp: -1, offset: 50))
            #expect(index.lookup(1000) == .init(timestamp: 1000, offset: 55))
            #expect(index.lookup(1999) == .init(timestamp: 1000, offset: 55))
            #expect(index.lookup(5000) == .init(timestamp: 2000, offset: 70))
            try index.close()
            #expect(try fileBytes(path) == [0, 0, 0, 0, 0, 0, 0x03, 0xE8, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0x07, 0xD0, 0, 0, 0, 20])
        }
    }

    @Test func keepsOneSlotForSealing() throws {
        try withTemporaryDirectory { dir in
            let index = try TimeIndex(path: dir + "/t.timeindex", baseOffset: 0, maxIndexSize: 12 * 3, fileIO: PosixFileIO())
            try index.maybeAppend(timestamp: 1, offset: 1)
            try index.maybeAppend(timestamp: 2, offset: 2)
            #expect(index.isFull)
            #expect(throws: StorageError.self) { try index.maybeAppend(timestamp: 3, offset: 3) }
            try index.maybeAppend(timestamp: 3, offset: 3, skipFullCheck: true)
            #expect(index.entryCount == 3)
            #expect(throws: StorageError.self) { try index.maybeAppend(timestamp: 4, offset: 4, skipFullCheck: true) }
        }
    }

    @Test func truncateAndReload() throws {
        try withTemporaryDirectory { dir in
            let path = dir + "/t.timeindex"
            let index = try TimeIndex(path: path, baseOffset: 0, maxIndexSize: 1200, fileIO: PosixFileIO())
            try index.preallocate()
            for i in 1...5 { try index.maybeAppend(timestamp: Int64(i * 100), offset: Int64(i * 10)) }
            try index.truncate(toOffset: 31)
            #expect(index.entries.map(\.offset) == [10, 20, 30])
            try index.truncate(toOffset: 30)
            #expect(index.entries.map(\.offset) == [10, 20])
            let reloaded = try TimeIndex(path: path, baseOffset: 0, maxIndexSize: 1200, fileIO: PosixFileIO())
            try reloaded.sanityCheck()
            #expect(reloaded.entries == index.entries)
        }
    }

    @Test func corruptTimeIndexFailsSanityCheck() throws {
        try withTemporaryDirectory { dir in
            // Timestamps going backwards.
            try writeFile(dir + "/t.timeindex", [0, 0, 0, 0, 0, 0, 0, 9, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 2])
            let index = try TimeIndex(path: dir + "/t.timeindex", baseOffset: 0, maxIndexSize: 1200, fileIO: PosixFileIO())
            #expect(throws: StorageError.self) { try index.sanityCheck() }
            try writeFile(dir + "/u.timeindex", [0, 0, 0, 0, 0, 0, 0, 9, 0, 0, 0, 1, 0])
            let odd = try TimeIndex(path: dir + "/u.timeindex", baseOffset: 0, maxIndexSize: 1200, fileIO: PosixFileIO())
            #expect(throws: StorageError.self) { try odd.sanityCheck() }
        }
    }
}
