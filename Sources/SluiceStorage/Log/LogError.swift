import SluiceProtocol

/// A request the log refuses for a reason a client can act on (as opposed to `StorageError`,
/// which means the disk failed and the log went offline). Carries the Kafka error code the broker
/// answers with.
public struct LogError: Error, Sendable, Hashable, CustomStringConvertible {
    private enum Kind: Sendable, Hashable {
        case offsetOutOfRange
        case messageTooLarge
        case recordListTooLarge
        case invalidRequest
        case inconsistentTopicId
        case invalidConfig
        case producerState(ErrorCode)
    }

    private let kind: Kind
    private let detail: String

    private init(_ kind: Kind, _ detail: String) {
        self.kind = kind
        self.detail = detail
    }

    /// The offset lies below `logStartOffset` or above `logEndOffset` (or above the high watermark
    /// for DeleteRecords): `OFFSET_OUT_OF_RANGE`.
    public static func offsetOutOfRange(_ detail: String) -> LogError { LogError(.offsetOutOfRange, detail) }
    /// A batch is larger than `max.message.bytes`: `MESSAGE_TOO_LARGE` (Kafka's RecordTooLargeException).
    public static func messageTooLarge(_ detail: String) -> LogError { LogError(.messageTooLarge, detail) }
    /// The batches together are larger than `segment.bytes`: `RECORD_LIST_TOO_LARGE`.
    public static func recordListTooLarge(_ detail: String) -> LogError { LogError(.recordListTooLarge, detail) }
    /// The call's arguments make no sense (an empty append): `INVALID_REQUEST`.
    public static func invalidRequest(_ detail: String) -> LogError { LogError(.invalidRequest, detail) }

    /// `partition.metadata` names another topic id than the one given: `INCONSISTENT_TOPIC_ID`
    /// (the directory belongs to a deleted topic of the same name).
    public static func inconsistentTopicId(_ detail: String) -> LogError { LogError(.inconsistentTopicId, detail) }

    /// A topic config value does not parse or is out of range: `INVALID_CONFIG`.
    public static func invalidConfig(_ detail: String) -> LogError { LogError(.invalidConfig, detail) }

    /// Producer state refused a batch (`ProducerStateManager.validate`): `code` is
    /// `INVALID_PRODUCER_EPOCH`, `OUT_OF_ORDER_SEQUENCE_NUMBER`, `INVALID_TXN_STATE`,
    /// `TRANSACTION_COORDINATOR_FENCED` or `INVALID_RECORD`.
    public static func producerState(_ code: ErrorCode, _ detail: String) -> LogError { LogError(.producerState(code), detail) }
    /// An idempotent producer's batch does not follow its last sequence: `OUT_OF_ORDER_SEQUENCE_NUMBER`.
    public static func outOfOrderSequence(_ detail: String) -> LogError { LogError(.producerState(.outOfOrderSequenceNumber), detail) }
    /// A producer wrote with an epoch older than its current one: `INVALID_PRODUCER_EPOCH`.
    public static func invalidProducerEpoch(_ detail: String) -> LogError { LogError(.producerState(.invalidProducerEpoch), detail) }

    public var errorCode: ErrorCode {
        switch self.kind {
        case .producerState(let code): code
        case .offsetOutOfRange: .offsetOutOfRange
        case .messageTooLarge: .messageTooLarge
        case .recordListTooLarge: .recordListTooLarge
        case .invalidRequest: .invalidRequest
        case .inconsistentTopicId: .inconsistentTopicId
        case .invalidConfig: .invalidConfig
        }
    }

    public var message: String { self.detail }
    public var description: String { "\(self.errorCode): \(self.detail)" }
}
