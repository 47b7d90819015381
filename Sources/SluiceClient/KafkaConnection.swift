import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import SluiceProtocol

/// One TCP connection to one broker.
///
/// Requests are pipelined: any number may be in flight at once, each matched to its response by
/// correlation id (the broker answers in order, but the match does not rely on it). The API
/// versions were negotiated by `connect` (ApiVersions before anything else), so `send` picks the
/// highest version both sides support unless told one. A request without a response in
/// `requestTimeout` fails with `.timeout` and closes the connection, failing everything else in
/// flight with `.connectionClosed`; a closed connection fails later sends at once. Safe to use from
/// any number of tasks.
public final class KafkaConnection: Sendable {
    public let host: String
    public let port: Int
    public let clientID: String?
    public let requestTimeout: Duration
    /// What the broker said it supports; fixed after `connect`.
    public let apiVersions: ApiVersionTable

    let channel: any Channel
    private let nextCorrelationID: NIOLockedValueBox<Int32>

    private init(host: String, port: Int, clientID: String?, requestTimeout: Duration, channel: any Channel, apiVersions: ApiVersionTable, nextCorrelationID: Int32) {
        self.host = host
        self.port = port
        self.clientID = clientID
        self.requestTimeout = requestTimeout
        self.channel = channel
        self.apiVersions = apiVersions
        self.nextCorrelationID = NIOLockedValueBox(nextCorrelationID)
    }

    /// "host:port".
    public var address: String { "\(self.host):\(self.port)" }

    /// False once the connection has closed or failed.
    public var isActive: Bool { self.channel.isActive }

    /// Connects and negotiates API versions: ApiVersions v3 with the client's software name and
    /// version; on UNSUPPORTED_VERSION again at the version the broker lists (or v0).
    public static func connect(
        host: String,
        port: Int,
        clientID: String? = "sluice",
        requestTimeout: Duration = .seconds(30),
        connectTimeout: Duration = .seconds(10),
        softwareName: String = "sluice",
        softwareVersion: String = "0.1.0",
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) async throws(KafkaClientError) -> KafkaConnection {
        let peer = "\(host):\(port)"
        let channel: any Channel
        do {
            channel = try await ClientBootstrap(group: group)
                .channelOption(.socketOption(.tcp_nodelay), value: 1)
                .connectTimeout(connectTimeout.timeAmount)
                .channelInitializer { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(KafkaFrameDecoder()))
                        try channel.pipeline.syncOperations.addHandler(KafkaClientHandler(peer: peer))
                    }
                }
                .connect(host: host, port: port)
                .get()
        } catch {
            throw KafkaClientError(.connectionFailed, code: .networkException, "cannot connect to \(peer): \(Self.describeConnectError(error))")
        }
        var attempted = ApiVersionsRequest.validVersions.upperBound >= 3 ? Int16(3) : ApiVersionsRequest.validVersions.upperBound
        var request = ApiVersionsRequest()
        request.clientSoftwareName = softwareName
        request.clientSoftwareVersion = softwareVersion
        var correlationID: Int32 = 0
        do throws(KafkaClientError) {
            for _ in 0..<3 {
                let body = try await Self.roundTrip(
                    request, version: attempted, correlationID: correlationID, clientID: clientID, channel: channel, timeout: requestTimeout
                )
                correlationID += 1
                let response = try Self.decodeApiVersions(body, version: attempted)
                let code = ErrorCode(code: response.errorCode)
                if code == .unsupportedVersion {
                    let next = ApiVersionTable.apiVersionsRetryVersion(after: response, attempted: attempted)
                    guard next < attempted else { break }
                    attempted = next
                    continue
                }
                guard code == .noError else { throw KafkaClientError.broker(code, context: "ApiVersions to \(peer)") }
                return KafkaConnection(
                    host: host, port: port, clientID: clientID, requestTimeout: requestTimeout, channel: channel,
                    apiVersions: ApiVersionTable(response), nextCorrelationID: correlationID
                )
            }
            throw KafkaClientError(.unsupportedVersion, code: .unsupportedVersion, "\(peer) accepts no ApiVersions version this client can send")
        } catch {
            try? await channel.close()
            throw error
        }
    }

    /// Reads an ApiVersions response body. A broker that refused the version answers at v0
    /// whatever was asked, so the error code (first in every version) is peeked first.
    static func decodeApiVersions(_ body: ByteBuffer, version: Int16) throws(KafkaClientError) -> ApiVersionsResponse {
        var body = body
        let code = body.getInteger(at: body.readerIndex, as: Int16.self)
        let readVersion = code == ErrorCode.unsupportedVersion.rawValue ? 0 : version
        do {
            return try ApiVersionsResponse(from: &body, version: readVersion)
        } catch {
            throw KafkaClientError(.protocolViolation, code: .corruptMessage, "unreadable ApiVersions v\(readVersion) response: \(error)")
        }
    }

    // MARK: Requests

    /// Sends `request` and returns the decoded response. `version` nil picks the highest version
    /// both sides support; `timeout` nil uses `requestTimeout`.
    public func send<R: KafkaRequest>(_ request: R, version: Int16? = nil, timeout: Duration? = nil) async throws(KafkaClientError) -> R.Response {
        try await Self.value(of: self.write(request, version: version, timeout: timeout))
    }

    /// Writes `request` now and returns its response as a future. Requests are written in the
    /// order of calls from one thread or actor, so a caller can keep a partition's batches in
    /// order while many are in flight.
    public func write<R: KafkaRequest>(_ request: R, version: Int16? = nil, timeout: Duration? = nil) throws(KafkaClientError) -> EventLoopFuture<R.Response> {
        let version = try self.resolveVersion(version, for: R.self)
        let address = self.address
        return try Self.writeRequest(
            request, version: version, correlationID: self.takeCorrelationID(), clientID: self.clientID,
            channel: self.channel, timeout: timeout ?? self.requestTimeout
        ).flatMapThrowing { body in
            var buffer = body
            do {
                return try R.Response(from: &buffer, version: version)
            } catch {
                throw KafkaClientError(.protocolViolation, code: .corruptMessage, "unreadable \(R.apiKey.name) v\(version) response from \(address): \(error)")
            }
        }
    }

    /// Writes a request that gets no response (Produce with acks=0); returns once it is written
    /// to the socket.
    public func sendWithoutResponse<R: KafkaRequest>(_ request: R, version: Int16? = nil) async throws(KafkaClientError) {
        try await Self.value(of: self.writeWithoutResponse(request, version: version))
    }

    /// Writes a request that gets no response now; the future completes once it is written.
    public func writeWithoutResponse<R: KafkaRequest>(_ request: R, version: Int16? = nil) throws(KafkaClientError) -> EventLoopFuture<Void> {
        let version = try self.resolveVersion(version, for: R.self)
        let outbound = try Self.makeOutbound(
            request, version: version, correlationID: self.takeCorrelationID(), clientID: self.clientID,
            allocator: self.channel.allocator, response: nil, timeout: self.requestTimeout
        )
        let peer = self.address
        return self.channel.writeAndFlush(outbound).flatMapErrorThrowing { error in
            throw Self.writeError(error, peer: peer)
        }
    }

    /// Awaits a future of this connection, with its error typed.
    static func value<T: Sendable>(of future: EventLoopFuture<T>) async throws(KafkaClientError) -> T {
        do {
            return try await future.get()
        } catch let error as KafkaClientError {
            throw error
        } catch {
            throw KafkaClientError(.connectionClosed, code: .networkException, "request failed: \(error)")
        }
    }

    /// Closes the connection; requests in flight fail with `.connectionClosed`.
    public func close() async {
        try? await self.channel.close()
    }

    private func resolveVersion<R: KafkaRequest>(_ version: Int16?, for type: R.Type) throws(KafkaClientError) -> Int16 {
        if let version { return version }
        return try self.apiVersions.version(for: R.self)
    }

    private func takeCorrelationID() -> Int32 {
        self.nextCorrelationID.withLockedValue { value in
            defer { value = value == Int32.max ? 0 : value + 1 }
            return value
        }
    }

    private static func makeOutbound<R: KafkaRequest>(
        _ request: R, version: Int16, correlationID: Int32, clientID: String?, allocator: ByteBufferAllocator,
        response: EventLoopPromise<ByteBuffer>?, timeout: Duration
    ) throws(KafkaClientError) -> OutboundKafkaRequest {
        var frame = allocator.buffer(capacity: 256)
        do {
            try request.encodeFrame(version: version, correlationID: correlationID, clientID: clientID, into: &frame)
        } catch {
            throw KafkaClientError.invalidArgument("cannot encode \(R.apiKey.name) v\(version): \(error)")
        }
        return OutboundKafkaRequest(
            frame: frame,
            correlationID: correlationID,
            apiKey: R.apiKey,
            responseHeaderVersion: R.apiKey.responseHeaderVersion(apiVersion: version),
            response: response,
            timeout: timeout.timeAmount
        )
    }

    private static func roundTrip<R: KafkaRequest>(
        _ request: R, version: Int16, correlationID: Int32, clientID: String?, channel: any Channel, timeout: Duration
    ) async throws(KafkaClientError) -> ByteBuffer {
        try await Self.value(of: Self.writeRequest(request, version: version, correlationID: correlationID, clientID: clientID, channel: channel, timeout: timeout))
    }

    /// Writes the frame and returns the response body (after its header) as a future.
    private static func writeRequest<R: KafkaRequest>(
        _ request: R, version: Int16, correlationID: Int32, clientID: String?, channel: any Channel, timeout: Duration
    ) throws(KafkaClientError) -> EventLoopFuture<ByteBuffer> {
        let promise = channel.eventLoop.makePromise(of: ByteBuffer.self)
        let outbound: OutboundKafkaRequest
        do {
            outbound = try Self.makeOutbound(
                request, version: version, correlationID: correlationID, clientID: clientID,
                allocator: channel.allocator, response: promise, timeout: timeout
            )
        } catch {
            promise.fail(error)
            throw error
        }
        let peer = "\(channel.remoteAddress.map { "\($0)" } ?? "broker")"
        channel.writeAndFlush(outbound).whenFailure { error in
            // A closed channel never reaches the handler; completing twice is ignored.
            promise.fail(Self.writeError(error, peer: peer))
        }
        return promise.futureResult
    }

    private static func writeError(_ error: any Error, peer: String) -> KafkaClientError {
        if let error = error as? KafkaClientError { return error }
        if let error = error as? ChannelError, error == .ioOnClosedChannel || error == .alreadyClosed {
            return KafkaClientError(.connectionClosed, code: .networkException, "connection to \(peer) is closed")
        }
        return KafkaClientError(.connectionClosed, code: .networkException, "cannot write to \(peer): \(error)")
    }

    static func describeConnectError(_ error: any Error) -> String {
        if let error = error as? NIOConnectionError {
            if let first = error.connectionErrors.first { return Self.describeConnectError(first.error) }
            if error.dnsAError != nil || error.dnsAAAAError != nil { return "cannot resolve host" }
        }
        if let error = error as? IOError {
            return String(cString: strerror(error.errnoCode)).lowercased()
        }
        if let error = error as? ChannelError, case .connectTimeout = error {
            return "connection timed out"
        }
        return "\(error)"
    }
}

extension Duration {
    /// Whole milliseconds, rounded down.
    var milliseconds: Int64 {
        let (seconds, attoseconds) = self.components
        let (scaled, overflow) = seconds.multipliedReportingOverflow(by: 1000)
        if overflow { return seconds < 0 ? Int64.min : Int64.max }
        return scaled &+ attoseconds / 1_000_000_000_000_000
    }

    /// As an NIO `TimeAmount`, saturating instead of overflowing.
    var timeAmount: TimeAmount {
        let milliseconds = self.milliseconds
        let (nanoseconds, overflow) = milliseconds.multipliedReportingOverflow(by: 1_000_000)
        return .nanoseconds(overflow ? (milliseconds < 0 ? Int64.min : Int64.max) : nanoseconds)
    }
}
