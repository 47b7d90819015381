import SluiceCluster
import SluiceProtocol
import SluiceStorage

extension Broker {
    /// Creates a topic in the metadata and opens its partitions' logs. Config overrides must have
    /// been validated by the caller.
    @discardableResult
    public func createTopic(name: String, partitionCount: Int32, replicationFactor: Int16, configs: [String: String], isInternal: Bool = false) throws -> TopicMetadata {
        let topic = try self.metadata.createTopic(
            name: name, partitionCount: partitionCount, replicationFactor: replicationFactor, configs: configs, isInternal: isInternal
        )
        try self.openPartitions(of: topic)
        self.logger.info(
            "Created topic",
            metadata: ["topic": "\(name)", "partitions": "\(partitionCount)", "topicId": "\(topic.topicId)", "configs": "\(configs)"]
        )
        return topic
    }

    /// Deletes a topic from the metadata, then its logs.
    @discardableResult
    public func deleteTopic(named name: String) throws -> TopicMetadata {
        let topic = try self.metadata.deleteTopic(named: name)
        do {
            try self.replicaManager.removePartitions(ofTopic: name)
        } catch {
            // The metadata no longer has the topic; leftover directories are removed at next start.
            self.logger.error("Deleted topic's logs could not all be removed", metadata: ["topic": "\(name)", "error": "\(error)"])
        }
        self.logger.info("Deleted topic", metadata: ["topic": "\(name)", "topicId": "\(topic.topicId)"])
        return topic
    }

    /// Grows a topic's partition count and opens the new partitions' logs.
    @discardableResult
    public func createPartitions(topic name: String, totalCount: Int32, validateOnly: Bool) throws -> TopicMetadata {
        let topic = try self.metadata.createPartitions(topic: name, totalCount: totalCount, validateOnly: validateOnly)
        if !validateOnly {
            try self.openPartitions(of: topic)
            self.logger.info("Added partitions", metadata: ["topic": "\(name)", "partitions": "\(totalCount)"])
        }
        return topic
    }

    func openPartitions(of topic: TopicMetadata) throws {
        do {
            try self.replicaManager.ensurePartitions(of: topic, config: self.config, nowMs: self.clock())
        } catch {
            throw MetadataError.storage("cannot create the logs of topic '\(topic.name)': \(error)")
        }
    }
}
