import NIOCore
import SluiceProtocol

extension ClassicGroupState {
    /// The topics the members consume (Kafka's `subscribedTopics`), from the consumer protocol's
    /// subscriptions in their metadata for the group's protocol; nil when the group does not use
    /// the consumer protocol, has not chosen a protocol yet, or a subscription does not parse.
    public var consumerSubscribedTopics: Set<String>? {
        guard self.protocolType == "consumer", let protocolName = self.protocolName else { return nil }
        var topics = Set<String>()
        for member in self.members.values {
            guard let subscribed = Self.subscribedTopics(member.metadata(for: protocolName)) else { return nil }
            topics.formUnion(subscribed)
        }
        return topics
    }

    /// The topics of one consumer protocol subscription (any version: later versions' extra
    /// fields are ignored, as Kafka's consumer reads them).
    static func subscribedTopics(_ metadata: [UInt8]) -> [String]? {
        var buffer = ByteBuffer(bytes: metadata)
        guard let version = buffer.readInteger(endianness: .big, as: Int16.self), version >= 0 else { return nil }
        let clamped = min(version, ConsumerProtocolSubscription.validVersions.upperBound)
        return (try? ConsumerProtocolSubscription(from: &buffer, version: clamped))?.topics
    }

    /// Kafka's `offsetExpirationCondition` for a classic group: an Empty group's offsets expire
    /// `offsets.retention.minutes` after it became empty; a Stable consumer-protocol group's
    /// offsets of topics it no longer consumes, that long after their commit; a group without a
    /// protocol type (standalone consumers) expires by commit time too; any other group keeps
    /// its offsets. Nil: keep them all.
    public var offsetExpiry: OffsetExpiryRule? {
        guard let protocolType = self.protocolType, !protocolType.isEmpty else {
            return self.phase == .dead ? nil : OffsetExpiryRule(subscribedTopics: [], since: .commit)
        }
        switch self.phase {
        case .empty:
            return OffsetExpiryRule(subscribedTopics: [], since: .groupBecameEmpty(self.currentStateTimestamp))
        case .stable:
            return self.consumerSubscribedTopics.map { OffsetExpiryRule(subscribedTopics: $0, since: .commit) }
        case .preparingRebalance, .completingRebalance, .dead:
            return nil
        }
    }
}

/// Which of a group's committed offsets retention may remove, and from when it counts.
public struct OffsetExpiryRule: Sendable, Hashable {
    public enum Since: Sendable, Hashable {
        /// Each offset's commit timestamp.
        case commit
        /// When the group became empty (an offset with an older commit counts from there).
        case groupBecameEmpty(Int64)
    }

    /// Offsets of these topics are kept while the group consumes them.
    public var subscribedTopics: Set<String>
    public var since: Since

    public init(subscribedTopics: Set<String>, since: Since) {
        self.subscribedTopics = subscribedTopics
        self.since = since
    }

    /// Retention for groups known only by their offsets, and for KIP-848 groups (whose members'
    /// subscriptions keep their topics' offsets).
    public static let byCommitTime = OffsetExpiryRule(subscribedTopics: [], since: .commit)
}
