import NIOCore
import SluiceProtocol

/// One request on its way to the broker: the whole frame, and where its response goes.
struct OutboundKafkaRequest: Sendable {
    var frame: ByteBuffer
    var correlationID: Int32
    var apiKey: ApiKey
    /// Response header version to read the reply with.
    var responseHeaderVersion: Int16
    /// Nil for requests without a response (Produce with acks=0).
    var response: EventLoopPromise<ByteBuffer>?
    var timeout: TimeAmount
}

/// Matches responses to in-flight requests by correlation id.
///
/// Invariants (event loop only): every entry of `pending` has a promise that is completed exactly
/// once: by its response, by its timeout, or by the connection failing. Once the connection has
/// failed, `failure` is set and every later write fails at once with it. A response whose
/// correlation id is not pending (a broker bug, or a reply after a timeout) breaks the connection,
/// as Kafka's `NetworkClient` does: the stream can no longer be trusted.
final class KafkaClientHandler: ChannelDuplexHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundIn = OutboundKafkaRequest
    typealias OutboundOut = ByteBuffer

    private struct Pending {
        var apiKey: ApiKey
        var responseHeaderVersion: Int16
        var promise: EventLoopPromise<ByteBuffer>
        var timeout: Scheduled<Void>?
    }

    private var pending: [Int32: Pending] = [:]
    private var failure: KafkaClientError?
    private let peer: String

    init(peer: String) {
        self.peer = peer
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        let request = Self.unwrapOutboundIn(data)
        if let failure = self.failure {
            request.response?.fail(failure)
            promise?.fail(failure)
            return
        }
        if let response = request.response {
            let correlationID = request.correlationID
            let apiKey = request.apiKey
            let timeout = request.timeout
            let loopBound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
            let scheduled = context.eventLoop.scheduleTask(in: timeout) {
                let (handler, context) = loopBound.value
                handler.timedOut(context: context, correlationID: correlationID, apiKey: apiKey, after: timeout)
            }
            self.pending[correlationID] = Pending(
                apiKey: request.apiKey,
                responseHeaderVersion: request.responseHeaderVersion,
                promise: response,
                timeout: scheduled
            )
        }
        context.write(Self.wrapOutboundOut(request.frame), promise: promise)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var frame = Self.unwrapInboundIn(data)
        guard let correlationID = frame.getInteger(at: frame.readerIndex, as: Int32.self) else {
            self.fail(context: context, KafkaClientError(.protocolViolation, code: .corruptMessage, "\(self.peer) sent a response shorter than its header"))
            return
        }
        guard let entry = self.pending.removeValue(forKey: correlationID) else {
            self.fail(context: context, KafkaClientError(.protocolViolation, code: .corruptMessage, "\(self.peer) sent a response for correlation id \(correlationID), which no request in flight has"))
            return
        }
        entry.timeout?.cancel()
        do {
            _ = try ResponseHeader(from: &frame, version: entry.responseHeaderVersion)
            entry.promise.succeed(frame)
        } catch {
            let failure = KafkaClientError(.protocolViolation, code: .corruptMessage, "\(self.peer) sent an unreadable \(entry.apiKey.name) response header: \(error)")
            entry.promise.fail(failure)
            self.fail(context: context, failure)
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        self.failAll(KafkaClientError(.connectionClosed, code: .networkException, "connection to \(self.peer) closed"))
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        let failure = (error as? KafkaClientError)
            ?? KafkaClientError(.connectionClosed, code: .networkException, "connection to \(self.peer) failed: \(error)")
        self.fail(context: context, failure)
    }

    private func timedOut(context: ChannelHandlerContext, correlationID: Int32, apiKey: ApiKey, after timeout: TimeAmount) {
        guard let entry = self.pending.removeValue(forKey: correlationID) else { return }
        entry.promise.fail(
            KafkaClientError(.timeout, code: .requestTimedOut, "\(apiKey.name) request to \(self.peer) got no response within \(timeout.nanoseconds / 1_000_000) ms")
        )
        // The reply may still come; the connection cannot be reused after skipping one.
        self.fail(context: context, KafkaClientError(.connectionClosed, code: .networkException, "connection to \(self.peer) closed after a request timed out"))
    }

    private func fail(context: ChannelHandlerContext, _ error: KafkaClientError) {
        self.failAll(error)
        context.close(promise: nil)
    }

    private func failAll(_ error: KafkaClientError) {
        if self.failure == nil { self.failure = error }
        let entries = self.pending
        self.pending = [:]
        for entry in entries.values {
            entry.timeout?.cancel()
            entry.promise.fail(error)
        }
    }
}
