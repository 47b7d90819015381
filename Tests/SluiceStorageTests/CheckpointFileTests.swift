import Foundation
import NIOCore
import SluiceProtocol
import SluiceStorage
import Testing

@Suite struct CheckpointFileTests {
    let offsets = [
        TopicPartitionOffset(topic: "orders", partition: 0, offset: 42),
        TopicPartitionOffset(topic: "orders", partition: 1, offset: 0),
        TopicPartitionOffset(topic: "__consumer_offsets", partition: 49, offset: 9_000_000_000),
    ]

    @Test func offsetCheckpointRoundTripsInKafkaFormat() throws {
        try withTemporaryDirectory { dir in
            let file = OffsetCheckpointFile(path: dir + "/" + CheckpointFileName.recoveryPoint, fileIO: PosixFileIO())
            try file.write(self.offsets)
            #expect(try String(contentsOfFile: file.path, encoding: .utf8) == "0\n3\norders 0 42\norders 1 0\n__consumer_offsets 49 9000000000\n")
            #expect(try file.read() == self.offsets)
            #expect(!FileManager.default.fileExists(atPath: file.temporaryPath))
            try file.write([])
            #expect(try file.read() == [])
        }
    }

    @Test func leaderEpochCheckpointRoundTrips() throws {
        try withTemporaryDirectory { dir in
            let file = LeaderEpochCheckpointFile(path: dir + "/" + CheckpointFileName.leaderEpoch, fileIO: PosixFileIO())
            let entries = [EpochEntry(epoch: 0, startOffset: 0), EpochEntry(epoch: 3, startOffset: 120)]
            try file.write(entries)
            #expect(try String(contentsOfFile: file.path, encoding: .utf8) == "0\n2\n0 0\n3 120\n")
            #expect(try file.read() == entries)
        }
    }

    @Test func missingOrEmptyFileReadsAsEmpty() throws {
        try withTemporaryDirectory { dir throws in
            let entries = try OffsetCheckpointFile(path: dir + "/none", fileIO: PosixFileIO()).read()
            #expect(entries == [])
            try writeFile(dir + "/empty", "")
            let empty = try OffsetCheckpointFile(path: dir + "/empty", fileIO: PosixFileIO()).read()
            #expect(empty == [])
        }
    }

    @Test func failedRenameKeepsTheOldFile() throws {
        try withTemporaryDirectory { dir in
            let io = FaultyFileIO()
            let file = OffsetCheckpointFile(path: dir + "/cp", fileIO: io)
            try file.write(self.offsets)
            io.failNextRename = .ioError
            #expect(throws: StorageError.self) { try file.write([TopicPartitionOffset(topic: "t", partition: 0, offset: 1)]) }
            #expect(io.injectedFaults == 1)
            #expect(try file.read() == self.offsets)
            #expect(!io.fileExists(file.temporaryPath))
        }
    }

    @Test func failedFsyncOrWriteKeepsTheOldFile() throws {
        try withTemporaryDirectory { dir in
            let io = FaultyFileIO()
            let file = OffsetCheckpointFile(path: dir + "/cp", fileIO: io)
            try file.write(self.offsets)
            io.failNextSync = .ioError
            #expect(throws: StorageError.self) { try file.write([]) }
            io.shortNextWrite = (bytes: 3, fault: .noSpace)
            let error = #expect(throws: StorageError.self) { try file.write([]) }
            #expect(error?.isNoSpace == true)
            #expect(try file.read() == self.offsets)
        }
    }

    @Test func leftoverTemporaryFileIsIgnoredAndReplaced() throws {
        try withTemporaryDirectory { dir in
            let file = OffsetCheckpointFile(path: dir + "/cp", fileIO: PosixFileIO())
            try file.write(self.offsets)
            try writeFile(file.temporaryPath, "0\n1\ngarbage-from-a-crash")
            #expect(try file.read() == self.offsets)
            try file.write(Array(self.offsets.prefix(1)))
            #expect(try file.read() == Array(self.offsets.prefix(1)))
            #expect(!FileManager.default.fileExists(atPath: file.temporaryPath))
        }
    }

    @Test(arguments: [
        "\n\n",
        "0\n",
        "1\n0\n",
        "x\n0\n",
        "0\nx\n",
        "0\n2\norders 0 1\n",
        "0\n1\norders 0 1\norders 1 2\n",
        "0\n1\norders zero 1\n",
        "0\n1\norders 0\n",
        "0\n1\norders 0 1 extra\n",
        "0\n1\norders -1 1\n",
        "0\n-1\n",
    ])
    func malformedOffsetCheckpointsAreRejected(content: String) throws {
        try withTemporaryDirectory { dir in
            try writeFile(dir + "/cp", content)
            let error = #expect(throws: StorageError.self) { try OffsetCheckpointFile(path: dir + "/cp", fileIO: PosixFileIO()).read() }
            #expect(error?.isMalformedFile == true)
            #expect(error?.path == dir + "/cp")
        }
    }

    @Test func malformedEpochEntryIsRejected() throws {
        try withTemporaryDirectory { dir in
            try writeFile(dir + "/cp", "0\n1\n5\n")
            #expect(throws: StorageError.self) { try LeaderEpochCheckpointFile(path: dir + "/cp", fileIO: PosixFileIO()).read() }
        }
    }

    @Test func partitionMetadataRoundTripsInKafkaFormat() throws {
        try withTemporaryDirectory { dir in
            let file = PartitionMetadataFile(directory: dir, fileIO: PosixFileIO())
            #expect(try file.read() == nil)
            let id = KafkaUUID(high: 0x0123_4567_89AB_CDEF, low: 0xFEDC_BA98_7654_3210)
            try file.write(topicId: id)
            #expect(try String(contentsOfFile: dir + "/partition.metadata", encoding: .utf8) == "version: 0\ntopic_id: \(id)")
            #expect(try file.read() == id)
            try writeFile(dir + "/partition.metadata", "version: 0\ntopic_id: \(id)\n")
            #expect(try file.read() == id)
        }
    }

    @Test(arguments: [
        "version: 1\ntopic_id: ASNFZ4mrze_-3LqYdlQyEA",
        "version: 0\ntopic_id: not-an-id",
        "version: 0\ntopic_id: AAAAAAAAAAAAAAAAAAAAAA",
        "version: 0\n",
        "topic_id: ASNFZ4mrze_-3LqYdlQyEA\nversion: 0",
    ])
    func malformedPartitionMetadataIsRejected(content: String) throws {
        try withTemporaryDirectory { dir in
            try writeFile(dir + "/partition.metadata", content)
            let error = #expect(throws: StorageError.self) { try PartitionMetadataFile(directory: dir, fileIO: PosixFileIO()).read() }
            #expect(error?.isMalformedFile == true)
        }
    }
}
