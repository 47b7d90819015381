import ArgumentParser

/// The `sluice` command line.
public struct SluiceCommand: AsyncParsableCommand {
    public static let version = "0.1.0"

    public static let configuration = CommandConfiguration(
        commandName: "sluice",
        abstract: "An event streaming platform that speaks Apache Kafka's wire protocol.",
        version: SluiceCommand.version,
        subcommands: [
            ServeCommand.self,
            TopicCommand.self,
            ProduceCommand.self,
            ConsumeCommand.self,
            ClusterCommand.self,
            GroupCommand.self,
            BenchCommand.self,
        ]
    )

    public init() {}

    /// Parses and runs a command; a failure is printed as one line, `sluice: <what went wrong>`.
    public static func runMain() async {
        do {
            var command = try SluiceCommand.parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let failure as CommandFailure {
            var standardError = StandardError()
            print("sluice: \(failure.description)", to: &standardError)
            Self.exit(withError: ExitCode.failure)
        } catch {
            Self.exit(withError: error)
        }
    }
}
