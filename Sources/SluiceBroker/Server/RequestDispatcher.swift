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
            return .respond(try await handler.serve(request, context))
        } catch let close as CloseConnection {
            return .close(reason: close.reason)
        } catch let error as ProtocolError {
            return .close(reason: "malformed \(apiKey) v\(version) request (\(error))")
        } catch {
            self.broker.logger.error(
                "Failed to answer a request; closing the connection",
                metadata: ["api": "\(apiKey)", "version": "\(version)", "client": "\(request.header.clientId ?? "")", "error": "\(error)"]
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
