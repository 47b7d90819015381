import Logging
import NIOCore
import SluiceProtocol

/// Turns one request frame into one response frame (or none), as Kafka's request channel does.
///
/// Kafka's rules for requests it cannot serve: an ApiVersions request at a version it does not
/// know gets a v0 reply with UNSUPPORTED_VERSION and the supported ranges, so the client can pick
/// again; any other API at an unsupported version, an unknown API key, or a body that does not
/// parse closes the connection.
struct RequestDispatcher: Sendable {
    let broker: Broker

    enum Outcome: Sendable {
        case respond(EncodedResponse)
        /// Answered once the closure returns; later requests may be dispatched meanwhile.
        case respondLater(@Sendable () async -> Outcome)
        case close(reason: String)
    }

    func dispatch(_ frame: ByteBuffer, connection: ConnectionInfo) async -> Outcome {
        let request: RequestFrame
        do {
            request = try RequestFrame(frame: frame)
        } catch {
            return .close(reason: "unreadable request header (\(error))")
        }
        let version = request.header.requestApiVersion
        guard let apiKey = request.apiKey, let handler = HandlerRegistry.handlers[apiKey] else {
            return .close(reason: "unknown or unsupported API key \(request.header.requestApiKey)")
        }
        guard handler.versions.contains(version) else {
            if apiKey == .apiVersions {
                return self.unsupportedApiVersions(correlationId: request.header.correlationId)
            }
            return .close(reason: "\(apiKey) v\(version) is not supported (this broker serves v\(handler.versions.lowerBound)-\(handler.versions.upperBound))")
        }
        let context = RequestContext(broker: self.broker, header: request.header, connection: connection)
        do {
            switch try await handler.serve(request, context) {
            case .later(let rest):
                // The ordered part is done; the rest finishes with the same error handling.
                let header = request.header
                return .respondLater {
                    do {
                        return .respond(try await rest())
                    } catch {
                        return self.outcome(for: error, apiKey: apiKey, header: header)
                    }
                }
            case let encoded:
                return .respond(encoded)
            }
        } catch {
            return self.outcome(for: error, apiKey: apiKey, header: request.header)
        }
    }

    /// How a handler's failure ends the request: the connection is closed, as Kafka closes it.
    private func outcome(for error: any Error, apiKey: ApiKey, header: RequestHeader) -> Outcome {
        let version = header.requestApiVersion
        switch error {
        case let close as CloseConnection:
            return .close(reason: close.reason)
        case let error as ProtocolError:
            return .close(reason: "malformed \(apiKey) v\(version) request (\(error))")
        default:
            self.broker.logger.error(
                "Failed to answer a request; closing the connection",
                metadata: ["api": "\(apiKey)", "version": "\(version)", "client": "\(header.clientId ?? "")", "error": "\(error)"]
            )
            return .close(reason: "internal error answering \(apiKey): \(error)")
        }
    }

    /// The v0 ApiVersions reply for a version this broker does not know.
    private func unsupportedApiVersions(correlationId: Int32) -> Outcome {
        var response = ApiVersionsHandler.response(errorCode: .unsupportedVersion)
        response.throttleTimeMs = 0
        var buffer = ByteBuffer()
        buffer.writeInteger(Int32(0))
        buffer.writeInteger(correlationId)
        do {
            try response.encode(into: &buffer, version: 0)
        } catch {
            return .close(reason: "cannot encode the ApiVersions reply: \(error)")
        }
        buffer.setInteger(Int32(buffer.readableBytes - 4), at: buffer.readerIndex)
        return .respond(.parts([.byteBuffer(buffer)], release: nil))
    }
}
