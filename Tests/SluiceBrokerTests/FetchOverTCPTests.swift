#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NIOCore
import NIOPosix
import SluiceProtocol
import Testing

@testable import SluiceBroker

/// Fetch through the real listener: the response frame, with its records sent by `sendfile` from
/// the segment file, parses as the generated decoder expects.
@Suite struct FetchOverTCPTests {
    /// A blocking loopback client speaking Kafka frames.
    final class Client: @unchecked Sendable {
        let fd: CInt

        init(port: Int) throws {
            self.fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(self.fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            guard connected == 0 else { throw IOError(errnoCode: errno, reason: "connect") }
            var timeout = timeval(tv_sec: 10, tv_usec: 0)
            setsockopt(self.fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        }

        deinit { close(self.fd) }

        func send<R: KafkaRequest>(_ request: R, version: Int16, correlationId: Int32) throws {
            var header = RequestHeader()
            header.requestApiKey = R.apiKey.rawValue
            header.requestApiVersion = version
            header.correlationId = correlationId
            header.clientId = "fetch-tcp-test"
            var buffer = ByteBuffer()
            buffer.writeInteger(Int32(0))
            try header.encode(into: &buffer, version: R.apiKey.requestHeaderVersion(apiVersion: version))
            try request.encode(into: &buffer, version: version)
            buffer.setInteger(Int32(buffer.readableBytes - 4), at: 0)
            let bytes = Array(buffer.readableBytesView)
            let written = bytes.withUnsafeBytes { write(self.fd, $0.baseAddress, $0.count) }
            guard written == bytes.count else { throw IOError(errnoCode: errno, reason: "write") }
        }

        func readExactly(_ count: Int) throws -> [UInt8] {
            var bytes = [UInt8](repeating: 0, count: count)
            var done = 0
            while done < count {
                let got = bytes.withUnsafeMutableBytes { read(self.fd, $0.baseAddress! + done, count - done) }
                guard got > 0 else { throw IOError(errnoCode: errno, reason: "read (got \(got))") }
                done += got
            }
            return bytes
        }

        /// One response frame, after its size: the correlation id and the body.
        func receive(headerVersion: Int16) throws -> (correlationId: Int32, body: ByteBuffer) {
            var size = ByteBuffer(bytes: try self.readExactly(4))
            let length = Int(size.readInteger(as: Int32.self) ?? 0)
            var frame = ByteBuffer(bytes: try self.readExactly(length))
            let header = try ResponseHeader(from: &frame, version: headerVersion)
            return (header.correlationId, frame)
        }
    }

    @Test func fetchResponsesOverTheListener() async throws {
        let test = try FetchHandlerTests.TestBroker(listenOnAnyPort: true)
        for _ in 0..<4 { try await test.produce(partition: 0, count: 5, size: 300) }
        try await test.produce(partition: 1, count: 2, size: 50)
        let server = BrokerServer(broker: test.broker)
        let running = Task { try await server.run() }
        defer { running.cancel() }
        let address = try #require(await server.boundAddress())
        let client = try Client(port: try #require(address.port))

        for (correlationId, version) in zip(Int32(1)..., [Int16(4), 7, 11, 12, 13, 16, 17]) {
            let request = FetchHandlerTests.request(
                [(0, 0), (1, 0), (0, 6)], topicId: version >= 13 ? test.topicId : .zero, partitionMaxBytes: 2000
            )
            // Blocking socket calls run on NIO's thread pool, away from the broker's cooperative threads.
            let (received, body) = try await NIOThreadPool.singleton.runIfActive {
                try client.send(request, version: version, correlationId: correlationId)
                return try client.receive(headerVersion: ApiKey.fetch.responseHeaderVersion(apiVersion: version))
            }
            #expect(received == correlationId)
            var remaining = body
            let response = try FetchResponse(from: &remaining, version: version)
            #expect(remaining.readableBytes == 0)
            let partitions = response.responses.flatMap(\.partitions)
            #expect(partitions.map(\.partitionIndex) == [0, 1, 0], "v\(version)")
            #expect(partitions.map(\.highWatermark) == [20, 2, 20])
            // Partition 0 from offset 0: capped at partitionMaxBytes (the second batch cut short).
            #expect(partitions[0].records?.readableBytes == 2000)
            #expect(try FetchHandlerTests.batches(partitions[0]).map(\.baseOffset) == [0])
            #expect(try FetchHandlerTests.batches(partitions[1]).map(\.baseOffset) == [0])
            #expect(try FetchHandlerTests.batches(partitions[2]).first?.baseOffset == 5)
        }
    }
}
