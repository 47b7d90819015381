import SluiceProtocol

/// Settings of the classic group protocol, named as Kafka names them.
public struct ClassicGroupConfig: Sendable, Hashable {
    /// `group.min.session.timeout.ms`: shorter session timeouts are refused (INVALID_SESSION_TIMEOUT).
    public var minSessionTimeoutMs: Int32 = 6000
    /// `group.max.session.timeout.ms`.
    public var maxSessionTimeoutMs: Int32 = 1_800_000
    /// `group.max.size`: joins beyond it get GROUP_MAX_SIZE_REACHED.
    public var maxSize: Int = Int(Int32.max)
    /// `group.initial.rebalance.delay.ms`: how long the first rebalance of an empty group waits for
    /// more members (extended by each new member, up to the rebalance timeout).
    public var initialRebalanceDelayMs: Int32 = 3000
    /// How long a new member's JoinGroup may wait before the member is dropped (Kafka's internal
    /// `group.new.member.join.timeout.ms`, five minutes).
    public var newMemberJoinTimeoutMs: Int32 = 300_000

    public init() {}
}

/// A classic group's state, named as Kafka prints it in DescribeGroups and ListGroups.
public enum ClassicGroupPhase: String, Sendable, Hashable, CaseIterable {
    case empty = "Empty"
    case preparingRebalance = "PreparingRebalance"
    case completingRebalance = "CompletingRebalance"
    case stable = "Stable"
    case dead = "Dead"
}

/// Identifies one waiting JoinGroup or SyncGroup request; the coordinator hands them out and the
/// state machine answers each token exactly once.
public typealias ClassicGroupToken = UInt64

/// One protocol a member supports (an assignor for consumers); metadata is opaque to the broker.
public struct ClassicGroupProtocol: Sendable, Hashable {
    public var name: String
    public var metadata: [UInt8]

    public init(name: String, metadata: [UInt8]) {
        self.name = name
        self.metadata = metadata
    }
}

/// A JoinGroup as the state machine sees it.
public struct ClassicJoinRequest: Sendable, Hashable {
    /// Empty for a member joining for the first time.
    public var memberId: String
    public var groupInstanceId: String?
    public var clientId: String
    public var clientHost: String
    public var sessionTimeoutMs: Int32
    /// JoinGroup v0 has none: pass the session timeout.
    public var rebalanceTimeoutMs: Int32
    public var protocolType: String
    /// In the member's order of preference.
    public var protocols: [ClassicGroupProtocol]
    /// True from JoinGroup v4 (KIP-394): an unknown member first gets MEMBER_ID_REQUIRED.
    public var requireKnownMemberId: Bool

    public init(
        memberId: String = "", groupInstanceId: String? = nil, clientId: String, clientHost: String = "/127.0.0.1",
        sessionTimeoutMs: Int32 = 10_000, rebalanceTimeoutMs: Int32 = 300_000, protocolType: String = "consumer",
        protocols: [ClassicGroupProtocol], requireKnownMemberId: Bool = true
    ) {
        self.memberId = memberId
        self.groupInstanceId = groupInstanceId
        self.clientId = clientId
        self.clientHost = clientHost
        self.sessionTimeoutMs = sessionTimeoutMs
        self.rebalanceTimeoutMs = rebalanceTimeoutMs
        self.protocolType = protocolType
        self.protocols = protocols
        self.requireKnownMemberId = requireKnownMemberId
    }
}

/// A JoinGroup answer. Only the leader gets `members` (with their metadata for the chosen protocol).
public struct ClassicJoinResponse: Sendable, Hashable {
    public struct Member: Sendable, Hashable {
        public var memberId: String
        public var groupInstanceId: String?
        public var metadata: [UInt8]

        public init(memberId: String, groupInstanceId: String?, metadata: [UInt8]) {
            self.memberId = memberId
            self.groupInstanceId = groupInstanceId
            self.metadata = metadata
        }
    }

    public var errorCode: ErrorCode
    public var generationId: Int32 = -1
    public var protocolType: String?
    public var protocolName: String?
    public var leader: String = ""
    /// KIP-814: a static leader rejoining a Stable group must not compute a new assignment.
    public var skipAssignment: Bool = false
    public var memberId: String = ""
    public var members: [Member] = []

    public init(errorCode: ErrorCode, memberId: String = "") {
        self.errorCode = errorCode
        self.memberId = memberId
    }
}

/// A SyncGroup as the state machine sees it.
public struct ClassicSyncRequest: Sendable, Hashable {
    public var memberId: String
    public var groupInstanceId: String?
    public var generationId: Int32
    /// v5+; nil when the client sent none.
    public var protocolType: String?
    public var protocolName: String?
    /// Only the leader sends assignments; members it leaves out get an empty one.
    public var assignments: [String: [UInt8]]

    public init(memberId: String, groupInstanceId: String? = nil, generationId: Int32, protocolType: String? = nil, protocolName: String? = nil, assignments: [String: [UInt8]] = [:]) {
        self.memberId = memberId
        self.groupInstanceId = groupInstanceId
        self.generationId = generationId
        self.protocolType = protocolType
        self.protocolName = protocolName
        self.assignments = assignments
    }
}

public struct ClassicSyncResponse: Sendable, Hashable {
    public var errorCode: ErrorCode
    public var protocolType: String?
    public var protocolName: String?
    public var assignment: [UInt8]

    public init(errorCode: ErrorCode, protocolType: String? = nil, protocolName: String? = nil, assignment: [UInt8] = []) {
        self.errorCode = errorCode
        self.protocolType = protocolType
        self.protocolName = protocolName
        self.assignment = assignment
    }
}

/// One member of a LeaveGroup (v3+ batches them; an empty member id with an instance id removes
/// that static member, as admin tools do).
public struct ClassicLeaveMember: Sendable, Hashable {
    public var memberId: String
    public var groupInstanceId: String?

    public init(memberId: String, groupInstanceId: String? = nil) {
        self.memberId = memberId
        self.groupInstanceId = groupInstanceId
    }
}

public struct ClassicLeaveMemberResult: Sendable, Hashable {
    public var memberId: String
    public var groupInstanceId: String?
    public var errorCode: ErrorCode

    public init(memberId: String, groupInstanceId: String?, errorCode: ErrorCode) {
        self.memberId = memberId
        self.groupInstanceId = groupInstanceId
        self.errorCode = errorCode
    }
}

/// What the caller of the state machine must do.
public enum ClassicGroupAction: Sendable, Hashable {
    /// Answer the JoinGroup waiting under the token.
    case joinResponse(ClassicGroupToken, ClassicJoinResponse)
    /// Answer the SyncGroup waiting under the token. Answers that follow a `storeGroup` in the same
    /// batch must be delivered only once the store is durable.
    case syncResponse(ClassicGroupToken, ClassicSyncResponse)
    /// Persist the group's metadata (`GroupStorage.storeGroup`); nil removes the group.
    case storeGroup(String, StoredGroupMetadata?)
}

/// A group as DescribeGroups shows it. Member metadata and assignments are only given while Stable
/// (and the protocol name is empty otherwise), as Kafka does.
public struct ClassicGroupDescription: Sendable, Hashable {
    public struct Member: Sendable, Hashable {
        public var memberId: String
        public var groupInstanceId: String?
        public var clientId: String
        public var clientHost: String
        public var metadata: [UInt8]
        public var assignment: [UInt8]

        public init(memberId: String, groupInstanceId: String?, clientId: String, clientHost: String, metadata: [UInt8], assignment: [UInt8]) {
            self.memberId = memberId
            self.groupInstanceId = groupInstanceId
            self.clientId = clientId
            self.clientHost = clientHost
            self.metadata = metadata
            self.assignment = assignment
        }
    }

    public var groupId: String
    public var state: ClassicGroupPhase
    public var protocolType: String
    public var protocolName: String
    public var members: [Member]

    public init(groupId: String, state: ClassicGroupPhase, protocolType: String, protocolName: String, members: [Member]) {
        self.groupId = groupId
        self.state = state
        self.protocolType = protocolType
        self.protocolName = protocolName
        self.members = members
    }
}

/// A group as ListGroups shows it.
public struct ClassicGroupListing: Sendable, Hashable {
    public var groupId: String
    public var protocolType: String
    public var state: ClassicGroupPhase

    public init(groupId: String, protocolType: String, state: ClassicGroupPhase) {
        self.groupId = groupId
        self.protocolType = protocolType
        self.state = state
    }
}
