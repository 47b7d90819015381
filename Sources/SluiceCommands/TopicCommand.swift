import ArgumentParser
import SluiceClient
import SluiceProtocol

/// `sluice topic create|list|describe|delete|alter-config`.
struct TopicCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "topic",
        abstract: "Create, list, describe, delete and configure topics.",
        subcommands: [Create.self, List.self, Describe.self, Delete.self, AlterConfig.self]
    )

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create a topic.")

        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var output: OutputOptions

        @Argument(help: "Topic name.") var topic: String

        @Option(help: "Number of partitions (default: the broker's num.partitions).")
        var partitions: Int32?

        @Option(name: .customLong("replication-factor"), help: "Replicas per partition (default: the broker's default.replication.factor).")
        var replicationFactor: Int16?

        @Option(name: .customLong("config"), help: ArgumentHelp("A topic config, e.g. retention.ms=86400000; repeatable.", valueName: "name=value"))
        var configs: [String] = []

        @Flag(name: .customLong("if-not-exists"), help: "Succeed if the topic already exists.")
        var ifNotExists = false

        @Flag(name: .customLong("validate-only"), help: "Ask the broker to check the request without creating anything.")
        var validateOnly = false

        func run() async throws {
            try await withClient(self.connection) { client in
                let configs = try ClientArguments.parseConfigs(self.configs)
                let topic = NewTopic(name: self.topic, partitions: self.partitions, replicationFactor: self.replicationFactor, configs: configs)
                let created: CreatedTopic?
                do {
                    created = try await client.createTopics([topic], validateOnly: self.validateOnly).first
                } catch let error as KafkaClientError where self.ifNotExists && error.code == .topicAlreadyExists {
                    created = nil
                }
                if self.output.json {
                    try Output.json(CreatedTopicJSON(
                        name: self.topic,
                        topicId: created.map { "\($0.topicId)" },
                        partitions: created.map { Int($0.partitions) },
                        replicationFactor: created.map { Int($0.replicationFactor) },
                        created: created != nil && !self.validateOnly
                    ))
                } else if let created {
                    var details: [String] = []
                    if created.partitions >= 0 { details.append("\(created.partitions) partition\(created.partitions == 1 ? "" : "s")") }
                    if created.replicationFactor >= 0 { details.append("replication factor \(created.replicationFactor)") }
                    let suffix = details.isEmpty ? "" : " (\(details.joined(separator: ", ")))"
                    Output.line(self.validateOnly ? "Topic '\(self.topic)' can be created\(suffix)." : "Created topic '\(self.topic)'\(suffix).")
                } else {
                    Output.line("Topic '\(self.topic)' already exists.")
                }
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List topics.")

        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var output: OutputOptions

        @Flag(name: .customLong("include-internal"), help: "Also list internal topics such as __consumer_offsets.")
        var includeInternal = false

        func run() async throws {
            try await withClient(self.connection) { client in
                let topics = try await client.listTopics(includeInternal: self.includeInternal)
                if self.output.json {
                    try Output.json(topics.map(TopicSummaryJSON.init))
                } else {
                    Output.table(
                        ["TOPIC", "PARTITIONS", "REPLICATION", "TOPIC ID"],
                        topics.map { [$0.name, String($0.partitions.count), String($0.partitions.first?.replicas.count ?? 0), "\($0.topicId)"] }
                    )
                }
            }
        }
    }

    struct Describe: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a topic's partitions, leaders, replicas, ISR and configs.")

        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var output: OutputOptions

        @Argument(help: "Topic name.") var topic: String

        @Flag(name: .customLong("all-configs"), help: "Show every config, not only those set on the topic.")
        var allConfigs = false

        func run() async throws {
            try await withClient(self.connection) { client in
                let info = try await client.topic(self.topic, refresh: true)
                // A broker without DescribeConfigs still gets its partitions described.
                var configs: [ConfigEntry]?
                do {
                    configs = try await client.describeTopicConfigs(self.topic)
                } catch let error as KafkaClientError where error.kind == .unsupportedVersion {
                    configs = nil
                }
                if !self.allConfigs {
                    configs = configs?.filter { $0.source == .dynamicTopicConfig }
                }
                if self.output.json {
                    try Output.json(TopicDescriptionJSON(info, configs: configs))
                    return
                }
                let replication = info.partitions.first?.replicas.count ?? 0
                Output.line("Topic: \(info.name)\tTopicId: \(info.topicId)\tPartitions: \(info.partitions.count)\tReplicationFactor: \(replication)\(info.isInternal ? "\tInternal: true" : "")")
                if let configs, configs.isEmpty {
                    Output.line("Configs: (none set on the topic)")
                } else if configs == nil {
                    Output.line("Configs: (the broker does not support DescribeConfigs)")
                } else {
                    Output.line("Configs:")
                    for entry in configs ?? [] {
                        let value = entry.isSensitive ? "(sensitive)" : entry.value ?? "null"
                        Output.line("  \(entry.name)=\(value)\(self.allConfigs ? "\t(\(entry.source))" : "")")
                    }
                }
                Output.line("")
                Output.table(
                    ["PARTITION", "LEADER", "REPLICAS", "ISR", "OFFLINE"],
                    info.partitions.map {
                        [String($0.partition), $0.leader >= 0 ? String($0.leader) : "none", $0.replicas.commaSeparated, $0.isr.commaSeparated, $0.offlineReplicas.commaSeparated]
                    }
                )
            }
        }
    }

    struct Delete: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete a topic and its data.")

        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var output: OutputOptions

        @Argument(help: "Topic name.") var topic: String

        @Flag(name: .customLong("if-exists"), help: "Succeed if the topic does not exist.")
        var ifExists = false

        func run() async throws {
            try await withClient(self.connection) { client in
                var deleted = true
                do {
                    try await client.deleteTopics([self.topic])
                } catch let error as KafkaClientError where self.ifExists && error.code == .unknownTopicOrPartition {
                    deleted = false
                }
                if self.output.json {
                    try Output.json(["name": AnyJSON.string(self.topic), "deleted": .bool(deleted)])
                } else {
                    Output.line(deleted ? "Deleted topic '\(self.topic)'." : "Topic '\(self.topic)' does not exist.")
                }
            }
        }
    }

    struct AlterConfig: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "alter-config",
            abstract: "Set or remove topic configs (IncrementalAlterConfigs, or AlterConfigs on older brokers)."
        )

        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var output: OutputOptions

        @Argument(help: "Topic name.") var topic: String

        @Option(name: .customLong("set"), help: ArgumentHelp("Set a config; repeatable.", valueName: "name=value"))
        var set: [String] = []

        @Option(name: .customLong("delete"), help: ArgumentHelp("Remove a config, back to the broker's default; repeatable.", valueName: "name"))
        var delete: [String] = []

        @Flag(name: .customLong("validate-only"), help: "Ask the broker to check the change without applying it.")
        var validateOnly = false

        func validate() throws {
            guard !self.set.isEmpty || !self.delete.isEmpty else {
                throw ValidationError("give at least one --set name=value or --delete name")
            }
        }

        func run() async throws {
            try await withClient(self.connection) { client in
                var changes: [ConfigChange] = []
                for (name, value) in try ClientArguments.parseConfigs(self.set).sorted(by: { $0.key < $1.key }) {
                    changes.append(.set(name, value))
                }
                for name in self.delete {
                    guard !changes.contains(where: { $0.name == name }) else {
                        throw KafkaClientError.invalidArgument("config '\(name)' is both set and deleted")
                    }
                    changes.append(.delete(name))
                }
                try await client.alterTopicConfigs(self.topic, changes: changes, validateOnly: self.validateOnly)
                if self.output.json {
                    try Output.json(["name": AnyJSON.string(self.topic), "altered": .bool(!self.validateOnly)])
                } else {
                    Output.line(self.validateOnly ? "Configs of topic '\(self.topic)' can be changed." : "Updated configs of topic '\(self.topic)'.")
                }
            }
        }
    }
}

// MARK: JSON shapes

struct CreatedTopicJSON: Encodable {
    var name: String
    var topicId: String?
    var partitions: Int?
    var replicationFactor: Int?
    var created: Bool

    enum CodingKeys: String, CodingKey {
        case name, partitions, created
        case topicId = "topic_id"
        case replicationFactor = "replication_factor"
    }
}

struct TopicSummaryJSON: Encodable {
    var name: String
    var topicId: String
    var partitions: Int
    var replicationFactor: Int
    var isInternal: Bool

    init(_ info: TopicInfo) {
        self.name = info.name
        self.topicId = "\(info.topicId)"
        self.partitions = info.partitions.count
        self.replicationFactor = info.partitions.first?.replicas.count ?? 0
        self.isInternal = info.isInternal
    }

    enum CodingKeys: String, CodingKey {
        case name, partitions
        case topicId = "topic_id"
        case replicationFactor = "replication_factor"
        case isInternal = "internal"
    }
}

struct TopicDescriptionJSON: Encodable {
    struct Partition: Encodable {
        var partition: Int32
        var leader: Int32
        var leaderEpoch: Int32
        var replicas: [Int32]
        var isr: [Int32]
        var offlineReplicas: [Int32]
        var error: String?

        enum CodingKeys: String, CodingKey {
            case partition, leader, replicas, isr, error
            case leaderEpoch = "leader_epoch"
            case offlineReplicas = "offline_replicas"
        }
    }

    struct Config: Encodable {
        var name: String
        var value: String?
        var source: String
        var readOnly: Bool
        var sensitive: Bool

        enum CodingKeys: String, CodingKey {
            case name, value, source, sensitive
            case readOnly = "read_only"
        }
    }

    var name: String
    var topicId: String
    var isInternal: Bool
    var partitions: [Partition]
    /// Nil when the broker cannot describe configs.
    var configs: [Config]?

    init(_ info: TopicInfo, configs: [ConfigEntry]?) {
        self.name = info.name
        self.topicId = "\(info.topicId)"
        self.isInternal = info.isInternal
        self.partitions = info.partitions.map {
            Partition(
                partition: $0.partition, leader: $0.leader, leaderEpoch: $0.leaderEpoch, replicas: $0.replicas, isr: $0.isr,
                offlineReplicas: $0.offlineReplicas, error: $0.error == .noError ? nil : $0.error.name
            )
        }
        self.configs = configs?.map {
            Config(name: $0.name, value: $0.isSensitive ? nil : $0.value, source: "\($0.source)", readOnly: $0.isReadOnly, sensitive: $0.isSensitive)
        }
    }

    enum CodingKeys: String, CodingKey {
        case name, partitions, configs
        case topicId = "topic_id"
        case isInternal = "internal"
    }
}

/// Small ad-hoc JSON objects.
enum AnyJSON: Encodable {
    case string(String)
    case bool(Bool)
    case int(Int64)

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .bool(let value): try container.encode(value)
        case .int(let value): try container.encode(value)
        }
    }
}
