import SluiceProtocol

/// The fields of a ConsumerGroupHeartbeat response, as the group state machine decides them.
public struct ConsumerGroupHeartbeatOutcome: Sendable, Equatable {
    public var error: ErrorCode
    public var errorMessage: String?
    public var memberId: String?
    public var memberEpoch: Int32
    public var heartbeatIntervalMs: Int32
    /// Sent on a full request (joining, or all of rebalance timeout, subscription and owned
    /// partitions present) and whenever the member's assigned partitions changed; nil otherwise.
    public var assignment: MemberAssignment?

    public init(memberId: String, memberEpoch: Int32, heartbeatIntervalMs: Int32, assignment: MemberAssignment? = nil) {
        self.error = .noError
        self.errorMessage = nil
        self.memberId = memberId
        self.memberEpoch = memberEpoch
        self.heartbeatIntervalMs = heartbeatIntervalMs
        self.assignment = assignment
    }

    public static func failure(_ error: ErrorCode, _ message: String) -> Self {
        var outcome = Self(memberId: "", memberEpoch: 0, heartbeatIntervalMs: 0)
        outcome.memberId = nil
        outcome.error = error
        outcome.errorMessage = message
        return outcome
    }

    public var response: ConsumerGroupHeartbeatResponse {
        var response = ConsumerGroupHeartbeatResponse()
        response.errorCode = self.error.rawValue
        response.errorMessage = self.errorMessage
        response.memberId = self.memberId
        response.memberEpoch = self.memberEpoch
        response.heartbeatIntervalMs = self.heartbeatIntervalMs
        if let assignment = self.assignment {
            var wire = ConsumerGroupHeartbeatResponse.Assignment()
            wire.topicPartitions = assignment.topicPartitions
            response.assignment = wire
        }
        return response
    }
}

/// A heartbeat failure: Kafka's error code and its message.
struct ConsumerGroupHeartbeatError: Error {
    var code: ErrorCode
    var message: String

    init(_ code: ErrorCode, _ message: String) {
        self.code = code
        self.message = message
    }
}
