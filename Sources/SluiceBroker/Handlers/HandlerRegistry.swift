import NIOCore
import SluiceProtocol

/// Every API this broker serves. ApiVersions advertises exactly these, so an API appears here only
/// once it works.
enum HandlerRegistry {
    static let handlers: [ApiKey: AnyAPIHandler] = {
        var table: [ApiKey: AnyAPIHandler] = [:]
        func add<H: APIHandler>(_ handler: H.Type) { table[H.Request.apiKey] = AnyAPIHandler(handler) }
        add(ProduceHandler.self)
        add(FetchHandler.self)
        add(ListOffsetsHandler.self)
        add(MetadataHandler.self)
        add(ApiVersionsHandler.self)
        add(CreateTopicsHandler.self)
        add(DeleteTopicsHandler.self)
        add(DescribeClusterHandler.self)
        add(CreatePartitionsHandler.self)
        add(DeleteRecordsHandler.self)
        add(DescribeLogDirsHandler.self)
        add(InitProducerIdHandler.self)
        add(FindCoordinatorHandler.self)
        add(JoinGroupHandler.self)
        add(SyncGroupHandler.self)
        add(HeartbeatHandler.self)
        add(LeaveGroupHandler.self)
        add(OffsetCommitHandler.self)
        add(OffsetFetchHandler.self)
        add(ListGroupsHandler.self)
        add(DescribeGroupsHandler.self)
        add(DeleteGroupsHandler.self)
        add(OffsetDeleteHandler.self)
        add(ConsumerGroupHeartbeatHandler.self)
        add(ConsumerGroupDescribeHandler.self)
        add(DescribeConfigsHandler.self)
        add(AlterConfigsHandler.self)
        add(IncrementalAlterConfigsHandler.self)
        return table
    }()

    /// (key, min, max) for ApiVersions, in key order.
    static var advertisedVersions: [(ApiKey, ClosedRange<Int16>)] {
        self.handlers.map { ($0.key, $0.value.versions) }.sorted { $0.0.rawValue < $1.0.rawValue }
    }
}

/// A handler with its request type erased: decodes, handles, encodes.
struct AnyAPIHandler: Sendable {
    let versions: ClosedRange<Int16>
    let serve: @Sendable (RequestFrame, RequestContext) async throws -> EncodedResponse

    init<H: APIHandler>(_ handler: H.Type) {
        self.versions = H.versions
        self.serve = { frame, context in
            let request: H.Request = try frame.decodeBody()
            let result = try await H.handle(request, context: context)
            if case .deferred(let rest) = result {
                return .later {
                    let finished = try await rest()
                    if case .deferred = finished {
                        throw ResponseEncodingError(api: H.Request.apiKey, version: context.apiVersion, underlying: NestedDeferral())
                    }
                    return try Self.encodeOrExplain(finished, context: context)
                }
            }
            return try Self.encodeOrExplain(result, context: context)
        }
    }

    private static func encodeOrExplain<Response: KafkaResponse>(_ result: HandlerResult<Response>, context: RequestContext) throws -> EncodedResponse {
        do {
            return try Self.encode(result, context: context)
        } catch {
            throw ResponseEncodingError(api: Response.apiKey, version: context.apiVersion, underlying: error)
        }
    }

    private struct NestedDeferral: Error {}

    private static func encode<Response: KafkaResponse>(_ result: HandlerResult<Response>, context: RequestContext) throws -> EncodedResponse {
        let version = context.apiVersion
        let headerVersion = Response.apiKey.responseHeaderVersion(apiVersion: version)
        switch result {
        case .noResponse:
            return .none
        case .deferred:
            throw NestedDeferral()
        case .response(let response):
            var buffer = ByteBuffer()
            buffer.writeInteger(Int32(0))
            var header = ResponseHeader()
            header.correlationId = context.header.correlationId
            try header.encode(into: &buffer, version: headerVersion)
            try response.encode(into: &buffer, version: version)
            buffer.setInteger(Int32(buffer.readableBytes - 4), at: buffer.readerIndex)
            return .parts([.byteBuffer(buffer)], release: nil)
        case .encodedBody(let parts, let byteCount, let release):
            var buffer = ByteBuffer()
            buffer.writeInteger(Int32(0))
            var header = ResponseHeader()
            header.correlationId = context.header.correlationId
            do {
                try header.encode(into: &buffer, version: headerVersion)
            } catch {
                release()
                throw error
            }
            buffer.setInteger(Int32(buffer.readableBytes - 4 + byteCount), at: buffer.readerIndex)
            return .parts([.byteBuffer(buffer)] + parts, release: release)
        }
    }
}

/// A handler built a response its version cannot carry: a broker bug, logged as such.
struct ResponseEncodingError: Error, CustomStringConvertible {
    let api: ApiKey
    let version: Int16
    let underlying: any Error

    var description: String { "cannot encode the \(self.api) v\(self.version) response: \(self.underlying)" }
}

/// A whole response frame ready to write, or nothing to write.
enum EncodedResponse: Sendable {
    case none
    case parts([IOData], release: (@Sendable () -> Void)?)
    /// Finished after the request's ordered part; see `HandlerResult.deferred`.
    case later(@Sendable () async throws -> EncodedResponse)
}
