import SluiceClient

/// Tables and JSON shapes of `sluice group`, kept apart from the commands so tests can check them.
enum GroupRendering {
    static func listTable(_ groups: [GroupListing]) -> String {
        Output.renderTable(
            ["GROUP", "TYPE", "STATE"],
            groups.map { [$0.groupId, $0.type.isEmpty ? "-" : $0.type, $0.state.isEmpty ? "-" : $0.state] }
        )
    }

    static func membersTable(_ group: GroupDescription) -> String {
        Output.renderTable(
            ["MEMBER-ID", "INSTANCE-ID", "CLIENT-ID", "HOST", "ASSIGNMENT"],
            group.members.map {
                [$0.memberId, $0.instanceId ?? "-", $0.clientId, $0.host, Self.assignment($0.assignment)]
            }
        )
    }

    /// `topic:0,1;other:3`, "-" for none, "?" when the assignment is not the consumer protocol's.
    static func assignment(_ partitions: [TopicPartition]?) -> String {
        guard let partitions else { return "?" }
        guard !partitions.isEmpty else { return "-" }
        var byTopic: [(String, [Int32])] = []
        for partition in partitions.sorted() {
            if let last = byTopic.last, last.0 == partition.topic {
                byTopic[byTopic.count - 1].1.append(partition.partition)
            } else {
                byTopic.append((partition.topic, [partition.partition]))
            }
        }
        return byTopic.map { "\($0.0):\($0.1.commaSeparated)" }.joined(separator: ";")
    }

    static func lagTable(group: String, _ rows: [GroupPartitionLag]) -> String {
        Output.renderTable(
            ["GROUP", "TOPIC", "PARTITION", "CURRENT-OFFSET", "LOG-END-OFFSET", "LAG", "CONSUMER-ID", "HOST", "CLIENT-ID"],
            rows.map {
                [
                    group, $0.partition.topic, String($0.partition.partition),
                    $0.currentOffset.map(String.init) ?? "-", $0.logEndOffset.map(String.init) ?? "-", $0.lag.map(String.init) ?? "-",
                    $0.memberId ?? "-", $0.host ?? "-", $0.clientId ?? "-",
                ]
            }
        )
    }

    static func resetTable(_ entries: [OffsetResetEntry]) -> String {
        Output.renderTable(
            ["TOPIC", "PARTITION", "NEW-OFFSET"],
            entries.map { [$0.partition.topic, String($0.partition.partition), String($0.newOffset)] }
        )
    }
}

// MARK: JSON shapes

struct GroupListingJSON: Encodable, Equatable {
    var group: String
    var type: String
    var state: String
    var protocolType: String

    init(_ listing: GroupListing) {
        self.group = listing.groupId
        self.type = listing.type
        self.state = listing.state
        self.protocolType = listing.protocolType
    }

    enum CodingKeys: String, CodingKey {
        case group, type, state
        case protocolType = "protocol_type"
    }
}

struct GroupDescriptionJSON: Encodable {
    struct Member: Encodable {
        var memberId: String
        var instanceId: String?
        var clientId: String
        var host: String
        /// Nil when the assignment is not the consumer protocol's.
        var assignment: [PartitionRef]?

        enum CodingKeys: String, CodingKey {
            case host, assignment
            case memberId = "member_id"
            case instanceId = "instance_id"
            case clientId = "client_id"
        }
    }

    struct PartitionRef: Encodable {
        var topic: String
        var partition: Int32
    }

    struct Offset: Encodable {
        var topic: String
        var partition: Int32
        var currentOffset: Int64?
        var logEndOffset: Int64?
        var lag: Int64?
        var memberId: String?

        enum CodingKeys: String, CodingKey {
            case topic, partition, lag
            case currentOffset = "current_offset"
            case logEndOffset = "log_end_offset"
            case memberId = "member_id"
        }

        // Unknown values are written as null, not left out, so every row has the same keys.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.topic, forKey: .topic)
            try container.encode(self.partition, forKey: .partition)
            try container.encode(self.currentOffset, forKey: .currentOffset)
            try container.encode(self.logEndOffset, forKey: .logEndOffset)
            try container.encode(self.lag, forKey: .lag)
            try container.encode(self.memberId, forKey: .memberId)
        }
    }

    var group: String
    var type: String
    var state: String
    var protocolType: String
    var assignor: String
    var coordinator: Int32
    var members: [Member]
    var offsets: [Offset]

    init(_ group: GroupDescription, lag: [GroupPartitionLag]) {
        self.group = group.groupId
        self.type = group.type
        self.state = group.state
        self.protocolType = group.protocolType
        self.assignor = group.assignor
        self.coordinator = group.coordinator
        self.members = group.members.map {
            Member(
                memberId: $0.memberId, instanceId: $0.instanceId, clientId: $0.clientId, host: $0.host,
                assignment: $0.assignment?.map { PartitionRef(topic: $0.topic, partition: $0.partition) }
            )
        }
        self.offsets = lag.map {
            Offset(
                topic: $0.partition.topic, partition: $0.partition.partition, currentOffset: $0.currentOffset,
                logEndOffset: $0.logEndOffset, lag: $0.lag, memberId: $0.memberId
            )
        }
    }

    enum CodingKeys: String, CodingKey {
        case group, type, state, assignor, coordinator, members, offsets
        case protocolType = "protocol_type"
    }
}

struct OffsetResetJSON: Encodable {
    struct Entry: Encodable {
        var topic: String
        var partition: Int32
        var newOffset: Int64

        enum CodingKeys: String, CodingKey {
            case topic, partition
            case newOffset = "new_offset"
        }
    }

    var group: String
    var executed: Bool
    var offsets: [Entry]

    init(group: String, executed: Bool, _ entries: [OffsetResetEntry]) {
        self.group = group
        self.executed = executed
        self.offsets = entries.map { Entry(topic: $0.partition.topic, partition: $0.partition.partition, newOffset: $0.newOffset) }
    }
}
