import SluiceProtocol

/// A failure of a client call, with a message a person can act on.
///
/// `code` is the Kafka error code the broker answered with, or the code closest to a local failure
/// (`NETWORK_EXCEPTION` for a lost connection, `REQUEST_TIMED_OUT` for a timeout), so callers can
/// switch on Kafka's vocabulary whichever side failed.
public struct KafkaClientError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        /// The broker answered with a non-zero error code.
        case broker
        /// No TCP connection could be made to the broker.
        case connectionFailed
        /// The connection closed or broke while requests were in flight.
        case connectionClosed
        /// No response arrived within the request timeout.
        case timeout
        /// The broker's bytes could not be read as the response the request asked for.
        case protocolViolation
        /// No API version both sides support.
        case unsupportedVersion
        /// The caller asked for something invalid before anything was sent.
        case invalidArgument
        /// The client was closed.
        case closed
    }

    public let kind: Kind
    public let code: ErrorCode?
    public let message: String

    public init(_ kind: Kind, code: ErrorCode? = nil, _ message: String) {
        self.kind = kind
        self.code = code
        self.message = message
    }

    /// A broker error code with the broker's message, or a message for the code when the broker
    /// sent none.
    public static func broker(_ code: ErrorCode, _ message: String? = nil, context: String? = nil) -> KafkaClientError {
        var text = message.flatMap { $0.isEmpty ? nil : $0 } ?? code.defaultMessage
        if let context { text = "\(context): \(text)" }
        return KafkaClientError(.broker, code: code, text)
    }

    public static func invalidArgument(_ message: String) -> KafkaClientError {
        KafkaClientError(.invalidArgument, message)
    }

    /// True when retrying the same call may succeed (Kafka's `RetriableException`).
    public var isRetriable: Bool {
        switch self.kind {
        case .broker: self.code?.isRetriable ?? false
        case .connectionClosed, .timeout, .connectionFailed: true
        default: false
        }
    }

    /// `message (CODE_NAME)`, the form the CLI prints.
    public var description: String {
        guard let code else { return self.message }
        return "\(self.message) (\(code.name))"
    }
}

extension ErrorCode {
    /// A short lower-case explanation for codes a broker often returns without a message.
    var defaultMessage: String {
        switch self {
        case .topicAlreadyExists: "topic already exists"
        case .unknownTopicOrPartition: "topic or partition does not exist"
        case .unknownTopicId: "topic id does not exist"
        case .invalidPartitions: "invalid number of partitions"
        case .invalidReplicationFactor: "invalid replication factor"
        case .invalidConfig: "invalid configuration"
        case .invalidTopicException: "invalid topic name"
        case .offsetOutOfRange: "offset is out of range"
        case .notLeaderOrFollower: "broker is not the partition's leader"
        case .leaderNotAvailable: "partition has no leader"
        case .messageTooLarge: "record batch is larger than the topic accepts"
        case .requestTimedOut: "request timed out"
        case .unsupportedVersion: "API version not supported"
        case .topicAuthorizationFailed: "not authorized to access the topic"
        case .clusterAuthorizationFailed: "not authorized for the cluster"
        case .policyViolation: "request violates the broker's policy"
        case .topicDeletionDisabled: "topic deletion is disabled"
        case .invalidRequest: "invalid request"
        case .unsupportedCompressionType: "compression type not supported"
        default: self.name.lowercased().replacingOccurrences(of: "_", with: " ")
        }
    }
}

extension String {
    fileprivate func replacingOccurrences(of target: Character, with replacement: Character) -> String {
        String(self.map { $0 == target ? replacement : $0 })
    }
}
