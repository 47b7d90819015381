import SluiceStorage

extension BrokerConfig {
    /// Reads a `server.properties` file (minimal: the full Kafka key set comes with the config
    /// table).
    public init(propertiesFile path: String) throws {
        let text = String(buffer: try PosixFileIO().readWholeFile(path))
        var properties: [String: String] = [:]
        for rawLine in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            let line = rawLine.drop { $0 == " " || $0 == "\t" }
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix("!") { continue }
            guard let separator = line.firstIndex(where: { $0 == "=" || $0 == ":" }) else { continue }
            properties[String(line[..<separator]).trimmingCharacters(in: " \t")] =
                String(line[line.index(after: separator)...]).trimmingCharacters(in: " \t")
        }
        self.init()
        if let value = properties["node.id"] ?? properties["broker.id"], let id = Int32(value) { self.nodeId = id }
        if let value = properties["listeners"]?.split(separator: ",").first, let address = HostPort(parsing: String(value)) {
            self.listener = address
        }
        if let value = properties["advertised.listeners"]?.split(separator: ",").first, let address = HostPort(parsing: String(value)) {
            self.advertisedListener = address
        }
        if let value = (properties["log.dirs"] ?? properties["log.dir"])?.split(separator: ",").first { self.logDir = String(value) }
        if let value = properties["num.partitions"], let count = Int32(value) { self.numPartitions = count }
        if let value = properties["auto.create.topics.enable"] { self.autoCreateTopicsEnable = value.lowercased() == "true" }
    }
}
