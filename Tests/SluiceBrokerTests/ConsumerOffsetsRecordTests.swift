import NIOCore
import SluiceProtocol
import Testing

@testable import SluiceBroker

/// `__consumer_offsets` record framing, checked against bytes written out by hand from Kafka's
/// record specs (OffsetCommitKey/Value, GroupMetadataKey/Value), and the group -> partition map.
@Suite struct ConsumerOffsetsRecordTests {
    private func bytes(_ buffer: ByteBuffer?) -> [UInt8]? {
        buffer.map { Array($0.readableBytesView) }
    }

    private func string(_ text: String) -> [UInt8] {
        let utf8 = Array(text.utf8)
        return [UInt8(utf8.count >> 8), UInt8(utf8.count & 0xFF)] + utf8
    }

    private func int64(_ value: Int64) -> [UInt8] {
        (0..<8).map { UInt8(truncatingIfNeeded: value >> (56 - 8 * $0)) }
    }

    private func int32(_ value: Int32) -> [UInt8] {
        (0..<4).map { UInt8(truncatingIfNeeded: value >> (24 - 8 * $0)) }
    }

    private var offsetKey: OffsetCommitKey {
        ConsumerOffsetsStorage.offsetKey("g", GroupTopicPartition(topic: "t", partition: 3))
    }

    @Test func offsetCommitIsKeyVersion1AndValueVersion3() throws {
        let offset = StoredOffset(
            topicPartition: GroupTopicPartition(topic: "t", partition: 3), offset: 42, leaderEpoch: 5, metadata: "m", commitTimestamp: 1000
        )
        let record = CoordinatorRecord.offsetCommit(self.offsetKey, ConsumerOffsetsStorage.offsetValue(offset))
        let (key, value) = try record.encode()
        // key: int16 type 1, group "g", topic "t", int32 partition 3.
        #expect(self.bytes(key) == [0, 1] + self.string("g") + self.string("t") + [0, 0, 0, 3])
        // value: int16 version 3, int64 offset, int32 leader epoch, metadata, int64 commit time.
        #expect(self.bytes(value) == [0, 3] + self.int64(42) + self.int32(5) + self.string("m") + self.int64(1000))
        #expect(try CoordinatorRecord.decode(key: key, value: value) == record)
    }

    @Test func offsetCommitWithExpireTimestampIsValueVersion1() throws {
        let offset = StoredOffset(
            topicPartition: GroupTopicPartition(topic: "t", partition: 3), offset: 7, leaderEpoch: 9, metadata: "", commitTimestamp: 1000, expireTimestamp: 2000
        )
        let (key, value) = try CoordinatorRecord.offsetCommit(self.offsetKey, ConsumerOffsetsStorage.offsetValue(offset)).encode()
        // v1 has no leader epoch, and carries the expire timestamp.
        #expect(self.bytes(value) == [0, 1] + self.int64(7) + self.string("") + self.int64(1000) + self.int64(2000))
        guard case .offsetCommit(_, let decoded)? = try CoordinatorRecord.decode(key: key, value: value) else {
            Issue.record("not an offset commit")
            return
        }
        #expect(decoded?.expireTimestamp == 2000)
        #expect(decoded?.leaderEpoch == -1)
    }

    @Test func tombstoneHasNoValue() throws {
        let (key, value) = try CoordinatorRecord.offsetCommit(self.offsetKey, nil).encode()
        #expect(value == nil)
        let decoded = try CoordinatorRecord.decode(key: key, value: nil)
        #expect(decoded == .offsetCommit(self.offsetKey, nil))
        #expect(decoded?.isTombstone == true)
    }

    @Test func legacyKeyVersion0DecodesAsOffsetCommit() throws {
        let key = ByteBuffer(bytes: [0, 0] + self.string("g") + self.string("t") + [0, 0, 0, 3])
        // Value v0: offset, metadata, commit timestamp.
        let value = ByteBuffer(bytes: [0, 0] + self.int64(11) + self.string("x") + self.int64(5))
        guard case .offsetCommit(let decodedKey, let decodedValue)? = try CoordinatorRecord.decode(key: key, value: value) else {
            Issue.record("not an offset commit")
            return
        }
        #expect(decodedKey == self.offsetKey)
        #expect(decodedValue?.offset == 11)
        #expect(decodedValue?.metadata == "x")
        #expect(decodedValue?.commitTimestamp == 5)
    }

    @Test func groupMetadataIsKeyVersion2AndValueVersion3() throws {
        let metadata = StoredGroupMetadata(
            protocolType: "consumer", generation: 4, protocolName: "range", leader: "m1", currentStateTimestamp: 77,
            members: [
                .init(
                    memberId: "m1", groupInstanceId: nil, clientId: "c", clientHost: "/h", rebalanceTimeoutMs: 300, sessionTimeoutMs: 45,
                    subscription: [1, 2], assignment: [3]
                )
            ]
        )
        var groupKey = GroupMetadataKey()
        groupKey.group = "g"
        let record = CoordinatorRecord.groupMetadata(groupKey, ConsumerOffsetsStorage.groupValue(metadata))
        let (key, value) = try record.encode()
        #expect(self.bytes(key) == [0, 2] + self.string("g"))
        var expected: [UInt8] = [0, 3]
        expected += self.string("consumer") + self.int32(4) + self.string("range") + self.string("m1") + self.int64(77)
        expected += self.int32(1)  // one member
        expected += self.string("m1") + [0xFF, 0xFF]  // member id, null group instance id
        expected += self.string("c") + self.string("/h") + self.int32(300) + self.int32(45)
        expected += self.int32(2) + [1, 2] + self.int32(1) + [3]  // subscription, assignment
        #expect(self.bytes(value) == expected)
        guard case .groupMetadata(_, let decoded)? = try CoordinatorRecord.decode(key: key, value: value), let decoded else {
            Issue.record("not group metadata")
            return
        }
        #expect(ConsumerOffsetsStorage.storedGroup(decoded) == metadata)
    }

    @Test func consumerGroupRecordsUseTypes3To8() throws {
        var metadataKey = ConsumerGroupMetadataKey()
        metadataKey.groupId = "g"
        var metadataValue = ConsumerGroupMetadataValue()
        metadataValue.epoch = 12
        let (key, value) = try CoordinatorRecord.consumerGroupMetadata(metadataKey, metadataValue).encode()
        #expect(self.bytes(key) == [0, 3] + self.string("g"))
        #expect(self.bytes(value)?.prefix(2) == [0, 0])
        #expect(try CoordinatorRecord.decode(key: key, value: value) == .consumerGroupMetadata(metadataKey, metadataValue))

        var assignmentKey = ConsumerGroupCurrentMemberAssignmentKey()
        assignmentKey.groupId = "g"
        assignmentKey.memberId = "m"
        let (assignment, _) = try CoordinatorRecord.consumerGroupCurrentMemberAssignment(assignmentKey, nil).encode()
        #expect(self.bytes(assignment) == [0, 8] + self.string("g") + self.string("m"))
    }

    @Test func unknownRecordTypeIsSkipped() throws {
        #expect(try CoordinatorRecord.decode(key: ByteBuffer(bytes: [0, 9] + self.string("g")), value: nil) == nil)
    }

    @Test func malformedBytesThrow() {
        #expect(throws: CoordinatorRecordError.self) { try CoordinatorRecord.decode(key: ByteBuffer(bytes: [0]), value: nil) }
        #expect(throws: CoordinatorRecordError.self) { try CoordinatorRecord.decode(key: ByteBuffer(bytes: [0, 1, 0, 5, 0x61]), value: nil) }
        let key = ByteBuffer(bytes: [0, 1] + self.string("g") + self.string("t") + [0, 0, 0, 3])
        #expect(throws: CoordinatorRecordError.self) { try CoordinatorRecord.decode(key: key, value: ByteBuffer(bytes: [0, 3, 0, 0])) }
        #expect(throws: CoordinatorRecordError.self) { try CoordinatorRecord.decode(key: key, value: ByteBuffer(bytes: [0, 99] + self.int64(1))) }
        #expect(throws: CoordinatorRecordError.self) { try CoordinatorRecord.decode(key: key, value: ByteBuffer(bytes: [0])) }
    }

    // Java's String.hashCode, by hand: h = 31*h + unit over UTF-16 code units, wrapping at 32 bits.
    //   "a"  = 97                       -> 97 % 50 = 47
    //   "ab" = 97*31 + 98 = 3105        -> 3105 % 50 = 5
    //   "g😀" = 103*31^2 + 0xD83D*31 + 0xDE00 (U+1F600 is the surrogate pair D83D DE00)
    //        = 98983 + 1716067 + 56832 = 1871882 -> 32
    //   "my-group" = -1906497762 (wraps negative); Utils.abs -> 1906497762 -> 12 (a sign-bit mask
    //        would give 240985886 -> 36, which is what this test guards against)
    //   "polygenelubricants" = Int32.min; Utils.abs maps it to 0 -> 0
    //   "" = 0 -> 0
    @Test func groupPartitionIsKafkasHash() {
        #expect(ConsumerOffsetsStorage.javaHashCode("a") == 97)
        #expect(ConsumerOffsetsStorage.javaHashCode("ab") == 3105)
        #expect(ConsumerOffsetsStorage.javaHashCode("g😀") == 1_871_882)
        #expect(ConsumerOffsetsStorage.javaHashCode("my-group") == -1_906_497_762)
        #expect(ConsumerOffsetsStorage.javaHashCode("polygenelubricants") == Int32.min)
        let cases: [(String, Int32)] = [("a", 47), ("ab", 5), ("g😀", 32), ("my-group", 12), ("polygenelubricants", 0), ("", 0)]
        for (group, partition) in cases {
            #expect(ConsumerOffsetsStorage.partition(forGroup: group, partitionCount: 50) == partition, "\(group)")
        }
    }
}
