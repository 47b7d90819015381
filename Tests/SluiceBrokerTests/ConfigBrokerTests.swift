import SluiceStorage
import Testing

@testable import SluiceBroker

@Suite struct ConfigBrokerTests {
    @Test func defaultsMatchKafka() throws {
        let config = try BrokerConfig(properties: [:])
        #expect(config.nodeId == 1)
        #expect(config.listener == HostPort(host: "127.0.0.1", port: 9092))
        #expect(config.advertisedListener == nil)
        #expect(config.numPartitions == 1)
        #expect(config.defaultReplicationFactor == 1)
        #expect(config.autoCreateTopicsEnable)
        #expect(config.socketRequestMaxBytes == 104_857_600)
        #expect(config.queuedMaxRequestBytes == 512 * 1024 * 1024)
        #expect(config.logRetentionCheckIntervalMs == 300_000)
        #expect(config.logCleanerEnable)
        #expect(config.logCleanerBackoffMs == 15_000)
        // With no file, the derived log defaults equal storage's (Kafka's) LogConfig defaults.
        #expect(config.logDefaults == LogConfig())
    }

    @Test func nodeIdFallsBackToBrokerIdAndConflictsThrow() throws {
        #expect(try BrokerConfig(properties: ["broker.id": "7"]).nodeId == 7)
        #expect(try BrokerConfig(properties: ["node.id": "3"]).nodeId == 3)
        #expect(try BrokerConfig(properties: ["node.id": "3", "broker.id": "3"]).nodeId == 3)
        #expect(throws: ConfigError.self) { try BrokerConfig(properties: ["node.id": "3", "broker.id": "4"]) }
        #expect(throws: ConfigError.invalidValue("node.id", "-1", expected: "Value must be at least 0")) {
            try BrokerConfig(properties: ["node.id": "-1"])
        }
    }

    @Test func firstPlaintextListenerIsChosenAndAdvertisedMatchesByName() throws {
        let config = try BrokerConfig(properties: [
            "listeners": "CONTROLLER://:9093, client://0.0.0.0:19092,PLAINTEXT://:9092",
            "listener.security.protocol.map": "CONTROLLER:PLAINTEXT,CLIENT:PLAINTEXT,PLAINTEXT:PLAINTEXT",
            "controller.listener.names": "CONTROLLER",
            "advertised.listeners": "PLAINTEXT://broker:9092,CLIENT://broker.example:19092",
        ])
        #expect(config.listener == HostPort(host: "0.0.0.0", port: 19092))
        #expect(config.advertisedListener == HostPort(host: "broker.example", port: 19092))
    }

    @Test func emptyHostMeansAllInterfaces() throws {
        let config = try BrokerConfig(properties: ["listeners": "PLAINTEXT://:9092"])
        #expect(config.listener == HostPort(host: "0.0.0.0", port: 9092))
        #expect(config.effectiveAdvertisedListener == config.listener)
    }

    @Test func listenersWithoutPlaintextOrMalformedThrow() {
        #expect(throws: ConfigError.self) { try BrokerConfig(properties: ["listeners": "SSL://:9093"]) }
        #expect(throws: ConfigError.self) { try BrokerConfig(properties: ["listeners": "localhost:9092"]) }
        #expect(throws: ConfigError.self) { try BrokerConfig(properties: ["listeners": "PLAINTEXT://host:notaport"]) }
        #expect(throws: ConfigError.self) { try BrokerConfig(properties: ["listeners": " , "]) }
        // A name missing from the protocol map has no security protocol, so it is not plaintext.
        #expect(throws: ConfigError.self) { try BrokerConfig(properties: ["listeners": "INTERNAL://:9092"]) }
    }

    @Test func logDirsWinsOverLogDirAndKeepsTheList() throws {
        let config = try BrokerConfig(properties: ["log.dir": "/a", "log.dirs": " /b , /c "])
        #expect(config.logDir == "/b")
        #expect(config.logDirs == ["/b", "/c"])
        #expect(try BrokerConfig(properties: ["log.dir": "/a"]).logDir == "/a")
        #expect(throws: ConfigError.self) { try BrokerConfig(properties: ["log.dirs": ","]) }
    }

    @Test func retentionPrecedenceMsOverMinutesOverHours() throws {
        #expect(try BrokerConfig(properties: ["log.retention.hours": "1"]).logDefaults.retentionMs == 3_600_000)
        #expect(try BrokerConfig(properties: ["log.retention.hours": "1", "log.retention.minutes": "2"]).logDefaults.retentionMs == 120_000)
        #expect(try BrokerConfig(properties: ["log.retention.hours": "1", "log.retention.minutes": "2", "log.retention.ms": "5"]).logDefaults.retentionMs == 5)
        // Any negative retention is forever.
        #expect(try BrokerConfig(properties: ["log.retention.hours": "-1"]).logDefaults.retentionMs == -1)
        #expect(try BrokerConfig(properties: ["log.retention.ms": "-1", "log.retention.hours": "5"]).logDefaults.retentionMs == -1)
        #expect(try BrokerConfig(properties: ["log.retention.minutes": "-3"]).logDefaults.retentionMs == -1)
    }

    @Test func rollAndJitterPrecedence() throws {
        let hours = try BrokerConfig(properties: ["log.roll.hours": "2", "log.roll.jitter.hours": "1"])
        #expect(hours.logDefaults.segmentMs == 7_200_000)
        #expect(hours.logDefaults.segmentJitterMs == 3_600_000)
        let ms = try BrokerConfig(properties: ["log.roll.hours": "2", "log.roll.ms": "10", "log.roll.jitter.ms": "3", "log.roll.jitter.hours": "1"])
        #expect(ms.logDefaults.segmentMs == 10)
        #expect(ms.logDefaults.segmentJitterMs == 3)
        #expect(throws: ConfigError.self) { try BrokerConfig(properties: ["log.roll.hours": "0"]) }
    }

    @Test func brokerSynonymsFeedTheLogDefaults() throws {
        let config = try BrokerConfig(properties: [
            "log.segment.bytes": "2048",
            "log.retention.bytes": "100000",
            "log.index.interval.bytes": "100",
            "log.index.size.max.bytes": "1024",
            "message.max.bytes": "5000",
            "log.message.timestamp.type": "LogAppendTime",
            "log.cleanup.policy": "compact, delete",
            "log.flush.interval.messages": "10",
            "log.flush.scheduler.interval.ms": "7",
            "log.segment.delete.delay.ms": "0",
            "sluice.durability": "Kafka",
        ])
        var expected = LogConfig()
        expected.segmentBytes = 2048
        expected.retentionBytes = 100_000
        expected.indexIntervalBytes = 100
        expected.segmentIndexBytes = 1024
        expected.maxMessageBytes = 5000
        expected.messageTimestampType = .logAppendTime
        expected.cleanupPolicy = .compactAndDelete
        expected.flushMessages = 10
        expected.flushMs = 7
        expected.fileDeleteDelayMs = 0
        expected.durabilityMode = .kafka
        #expect(config.logDefaults == expected)
        // log.flush.interval.ms outranks the scheduler interval.
        #expect(try BrokerConfig(properties: ["log.flush.scheduler.interval.ms": "7", "log.flush.interval.ms": "9"]).logDefaults.flushMs == 9)
    }

    @Test func invalidValuesThrowNamingTheKey() {
        let cases: [(String, String, String)] = [
            ("num.partitions", "0", "Value must be at least 1"),
            ("num.partitions", "many", "Not a number of type INT"),
            ("num.partitions", "3000000000", "Not a number of type INT"),
            ("auto.create.topics.enable", "yes", "Expected value to be either true or false"),
            ("log.retention.ms", "1.5", "Not a number of type LONG"),
            ("log.segment.bytes", "13", "Value must be at least 14"),
            ("log.message.timestamp.type", "createtime", "String must be one of: CreateTime, LogAppendTime"),
            ("compression.type", "brotli", "String must be one of: uncompressed, zstd, lz4, snappy, gzip, producer"),
            ("log.cleaner.min.cleanable.ratio", "1.5", "Value must be no more than 1"),
            ("log.cleanup.policy", "delete,archive", "Invalid value archive: must be one or more of: compact, delete"),
            ("sluice.durability", "paranoid", "String must be one of (case insensitive): group-commit, kafka, none"),
            ("default.replication.factor", "40000", "Value must be no more than 32767"),
            ("offsets.topic.replication.factor", "40000", "Not a number of type SHORT"),
        ]
        for (key, value, expected) in cases {
            #expect(throws: ConfigError.invalidValue(key, value, expected: expected), "\(key)=\(value)") {
                try BrokerConfig(properties: [key: value])
            }
        }
    }

    @Test func valuesAreTrimmedAndBooleansIgnoreCase() throws {
        let config = try BrokerConfig(properties: ["num.partitions": " 4 ", "auto.create.topics.enable": "FALSE"])
        #expect(config.numPartitions == 4)
        #expect(!config.autoCreateTopicsEnable)
        #expect(try BrokerConfig(properties: ["queued.max.request.bytes": "-1"]).queuedMaxRequestBytes == -1)
    }

    @Test func unknownKeysAreKeptAndListed() throws {
        let config = try BrokerConfig(properties: ["num.partitions": "2", "zookeeper.connect": "zk:2181", "a.b": "c"])
        #expect(config.unknownKeys == ["a.b", "zookeeper.connect"])
        #expect(config.properties["zookeeper.connect"] == "zk:2181")
    }

    @Test func setRederivesEverything() throws {
        var config = try BrokerConfig(properties: ["log.retention.hours": "1"])
        try config.set("log.retention.ms", "42")
        #expect(config.logDefaults.retentionMs == 42)
        try config.set("log.retention.ms", nil)
        #expect(config.logDefaults.retentionMs == 3_600_000)
        #expect(throws: ConfigError.self) { try config.set("num.partitions", "0") }
    }

    @Test func crossedCompactionLagsInTheFileThrow() {
        #expect(throws: ConfigError.self) {
            try BrokerConfig(properties: ["log.cleaner.min.compaction.lag.ms": "10", "log.cleaner.max.compaction.lag.ms": "5"])
        }
    }
}
