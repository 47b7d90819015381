import Foundation
import NIOCore
import SluiceProtocol
import SluiceStorage

/// Runs `body` with a fresh directory under the system temporary directory, removed afterwards.
func withTemporaryDirectory<T>(_ body: (String) throws -> T) throws -> T {
    let path = FileManager.default.temporaryDirectory
        .appendingPathComponent("sluice-storage-tests-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: path) }
    return try body(path)
}

/// An uncompressed batch of `count` records at `baseOffset`, record i stamped `timestamp + i`,
/// each with a `valueSize`-byte value.
func makeBatch(baseOffset: Int64, count: Int = 1, timestamp: Int64 = 1_000, valueSize: Int = 100) throws -> RecordBatch {
    var builder = RecordBatchBuilder(baseOffset: baseOffset)
    for index in 0..<count {
        builder.append(
            timestamp: timestamp + Int64(index),
            key: ByteBuffer(string: "key-\(index)"),
            value: ByteBuffer(repeating: UInt8(truncatingIfNeeded: index &+ Int(baseOffset)), count: valueSize)
        )
    }
    return try builder.encode()
}

/// Appends `batches` batches of `recordsPerBatch` records from offset `start`, timestamps
/// rising by 10 per batch from `firstTimestamp`. Returns them in order.
@discardableResult
func appendBatches(
    to segment: LogSegment,
    count: Int,
    recordsPerBatch: Int = 3,
    start: Int64? = nil,
    firstTimestamp: Int64 = 10_000,
    valueSize: Int = 100
) throws -> [RecordBatch] {
    var offset = start ?? segment.nextOffset
    var batches: [RecordBatch] = []
    for index in 0..<count {
        let batch = try makeBatch(
            baseOffset: offset, count: recordsPerBatch, timestamp: firstTimestamp + Int64(index) * 10, valueSize: valueSize
        )
        try segment.append(batch)
        batches.append(batch)
        offset = batch.header.nextOffset
    }
    return batches
}

/// The bytes of a file, through Foundation (independent of the code under test).
func fileBytes(_ path: String) throws -> [UInt8] {
    Array(try Data(contentsOf: URL(fileURLWithPath: path)))
}

func fileSize(_ path: String) throws -> Int {
    try fileBytes(path).count
}

func writeFile(_ path: String, _ bytes: [UInt8]) throws {
    try Data(bytes).write(to: URL(fileURLWithPath: path))
}

func writeFile(_ path: String, _ text: String) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
}

extension ByteBuffer {
    var bytes: [UInt8] { Array(self.readableBytesView) }
}

/// The concatenated bytes of `batches`.
func concatenated(_ batches: [RecordBatch]) -> [UInt8] {
    batches.flatMap { $0.buffer.bytes }
}

/// Creates `parent/name` and returns its path.
func subdirectory(_ parent: String, _ name: String) throws -> String {
    let path = parent + "/" + name
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}
