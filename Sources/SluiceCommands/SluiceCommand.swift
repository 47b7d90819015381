import ArgumentParser

/// The `sluice` command line. Subcommands arrive with later parts of the broker.
public struct SluiceCommand: ParsableCommand {
    public static let version = "0.1.0"

    public static let configuration = CommandConfiguration(
        commandName: "sluice",
        abstract: "An event streaming platform that speaks Apache Kafka's wire protocol.",
        version: SluiceCommand.version,
        subcommands: [TopicCommand.self, ProduceCommand.self, ConsumeCommand.self, ClusterCommand.self]
    )

    public init() {}
}
