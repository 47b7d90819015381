import NIOCore
import SluiceCompression
import SluiceProtocol

/// The wire path a broker runs per request: CRC32C alone, decoding and validating a 1 MiB produce
/// request of 1 KiB records (frame header, body, batch framing, CRC and every record), and encoding
/// a fetch response carrying the same 1 MiB batch. Throughput counts the request or response bytes.
enum ProtocolBenchmarks {
    static let recordSize = 1024
    static let recordCount = 1024

    /// One uncompressed batch of `recordCount` records of `recordSize`-byte values.
    static func batch() throws -> RecordBatch {
        let payload = RecordData.records(totalBytes: Self.recordSize * Self.recordCount)
        var builder = RecordBatchBuilder()
        builder.producerId = 4242
        builder.producerEpoch = 0
        builder.baseSequence = 0
        for index in 0..<Self.recordCount {
            let start = index * Self.recordSize
            let value = ByteBuffer(bytes: payload[start..<(start + Self.recordSize)])
            builder.append(timestamp: 1_700_000_000_000 + Int64(index), key: ByteBuffer(string: "key-\(index % 64)"), value: value, headers: [])
        }
        return try builder.encode(codec: nil)
    }

    static func cases() throws -> [BenchmarkCase] {
        let batch = try Self.batch()
        var cases: [BenchmarkCase] = []

        for (name, implementation) in [("hardware", CRC32C.Implementation.hardware), ("table", .table)] {
            if implementation == .hardware && !CRC32C.isHardwareAccelerated { continue }
            let bytes = batch.buffer
            cases.append(BenchmarkCase(group: "protocol", name: "crc32c 1 MiB (\(name))", bytesPerRun: bytes.readableBytes) {
                let crc = bytes.withUnsafeReadableBytes { CRC32C.update(0, $0, using: implementation) }
                blackHole(Int(crc))
            })
        }

        // Produce v9 (flexible), as librdkafka and kafka-python send it, one topic and partition.
        var request = ProduceRequest()
        request.acks = -1
        request.timeoutMs = 30_000
        var topic = ProduceRequest.TopicProduceData()
        topic.name = "bench"
        var partition = ProduceRequest.PartitionProduceData()
        partition.index = 0
        partition.records = batch.buffer
        topic.partitionData = [partition]
        request.topicData = [topic]
        var framed = ByteBuffer()
        try request.encodeFrame(version: 9, correlationID: 7, clientID: "bench", into: &framed)
        let frame = framed.getSlice(at: 4, length: framed.readableBytes - 4)!
        cases.append(BenchmarkCase(
            group: "protocol", name: "produce request decode + validate (1 MiB, 1 KiB records)",
            bytesPerRun: framed.readableBytes, note: "header, body, batch CRC, every record"
        ) {
            let parsed = try RequestFrame(frame: frame)
            let decoded = try parsed.decodeBody(as: ProduceRequest.self)
            var records = 0
            for topic in decoded.topicData {
                for partition in topic.partitionData {
                    guard let bytes = partition.records else { continue }
                    for batch in try RecordBatchReader.validate(bytes, options: .produce, codecs: Compression.codecs) {
                        records += Int(batch.header.recordCount)
                    }
                }
            }
            precondition(records == Self.recordCount)
        })

        // Fetch v12 (flexible, topic names), the batch as one partition's records.
        var response = FetchResponse()
        var topicResponse = FetchResponse.FetchableTopicResponse()
        topicResponse.topic = "bench"
        var partitionData = FetchResponse.PartitionData()
        partitionData.partitionIndex = 0
        partitionData.highWatermark = Int64(Self.recordCount)
        partitionData.lastStableOffset = Int64(Self.recordCount)
        partitionData.logStartOffset = 0
        partitionData.records = batch.buffer
        topicResponse.partitions = [partitionData]
        response.responses = [topicResponse]
        let output = Box(ByteBuffer())
        var sizing = ByteBuffer()
        try response.encodeFrame(version: 12, correlationID: 7, into: &sizing)
        output.value.reserveCapacity(sizing.readableBytes)
        cases.append(BenchmarkCase(
            group: "protocol", name: "fetch response encode (1 MiB records)", bytesPerRun: sizing.readableBytes,
            note: "copies the records; the broker will send them from the file"
        ) {
            output.value.clear()
            try response.encodeFrame(version: 12, correlationID: 7, into: &output.value)
            blackHole(output.value.readableBytes)
        })
        return cases
    }
}
