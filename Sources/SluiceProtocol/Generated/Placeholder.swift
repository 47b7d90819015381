// Temporary until SluiceCodegen writes this folder.
import NIOCore

public struct RequestHeader: Sendable, Equatable {
    public var requestApiKey: Int16 = 0
    public var requestApiVersion: Int16 = 0
    public var correlationId: Int32 = 0
    public var clientId: String? = nil
    public var unknownTaggedFields: [TaggedField] = []
    public init() {}
    public init(from buffer: inout ByteBuffer, version: Int16) throws { fatalError() }
    public func encode(into buffer: inout ByteBuffer, version: Int16) throws { fatalError() }
}
public struct ResponseHeader: Sendable, Equatable {
    public var correlationId: Int32 = 0
    public var unknownTaggedFields: [TaggedField] = []
    public init() {}
    public init(from buffer: inout ByteBuffer, version: Int16) throws { fatalError() }
    public func encode(into buffer: inout ByteBuffer, version: Int16) throws { fatalError() }
}
extension ApiKey {
    public var requestType: (any KafkaRequest.Type)? { nil }
    public var responseType: (any KafkaResponse.Type)? { nil }
}
