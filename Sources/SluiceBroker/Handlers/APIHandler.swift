import NIOCore
import SluiceProtocol

/// One Kafka API as the broker serves it. Handlers only translate between the wire and the
/// broker's parts (metadata, replica manager, coordinators); they hold no state of their own.
///
/// A handler answers every failure it can name with Kafka's error code in its response. A thrown
/// error means the request could not be answered at all: the connection is closed, as Kafka closes
/// it after a request it cannot handle.
protocol APIHandler: Sendable {
    associatedtype Request: KafkaRequest
    /// The versions this broker serves and advertises in ApiVersions.
    static var versions: ClosedRange<Int16> { get }
    static func handle(_ request: Request, context: RequestContext) async throws -> HandlerResult<Request.Response>
}

/// What a handler sends back.
enum HandlerResult<Response: KafkaResponse>: Sendable {
    /// A response, encoded at the request's version.
    case response(Response)
    /// No response at all (Produce with acks=0).
    case noResponse
    /// A response body the handler encoded itself (for zero-copy Fetch): the parts follow the
    /// response header. `release` runs once the parts are written or dropped.
    case encodedBody(parts: [IOData], byteCount: Int, release: @Sendable () -> Void)
    /// The request's ordered part is done (a produce's appends); the rest (waiting for acks) may
    /// overlap later requests on the connection. Responses are still written in request order.
    case deferred(@Sendable () async throws -> HandlerResult<Response>)
}

/// The request being served and who sent it.
struct RequestContext: Sendable {
    let broker: Broker
    let header: RequestHeader
    let connection: ConnectionInfo

    var apiVersion: Int16 { self.header.requestApiVersion }
    var clientId: String? { self.header.clientId }
}

/// The connection a request arrived on.
struct ConnectionInfo: Sendable {
    let id: UInt64
    let remoteAddress: String
}

/// Thrown by a handler when Kafka would close the connection instead of answering.
struct CloseConnection: Error {
    let reason: String
}
