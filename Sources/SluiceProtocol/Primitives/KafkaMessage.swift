import NIOCore

/// A generated Kafka request or response body: one value type for every version of one message.
///
/// `decode` fills fields the version lacks with their defaults; `encode` throws when a field that
/// the version cannot carry holds a non-default value that Kafka marks as not ignorable.
public protocol KafkaMessage: Sendable, Equatable {
    static var apiKey: ApiKey { get }
    /// Versions the spec defines (`validVersions`).
    static var validVersions: ClosedRange<Int16> { get }
    /// First flexible version (compact encodings and tagged fields), or nil if none is.
    static var firstFlexibleVersion: Int16? { get }

    init()
    init(from buffer: inout ByteBuffer, version: Int16) throws
    func encode(into buffer: inout ByteBuffer, version: Int16) throws
}

extension KafkaMessage {
    @inlinable
    public static func isFlexible(_ version: Int16) -> Bool {
        guard let first = Self.firstFlexibleVersion else { return false }
        return version >= first
    }
}

public protocol KafkaRequest: KafkaMessage {
    associatedtype Response: KafkaResponse
}

public protocol KafkaResponse: KafkaMessage {}
