import ArgumentParser

extension SluiceCommand {
    /// Parses the command line and runs the chosen command, awaiting async subcommands, while the
    /// root command stays a plain `ParsableCommand` (whose own `main()` cannot await them).
    public static func mainAsync() async {
        do {
            var command = try Self.parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            Self.exit(withError: error)
        }
    }
}
