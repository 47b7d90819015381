import SluiceProtocol

/// Why a metadata change was refused, with the error code Kafka answers and a message a person
/// can act on.
public struct MetadataError: Error, Sendable, Hashable, CustomStringConvertible {
    public let errorCode: ErrorCode
    public let message: String

    public init(_ errorCode: ErrorCode, _ message: String) {
        self.errorCode = errorCode
        self.message = message
    }

    public static func topicAlreadyExists(_ name: String) -> MetadataError {
        MetadataError(.topicAlreadyExists, "Topic '\(name)' already exists.")
    }

    public static func unknownTopic(_ name: String) -> MetadataError {
        MetadataError(.unknownTopicOrPartition, "This server does not host this topic: \(name)")
    }

    public static func unknownTopicId(_ id: KafkaUUID) -> MetadataError {
        MetadataError(.unknownTopicId, "This server does not host a topic with id \(id)")
    }

    public static func invalidTopic(_ message: String) -> MetadataError {
        MetadataError(.invalidTopicException, message)
    }

    public static func invalidPartitions(_ message: String) -> MetadataError {
        MetadataError(.invalidPartitions, message)
    }

    public static func invalidReplicationFactor(_ message: String) -> MetadataError {
        MetadataError(.invalidReplicationFactor, message)
    }

    public static func storage(_ message: String) -> MetadataError {
        MetadataError(.kafkaStorageError, message)
    }

    public var description: String { "\(self.errorCode): \(self.message)" }
}
