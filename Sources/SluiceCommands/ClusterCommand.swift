import ArgumentParser
import SluiceClient

/// `sluice cluster info`.
struct ClusterCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cluster",
        abstract: "Inspect the cluster.",
        subcommands: [Info.self]
    )

    struct Info: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show the cluster id, controller, brokers and topic count.")

        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            try await withClient(self.connection) { client in
                let cluster = try await client.describeCluster()
                let topics = try await client.listTopics(includeInternal: true)
                if self.output.json {
                    try Output.json(ClusterInfoJSON(
                        clusterId: cluster.clusterId,
                        controllerId: cluster.controllerId,
                        brokers: cluster.brokers,
                        topicCount: topics.count,
                        partitionCount: topics.reduce(0) { $0 + $1.partitions.count }
                    ))
                    return
                }
                Output.line("Cluster ID:  \(cluster.clusterId ?? "(none)")")
                Output.line("Controller:  \(cluster.controllerId >= 0 ? String(cluster.controllerId) : "(unknown)")")
                let partitions = topics.reduce(0) { $0 + $1.partitions.count }
                Output.line("Topics:      \(topics.count) (\(partitions) partition\(partitions == 1 ? "" : "s"))")
                Output.line("Brokers:     \(cluster.brokers.count)")
                Output.line("")
                Output.table(
                    ["ID", "HOST", "PORT", "RACK", "CONTROLLER"],
                    cluster.brokers.map {
                        [String($0.nodeId), $0.host, String($0.port), $0.rack ?? "", $0.nodeId == cluster.controllerId ? "yes" : ""]
                    }
                )
            }
        }
    }
}

struct ClusterInfoJSON: Encodable {
    var clusterId: String?
    var controllerId: Int32
    var brokers: [BrokerInfo]
    var topicCount: Int
    var partitionCount: Int

    enum CodingKeys: String, CodingKey {
        case brokers
        case clusterId = "cluster_id"
        case controllerId = "controller_id"
        case topicCount = "topic_count"
        case partitionCount = "partition_count"
    }
}
