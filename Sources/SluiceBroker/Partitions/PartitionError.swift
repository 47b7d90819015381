import SluiceCluster
import SluiceProtocol
import SluiceStorage

/// A partition-level failure answered with a Kafka error code.
public struct PartitionError: Error, Sendable, CustomStringConvertible {
    public let errorCode: ErrorCode
    public let message: String

    public init(_ errorCode: ErrorCode, _ message: String) {
        self.errorCode = errorCode
        self.message = message
    }

    public var description: String { "\(self.errorCode): \(self.message)" }
}

/// The Kafka error code and message for any error a partition operation throws. Storage
/// failures are KAFKA_STORAGE_ERROR; anything unexpected is UNKNOWN_SERVER_ERROR.
func kafkaError(for error: any Error) -> (code: ErrorCode, message: String) {
    switch error {
    case let error as PartitionError: (error.errorCode, error.message)
    case let error as LogError: (error.errorCode, error.message)
    case let error as RecordBatchValidationError: (error.errorCode, error.message)
    case let error as DurabilityError: (error.errorCode, "\(error)")
    case let error as StorageError: (.kafkaStorageError, "\(error)")
    case let error as MetadataError: (error.errorCode, error.message)
    default: (.unknownServerError, "\(error)")
    }
}
