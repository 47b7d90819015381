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
            self.broker.replicaManager.fetchWaiters.close()
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
        let slots = InFlightLimiter(limit: Self.maxPipelinedRequests)
        let (pending, pendingSink) = AsyncStream<PendingResponse>.makeStream()
        // Set when the writer closes the connection: requests already read are then dropped,
        // not dispatched (a closed connection's produce must not append).
        let closing = NIOLockedValueBox(false)
        do {
            try await connection.executeThenClose { inbound, _ in
                await withTaskGroup(of: Void.self) { group in
                    // The writer: answers in request order, whatever order they finish in.
                    group.addTask {
                        var open = true
                        for await item in pending {
                            let outcome: RequestDispatcher.Outcome
                            switch item.state {
                            case .ready(let ready): outcome = ready
                            case .later(let task): outcome = await task.value
                            }
                            if open {
                                open = await Self.write(outcome, to: channel, remote: remote, logger: logger)
                                if !open {
                                    closing.withLockedValue { $0 = true }
                                    channel.close(promise: nil)
                                }
                            }
                            // Written or dropped, a response's file handles are closed here.
                            if case .respond(.parts(_, let release)) = outcome { release?() }
                            reservations.release(item.frameSize)
                            slots.release()
                        }
                    }
                    // The reader: each request's ordered part runs here, one at a time.
                    do {
                        for try await frame in inbound {
                            await slots.acquire()
                            let frameSize = frame.readableBytes
                            if closing.withLockedValue({ $0 }) {
                                reservations.release(frameSize)
                                slots.release()
                                continue
                            }
                            let outcome = await dispatcher.dispatch(frame, connection: info)
                            switch outcome {
                            case .respondLater(let rest):
                                pendingSink.yield(PendingResponse(frameSize: frameSize, state: .later(Task { await rest() })))
                            case .close:
                                pendingSink.yield(PendingResponse(frameSize: frameSize, state: .ready(outcome)))
                                pendingSink.finish()
                                return
                            case .respond:
                                pendingSink.yield(PendingResponse(frameSize: frameSize, state: .ready(outcome)))
                            }
                        }
                    } catch {
                        logger.debug("Connection ended", metadata: ["remote": "\(remote)", "error": "\(error)"])
                    }
                    pendingSink.finish()
                }
            }
        } catch {
            logger.debug("Connection ended", metadata: ["remote": "\(remote)", "error": "\(error)"])
        }
    }

    /// Requests one connection may have dispatched but not yet answered.
    static let maxPipelinedRequests = 16

    /// Writes one answer; false when the connection must close (or already broke). The caller
    /// releases the answer's file handles afterwards.
    private static func write(
        _ outcome: RequestDispatcher.Outcome, to channel: any Channel, remote: String, logger: Logger
    ) async -> Bool {
        switch outcome {
        case .respond(.none):
            return true
        case .respond(.parts(let parts, _)):
            do {
                for (index, part) in parts.enumerated() {
                    if index == parts.count - 1 {
                        try await channel.writeAndFlush(part)
                    } else {
                        channel.write(part, promise: nil)
                    }
                }
                return true
            } catch {
                logger.debug("Connection ended", metadata: ["remote": "\(remote)", "error": "\(error)"])
                return false
            }
        case .respond(.later), .respondLater:
            logger.error("A deferred answer was not finished before writing; closing the connection", metadata: ["remote": "\(remote)"])
            return false
        case .close(let reason):
            logger.info("Closing connection", metadata: ["remote": "\(remote)", "reason": "\(reason)"])
            return false
        }
    }
}

/// A request dispatched on a connection, waiting for its turn to be answered.
struct PendingResponse: Sendable {
    enum State: Sendable {
        case ready(RequestDispatcher.Outcome)
        case later(Task<RequestDispatcher.Outcome, Never>)
    }

    let frameSize: Int
    let state: State
}

/// Why the broker could not start, for a one-line message.
public struct BrokerStartupError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}
