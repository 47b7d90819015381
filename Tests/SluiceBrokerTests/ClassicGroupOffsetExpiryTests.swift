import NIOCore
import SluiceProtocol
import Testing

@testable import SluiceBroker

/// Which offsets retention may remove from a classic group, as Kafka's classic groups decide.
@Suite struct ClassicGroupOffsetExpiryTests {
    static func subscription(_ topics: [String]) throws -> [UInt8] {
        var subscription = ConsumerProtocolSubscription()
        subscription.topics = topics
        var buffer = ByteBuffer()
        buffer.writeInteger(Int16(1), endianness: .big)
        try subscription.encode(into: &buffer, version: 1)
        return Array(buffer.readableBytesView)
    }

    @Test func aStableConsumerGroupKeepsTheOffsetsOfWhatItConsumes() throws {
        var h = ClassicGroupHarness()
        // A group with no protocol type yet is a standalone consumer's: by commit time.
        #expect(h.group.offsetExpiry == .byCommitTime)
        let a = h.handshakeJoin(clientId: "a", protocols: [ClassicGroupProtocol(name: "range", metadata: try Self.subscription(["t", "u"]))])
        let b = h.handshakeJoin(clientId: "b", protocols: [ClassicGroupProtocol(name: "range", metadata: try Self.subscription(["u", "v"]))])
        // While the group rebalances, nothing expires.
        #expect(h.group.offsetExpiry == nil)
        h.advance(6_000)
        h.sync(ClassicSyncRequest(memberId: a.memberId, generationId: 1, assignments: [a.memberId: [], b.memberId: []]))
        h.sync(ClassicSyncRequest(memberId: b.memberId, generationId: 1))
        #expect(h.group.phase == .stable)
        #expect(h.group.consumerSubscribedTopics == ["t", "u", "v"])
        #expect(h.group.offsetExpiry == OffsetExpiryRule(subscribedTopics: ["t", "u", "v"], since: .commit))

        // Once everyone has left, retention counts from when the group became empty.
        h.advance(500)
        let (_, actions) = h.group.leave([ClassicLeaveMember(memberId: a.memberId), ClassicLeaveMember(memberId: b.memberId)], now: h.now)
        h.apply(actions)
        #expect(h.group.phase == .empty)
        #expect(h.group.offsetExpiry == OffsetExpiryRule(subscribedTopics: [], since: .groupBecameEmpty(h.now)))
    }

    @Test func aGroupThatIsNotAConsumerGroupKeepsItsOffsetsWhileItHasMembers() {
        var h = ClassicGroupHarness()
        var request = ClassicJoinRequest(clientId: "connect", sessionTimeoutMs: 10_000, rebalanceTimeoutMs: 60_000, protocols: [ClassicGroupProtocol(name: "sessioned", metadata: [1])])
        request.protocolType = "connect"
        request.requireKnownMemberId = false
        h.join(request)
        h.advance(3_000)
        #expect(h.group.consumerSubscribedTopics == nil)
        #expect(h.group.offsetExpiry == nil)
    }
}
