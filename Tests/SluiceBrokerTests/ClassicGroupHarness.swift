import SluiceBroker
import SluiceProtocol

/// Drives one `ClassicGroupState` with a fake clock and records every answer it gives.
struct ClassicGroupHarness {
    var group: ClassicGroupState
    var now: Int64 = 1_000
    var nextToken: ClassicGroupToken = 0
    var nextSuffix = 0
    var joins: [ClassicGroupToken: ClassicJoinResponse] = [:]
    var syncs: [ClassicGroupToken: ClassicSyncResponse] = [:]
    var stores: [StoredGroupMetadata?] = []
    /// Tokens answered more than once (must stay empty).
    var doubleAnswers: [ClassicGroupToken] = []

    init(config: ClassicGroupConfig = ClassicGroupConfig()) {
        self.group = ClassicGroupState(groupId: "g", config: config, now: 1_000)
    }

    static func protocols(_ names: [String] = ["range"], tag: UInt8 = 0) -> [ClassicGroupProtocol] {
        names.map { ClassicGroupProtocol(name: $0, metadata: Array($0.utf8) + [tag]) }
    }

    mutating func apply(_ actions: [ClassicGroupAction]) {
        for action in actions {
            switch action {
            case .joinResponse(let token, let response):
                if self.joins[token] != nil { self.doubleAnswers.append(token) }
                self.joins[token] = response
            case .syncResponse(let token, let response):
                if self.syncs[token] != nil { self.doubleAnswers.append(token) }
                self.syncs[token] = response
            case .storeGroup(_, let metadata):
                self.stores.append(metadata)
            }
        }
    }

    mutating func token() -> ClassicGroupToken {
        self.nextToken += 1
        return self.nextToken
    }

    /// Sends a JoinGroup; returns its token (look the answer up in `joins`).
    @discardableResult
    mutating func join(_ request: ClassicJoinRequest) -> ClassicGroupToken {
        let token = self.token()
        self.nextSuffix += 1
        self.apply(self.group.join(request, token: token, now: self.now, memberIdSuffix: "s\(self.nextSuffix)"))
        return token
    }

    /// KIP-394: joins with no member id, takes the MEMBER_ID_REQUIRED id, joins again with it.
    mutating func handshakeJoin(clientId: String, protocols: [ClassicGroupProtocol] = protocols(), sessionTimeoutMs: Int32 = 10_000, rebalanceTimeoutMs: Int32 = 60_000) -> (memberId: String, token: ClassicGroupToken) {
        var request = ClassicJoinRequest(clientId: clientId, sessionTimeoutMs: sessionTimeoutMs, rebalanceTimeoutMs: rebalanceTimeoutMs, protocols: protocols)
        let first = self.join(request)
        let memberId = self.joins[first]?.memberId ?? ""
        request.memberId = memberId
        return (memberId, self.join(request))
    }

    @discardableResult
    mutating func sync(_ request: ClassicSyncRequest) -> ClassicGroupToken {
        let token = self.token()
        self.apply(self.group.sync(request, token: token, now: self.now))
        return token
    }

    mutating func heartbeat(_ memberId: String, instance: String? = nil, generation: Int32? = nil) -> ErrorCode {
        self.group.heartbeat(memberId: memberId, groupInstanceId: instance, generationId: generation ?? self.group.generationId, now: self.now)
    }

    /// Moves the clock, ticking at every timer due on the way (as a fine-grained ticker would).
    mutating func advance(_ ms: Int64) {
        let target = self.now + ms
        var steps = 0
        while let deadline = self.group.nextDeadline, deadline <= target, steps < 10_000 {
            self.now = max(self.now, deadline)
            self.apply(self.group.tick(now: self.now))
            steps += 1
        }
        self.now = target
        self.apply(self.group.tick(now: self.now))
    }

    /// Two dynamic members A (leader) and B, joined, synced and Stable at generation 1.
    static func stableTwoMembers(config: ClassicGroupConfig = ClassicGroupConfig()) -> (ClassicGroupHarness, a: String, b: String) {
        var h = ClassicGroupHarness(config: config)
        let a = h.handshakeJoin(clientId: "a")
        let b = h.handshakeJoin(clientId: "b")
        h.advance(Int64(config.initialRebalanceDelayMs) * 2)
        let gen = h.group.generationId
        h.sync(ClassicSyncRequest(memberId: a.memberId, generationId: gen, assignments: [a.memberId: [1], b.memberId: [2]]))
        h.sync(ClassicSyncRequest(memberId: b.memberId, generationId: gen))
        return (h, a.memberId, b.memberId)
    }
}
