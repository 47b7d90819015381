import Foundation
import NIOConcurrencyHelpers
import NIOCore
import SluiceProtocol
import SluiceStorage

/// An immutable view of the cluster's metadata: readers take one and are never torn by a
/// concurrent change.
public struct MetadataImage: Sendable {
    public var clusterId: String
    public var topicsByName: [String: TopicMetadata]
    public var topicNamesById: [KafkaUUID: String]

    public func topic(named name: String) -> TopicMetadata? { self.topicsByName[name] }

    public func topic(id: KafkaUUID) -> TopicMetadata? {
        self.topicNamesById[id].flatMap { self.topicsByName[$0] }
    }

    /// Topics sorted by name.
    public var topics: [TopicMetadata] { self.topicsByName.values.sorted { $0.name < $1.name } }
}

/// The single-node metadata store: cluster id, node id and every topic's id, partitions,
/// leadership and config overrides, kept in the data directory.
///
/// Files: `meta.properties` (Kafka's format: `version`, `cluster.id`, `node.id`) and
/// `sluice-metadata.json` (topics). Every change is written atomically (tmp, fsync, rename,
/// directory fsync) before it is visible, so an answered CreateTopics survives a crash.
/// Thread-safe; changes are serialised by one lock.
public final class MetadataStore: @unchecked Sendable {
    public static let metaPropertiesFileName = "meta.properties"
    public static let topicsFileName = "sluice-metadata.json"

    public let directory: String
    public let nodeId: Int32
    private let fileIO: any FileIO
    private let lock = NIOLock()
    private var _image: MetadataImage

    /// Loads the metadata in `directory`, or creates it with a new cluster id. A `meta.properties`
    /// naming another node id is refused, as Kafka refuses it.
    public init(directory: String, nodeId: Int32, fileIO: any FileIO = PosixFileIO()) throws {
        self.directory = directory
        self.nodeId = nodeId
        self.fileIO = fileIO
        try fileIO.createDirectory(directory)

        let metaPath = directory + "/" + Self.metaPropertiesFileName
        let clusterId: String
        if fileIO.fileExists(metaPath) {
            let properties = try Self.readProperties(try fileIO.readWholeFile(metaPath))
            guard let id = properties["cluster.id"], !id.isEmpty else {
                throw MetadataError.storage("\(metaPath) has no cluster.id; restore it or remove the data directory")
            }
            if let stored = properties["node.id"] ?? properties["broker.id"], stored != String(nodeId) {
                throw MetadataError.storage(
                    "\(metaPath) belongs to node \(stored), but this broker is node \(nodeId); use --config with node.id=\(stored) or another data directory"
                )
            }
            clusterId = id
        } else {
            clusterId = KafkaUUID.random().description
            var content = ByteBuffer()
            content.writeString("#\n#Written by Sluice; do not edit.\nversion=1\ncluster.id=\(clusterId)\nnode.id=\(nodeId)\n")
            try atomicWrite(content, to: metaPath, fileIO: fileIO)
        }

        var topics: [String: TopicMetadata] = [:]
        let topicsPath = directory + "/" + Self.topicsFileName
        if fileIO.fileExists(topicsPath) {
            let buffer = try fileIO.readWholeFile(topicsPath)
            do {
                let stored = try JSONDecoder().decode(StoredTopics.self, from: Data(buffer.readableBytesView))
                for topic in stored.topics { topics[topic.name] = topic }
            } catch {
                throw MetadataError.storage("\(topicsPath) cannot be read (\(error)); restore it from a backup")
            }
        }
        self._image = MetadataImage(
            clusterId: clusterId,
            topicsByName: topics,
            topicNamesById: Dictionary(topics.values.map { ($0.topicId, $0.name) }, uniquingKeysWith: { first, _ in first })
        )
    }

    public var image: MetadataImage { self.lock.withLock { self._image } }
    public var clusterId: String { self.image.clusterId }

    /// Creates a topic led by this node. `validateOnly` checks without changing anything.
    @discardableResult
    public func createTopic(
        name: String,
        partitionCount: Int32,
        replicationFactor: Int16,
        configs: [String: String] = [:],
        isInternal: Bool = false,
        validateOnly: Bool = false
    ) throws -> TopicMetadata {
        if let problem = TopicName.problem(with: name) { throw MetadataError.invalidTopic(problem) }
        guard partitionCount >= 1 else { throw MetadataError.invalidPartitions("Number of partitions must be larger than 0.") }
        guard replicationFactor >= 1 else { throw MetadataError.invalidReplicationFactor("Replication factor must be larger than 0.") }
        guard replicationFactor == 1 else {
            throw MetadataError.invalidReplicationFactor(
                "Unable to replicate the partition \(replicationFactor) time(s): The target replication factor of \(replicationFactor) cannot be reached because only 1 broker(s) are registered."
            )
        }
        return try self.lock.withLock {
            if self._image.topicsByName[name] != nil { throw MetadataError.topicAlreadyExists(name) }
            let collides = self._image.topicsByName.keys.first { $0 != name && Self.collisionKey($0) == Self.collisionKey(name) }
            if let collides {
                throw MetadataError.invalidTopic("Topic '\(name)' collides with existing topic: \(collides)")
            }
            var id = KafkaUUID.random()
            while id == .zero || self._image.topicNamesById[id] != nil { id = KafkaUUID.random() }
            let partitions = (0..<partitionCount).map {
                PartitionAssignment(partition: $0, replicas: [self.nodeId], leader: self.nodeId, isr: [self.nodeId])
            }
            let topic = TopicMetadata(name: name, topicId: id, partitions: partitions, configs: configs, isInternal: isInternal)
            if validateOnly { return topic }
            var image = self._image
            image.topicsByName[name] = topic
            image.topicNamesById[id] = name
            try self.persist(image)
            self._image = image
            return topic
        }
    }

    /// Removes a topic; its logs are the caller's to delete.
    @discardableResult
    public func deleteTopic(named name: String) throws -> TopicMetadata {
        try self.lock.withLock {
            guard let topic = self._image.topicsByName[name] else { throw MetadataError.unknownTopic(name) }
            var image = self._image
            image.topicsByName[name] = nil
            image.topicNamesById[topic.topicId] = nil
            try self.persist(image)
            self._image = image
            return topic
        }
    }

    /// Grows a topic to `totalCount` partitions (CreatePartitions). Shrinking is refused.
    @discardableResult
    public func createPartitions(topic name: String, totalCount: Int32, validateOnly: Bool = false) throws -> TopicMetadata {
        try self.lock.withLock {
            guard var topic = self._image.topicsByName[name] else { throw MetadataError.unknownTopic(name) }
            let current = Int32(topic.partitions.count)
            guard totalCount > current else {
                if totalCount == current {
                    throw MetadataError.invalidPartitions("Topic already has \(current) partitions.")
                }
                throw MetadataError.invalidPartitions("Topic currently has \(current) partitions, which is higher than the requested \(totalCount).")
            }
            for index in current..<totalCount {
                topic.partitions.append(PartitionAssignment(partition: index, replicas: [self.nodeId], leader: self.nodeId, isr: [self.nodeId]))
            }
            if validateOnly { return topic }
            var image = self._image
            image.topicsByName[name] = topic
            try self.persist(image)
            self._image = image
            return topic
        }
    }

    /// Replaces a topic's config overrides.
    @discardableResult
    public func setConfigs(topic name: String, configs: [String: String]) throws -> TopicMetadata {
        try self.lock.withLock {
            guard var topic = self._image.topicsByName[name] else { throw MetadataError.unknownTopic(name) }
            topic.configs = configs
            var image = self._image
            image.topicsByName[name] = topic
            try self.persist(image)
            self._image = image
            return topic
        }
    }

    // MARK: Files

    private struct StoredTopics: Codable {
        var version: Int
        var topics: [TopicMetadata]
    }

    private func persist(_ image: MetadataImage) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        let data: Data
        do {
            data = try encoder.encode(StoredTopics(version: 1, topics: image.topics))
        } catch {
            throw MetadataError.storage("cannot encode topic metadata: \(error)")
        }
        var buffer = ByteBuffer()
        buffer.writeBytes(data)
        do {
            try atomicWrite(buffer, to: self.directory + "/" + Self.topicsFileName, fileIO: self.fileIO)
        } catch {
            throw MetadataError.storage("cannot write topic metadata in \(self.directory): \(error)")
        }
    }

    /// Kafka refuses topics whose names differ only by '.' versus '_' (metric names collide).
    private static func collisionKey(_ name: String) -> String {
        String(name.map { $0 == "." ? "_" : $0 })
    }

    static func readProperties(_ buffer: ByteBuffer) throws -> [String: String] {
        var result: [String: String] = [:]
        let text = String(buffer: buffer)
        for rawLine in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            let line = rawLine.drop { $0 == " " || $0 == "\t" }
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix("!") { continue }
            guard let equals = line.firstIndex(where: { $0 == "=" || $0 == ":" }) else { continue }
            let key = line[..<equals].trimmingCharacters(in: .whitespaces)
            let value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            result[key] = value
        }
        return result
    }
}
