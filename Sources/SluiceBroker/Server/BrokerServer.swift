import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import ServiceLifecycle
import SluiceProtocol

/// The Kafka listener: accepts connections and serves each one's requests in order.
///
/// Per connection, requests are read, handled and answered one at a time, as Kafka's socket
/// server mutes a connection while its request is in progress; clients pipeline, and the reads
/// ahead are bounded by the channel's back-pressure (at most `maxBufferedFrames` decoded frames
/// wait, each at most `socket.request.max.bytes`). Connections are served concurrently.
public final class BrokerServer: Service, Sendable {
    public let broker: Broker
    private let group: any EventLoopGroup
    private let bound = NIOLockedValueBox<(address: SocketAddress?, waiters: [CheckedContinuation<SocketAddress?, Never>])>((nil, []))
    private let connections = NIOLockedValueBox<[UInt64: any Channel]>([:])
    private let nextConnectionId = NIOLockedValueBox<UInt64>(0)
    static let maxBufferedFrames = 2
    private let memoryPool: RequestMemoryPool

    public init(broker: Broker, group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton) {
        self.broker = broker
        self.group = group
        let limit = broker.config.queuedMaxRequestBytes
        self.memoryPool = RequestMemoryPool(capacity: limit < 0 ? nil : limit)
    }

    /// The address the listener is bound to, once it is (useful with port 0).
    public func boundAddress() async -> SocketAddress? {
        await withCheckedContinuation { continuation in
            let ready = self.bound.withLockedValue { state -> SocketAddress?? in
                if let address = state.address { return .some(address) }
                state.waiters.append(continuation)
                return nil
            }
            if let ready { continuation.resume(returning: ready) }
        }
    }

    private func publishBound(_ address: SocketAddress?) {
        let waiters = self.bound.withLockedValue { state in
            state.address = address
            defer { state.waiters = [] }
            return state.waiters
        }
        for waiter in waiters { waiter.resume(returning: address) }
    }

    public func run() async throws {
        let listener = self.broker.config.listener
        let maxFrame = self.broker.config.socketRequestMaxBytes
        let pool = self.memoryPool
        let server: NIOAsyncChannel<(NIOAsyncChannel<ByteBuffer, IOData>, ConnectionReservations), Never>
        do {
            server = try await ServerBootstrap(group: self.group)
                .serverChannelOption(.backlog, value: 256)
                .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
                .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
                .childChannelOption(.socketOption(.so_keepalive), value: 1)
                .bind(host: listener.host, port: listener.port) { channel in
                    channel.eventLoop.makeCompletedFuture {
                        let reservations = ConnectionReservations(pool: pool)
                        try channel.pipeline.syncOperations.addHandler(
                            ByteToMessageHandler(AdmittingFrameDecoder(maximumFrameSize: maxFrame, reservations: reservations))
                        )
                        let asyncChannel = try NIOAsyncChannel<ByteBuffer, IOData>(
                            wrappingChannelSynchronously: channel,
                            configuration: .init(
                                backPressureStrategy: .init(lowWatermark: 1, highWatermark: Self.maxBufferedFrames)
                            )
                        )
                        return (asyncChannel, reservations)
                    }
                }
        } catch {
            self.publishBound(nil)
            throw BrokerStartupError("cannot listen on \(listener): \(error)")
        }
        let address = server.channel.localAddress
        self.publishBound(address)
        self.broker.logger.info(
            "Listening for Kafka clients",
            metadata: [
                "listener": "\(address.map { "\($0)" } ?? "\(listener)")",
                "advertised": "\(self.broker.config.effectiveAdvertisedListener)",
            ]
        )

        try await withGracefulShutdownHandler {
            try await withThrowingDiscardingTaskGroup { group in
                try await server.executeThenClose { inbound in
                    for try await (connection, reservations) in inbound {
                        group.addTask {
                            await self.serve(connection, reservations: reservations)
                        }
                    }
                }
            }
        } onGracefulShutdown: {
            server.channel.close(promise: nil)
            let open = self.connections.withLockedValue { Array($0.values) }
            for channel in open { channel.close(promise: nil) }
        }
    }

    private func serve(_ connection: NIOAsyncChannel<ByteBuffer, IOData>, reservations: ConnectionReservations) async {
        defer { reservations.releaseAll() }
        let id = self.nextConnectionId.withLockedValue { value -> UInt64 in
            value &+= 1
            return value
        }
        let channel = connection.channel
        let remote = channel.remoteAddress.map { "\($0)" } ?? "unknown"
        let info = ConnectionInfo(id: id, remoteAddress: remote)
        self.connections.withLockedValue { $0[id] = channel }
        defer { _ = self.connections.withLockedValue { $0.removeValue(forKey: id) } }
        let dispatcher = RequestDispatcher(broker: self.broker)
        let logger = self.broker.logger
        do {
            try await connection.executeThenClose { inbound, _ in
                for try await frame in inbound {
                    let frameSize = frame.readableBytes
                    defer { reservations.release(frameSize) }
                    switch await dispatcher.dispatch(frame, connection: info) {
                    case .respond(.none):
                        continue
                    case .respond(.parts(let parts, let release)):
                        defer { release?() }
                        for (index, part) in parts.enumerated() {
                            if index == parts.count - 1 {
                                try await channel.writeAndFlush(part)
                            } else {
                                channel.write(part, promise: nil)
                            }
                        }
                    case .close(let reason):
                        logger.info("Closing connection", metadata: ["remote": "\(remote)", "reason": "\(reason)"])
                        return
                    }
                }
            }
        } catch {
            logger.debug("Connection ended", metadata: ["remote": "\(remote)", "error": "\(error)"])
        }
    }
}

/// Why the broker could not start, for a one-line message.
public struct BrokerStartupError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}
