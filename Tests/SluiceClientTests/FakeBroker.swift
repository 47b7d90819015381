import NIOCore
import NIOPosix
import SluiceProtocol

/// A loopback TCP server whose replies a test scripts: each request frame goes to `responder` on
/// the connection's event loop, which may reply, hold, close or ignore it.
final class FakeBroker: Sendable {
    typealias Responder = @Sendable (RequestFrame, FakeConnection) throws -> Void

    let channel: any Channel

    private init(channel: any Channel) {
        self.channel = channel
    }

    var port: Int { self.channel.localAddress?.port ?? 0 }

    static func start(_ responder: @escaping Responder) async throws -> FakeBroker {
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { child in
                child.eventLoop.makeCompletedFuture {
                    try child.pipeline.syncOperations.addHandler(ByteToMessageHandler(KafkaFrameDecoder()))
                    try child.pipeline.syncOperations.addHandler(FakeBrokerHandler(responder: responder))
                }
            }
            .bind(host: "127.0.0.1", port: 0)
            .get()
        return FakeBroker(channel: channel)
    }

    func stop() async {
        try? await self.channel.close()
    }
}

/// One accepted connection, as the responder sees it. Event loop only.
final class FakeConnection {
    let context: ChannelHandlerContext
    /// Encoded response frames a responder holds back (to reorder them, say).
    var held: [ByteBuffer] = []

    init(context: ChannelHandlerContext) {
        self.context = context
    }

    /// Encodes a response frame for `request` at its version.
    func frame<R: KafkaResponse>(_ response: R, to request: RequestFrame) throws -> ByteBuffer {
        var buffer = ByteBuffer()
        try response.encodeFrame(version: request.header.requestApiVersion, correlationID: request.header.correlationId, into: &buffer)
        return buffer
    }

    func reply<R: KafkaResponse>(_ response: R, to request: RequestFrame, version: Int16? = nil) throws {
        var buffer = ByteBuffer()
        try response.encodeFrame(version: version ?? request.header.requestApiVersion, correlationID: request.header.correlationId, into: &buffer)
        self.write(buffer)
    }

    func write(_ frame: ByteBuffer) {
        self.context.writeAndFlush(NIOAny(frame), promise: nil)
    }

    func close() {
        self.context.close(promise: nil)
    }
}

private final class FakeBrokerHandler: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    let responder: FakeBroker.Responder
    var connection: FakeConnection?

    init(responder: @escaping FakeBroker.Responder) {
        self.responder = responder
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let frame = Self.unwrapInboundIn(data)
        let connection = self.connection ?? FakeConnection(context: context)
        self.connection = connection
        do {
            try self.responder(RequestFrame(frame: frame), connection)
        } catch {
            context.close(promise: nil)
        }
    }
}

extension ApiVersionsResponse {
    /// A response listing the given ranges.
    static func listing(_ entries: [(ApiKey, ClosedRange<Int16>)], errorCode: ErrorCode = .noError) -> ApiVersionsResponse {
        var response = ApiVersionsResponse()
        response.errorCode = errorCode.rawValue
        response.apiKeys = entries.map {
            var entry = ApiVersionsResponse.ApiVersion()
            entry.apiKey = $0.0.rawValue
            entry.minVersion = $0.1.lowerBound
            entry.maxVersion = $0.1.upperBound
            return entry
        }
        return response
    }

    static let fakeBroker = ApiVersionsResponse.listing([
        (.apiVersions, 0...4), (.metadata, 0...12), (.produce, 3...11), (.fetch, 4...12), (.listOffsets, 1...7), (.initProducerId, 0...5),
    ])
}

extension MetadataResponse {
    /// A cluster of one broker (`nodeId` at 127.0.0.1:`port`, also the controller) leading every
    /// partition of `topics` (name and partition count) with itself as the only replica.
    static func singleBroker(nodeId: Int32 = 1, port: Int, topics: [(name: String, partitions: Int32)] = []) -> MetadataResponse {
        var response = MetadataResponse()
        var broker = MetadataResponse.MetadataResponseBroker()
        broker.nodeId = nodeId
        broker.host = "127.0.0.1"
        broker.port = Int32(port)
        response.brokers = [broker]
        response.controllerId = nodeId
        response.topics = topics.map { name, count in
            var topic = MetadataResponse.MetadataResponseTopic()
            topic.name = name
            topic.partitions = (0..<count).map {
                var partition = MetadataResponse.MetadataResponsePartition()
                partition.partitionIndex = $0
                partition.leaderId = nodeId
                partition.replicaNodes = [nodeId]
                partition.isrNodes = [nodeId]
                return partition
            }
            return topic
        }
        return response
    }
}

extension ListOffsetsResponse {
    /// Answers every partition of `request` with `offset(partition, timestamp)`.
    static func answering(_ request: ListOffsetsRequest, offset: (Int32, Int64) -> Int64) -> ListOffsetsResponse {
        var response = ListOffsetsResponse()
        response.topics = request.topics.map { topic in
            var answer = ListOffsetsResponse.ListOffsetsTopicResponse()
            answer.name = topic.name
            answer.partitions = topic.partitions.map { partition in
                var entry = ListOffsetsResponse.ListOffsetsPartitionResponse()
                entry.partitionIndex = partition.partitionIndex
                entry.offset = offset(partition.partitionIndex, partition.timestamp)
                return entry
            }
            return answer
        }
        return response
    }
}
