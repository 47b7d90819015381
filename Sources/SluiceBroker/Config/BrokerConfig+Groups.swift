extension BrokerConfig {
    /// The group coordinator's settings, with Kafka's cross-checks (`GroupCoordinatorConfig`):
    /// the KIP-848 session timeout and heartbeat interval each within their min and max, and the
    /// interval below the session timeout; the classic minimum session timeout not above the
    /// maximum.
    mutating func readGroupConfigs(_ values: [String: ConfigValue]) throws(ConfigError) {
        func int(_ name: String) -> Int32 {
            if let value = values[name]?.integer { return Int32(truncatingIfNeeded: value) }
            return Int32(BrokerConfigDefinitions.byName[name]?.defaultValue ?? "") ?? 0
        }
        var classic = ClassicGroupConfig()
        classic.initialRebalanceDelayMs = int("group.initial.rebalance.delay.ms")
        classic.minSessionTimeoutMs = int("group.min.session.timeout.ms")
        classic.maxSessionTimeoutMs = int("group.max.session.timeout.ms")
        classic.maxSize = Int(int("group.max.size"))
        if classic.minSessionTimeoutMs > classic.maxSessionTimeoutMs {
            throw .conflict("group.min.session.timeout.ms", "group.min.session.timeout.ms must not be greater than group.max.session.timeout.ms")
        }
        self.classicGroups = classic

        var consumer = ConsumerGroupConfig()
        consumer.sessionTimeoutMs = int("group.consumer.session.timeout.ms")
        consumer.heartbeatIntervalMs = int("group.consumer.heartbeat.interval.ms")
        consumer.maxSize = Int(int("group.consumer.max.size"))
        let bounds: [(value: String, min: String, max: String)] = [
            ("group.consumer.session.timeout.ms", "group.consumer.min.session.timeout.ms", "group.consumer.max.session.timeout.ms"),
            ("group.consumer.heartbeat.interval.ms", "group.consumer.min.heartbeat.interval.ms", "group.consumer.max.heartbeat.interval.ms"),
        ]
        for (name, minimum, maximum) in bounds {
            if int(name) < int(minimum) { throw .conflict(name, "\(name) must be greater than or equal to \(minimum)") }
            if int(name) > int(maximum) { throw .conflict(name, "\(name) must be less than or equal to \(maximum)") }
        }
        if consumer.heartbeatIntervalMs >= consumer.sessionTimeoutMs {
            throw .conflict("group.consumer.heartbeat.interval.ms", "group.consumer.heartbeat.interval.ms must be less than group.consumer.session.timeout.ms")
        }
        if case .list(let names) = values["group.consumer.assignors"] {
            let assignors = names.compactMap(ConsumerGroupAssignors.standard.named)
            guard !assignors.isEmpty else { throw .invalidValue("group.consumer.assignors", "", expected: "at least one assignor") }
            consumer.assignors = ConsumerGroupAssignors(assignors)
        }
        self.consumerGroups = consumer
    }
}
