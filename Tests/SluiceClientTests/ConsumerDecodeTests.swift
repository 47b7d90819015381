import NIOCore
import SluiceCompression
import SluiceProtocol
import Testing

@testable import SluiceClient

@Suite struct ConsumerDecodeTests {
    /// A batch at `baseOffset` holding `values`, timestamps 1000, 1001, ...
    func batch(baseOffset: Int64, values: [String], codec: (any CompressionCodec)? = nil, control: Bool = false) throws -> ByteBuffer {
        var builder = RecordBatchBuilder(baseOffset: baseOffset, isControl: control)
        for (index, value) in values.enumerated() {
            builder.append(
                timestamp: 1000 + Int64(index), key: ByteBuffer(string: "k\(index)"), value: ByteBuffer(string: value),
                headers: [RecordHeader(key: "h", value: ByteBuffer(string: value))]
            )
        }
        var buffer = ByteBuffer()
        try builder.encode(into: &buffer, codec: codec)
        return buffer
    }

    @Test(arguments: CompressionType.allCases)
    func roundTripThroughEveryCodec(type: CompressionType) throws {
        let data = try self.batch(baseOffset: 10, values: ["a", "b", "c"], codec: Compression.codec(for: type))
        let (records, next, whole) = try KafkaConsumer.decode(data, topic: "t", partition: 0, from: 10)
        #expect(records.map(\.offset) == [10, 11, 12])
        #expect(records.map { $0.value.map { String(buffer: $0) } } == ["a", "b", "c"])
        #expect(records.map { $0.key.map { String(buffer: $0) } } == ["k0", "k1", "k2"])
        #expect(records.map(\.timestamp) == [1000, 1001, 1002])
        #expect(records[1].headers == [RecordHeader(key: "h", value: ByteBuffer(string: "b"))])
        #expect(next == 13)
        #expect(whole)
    }

    @Test func recordsBelowThePositionAreSkipped() throws {
        var data = try self.batch(baseOffset: 0, values: ["a", "b", "c"], codec: Compression.codec(for: .lz4))
        var second = try self.batch(baseOffset: 3, values: ["d"])
        data.writeBuffer(&second)
        let (records, next, _) = try KafkaConsumer.decode(data, topic: "t", partition: 0, from: 2)
        #expect(records.map(\.offset) == [2, 3])
        #expect(next == 4)
    }

    @Test func controlBatchesAdvanceWithoutRecords() throws {
        var data = try self.batch(baseOffset: 0, values: ["a"])
        var marker = ByteBuffer()
        try RecordBatchBuilder.endTransactionMarker(
            EndTransactionMarker(type: .commit, coordinatorEpoch: 0), producerId: 7, producerEpoch: 0, timestamp: 5, baseOffset: 1
        ).encode(into: &marker)
        data.writeBuffer(&marker)
        var after = try self.batch(baseOffset: 2, values: ["b"])
        data.writeBuffer(&after)
        let (records, next, _) = try KafkaConsumer.decode(data, topic: "t", partition: 0, from: 0)
        #expect(records.map(\.offset) == [0, 2])
        #expect(next == 3)
    }

    @Test func aTruncatedLastBatchEndsTheDataQuietly() throws {
        var data = try self.batch(baseOffset: 0, values: ["a", "b"])
        let whole = data.readableBytes
        var partial = try self.batch(baseOffset: 2, values: ["c", "d"])
        data.writeBuffer(&partial)
        data.moveWriterIndex(to: whole + 30)
        let (records, next, sawWhole) = try KafkaConsumer.decode(data, topic: "t", partition: 0, from: 0)
        #expect(records.count == 2)
        #expect(next == 2)
        #expect(sawWhole)

        // Only part of the first batch: nothing, and no whole batch seen.
        let cut = data.getSlice(at: 0, length: 40)!
        let (none, same, sawAny) = try KafkaConsumer.decode(cut, topic: "t", partition: 0, from: 0)
        #expect(none.isEmpty && same == 0 && !sawAny)
    }

    @Test func aDamagedBatchIsAnError() throws {
        var data = try self.batch(baseOffset: 0, values: ["abc"])
        let last = data.writerIndex - 1
        data.setInteger(data.getInteger(at: last, as: UInt8.self)! ^ 0xFF, at: last)
        #expect(throws: KafkaClientError.self) { try KafkaConsumer.decode(data, topic: "t", partition: 0, from: 0) }
    }
}
