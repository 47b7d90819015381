import NIOCore
import SluiceCompression
import SluiceProtocol
import SluiceStorage
import Testing

@testable import SluiceBroker

@Suite struct ProduceValidatorTests {
    private func batch(timestamps: [Int64], codec: CompressionType = .none) throws -> RecordBatch {
        var builder = RecordBatchBuilder()
        for (index, timestamp) in timestamps.enumerated() {
            builder.append(timestamp: timestamp, key: ByteBuffer(string: "k\(index)"), value: ByteBuffer(string: "value \(index)"))
        }
        return try builder.encode(codec: codec == .none ? nil : Compression.codec(for: codec))
    }

    @Test(arguments: [CompressionType.none, .gzip, .snappy, .lz4, .zstd])
    func recompressesToTheTopicsCodec(target: CompressionType) throws {
        let name = target == .none ? "uncompressed" : target.description
        let validator = ProduceValidator(topicConfigs: ["compression.type": name], logConfig: LogConfig())
        let original = try self.batch(timestamps: [1_000, 1_001, 1_002], codec: target == .lz4 ? .gzip : .lz4)
        let result = try validator.validate([original], nowMs: 2_000)
        let rewritten = try #require(result.first)
        #expect(rewritten.header.attributes.compression == target)
        let before = try original.decodeRecords(codecs: Compression.codecs)
        let after = try rewritten.decodeRecords(codecs: Compression.codecs)
        #expect(before == after)
        // What the log would store passes the reader's own checks.
        #expect(try RecordBatchReader.validate(rewritten.buffer, options: .produce, codecs: Compression.codecs).count == 1)
    }

    @Test func producerCompressionKeepsTheBatch() throws {
        let validator = ProduceValidator(topicConfigs: ["compression.type": "producer"], logConfig: LogConfig())
        let original = try self.batch(timestamps: [5], codec: .snappy)
        #expect(try validator.validate([original], nowMs: 10) == [original])
        let unset = ProduceValidator(topicConfigs: [:], logConfig: LogConfig())
        #expect(try unset.validate([original], nowMs: 10) == [original])
    }

    @Test func timestampsOutsideTheBoundsAreInvalid() throws {
        let validator = ProduceValidator(
            topicConfigs: ["message.timestamp.before.max.ms": "1000", "message.timestamp.after.max.ms": "500"],
            logConfig: LogConfig()
        )
        let now: Int64 = 100_000
        #expect(try validator.validate([self.batch(timestamps: [now - 1_000, now, now + 500])], nowMs: now).count == 1)
        let outside = try self.batch(timestamps: [now, now - 1_001, now + 501])
        do {
            _ = try validator.validate([outside], nowMs: now)
            Issue.record("expected INVALID_TIMESTAMP")
        } catch {
            #expect(error.code == .invalidTimestamp)
            #expect(error.recordIndexes == [1, 2])
        }
    }

    @Test func logAppendTimeIgnoresTimestampBounds() throws {
        var config = LogConfig()
        config.messageTimestampType = .logAppendTime
        let validator = ProduceValidator(topicConfigs: ["message.timestamp.before.max.ms": "0"], logConfig: config)
        #expect(try validator.validate([self.batch(timestamps: [1])], nowMs: 1_000_000).count == 1)
    }

    @Test func softwareNamesFollowKafkasPattern() {
        #expect(ApiVersionsHandler.isValidSoftwareField("apache-kafka-java"))
        #expect(ApiVersionsHandler.isValidSoftwareField("librdkafka"))
        #expect(ApiVersionsHandler.isValidSoftwareField("2.16.1"))
        #expect(!ApiVersionsHandler.isValidSoftwareField(""))
        #expect(!ApiVersionsHandler.isValidSoftwareField("-leading"))
        #expect(!ApiVersionsHandler.isValidSoftwareField("trailing."))
        #expect(!ApiVersionsHandler.isValidSoftwareField("with space"))
    }
}

@Suite struct ProduceValidatorBoundTests {
    @Test func oneBoundAloneDoesNotOverflowTheOther() throws {
        var builder = RecordBatchBuilder()
        builder.append(timestamp: 1_700_000_000_000, key: nil, value: ByteBuffer(string: "now"))
        let batch = try builder.encode()
        let before = ProduceValidator(topicConfigs: ["message.timestamp.before.max.ms": "3600000"], logConfig: LogConfig())
        #expect(try before.validate([batch], nowMs: 1_700_000_000_000).count == 1)
        let after = ProduceValidator(topicConfigs: ["message.timestamp.after.max.ms": "3600000"], logConfig: LogConfig())
        #expect(try after.validate([batch], nowMs: 1_700_000_000_000).count == 1)
        #expect(throws: ProduceValidator.Failure.self) { try before.validate([batch], nowMs: 1_700_000_000_000 + 3_600_001) }
    }
}
