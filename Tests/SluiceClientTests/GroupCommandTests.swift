import Foundation
import SluiceClient
import SluiceProtocol
import Testing

@testable import SluiceCommands

/// `sluice group`: argument parsing, reset plans, lag, rendering and consumer-protocol bytes,
/// all without a broker.
@Suite("sluice group")
struct GroupCommandTests {
    // MARK: Consumer protocol bytes

    /// v0 assignment: topic "t" partitions 3 and 0, null user data.
    static let assignmentV0: [UInt8] = [
        0, 0,  // version
        0, 0, 0, 1,  // one topic
        0, 1, 0x74,  // "t"
        0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0, 0,  // partitions [3, 0]
        0xFF, 0xFF, 0xFF, 0xFF,  // user data: null
    ]

    @Test func handBuiltAssignmentBytesDecodeSorted() throws {
        let partitions = try ConsumerProtocol.assignment(from: Self.assignmentV0)
        #expect(partitions == [TopicPartition(topic: "t", partition: 0), TopicPartition(topic: "t", partition: 3)])
    }

    @Test func aNewerAssignmentVersionIsReadAsOurNewest() throws {
        var bytes = Self.assignmentV0
        bytes[1] = 9
        #expect(try ConsumerProtocol.assignment(from: bytes).count == 2)
    }

    @Test func emptyAssignmentBytesAreNoPartitions() throws {
        #expect(try ConsumerProtocol.assignment(from: []) == [])
    }

    @Test func truncatedOrNegativeVersionAssignmentsAreErrorsNotCrashes() {
        #expect(throws: KafkaClientError.self) { try ConsumerProtocol.assignment(from: Array(Self.assignmentV0.prefix(10))) }
        #expect(throws: KafkaClientError.self) { try ConsumerProtocol.assignment(from: [0xFF, 0xFF, 0, 0, 0, 0]) }
        #expect(throws: KafkaClientError.self) { try ConsumerProtocol.assignment(from: [0]) }
        // A partition count far beyond the bytes left.
        #expect(throws: KafkaClientError.self) { try ConsumerProtocol.assignment(from: [0, 0, 0, 0, 0, 1, 0, 1, 0x74, 0x7F, 0xFF, 0xFF, 0xFF]) }
    }

    @Test func encodedAssignmentsRoundTrip() throws {
        let partitions = [TopicPartition(topic: "a", partition: 2), TopicPartition(topic: "b", partition: 0), TopicPartition(topic: "a", partition: 1)]
        for version in Int16(0)...3 {
            let bytes = try ConsumerProtocol.encodeAssignment(partitions, version: version)
            #expect(try ConsumerProtocol.assignment(from: bytes) == partitions.sorted())
        }
    }

    @Test func subscriptionBytesNameTheTopics() throws {
        // v0: topics ["x", "y"], null user data.
        let bytes: [UInt8] = [0, 0, 0, 0, 0, 2, 0, 1, 0x78, 0, 1, 0x79, 0xFF, 0xFF, 0xFF, 0xFF]
        #expect(try ConsumerProtocol.subscription(from: bytes) == ["x", "y"])
    }

    // MARK: Arguments

    @Test func topicSelectionsParse() throws {
        #expect(try TopicSelection(parsing: "orders") == TopicSelection(topic: "orders"))
        #expect(try TopicSelection(parsing: "orders:0,2, 5") == TopicSelection(topic: "orders", partitions: [0, 2, 5]))
        for bad in ["", ":1", "orders:", "orders:a", "orders:-1", "orders:1,1", "orders:1,,2"] {
            #expect(throws: KafkaClientError.self, "\(bad)") { try TopicSelection(parsing: bad) }
        }
    }

    @Test func resetArgumentsNeedExactlyOneSpecAndOneScope() throws {
        let shift = try ResetOffsetsArguments.parse(["g", "--topic", "t:0,1", "--shift-by", "-5"])
        #expect(try shift.spec() == .shiftBy(-5))
        #expect(try shift.selections() == [TopicSelection(topic: "t", partitions: [0, 1])])
        #expect(!shift.execute)
        #expect(try ResetOffsetsArguments.parse(["g", "--topic", "t", "--shift-by=-3"]).spec() == .shiftBy(-3))
        #expect(try ResetOffsetsArguments.parse(["g", "--all-topics", "--to-earliest", "--execute"]).execute)
        #expect(try ResetOffsetsArguments.parse(["g", "--topic", "t", "--to-latest"]).spec() == .latest)
        #expect(try ResetOffsetsArguments.parse(["g", "--topic", "t", "--to-offset", "42"]).spec() == .offset(42))
        #expect(try ResetOffsetsArguments.parse(["g", "--topic", "t", "--to-datetime", "2024-05-01T00:00:00Z"]).spec() == .datetime(1_714_521_600_000))
        let invalid: [[String]] = [
            ["g", "--topic", "t"],
            ["g", "--topic", "t", "--to-earliest", "--to-latest"],
            ["g", "--to-earliest"],
            ["g", "--topic", "t", "--all-topics", "--to-earliest"],
            ["g", "--topic", "t", "--to-offset", "-1"],
            ["g", "--topic", "t", "--to-earliest", "--execute", "--dry-run"],
            ["--topic", "t", "--to-earliest"],
        ]
        for arguments in invalid {
            #expect(throws: (any Error).self, "\(arguments)") { try ResetOffsetsArguments.parse(arguments) }
        }
    }

    @Test func aBadDatetimeIsAnError() throws {
        let arguments = try ResetOffsetsArguments.parse(["g", "--topic", "t", "--to-datetime", "yesterday"])
        #expect(throws: KafkaClientError.self) { try arguments.spec() }
    }

    @Test func groupCommandsParse() throws {
        #expect(try GroupCommand.List.parse(["--state", "Stable", "--state", "Empty"]).states == ["Stable", "Empty"])
        #expect(try GroupCommand.List.parse(["--type", "consumer"]).types == ["consumer"])
        #expect(try GroupCommand.Describe.parse(["g", "--json"]).output.json)
        #expect(try GroupCommand.Delete.parse(["a", "b"]).groups == ["a", "b"])
        #expect(throws: (any Error).self) { try GroupCommand.Delete.parse([]) }
        #expect(try GroupCommand.DeleteOffsets.parse(["g", "--topic", "t:1"]).topics == ["t:1"])
        #expect(throws: (any Error).self) { try GroupCommand.DeleteOffsets.parse(["g"]) }
    }

    // MARK: Reset plans

    static let t0 = TopicPartition(topic: "t", partition: 0)
    static let t1 = TopicPartition(topic: "t", partition: 1)

    @Test func earliestAndLatestAreTheLogBounds() throws {
        let offsets = [Self.t1: PartitionOffsets(logStartOffset: 4, logEndOffset: 9), Self.t0: PartitionOffsets(logStartOffset: 0, logEndOffset: 100)]
        #expect(try OffsetReset.plan(.earliest, partitions: offsets) == [OffsetResetEntry(partition: Self.t0, newOffset: 0), OffsetResetEntry(partition: Self.t1, newOffset: 4)])
        #expect(try OffsetReset.plan(.latest, partitions: offsets).map(\.newOffset) == [100, 9])
    }

    @Test func explicitOffsetsAreClampedToTheLog() throws {
        let offsets = [Self.t0: PartitionOffsets(logStartOffset: 10, logEndOffset: 50)]
        #expect(try OffsetReset.plan(.offset(5), partitions: offsets).map(\.newOffset) == [10])
        #expect(try OffsetReset.plan(.offset(30), partitions: offsets).map(\.newOffset) == [30])
        #expect(try OffsetReset.plan(.offset(50), partitions: offsets).map(\.newOffset) == [50])
        #expect(try OffsetReset.plan(.offset(51), partitions: offsets).map(\.newOffset) == [50])
    }

    @Test func shiftByMovesTheCommittedOffsetWithinTheLog() throws {
        let offsets = [
            Self.t0: PartitionOffsets(logStartOffset: 10, logEndOffset: 50, committedOffset: 20),
            Self.t1: PartitionOffsets(logStartOffset: 0, logEndOffset: 50, committedOffset: 45),
        ]
        #expect(try OffsetReset.plan(.shiftBy(-5), partitions: offsets).map(\.newOffset) == [15, 40])
        #expect(try OffsetReset.plan(.shiftBy(-15), partitions: offsets).map(\.newOffset) == [10, 30])
        #expect(try OffsetReset.plan(.shiftBy(10), partitions: offsets).map(\.newOffset) == [30, 50])
        #expect(try OffsetReset.plan(.shiftBy(.max), partitions: offsets).map(\.newOffset) == [50, 50])
        #expect(try OffsetReset.plan(.shiftBy(.min), partitions: offsets).map(\.newOffset) == [10, 0])
    }

    @Test func shiftByWithoutACommittedOffsetIsAnError() {
        let offsets = [Self.t0: PartitionOffsets(logStartOffset: 0, logEndOffset: 5)]
        #expect(throws: KafkaClientError.self) { try OffsetReset.plan(.shiftBy(1), partitions: offsets) }
    }

    @Test func datetimeUsesTheLookedUpOffsetElseTheLogEnd() throws {
        let offsets = [
            Self.t0: PartitionOffsets(logStartOffset: 0, logEndOffset: 50, timestampOffset: 17),
            Self.t1: PartitionOffsets(logStartOffset: 0, logEndOffset: 50, timestampOffset: -1),
        ]
        #expect(try OffsetReset.plan(.datetime(1), partitions: offsets).map(\.newOffset) == [17, 50])
    }

    // MARK: Lag

    @Test func lagArithmetic() {
        #expect(GroupLag.lag(current: 5, logEnd: 20) == 15)
        #expect(GroupLag.lag(current: 20, logEnd: 20) == 0)
        #expect(GroupLag.lag(current: nil, logEnd: 20) == nil)
        #expect(GroupLag.lag(current: -1, logEnd: 20) == nil)
        #expect(GroupLag.lag(current: 5, logEnd: nil) == nil)
        // Past a truncated log end, as Kafka shows it.
        #expect(GroupLag.lag(current: 25, logEnd: 20) == -5)
    }

    @Test func lagRowsCoverCommittedAndAssignedPartitions() {
        let member = GroupMember(memberId: "m", clientId: "c", host: "/h", assignment: [Self.t1])
        let group = GroupDescription(groupId: "g", type: "classic", state: "Stable", protocolType: "consumer", assignor: "range", members: [member], coordinator: 1)
        let other = TopicPartition(topic: "a", partition: 3)
        let rows = GroupLag.rows(group: group, committed: [Self.t0: 7, other: 1], logEnd: [Self.t0: 10, Self.t1: 4])
        #expect(rows.map(\.partition) == [other, Self.t0, Self.t1])
        #expect(rows.map(\.lag) == [nil, 3, nil])
        #expect(rows.map(\.memberId) == [nil, nil, "m"])
    }

    // MARK: Rendering

    @Test func listTable() {
        let text = GroupRendering.listTable([
            GroupListing(groupId: "orders", protocolType: "consumer", state: "Stable", type: "classic", coordinator: 1),
            GroupListing(groupId: "g", protocolType: "", state: "", type: "", coordinator: 1),
        ])
        #expect(text == "GROUP   TYPE     STATE\norders  classic  Stable\ng       -        -\n")
    }

    @Test func lagTableShowsDashesForUnknowns() {
        let rows = [
            GroupPartitionLag(partition: Self.t0, currentOffset: 5, logEndOffset: 20, memberId: "m", clientId: "c", host: "/h"),
            GroupPartitionLag(partition: Self.t1, currentOffset: nil, logEndOffset: 20),
        ]
        let lines = GroupRendering.lagTable(group: "g", rows).split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        #expect(lines[0] == ["GROUP", "TOPIC", "PARTITION", "CURRENT-OFFSET", "LOG-END-OFFSET", "LAG", "CONSUMER-ID", "HOST", "CLIENT-ID"])
        #expect(lines[1] == ["g", "t", "0", "5", "20", "15", "m", "/h", "c"])
        #expect(lines[2] == ["g", "t", "1", "-", "20", "-", "-", "-", "-"])
    }

    @Test func assignmentCells() {
        #expect(GroupRendering.assignment(nil) == "?")
        #expect(GroupRendering.assignment([]) == "-")
        #expect(GroupRendering.assignment([Self.t1, TopicPartition(topic: "a", partition: 0), Self.t0]) == "a:0;t:0,1")
    }

    @Test func resetTable() {
        let text = GroupRendering.resetTable([OffsetResetEntry(partition: Self.t0, newOffset: 12)])
        #expect(text == "TOPIC  PARTITION  NEW-OFFSET\nt      0          12\n")
    }

    @Test func describeJSONWritesNullsForUnknowns() throws {
        let member = GroupMember(memberId: "m", instanceId: nil, clientId: "c", host: "/h", assignment: [Self.t0])
        let group = GroupDescription(groupId: "g", type: "classic", state: "Stable", protocolType: "consumer", assignor: "range", members: [member], coordinator: 1)
        let json = GroupDescriptionJSON(group, lag: [GroupPartitionLag(partition: Self.t1, currentOffset: nil, logEndOffset: 3)])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let object = try #require(try JSONSerialization.jsonObject(with: encoder.encode(json)) as? [String: Any])
        #expect(object["group"] as? String == "g")
        let offsets = try #require(object["offsets"] as? [[String: Any]])
        #expect(offsets.first?["current_offset"] is NSNull)
        #expect(offsets.first?["log_end_offset"] as? Int == 3)
        #expect(offsets.first?["lag"] is NSNull)
        let members = try #require(object["members"] as? [[String: Any]])
        #expect(members.first?["member_id"] as? String == "m")
        #expect((members.first?["assignment"] as? [[String: Any]])?.first?["partition"] as? Int == 0)
    }

    @Test func resetJSON() throws {
        let json = OffsetResetJSON(group: "g", executed: false, [OffsetResetEntry(partition: Self.t0, newOffset: 12)])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let text = String(decoding: try encoder.encode(json), as: UTF8.self)
        #expect(text == #"{"executed":false,"group":"g","offsets":[{"new_offset":12,"partition":0,"topic":"t"}]}"#)
    }
}
