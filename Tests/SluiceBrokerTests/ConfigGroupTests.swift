import Testing

@testable import SluiceBroker

/// The group coordinator's broker configs: Kafka's names, defaults and cross-checks.
@Suite struct ConfigGroupTests {
    @Test func defaultsAreKafkas() throws {
        let config = try BrokerConfig(properties: [:])
        #expect(config.classicGroups == ClassicGroupConfig())
        #expect(config.classicGroups.minSessionTimeoutMs == 6_000 && config.classicGroups.initialRebalanceDelayMs == 3_000)
        #expect(config.consumerGroups.sessionTimeoutMs == 45_000 && config.consumerGroups.heartbeatIntervalMs == 5_000)
        #expect(config.consumerGroups.assignors.names == ["uniform", "range"])
        #expect(config.offsetsRetentionCheckIntervalMs == 600_000)
    }

    @Test func valuesAreRead() throws {
        let config = try BrokerConfig(properties: [
            "group.initial.rebalance.delay.ms": "0", "group.min.session.timeout.ms": "1000", "group.max.size": "5",
            "group.consumer.session.timeout.ms": "3000", "group.consumer.min.session.timeout.ms": "1000",
            "group.consumer.heartbeat.interval.ms": "500", "group.consumer.min.heartbeat.interval.ms": "100",
            "group.consumer.assignors": "org.apache.kafka.coordinator.group.assignor.RangeAssignor,uniform",
            "offsets.retention.check.interval.ms": "1000",
        ])
        #expect(config.classicGroups.initialRebalanceDelayMs == 0)
        #expect(config.classicGroups.minSessionTimeoutMs == 1_000)
        #expect(config.classicGroups.maxSize == 5)
        #expect(config.consumerGroups.sessionTimeoutMs == 3_000)
        #expect(config.consumerGroups.heartbeatIntervalMs == 500)
        #expect(config.consumerGroups.assignors.names == ["range", "uniform"])
        #expect(config.offsetsRetentionCheckIntervalMs == 1_000)
    }

    @Test func kafkasCrossChecksRefuseInconsistentValues() {
        // Below the minimum session timeout (45 s by default), as Kafka refuses it.
        #expect(throws: ConfigError.self) { try BrokerConfig(properties: ["group.consumer.session.timeout.ms": "3000"]) }
        #expect(throws: ConfigError.self) { try BrokerConfig(properties: ["group.consumer.heartbeat.interval.ms": "20000"]) }
        #expect(throws: ConfigError.self) {
            try BrokerConfig(properties: [
                "group.consumer.session.timeout.ms": "5000", "group.consumer.min.session.timeout.ms": "1000",
            ])
        }
        #expect(throws: ConfigError.self) { try BrokerConfig(properties: ["group.min.session.timeout.ms": "2000000"]) }
        #expect(throws: ConfigError.self) { try BrokerConfig(properties: ["group.consumer.assignors": "sticky"]) }
    }
}
