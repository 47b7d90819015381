import SluiceProtocol

/// One classic-protocol consumer group (Kafka's `ClassicGroup` and the classic half of its
/// `GroupMetadataManager`) as a value: every operation takes `now` (ms) and returns the actions
/// the caller performs (answers to waiting requests, metadata to store). No I/O, no timers of its
/// own: the caller calls `tick(now:)` often enough (every few hundred ms at most).
///
/// Invariants: every token handed to `join`/`sync` is answered exactly once; a member awaits at
/// most one JoinGroup and one SyncGroup; `leaderId` is a member while the group has members;
/// `staticMembers` maps each static member's instance id to its current member id.
/// Not thread-safe: the coordinator owns it under a lock.
public struct ClassicGroupState: Sendable {
    struct Member: Sendable {
        var memberId: String
        var groupInstanceId: String?
        var clientId: String
        var clientHost: String
        var rebalanceTimeoutMs: Int32
        var sessionTimeoutMs: Int32
        var protocolType: String
        var protocols: [ClassicGroupProtocol]
        var assignment: [UInt8] = []
        /// The JoinGroup this member waits on (it "awaits join").
        var joinToken: ClassicGroupToken?
        /// The SyncGroup this member waits on.
        var syncToken: ClassicGroupToken?
        /// Joined in the current rebalance and not yet told its generation.
        var isNew = false
        /// When the member's session (or, while new, its join) expires; nil when no timer runs.
        var heartbeatDeadline: Int64?

        func metadata(for protocolName: String?) -> [UInt8] {
            guard let protocolName else { return [] }
            return self.protocols.first { $0.name == protocolName }?.metadata ?? []
        }

        /// Members waiting in a rebalance count as alive; otherwise the next heartbeat was due.
        var hasSatisfiedHeartbeat: Bool {
            if self.isNew { return false }
            return self.joinToken != nil || self.syncToken != nil
        }
    }

    enum JoinTimer: Sendable, Hashable {
        /// `group.initial.rebalance.delay.ms` of an empty group's first rebalance.
        case initialDelay(deadline: Int64, delayMs: Int64, remainingMs: Int64)
        /// The rebalance timeout (largest of the members').
        case rebalance(deadline: Int64)

        var deadline: Int64 {
            switch self {
            case .initialDelay(let deadline, _, _), .rebalance(let deadline): deadline
            }
        }
    }

    public let groupId: String
    public let config: ClassicGroupConfig
    public internal(set) var phase: ClassicGroupPhase = .empty
    var previousPhase: ClassicGroupPhase = .empty
    public internal(set) var generationId: Int32 = 0
    public internal(set) var protocolType: String?
    public internal(set) var protocolName: String?
    public internal(set) var leaderId: String?
    public internal(set) var currentStateTimestamp: Int64

    var members: [String: Member] = [:]
    /// Member ids in joining order (deterministic iteration and leader hand-over).
    var order: [String] = []
    var staticMembers: [String: String] = [:]
    /// KIP-394: ids handed out with MEMBER_ID_REQUIRED, with the deadline for their rejoin.
    var pendingMembers: [String: Int64] = [:]
    /// Members told their generation that have not sent SyncGroup yet.
    var pendingSyncMembers: Set<String> = []
    var newMemberAdded = false
    var joinTimer: JoinTimer?
    var syncDeadline: Int64?
    var outbox: [ClassicGroupAction] = []

    public init(groupId: String, config: ClassicGroupConfig = ClassicGroupConfig(), now: Int64) {
        self.groupId = groupId
        self.config = config
        self.currentStateTimestamp = now
    }

    /// A group read back from `__consumer_offsets`: Stable with its members (each given a fresh
    /// session), or Empty.
    public init(groupId: String, stored: StoredGroupMetadata, config: ClassicGroupConfig = ClassicGroupConfig(), now: Int64) {
        self.init(groupId: groupId, config: config, now: now)
        self.generationId = stored.generation
        self.protocolType = stored.protocolType.isEmpty && stored.members.isEmpty ? nil : stored.protocolType
        self.protocolName = stored.protocolName
        for storedMember in stored.members where self.members[storedMember.memberId] == nil {
            var member = Member(
                memberId: storedMember.memberId, groupInstanceId: storedMember.groupInstanceId, clientId: storedMember.clientId,
                clientHost: storedMember.clientHost, rebalanceTimeoutMs: storedMember.rebalanceTimeoutMs,
                sessionTimeoutMs: storedMember.sessionTimeoutMs, protocolType: stored.protocolType,
                protocols: [ClassicGroupProtocol(name: self.protocolName ?? "", metadata: storedMember.subscription)],
                assignment: storedMember.assignment)
            member.heartbeatDeadline = now + Int64(storedMember.sessionTimeoutMs)
            self.members[member.memberId] = member
            self.order.append(member.memberId)
            if let instanceId = member.groupInstanceId { self.staticMembers[instanceId] = member.memberId }
        }
        if self.order.isEmpty {
            self.phase = .empty
        } else {
            self.phase = .stable
            self.leaderId = stored.leader.flatMap { self.members[$0] != nil ? $0 : nil } ?? self.order.first
        }
        self.currentStateTimestamp = stored.currentStateTimestamp
    }

    // MARK: - Queries

    public var memberCount: Int { self.order.count }
    public var memberIds: [String] { self.order }
    public var pendingMemberIds: Set<String> { Set(self.pendingMembers.keys) }
    public func hasMember(_ memberId: String) -> Bool { self.members[memberId] != nil }
    public func assignment(of memberId: String) -> [UInt8]? { self.members[memberId]?.assignment }
    public func memberId(ofInstance groupInstanceId: String) -> String? { self.staticMembers[groupInstanceId] }

    /// The largest rebalance timeout of the members (0 without members).
    var rebalanceTimeoutMs: Int64 { Int64(self.members.values.map(\.rebalanceTimeoutMs).max() ?? 0) }

    var awaitingJoinCount: Int { self.members.values.count { $0.joinToken != nil } }

    var hasAllMembersJoined: Bool { self.awaitingJoinCount == self.members.count && self.pendingMembers.isEmpty }

    /// The earliest time at which `tick` has something to do.
    public var nextDeadline: Int64? {
        var deadlines = self.members.values.compactMap(\.heartbeatDeadline) + Array(self.pendingMembers.values)
        if let joinTimer { deadlines.append(joinTimer.deadline) }
        if let syncDeadline { deadlines.append(syncDeadline) }
        return deadlines.min()
    }

    /// Whether a member with these protocols could join: an empty group takes any non-empty list of
    /// a non-empty type; otherwise the type must match and one protocol must be one every member
    /// supports.
    func supportsProtocols(type: String, protocols: [ClassicGroupProtocol]) -> Bool {
        if self.phase == .empty || self.members.isEmpty {
            return !type.isEmpty && !protocols.isEmpty
        }
        guard self.protocolType == type else { return false }
        let common = self.commonProtocols()
        return protocols.contains { common.contains($0.name) }
    }

    /// Protocols every member supports.
    func commonProtocols() -> Set<String> {
        var common: Set<String>?
        for id in self.order {
            guard let member = self.members[id] else { continue }
            let names = Set(member.protocols.map(\.name))
            common = common.map { $0.intersection(names) } ?? names
        }
        return common ?? []
    }

    /// Kafka's vote: among the protocols every member supports, each member votes for the first in
    /// its own preference order; most votes wins. Ties go to the leader's (then the first member's)
    /// preference order, so the choice is deterministic.
    func selectProtocol() -> String? {
        let candidates = self.commonProtocols()
        guard !candidates.isEmpty else { return nil }
        var votes: [String: Int] = [:]
        for id in self.order {
            guard let member = self.members[id], let vote = member.protocols.first(where: { candidates.contains($0.name) }) else { continue }
            votes[vote.name, default: 0] += 1
        }
        let tieOrder = (self.leaderId.flatMap { self.members[$0] } ?? self.order.first.flatMap { self.members[$0] })?.protocols.map(\.name) ?? []
        let best = votes.values.max() ?? 0
        return tieOrder.first { votes[$0] == best } ?? votes.first { $0.value == best }?.key
    }

    /// Kafka's `validateMember`: a static member must present the member id its instance id has now.
    func validateMember(_ memberId: String, groupInstanceId: String?) -> ErrorCode? {
        if let groupInstanceId {
            guard let existing = self.staticMembers[groupInstanceId] else { return .unknownMemberId }
            return existing == memberId ? nil : .fencedInstanceId
        }
        return self.members[memberId] == nil ? .unknownMemberId : nil
    }

    /// The group's metadata as `__consumer_offsets` keeps it.
    public var storedMetadata: StoredGroupMetadata {
        StoredGroupMetadata(
            protocolType: self.protocolType ?? "", generation: self.generationId, protocolName: self.protocolName,
            leader: self.leaderId, currentStateTimestamp: self.currentStateTimestamp,
            members: self.order.compactMap { id in
                guard let member = self.members[id] else { return nil }
                return StoredGroupMetadata.Member(
                    memberId: member.memberId, groupInstanceId: member.groupInstanceId, clientId: member.clientId,
                    clientHost: member.clientHost, rebalanceTimeoutMs: member.rebalanceTimeoutMs,
                    sessionTimeoutMs: member.sessionTimeoutMs, subscription: member.metadata(for: self.protocolName),
                    assignment: member.assignment)
            })
    }

    /// The members as the leader's JoinGroup response lists them.
    func joinResponseMembers() -> [ClassicJoinResponse.Member] {
        self.order.compactMap { id in
            guard let member = self.members[id] else { return nil }
            return ClassicJoinResponse.Member(memberId: id, groupInstanceId: member.groupInstanceId, metadata: member.metadata(for: self.protocolName))
        }
    }

    /// A successful JoinGroup answer for `memberId` in the current generation.
    func joinResponse(for memberId: String, leader: String? = nil, skipAssignment: Bool = false) -> ClassicJoinResponse {
        var response = ClassicJoinResponse(errorCode: .noError, memberId: memberId)
        response.generationId = self.generationId
        response.protocolType = self.protocolType
        response.protocolName = self.protocolName
        let leader = leader ?? self.leaderId
        response.leader = leader ?? ""
        response.skipAssignment = skipAssignment
        if self.leaderId == memberId { response.members = self.joinResponseMembers() }
        return response
    }

    // MARK: - Internal transitions

    mutating func drainOutbox() -> [ClassicGroupAction] {
        defer { self.outbox.removeAll() }
        return self.outbox
    }

    mutating func transition(to phase: ClassicGroupPhase, now: Int64) {
        self.previousPhase = self.phase
        self.phase = phase
        self.currentStateTimestamp = now
    }

    mutating func rescheduleHeartbeat(_ memberId: String, now: Int64, timeoutMs: Int32? = nil) {
        guard let member = self.members[memberId] else { return }
        self.members[memberId]?.heartbeatDeadline = now + Int64(timeoutMs ?? member.sessionTimeoutMs)
    }

    mutating func add(_ member: Member) {
        if self.members.isEmpty { self.protocolType = member.protocolType }
        if self.leaderId == nil { self.leaderId = member.memberId }
        self.members[member.memberId] = member
        self.order.append(member.memberId)
        if let instanceId = member.groupInstanceId { self.staticMembers[instanceId] = member.memberId }
        self.pendingMembers[member.memberId] = nil
    }

    /// Removes a member without answering it or rebalancing.
    mutating func remove(_ memberId: String) {
        guard let member = self.members.removeValue(forKey: memberId) else { return }
        self.order.removeAll { $0 == memberId }
        if let instanceId = member.groupInstanceId, self.staticMembers[instanceId] == memberId { self.staticMembers[instanceId] = nil }
        self.pendingSyncMembers.remove(memberId)
        if self.leaderId == memberId { self.leaderId = self.order.first }
    }

    /// Answers a member's waiting requests with `error` and removes it.
    mutating func removeAndAnswer(_ memberId: String, error: ErrorCode) {
        guard let member = self.members[memberId] else { return }
        if let token = member.joinToken { self.outbox.append(.joinResponse(token, ClassicJoinResponse(errorCode: error, memberId: memberId))) }
        if let token = member.syncToken { self.outbox.append(.syncResponse(token, ClassicSyncResponse(errorCode: error))) }
        self.remove(memberId)
    }

    /// A member left or its session expired (Kafka's `removeMemberAndUpdateClassicGroup`).
    mutating func removeMemberAndUpdateGroup(_ memberId: String, now: Int64) {
        self.removeAndAnswer(memberId, error: .unknownMemberId)
        switch self.phase {
        case .stable, .completingRebalance: self.prepareRebalance(now: now)
        case .preparingRebalance: self.maybeCompleteJoinPhase(now: now)
        case .empty, .dead: break
        }
    }

    mutating func maybePrepareRebalanceOrCompleteJoin(now: Int64) {
        switch self.phase {
        case .stable, .completingRebalance, .empty: self.prepareRebalance(now: now)
        case .preparingRebalance, .dead: self.maybeCompleteJoinPhase(now: now)
        }
    }

    mutating func prepareRebalance(now: Int64) {
        if self.phase == .completingRebalance { self.resetAndPropagateAssignment(error: .rebalanceInProgress, now: now) }
        self.syncDeadline = nil
        let isInitialRebalance = self.phase == .empty
        self.transition(to: .preparingRebalance, now: now)
        if isInitialRebalance {
            let delay = Int64(self.config.initialRebalanceDelayMs)
            self.joinTimer = .initialDelay(deadline: now + delay, delayMs: delay, remainingMs: max(self.rebalanceTimeoutMs - delay, 0))
        } else {
            self.joinTimer = .rebalance(deadline: now + self.rebalanceTimeoutMs)
            self.maybeCompleteJoinPhase(now: now)
        }
    }

    mutating func maybeCompleteJoinPhase(now: Int64) {
        if self.phase == .preparingRebalance, self.hasAllMembersJoined, self.previousPhase != .empty {
            self.completeJoin(now: now)
        }
    }

    /// The leader must be a member that rejoined; false when none did (the old leader stays).
    mutating func maybeElectNewJoinedLeader() -> Bool {
        guard let leaderId, let leader = self.members[leaderId] else { return false }
        if leader.joinToken != nil { return true }
        guard let joined = self.order.first(where: { self.members[$0]?.joinToken != nil }) else { return false }
        self.leaderId = joined
        return true
    }

    mutating func completeJoin(now: Int64) {
        self.joinTimer = nil
        guard self.phase == .preparingRebalance else { return }
        // Dynamic members that did not rejoin are gone; static ones stay until their session ends.
        for id in self.order {
            if let member = self.members[id], member.joinToken == nil, member.groupInstanceId == nil { self.remove(id) }
        }
        if !self.maybeElectNewJoinedLeader() && !self.members.isEmpty {
            // Nobody rejoined: wait another rebalance timeout for sessions to clear the group.
            self.joinTimer = .rebalance(deadline: now + self.rebalanceTimeoutMs)
            return
        }
        self.generationId &+= 1
        self.pendingSyncMembers = []
        if self.members.isEmpty {
            self.protocolName = nil
            self.transition(to: .empty, now: now)
            self.outbox.append(.storeGroup(self.groupId, self.storedMetadata))
            return
        }
        self.protocolName = self.selectProtocol()
        self.transition(to: .completingRebalance, now: now)
        for id in self.order {
            guard var member = self.members[id] else { continue }
            if let token = member.joinToken {
                member.joinToken = nil
                self.members[id] = member
                self.outbox.append(.joinResponse(token, self.joinResponse(for: id)))
            }
            self.members[id]?.isNew = false
            self.rescheduleHeartbeat(id, now: now)
            self.pendingSyncMembers.insert(id)
        }
        self.syncDeadline = now + self.rebalanceTimeoutMs
    }

    /// Answers every waiting SyncGroup with its member's assignment (or only `error`).
    mutating func propagateAssignment(error: ErrorCode, now: Int64) {
        for id in self.order {
            guard let member = self.members[id], let token = member.syncToken else { continue }
            self.members[id]?.syncToken = nil
            let response = ClassicSyncResponse(
                errorCode: error, protocolType: self.protocolType, protocolName: self.protocolName,
                assignment: error == .noError ? member.assignment : [])
            self.outbox.append(.syncResponse(token, response))
            self.rescheduleHeartbeat(id, now: now)
        }
    }

    mutating func resetAndPropagateAssignment(error: ErrorCode, now: Int64) {
        for id in self.order { self.members[id]?.assignment = [] }
        self.propagateAssignment(error: error, now: now)
    }
}
