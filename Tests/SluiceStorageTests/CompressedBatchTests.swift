import Foundation
import NIOCore
import SluiceCompression
import SluiceProtocol
import SluiceStorage
import Testing

/// Segments holding batches compressed by every real codec.
@Suite struct CompressedBatchTests {
    @Test(arguments: [CompressionType.gzip, .snappy, .lz4, .zstd])
    func recoveryValidatesRecordsAndFindOffsetLooksInside(type: CompressionType) throws {
        try withTemporaryDirectory { dir in
            let codec = try #require(Compression.codec(for: type))
            let segment = try LogSegment.create(directory: dir, baseOffset: 0, config: LogSegmentConfig(indexIntervalBytes: 100), fileIO: PosixFileIO(), nowMs: 0)
            var offset: Int64 = 0
            for batchIndex in 0..<Int64(8) {
                var builder = RecordBatchBuilder(baseOffset: offset, partitionLeaderEpoch: 2)
                for record in 0..<Int64(10) {
                    builder.append(timestamp: 1_000 + batchIndex * 100 + record, key: nil, value: ByteBuffer(string: "value \(offset + record) of a compressed batch"))
                }
                let batch = try builder.encode(codec: codec)
                try segment.append(batch)
                offset = batch.header.nextOffset
            }
            let result = try segment.recover(validating: .log, codecs: Compression.codecs)
            #expect(result.stop == .endOfSegment)
            #expect(result.validBatches == 8)
            // Inside batch 3 (offsets 30-39, timestamps 1300-1309): the exact record with codecs,
            // the batch's first offset without.
            #expect(try segment.findOffset(forTimestamp: 1_305, codecs: Compression.codecs) == TimestampAndOffset(timestamp: 1_305, offset: 35, leaderEpoch: 2))
            #expect(try segment.findOffset(forTimestamp: 1_305) == TimestampAndOffset(timestamp: 1_309, offset: 30, leaderEpoch: 2))
            // A torn compressed batch at the end is cut off like any other.
            var last = RecordBatchBuilder(baseOffset: offset)
            last.append(timestamp: 5_000, key: nil, value: ByteBuffer(string: "last"))
            let torn = try last.encode(codec: codec).buffer
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: dir + "/00000000000000000000.log"))
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(torn.bytes.dropLast(3)))
            try handle.close()
            let again = try segment.recover(validating: .log, codecs: Compression.codecs)
            #expect(again.truncatedBytes == Int64(torn.readableBytes - 3))
            #expect(segment.nextOffset == offset)
        }
    }
}
