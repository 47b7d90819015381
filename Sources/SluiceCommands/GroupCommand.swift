import ArgumentParser
import SluiceClient
import SluiceProtocol

/// `sluice group list|describe|delete|reset-offsets`, after kafka-consumer-groups.sh.
struct GroupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "group",
        abstract: "List, describe and delete consumer groups, and reset or delete their offsets.",
        subcommands: [List.self, Describe.self, Delete.self, ResetOffsets.self, DeleteOffsets.self]
    )

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List groups.")

        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var output: OutputOptions

        @Option(name: .customLong("state"), help: ArgumentHelp("Only groups in this state (e.g. Stable, Empty); repeatable.", valueName: "state"))
        var states: [String] = []

        @Option(name: .customLong("type"), help: ArgumentHelp("Only groups of this type (classic, consumer); repeatable.", valueName: "type"))
        var types: [String] = []

        func run() async throws {
            try await withClient(self.connection) { client in
                let groups = try await client.listGroups(states: self.states, types: self.types)
                if self.output.json {
                    try Output.json(groups.map(GroupListingJSON.init))
                } else {
                    Output.write(Array(GroupRendering.listTable(groups).utf8))
                }
            }
        }
    }

    struct Describe: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a group's members, their partitions, and each partition's offset and lag.")

        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var output: OutputOptions

        @Argument(help: "Group id.") var group: String

        func run() async throws {
            try await withClient(self.connection) { client in
                let (description, lag) = try await client.describeGroupLag(self.group)
                if description.state == "Dead" && lag.isEmpty {
                    throw KafkaClientError(.broker, code: .groupIdNotFound, "group '\(self.group)' does not exist")
                }
                if self.output.json {
                    try Output.json(GroupDescriptionJSON(description, lag: lag))
                    return
                }
                Output.line("Group: \(description.groupId)\tType: \(description.type)\tState: \(description.state)\tCoordinator: \(description.coordinator)\(description.assignor.isEmpty ? "" : "\tAssignor: \(description.assignor)")")
                Output.line("")
                if description.members.isEmpty {
                    Output.line("Group '\(description.groupId)' has no active members.")
                } else {
                    Output.write(Array(GroupRendering.membersTable(description).utf8))
                }
                Output.line("")
                if lag.isEmpty {
                    Output.line("Group '\(description.groupId)' has no committed offsets.")
                } else {
                    Output.write(Array(GroupRendering.lagTable(group: description.groupId, lag).utf8))
                }
            }
        }
    }

    struct Delete: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete groups and their committed offsets (only groups without members).")

        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var output: OutputOptions

        @Argument(help: "Group ids.") var groups: [String]

        func validate() throws {
            guard !self.groups.isEmpty else { throw ValidationError("name at least one group") }
        }

        func run() async throws {
            try await withClient(self.connection) { client in
                let results = try await client.deleteGroups(self.groups)
                let failed = results.filter { $0.value != .noError }
                if self.output.json {
                    try Output.json(results.sorted { $0.key < $1.key }.map {
                        ["group": AnyJSON.string($0.key), "deleted": .bool($0.value == .noError), "error": .string($0.value == .noError ? "" : $0.value.name)]
                    })
                } else {
                    for (group, code) in results.sorted(by: { $0.key < $1.key }) where code == .noError {
                        Output.line("Deleted group '\(group)'.")
                    }
                }
                if let first = failed.sorted(by: { $0.key < $1.key }).first {
                    let (group, code) = (first.key, first.value)
                    let others = failed.count > 1 ? " (and \(failed.count - 1) more group\(failed.count > 2 ? "s" : ""))" : ""
                    let error = KafkaClientError(.broker, code: code, "\(Self.reason(code, group: group))\(others)")
                    throw error
                }
            }
        }

        static func reason(_ code: ErrorCode, group: String) -> String {
            switch code {
            case .groupIdNotFound: "cannot delete group '\(group)': it does not exist"
            case .nonEmptyGroup: "cannot delete group '\(group)': it still has members"
            default: "cannot delete group '\(group)'"
            }
        }
    }

    struct ResetOffsets: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reset-offsets",
            abstract: "Plan (by default) or, with --execute, commit new offsets for an inactive group."
        )

        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var arguments: ResetOffsetsArguments

        func run() async throws {
            let spec = try self.arguments.spec()
            let selections = try self.arguments.selections()
            try await withClient(self.connection) { client in
                let partitions: [TopicPartition]
                if self.arguments.allTopics {
                    partitions = try await client.committedOffsets(group: self.arguments.group).keys.sorted()
                    guard !partitions.isEmpty else {
                        throw KafkaClientError.invalidArgument("group '\(self.arguments.group)' has no committed offsets; name the partitions with --topic")
                    }
                } else {
                    partitions = try await client.resolve(selections)
                }
                let plan = try await client.planOffsetReset(group: self.arguments.group, partitions: partitions, spec: spec)
                if self.arguments.execute {
                    var offsets: [TopicPartition: Int64] = [:]
                    for entry in plan { offsets[entry.partition] = entry.newOffset }
                    try await client.commitOffsets(group: self.arguments.group, offsets: offsets)
                }
                if self.output.json {
                    try Output.json(OffsetResetJSON(group: self.arguments.group, executed: self.arguments.execute, plan))
                } else {
                    Output.write(Array(GroupRendering.resetTable(plan).utf8))
                    if !self.arguments.execute {
                        Output.line("Dry run: nothing was committed; add --execute to commit these offsets.")
                    }
                }
            }
        }
    }
}

extension GroupCommand {
    struct DeleteOffsets: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "delete-offsets",
            abstract: "Delete a group's committed offsets of some topics (not while its members consume them)."
        )

        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var output: OutputOptions

        @Argument(help: "Group id.") var group: String

        @Option(name: .customLong("topic"), help: ArgumentHelp("A topic, or some of its partitions as topic:0,1,2; repeatable.", valueName: "topic[:P,P...]"))
        var topics: [String] = []

        func validate() throws {
            guard !self.topics.isEmpty else { throw ValidationError("name at least one --topic") }
        }

        func run() async throws {
            try await withClient(self.connection) { client in
                var selections: [TopicSelection] = []
                for text in self.topics { selections.append(try TopicSelection(parsing: text)) }
                let partitions = try await client.resolve(selections)
                let results = try await client.deleteOffsets(group: self.group, partitions: partitions).sorted { $0.key < $1.key }
                if self.output.json {
                    try Output.json(results.map {
                        ["topic": AnyJSON.string($0.key.topic), "partition": .int(Int64($0.key.partition)), "error": .string($0.value == .noError ? "" : $0.value.name)]
                    })
                } else {
                    Output.table(["TOPIC", "PARTITION", "STATUS"], results.map {
                        [$0.key.topic, String($0.key.partition), $0.value == .noError ? "Successful" : "Error: \($0.value.name)"]
                    })
                }
                if let failed = results.first(where: { $0.value != .noError }) {
                    throw KafkaClientError(.broker, code: failed.value, "cannot delete the offset of \(failed.key) for group '\(self.group)'")
                }
            }
        }
    }
}

/// The arguments of `group reset-offsets`, parsed and checked without a broker.
struct ResetOffsetsArguments: ParsableArguments {
    @Argument(help: "Group id.") var group: String

    @Option(name: .customLong("topic"), help: ArgumentHelp("A topic, or some of its partitions as topic:0,1,2; repeatable.", valueName: "topic[:P,P...]"))
    var topics: [String] = []

    @Flag(name: .customLong("all-topics"), help: "Every partition the group has committed offsets for.")
    var allTopics = false

    @Flag(name: .customLong("to-earliest"), help: "Reset to the log start offset.")
    var toEarliest = false

    @Flag(name: .customLong("to-latest"), help: "Reset to the log end offset.")
    var toLatest = false

    @Option(name: .customLong("to-offset"), help: "Reset to this offset (kept within the log).")
    var toOffset: Int64?

    @Option(name: .customLong("to-datetime"), help: ArgumentHelp("Reset to the first offset at or after this time (ISO 8601, e.g. 2024-05-01T12:00:00Z, or epoch milliseconds).", valueName: "time"))
    var toDatetime: String?

    // Unconditional, so a negative shift can be written `--shift-by -5` as with Kafka's tool.
    @Option(name: .customLong("shift-by"), parsing: .unconditional, help: ArgumentHelp("Move the committed offsets by N (negative: back), kept within the log.", valueName: "N"))
    var shiftBy: Int64?

    @Flag(name: .customLong("execute"), help: "Commit the new offsets (without it, only print them).")
    var execute = false

    @Flag(name: .customLong("dry-run"), help: "Only print the new offsets (the default).")
    var dryRun = false

    func validate() throws {
        let given = [self.toEarliest, self.toLatest, self.toOffset != nil, self.toDatetime != nil, self.shiftBy != nil].filter { $0 }.count
        guard given == 1 else {
            throw ValidationError("give exactly one of --to-earliest, --to-latest, --to-offset, --to-datetime and --shift-by")
        }
        guard self.allTopics != !self.topics.isEmpty else {
            throw ValidationError("give --topic (repeatable) or --all-topics, not both")
        }
        guard !(self.execute && self.dryRun) else {
            throw ValidationError("--execute and --dry-run exclude each other")
        }
        if let offset = self.toOffset, offset < 0 {
            throw ValidationError("--to-offset must not be negative")
        }
    }

    func spec() throws(KafkaClientError) -> OffsetResetSpec {
        if self.toEarliest { return .earliest }
        if self.toLatest { return .latest }
        if let offset = self.toOffset { return .offset(offset) }
        if let time = self.toDatetime { return .datetime(try ClientArguments.parseTimestamp(time)) }
        if let delta = self.shiftBy { return .shiftBy(delta) }
        throw .invalidArgument("no reset given")
    }

    func selections() throws(KafkaClientError) -> [TopicSelection] {
        var result: [TopicSelection] = []
        for text in self.topics { result.append(try TopicSelection(parsing: text)) }
        return result
    }
}
