import ArgumentParser
import Logging
import NIOCore
import NIOPosix
import ServiceLifecycle
import SluiceBroker
import SluiceStorage

/// `sluice serve`: runs a single-node broker until SIGTERM or SIGINT.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run a broker.",
        discussion: """
            With no options it listens on 127.0.0.1:9092 and keeps its data in ./sluice-data.
            --config reads a properties file with Kafka's server.properties names; the flags
            override it.
            """
    )

    @Option(name: .long, help: ArgumentHelp("Address to accept clients on.", valueName: "host:port"))
    var listen: String?

    @Option(name: .long, help: ArgumentHelp("Address clients are told to connect to (default: the listen address).", valueName: "host:port"))
    var advertisedListener: String?

    @Option(name: .long, help: ArgumentHelp("Directory for logs and metadata.", valueName: "dir"))
    var dataDir: String?

    @Option(name: .long, help: ArgumentHelp("A server.properties file.", valueName: "file"))
    var config: String?

    @Option(name: .long, help: "Log level: trace, debug, info, notice, warning, error, critical.")
    var logLevel: String = "info"

    func run() async throws {
        guard let level = Logger.Level(rawValue: self.logLevel.lowercased()) else {
            throw ValidationError("unknown log level '\(self.logLevel)'")
        }
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        let logger = Logger(label: "sluice")

        var brokerConfig: BrokerConfig
        do {
            brokerConfig = try self.config.map { try BrokerConfig(propertiesFile: $0) } ?? BrokerConfig()
        } catch {
            throw CommandFailure("cannot use \(self.config ?? ""): \(error)")
        }
        do {
            // The flags override the file, as if the file had said so (DescribeConfigs shows them).
            if let listen {
                guard HostPort(parsing: listen) != nil else { throw ValidationError("--listen expects HOST:PORT, not '\(listen)'") }
                try brokerConfig.set("listeners", "PLAINTEXT://\(listen)")
            }
            if let advertisedListener {
                guard HostPort(parsing: advertisedListener) != nil else {
                    throw ValidationError("--advertised-listener expects HOST:PORT, not '\(advertisedListener)'")
                }
                try brokerConfig.set("advertised.listeners", "PLAINTEXT://\(advertisedListener)")
            }
            if let dataDir {
                try brokerConfig.set("log.dirs", dataDir)
                try brokerConfig.set("log.dir", nil)
            }
        } catch let error as ConfigError {
            throw CommandFailure("\(error)")
        }
        for key in brokerConfig.unknownKeys.sorted() {
            logger.warning("Unknown configuration key; it is kept but has no effect", metadata: ["key": "\(key)"])
        }
        if brokerConfig.advertisedListener == nil, ["0.0.0.0", "::"].contains(brokerConfig.listener.host) {
            throw CommandFailure(
                "listening on \(brokerConfig.listener.host) needs --advertised-listener (or advertised.listeners) so that clients know which address to use"
            )
        }

        let broker: Broker
        do {
            broker = try Broker(config: brokerConfig, logger: logger)
        } catch {
            throw CommandFailure("cannot open the data directory \(brokerConfig.logDir): \(error)")
        }
        Self.logRecovery(broker, logger: logger)

        let groups: GroupCoordinator
        do {
            groups = try broker.installGroupCoordinator()
        } catch {
            throw CommandFailure("cannot open __consumer_offsets in \(brokerConfig.logDir): \(error)")
        }
        let server = BrokerServer(broker: broker)
        let logs = LogManagerService(
            manager: broker.logManager,
            clock: ContinuousClock(),
            nowMs: broker.clock,
            onRetention: { result in
                if result.deletedSegments > 0 {
                    logger.info("Retention deleted segments", metadata: ["segments": "\(result.deletedSegments)", "bytes": "\(result.deletedBytes)"])
                }
                for (partition, error) in result.failures {
                    logger.error("Retention failed", metadata: ["partition": "\(partition)", "error": "\(error)"])
                }
            },
            cleaningConfig: { topic in
                let overrides = broker.metadata.image.topic(named: topic)?.configs ?? [:]
                return (try? broker.config.cleaningConfig(topicOverrides: overrides))
                    ?? LogCleaningConfig(cleanupPolicy: broker.logConfig(forTopic: topic).cleanupPolicy)
            },
            onCleaner: { result in
                if case .failure(let error) = result {
                    logger.error("Log cleaner pass failed", metadata: ["error": "\(error)"])
                }
            }
        )
        let group = ServiceGroup(
            configuration: .init(
                // Shut down in reverse order: the listener stops (and finishes what it started)
                // before the logs are flushed, checkpointed and closed.
                services: [
                    .init(service: logs, successTerminationBehavior: .gracefullyShutdownGroup, failureTerminationBehavior: .gracefullyShutdownGroup),
                    // A group coordinator that cannot load __consumer_offsets leaves the broker
                    // serving everything else (group requests then get COORDINATOR_LOAD_IN_PROGRESS).
                    .init(service: groups, successTerminationBehavior: .gracefullyShutdownGroup, failureTerminationBehavior: .ignore),
                    .init(service: server, successTerminationBehavior: .gracefullyShutdownGroup, failureTerminationBehavior: .gracefullyShutdownGroup),
                ],
                gracefulShutdownSignals: [.sigterm, .sigint],
                logger: logger
            )
        )
        var failure: (any Error)?
        do {
            try await group.run()
        } catch {
            failure = error
        }
        do {
            try broker.shutdown()
            logger.info("Shut down cleanly", metadata: ["dataDir": "\(brokerConfig.logDir)"])
        } catch {
            logger.error("Shutdown did not complete; the next start recovers the logs", metadata: ["error": "\(error)"])
        }
        if let failure {
            throw CommandFailure("\(failure)")
        }
    }

    private static func logRecovery(_ broker: Broker, logger: Logger) {
        let logs = broker.logManager.allLogs
        let recovered = logs.reduce(0) { $0 + $1.loadSummary.recoveredSegments }
        let truncated = logs.reduce(Int64(0)) { $0 + $1.loadSummary.truncatedBytes }
        logger.info(
            "Opened data directory",
            metadata: [
                "dataDir": "\(broker.config.logDir)",
                "clusterId": "\(broker.metadata.clusterId)",
                "nodeId": "\(broker.config.nodeId)",
                "topics": "\(broker.metadata.image.topicsByName.count)",
                "partitions": "\(logs.count)",
                "cleanShutdown": "\(broker.logManager.hadCleanShutdown)",
                "recoveredSegments": "\(recovered)",
                "truncatedBytes": "\(truncated)",
            ]
        )
        for (partition, error) in broker.logManager.offlineLogs {
            logger.error(
                "Partition is offline: its log is corrupt; clients get KAFKA_STORAGE_ERROR until it is repaired or restored",
                metadata: ["partition": "\(partition)", "error": "\(error)"]
            )
        }
    }
}

/// A command failure shown to a person as one line: `sluice: <message>`.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
