import NIOCore

// Which header version goes with which API version. Request headers are v2 for flexible API
// versions and v1 otherwise (v0 only for ControlledShutdown v0). Response headers are v1 for
// flexible versions and v0 otherwise, except that ApiVersions responses always use v0 so that a
// client can read the reply whatever version it guessed.

extension ApiKey {
    public func requestHeaderVersion(apiVersion: Int16) -> Int16 {
        if self == .controlledShutdown && apiVersion == 0 { return 0 }
        return (self.requestType?.isFlexible(apiVersion) ?? false) ? 2 : 1
    }

    public func responseHeaderVersion(apiVersion: Int16) -> Int16 {
        if self == .apiVersions { return 0 }
        return (self.responseType?.isFlexible(apiVersion) ?? false) ? 1 : 0
    }
}

/// A request frame split into its header and the still-encoded body.
public struct RequestFrame: Sendable {
    public var header: RequestHeader
    /// The header's API key, if this code knows it.
    public var apiKey: ApiKey?
    /// The body, positioned after the header.
    public var body: ByteBuffer

    /// Reads the header of one frame (without its length prefix). The API key and version are
    /// peeked first to choose the header version; an unknown key is read with header v1.
    public init(frame: ByteBuffer) throws {
        var buffer = frame
        guard let rawKey = buffer.getInteger(at: buffer.readerIndex, endianness: .big, as: Int16.self),
              let rawVersion = buffer.getInteger(at: buffer.readerIndex + 2, endianness: .big, as: Int16.self)
        else {
            throw ProtocolError.truncated(needed: 4, available: buffer.readableBytes, context: "request header")
        }
        let apiKey = ApiKey(rawValue: rawKey)
        let headerVersion = apiKey?.requestHeaderVersion(apiVersion: rawVersion) ?? 1
        self.header = try RequestHeader(from: &buffer, version: headerVersion)
        self.apiKey = apiKey
        self.body = buffer
    }

    /// Decodes the body as `T` at the header's version.
    ///
    /// Bytes left over after the body are ignored, as Kafka's broker ignores them: librdkafka's
    /// all-topics Metadata request (v10+) writes a 4-byte null array where the compact form needs
    /// one byte, leaving three stray bytes that a strict reader would refuse.
    public func decodeBody<T: KafkaRequest>(as type: T.Type = T.self) throws -> T {
        var body = self.body
        return try T(from: &body, version: self.header.requestApiVersion)
    }
}

extension KafkaRequest {
    /// Encodes a whole request frame: length prefix, header at the right version, body.
    public func encodeFrame(version: Int16, correlationID: Int32, clientID: String?, into buffer: inout ByteBuffer) throws {
        let lengthIndex = buffer.writerIndex
        buffer.writeInteger(Int32(0))
        var header = RequestHeader()
        header.requestApiKey = Self.apiKey.rawValue
        header.requestApiVersion = version
        header.correlationId = correlationID
        header.clientId = clientID
        try header.encode(into: &buffer, version: Self.apiKey.requestHeaderVersion(apiVersion: version))
        try self.encode(into: &buffer, version: version)
        buffer.setInteger(Int32(buffer.writerIndex - lengthIndex - 4), at: lengthIndex, endianness: .big)
    }
}

extension KafkaResponse {
    /// Encodes a whole response frame: length prefix, header at the right version, body.
    public func encodeFrame(version: Int16, correlationID: Int32, into buffer: inout ByteBuffer) throws {
        let lengthIndex = buffer.writerIndex
        buffer.writeInteger(Int32(0))
        var header = ResponseHeader()
        header.correlationId = correlationID
        try header.encode(into: &buffer, version: Self.apiKey.responseHeaderVersion(apiVersion: version))
        try self.encode(into: &buffer, version: version)
        buffer.setInteger(Int32(buffer.writerIndex - lengthIndex - 4), at: lengthIndex, endianness: .big)
    }
}
