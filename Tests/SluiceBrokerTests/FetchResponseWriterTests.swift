#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NIOCore
import SluiceProtocol
import Testing

@testable import SluiceBroker

/// The zero-copy writer against the generated encoder: same bytes once the file ranges are read.
@Suite struct FetchResponseWriterTests {
    /// A temporary file holding `content`, removed when the test ends.
    final class TemporaryFile {
        let path: String
        init(_ content: [UInt8]) throws {
            var template = Array("/tmp/sluice-fetch-writer-XXXXXX".utf8CString)
            let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
            guard fd >= 0 else { throw IOError(errnoCode: errno, reason: "mkstemp") }
            self.path = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
            _ = content.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            close(fd)
        }
        deinit { unlink(self.path) }

        /// A fresh descriptor on the file, as the broker's `dup` gives one per response.
        func handle() throws -> NIOFileHandle {
            let fd = open(self.path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { throw IOError(errnoCode: errno, reason: "open") }
            return NIOFileHandle(_deprecatedTakingOwnershipOfDescriptor: fd)
        }
    }

    /// The bytes the parts stand for: buffers as they are, file regions read from their files.
    static func materialize(_ parts: [IOData]) throws -> [UInt8] {
        var bytes: [UInt8] = []
        for part in parts {
            switch part {
            case .byteBuffer(let buffer):
                bytes += buffer.readableBytesView
            case .fileRegion(let region):
                var chunk = [UInt8](repeating: 0, count: region.readableBytes)
                let read = try region.fileHandle.withUnsafeFileDescriptor { fd in
                    chunk.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(region.readerIndex)) }
                }
                #expect(read == region.readableBytes)
                bytes += chunk
            }
        }
        return bytes
    }

    static func generated(_ response: FetchResponse, version: Int16) throws -> [UInt8] {
        var buffer = ByteBuffer()
        try response.encode(into: &buffer, version: version)
        return Array(buffer.readableBytesView)
    }

    static func partition(_ index: Int32, version: Int16, error: ErrorCode = .noError, tagged: Bool) -> FetchResponse.PartitionData {
        var data = FetchResponse.PartitionData()
        data.partitionIndex = index
        data.errorCode = error.rawValue
        data.highWatermark = 1000 + Int64(index)
        data.lastStableOffset = 900 + Int64(index)
        data.logStartOffset = version >= 5 ? 7 : -1
        data.abortedTransactions = index % 2 == 0 ? nil : []
        if index == 3 {
            var aborted = FetchResponse.AbortedTransaction()
            aborted.producerId = 77
            aborted.firstOffset = 12
            if tagged && version >= 12 { aborted.unknownTaggedFields = [TaggedField(tag: 5, data: [1])] }
            data.abortedTransactions = [aborted, aborted]
        }
        if version >= 11 && index == 2 { data.preferredReadReplica = 3 }
        if tagged && version >= 12 {
            data.divergingEpoch.epoch = 4
            data.divergingEpoch.endOffset = 99
            data.currentLeader.leaderId = 1
            data.currentLeader.leaderEpoch = 6
            if index == 1 { data.snapshotId.endOffset = 5; data.snapshotId.epoch = 2 }
            data.unknownTaggedFields = [TaggedField(tag: 9, data: [0xAB, 0xCD])]
        }
        return data
    }

    /// A response with several topics; `files` says which partitions take records from the file,
    /// `(offset, length)` into it.
    static func response(version: Int16, tagged: Bool, withError: Bool) -> FetchResponse {
        var response = FetchResponse()
        response.throttleTimeMs = 12
        if version >= 7 {
            response.errorCode = withError ? ErrorCode.invalidFetchSessionEpoch.rawValue : 0
            response.sessionId = 123_456
        }
        for (topicIndex, name) in ["orders", "payments-ü", "empty"].enumerated() {
            var topic = FetchResponse.FetchableTopicResponse()
            topic.topic = name
            topic.topicId = KafkaUUID(high: UInt64(topicIndex + 1), low: 0xFEED)
            if name != "empty" {
                for index in Int32(0)..<4 {
                    topic.partitions.append(Self.partition(index, version: version, error: withError && index == 1 ? .offsetOutOfRange : .noError, tagged: tagged))
                }
            }
            if tagged && version >= 12 { topic.unknownTaggedFields = [TaggedField(tag: 3, data: [9, 9, 9])] }
            response.responses.append(topic)
        }
        if tagged && version >= 16 {
            var node = FetchResponse.NodeEndpoint()
            node.nodeId = 1
            node.host = "broker-1"
            node.port = 9092
            node.rack = "r1"
            response.nodeEndpoints = [node, node]
        }
        if tagged && version >= 12 { response.unknownTaggedFields = [TaggedField(tag: 7, data: [1, 2, 3])] }
        return response
    }

    @Test(arguments: Array(Int16(4)...17))
    func sameBytesAsTheGeneratedEncoder(version: Int16) throws {
        let content = (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let file = try TemporaryFile(content)
        for tagged in [false, true] {
            for withError in [false, true] {
                var expected = Self.response(version: version, tagged: tagged, withError: withError)
                let base = expected
                // Which partitions come from the file and where; others keep in-memory records
                // (some empty, some nil, some bytes).
                let ranges: [FetchResponseWriter.Position: (Int, Int)] = [
                    .init(topic: 0, partition: 0): (0, 100),
                    .init(topic: 0, partition: 2): (100, 1000),
                    .init(topic: 1, partition: 1): (2000, 0),
                    .init(topic: 1, partition: 3): (3000, 1096),
                ]
                var handles: [NIOFileHandle] = []
                defer { for handle in handles { try? handle.close() } }
                var files: [FetchResponseWriter.Position: FetchFileRecords] = [:]
                for (position, (offset, length)) in ranges {
                    let handle = try file.handle()
                    handles.append(handle)
                    files[position] = FetchFileRecords(handle: handle, position: Int64(offset), length: length)
                    expected.responses[position.topic].partitions[position.partition].records = ByteBuffer(bytes: content[offset..<(offset + length)])
                }
                expected.responses[0].partitions[1].records = ByteBuffer(bytes: [1, 2, 3])
                expected.responses[0].partitions[3].records = ByteBuffer()
                expected.responses[1].partitions[0].records = nil
                var written = base
                written.responses[0].partitions[1].records = ByteBuffer(bytes: [1, 2, 3])
                written.responses[0].partitions[3].records = ByteBuffer()
                written.responses[1].partitions[0].records = nil
                let (parts, byteCount) = try FetchResponseWriter.write(written, version: version, fileRecords: files)
                let bytes = try Self.materialize(parts)
                let reference = try Self.generated(expected, version: version)
                #expect(bytes == reference, "v\(version) tagged=\(tagged) error=\(withError)")
                #expect(byteCount == reference.count)
                // Non-empty ranges are file regions, never copied.
                let regions = parts.filter { if case .fileRegion = $0 { true } else { false } }
                #expect(regions.count == 3)
                // And the generated decoder reads it back.
                var buffer = ByteBuffer(bytes: bytes)
                let decoded = try FetchResponse(from: &buffer, version: version)
                var normalized = expected
                for index in normalized.responses.indices {
                    if version >= 13 { normalized.responses[index].topic = "" } else { normalized.responses[index].topicId = .zero }
                }
                #expect(decoded == normalized)
            }
        }
    }

    @Test(arguments: Array(Int16(4)...17))
    func emptyResponse(version: Int16) throws {
        var response = FetchResponse()
        if version >= 7 { response.errorCode = ErrorCode.fetchSessionIdNotFound.rawValue }
        let (parts, byteCount) = try FetchResponseWriter.write(response, version: version)
        let reference = try Self.generated(response, version: version)
        #expect(try Self.materialize(parts) == reference)
        #expect(byteCount == reference.count)
    }

    @Test func fieldsAVersionCannotCarryAreRefused() throws {
        var response = FetchResponse()
        response.sessionId = 5
        #expect(throws: ProtocolError.self) { try FetchResponseWriter.write(response, version: 6) }
        response.sessionId = 0
        var topic = FetchResponse.FetchableTopicResponse()
        var data = FetchResponse.PartitionData()
        data.divergingEpoch.epoch = 1
        topic.partitions = [data]
        response.responses = [topic]
        #expect(throws: ProtocolError.self) { try FetchResponseWriter.write(response, version: 11) }
        #expect(throws: ProtocolError.self) { try FetchResponseWriter.write(FetchResponse(), version: 3) }
    }
}
