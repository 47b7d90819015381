// ApiVersions v0-4; v3 flexible and carries the client's software name and version.
// An unknown version is answered by the dispatcher at v0 with UNSUPPORTED_VERSION.

import SluiceProtocol

enum ApiVersionsHandler: APIHandler {
    typealias Request = ApiVersionsRequest
    static let versions: ClosedRange<Int16> = 0...4

    static func handle(_ request: ApiVersionsRequest, context: RequestContext) async throws -> HandlerResult<ApiVersionsResponse> {
        if context.apiVersion >= 3 {
            // Kafka checks the software name and version against [a-zA-Z0-9](?:[a-zA-Z0-9\-.]*[a-zA-Z0-9])?
            guard Self.isValidSoftwareField(request.clientSoftwareName), Self.isValidSoftwareField(request.clientSoftwareVersion) else {
                return .response(Self.response(errorCode: .invalidRequest))
            }
        }
        return .response(Self.response(errorCode: .noError))
    }

    static func response(errorCode: ErrorCode) -> ApiVersionsResponse {
        var response = ApiVersionsResponse()
        response.errorCode = errorCode.rawValue
        response.apiKeys = HandlerRegistry.advertisedVersions.map { key, range in
            var entry = ApiVersionsResponse.ApiVersion()
            entry.apiKey = key.rawValue
            entry.minVersion = range.lowerBound
            entry.maxVersion = range.upperBound
            return entry
        }
        return response
    }

    static func isValidSoftwareField(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard let first = bytes.first, let last = bytes.last else { return false }
        func alphanumeric(_ byte: UInt8) -> Bool {
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
        }
        return alphanumeric(first) && alphanumeric(last) && bytes.allSatisfy { alphanumeric($0) || $0 == 0x2D || $0 == 0x2E }
    }
}
