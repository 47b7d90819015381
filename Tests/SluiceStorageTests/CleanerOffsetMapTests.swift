import NIOCore
import SluiceProtocol
import Testing

@testable import SluiceStorage

@Suite struct CleanerOffsetMapTests {
    @Test func latestOffsetPerKeyWins() {
        var map = OffsetMap(memoryBudget: 10_000)
        do { let ok = map.put(key: ByteBuffer(string: "a"), offset: 1); #expect(ok) }
        do { let ok = map.put(key: ByteBuffer(string: "b"), offset: 2); #expect(ok) }
        do { let ok = map.put(key: ByteBuffer(string: "a"), offset: 5); #expect(ok) }
        #expect(map.offset(forKey: ByteBuffer(string: "a")) == 5)
        #expect(map.offset(forKey: ByteBuffer(string: "b")) == 2)
        #expect(map.offset(forKey: ByteBuffer(string: "c")) == nil)
        #expect(map.count == 2)
        #expect(map.latestOffset == 5)
        map.updateLatestOffset(9)
        #expect(map.latestOffset == 9)
        map.clear()
        #expect(map.count == 0 && map.latestOffset == -1 && map.usedBytes == 0)
    }

    @Test func keysAreComparedByBytesNotByBufferIdentity() {
        var map = OffsetMap(memoryBudget: 10_000)
        var big = ByteBuffer(string: "xxkeyxx")
        let slice = big.getSlice(at: 2, length: 3)!
        map.put(key: slice, offset: 3)
        big.setString("zz", at: 2)  // the map holds its own copy
        #expect(map.offset(forKey: ByteBuffer(string: "key")) == 3)
    }

    @Test func memoryBudgetBoundsDistinctKeysAndOverwritesStillFit() {
        let cost = OffsetMap.cost(ofKey: ByteBuffer(string: "k00"))
        var map = OffsetMap(memoryBudget: cost * 3 + cost / 2)
        for i in 0..<3 {
            do { let ok = map.put(key: ByteBuffer(string: "k0\(i)"), offset: Int64(i)); #expect(ok) }
        }
        #expect(map.usedBytes == cost * 3)
        // Overwriting a present key costs nothing.
        do { let ok = map.put(key: ByteBuffer(string: "k01"), offset: 10); #expect(ok) }
        #expect(map.latestOffset == 10)
        // A fourth distinct key does not fit: refused, nothing changes, the map is full.
        do { let ok = map.put(key: ByteBuffer(string: "k03"), offset: 11); #expect(!ok) }
        #expect(map.isFull)
        #expect(map.count == 3)
        #expect(map.latestOffset == 10)
        #expect(map.offset(forKey: ByteBuffer(string: "k03")) == nil)
        #expect(map.usedBytes <= map.memoryBudget)
    }

    @Test func zeroBudgetHoldsNothing() {
        var map = OffsetMap(memoryBudget: 0)
        do { let ok = map.put(key: ByteBuffer(string: "a"), offset: 0); #expect(!ok) }
        #expect(map.count == 0)
    }
}

@Suite struct CleanerConfigTests {
    @Test func defaultsAreKafkas() {
        let config = LogCleaningConfig()
        #expect(config.cleanupPolicy == .delete)
        #expect(config.deleteRetentionMs == 86_400_000)
        #expect(config.minCompactionLagMs == 0)
        #expect(config.maxCompactionLagMs == Int64.max)
        #expect(config.minCleanableDirtyRatio == 0.5)
        #expect(config.segmentMs == 604_800_000)
    }

    @Test func parsesKafkaNames() throws {
        let config = try LogCleaningConfig(topicConfigs: [
            "cleanup.policy": "delete, compact",
            "delete.retention.ms": "1000",
            "min.compaction.lag.ms": "10",
            "max.compaction.lag.ms": "3600000",
            "min.cleanable.dirty.ratio": "0.25",
            "segment.ms": "86400000",
            "retention.ms": "5",
        ])
        #expect(config.cleanupPolicy == .compactAndDelete)
        #expect(config.cleanupPolicy.compacts && config.cleanupPolicy.deletes)
        #expect(config.deleteRetentionMs == 1000)
        #expect(config.minCompactionLagMs == 10)
        #expect(config.maxCompactionLagMs == 3_600_000)
        #expect(config.minCleanableDirtyRatio == 0.25)
        // max.compaction.lag.ms caps segment.ms for a compacted log.
        #expect(config.maxSegmentMs == 3_600_000)
        #expect(try LogCleaningConfig(topicConfigs: ["cleanup.policy": "delete", "max.compaction.lag.ms": "1000"]).maxSegmentMs == 604_800_000)
    }

    @Test(arguments: [
        ["cleanup.policy": "compaction"],
        ["cleanup.policy": ""],
        ["delete.retention.ms": "-1"],
        ["delete.retention.ms": "soon"],
        ["min.cleanable.dirty.ratio": "1.5"],
        ["min.compaction.lag.ms": "100", "max.compaction.lag.ms": "10"],
        ["max.compaction.lag.ms": "0"],
    ])
    func rejectsBadValues(_ configs: [String: String]) {
        #expect(throws: CleanerError.self) { try LogCleaningConfig(topicConfigs: configs) }
    }

    @Test func policyNames() {
        #expect(CleanupPolicy(configValue: "compact") == .compact)
        #expect(CleanupPolicy(configValue: "compact,delete")?.description == "compact,delete")
        #expect(CleanupPolicy(configValue: "compact,compact") == .compact)
    }
}
