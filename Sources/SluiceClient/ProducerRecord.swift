import Foundation
import NIOCore
import SluiceProtocol

public struct TopicPartition: Sendable, Hashable, CustomStringConvertible {
    public var topic: String
    public var partition: Int32

    public init(topic: String, partition: Int32) {
        self.topic = topic
        self.partition = partition
    }

    public var description: String { "\(self.topic)-\(self.partition)" }
}

/// A record to produce. `partition` nil lets the partitioner choose; `timestamp` nil is the time
/// of `send` (CreateTime, milliseconds since the epoch).
public struct ProducerRecord: Sendable, Hashable {
    public var topic: String
    public var partition: Int32?
    public var key: ByteBuffer?
    public var value: ByteBuffer?
    public var headers: [RecordHeader]
    public var timestamp: Int64?

    public init(topic: String, partition: Int32? = nil, key: ByteBuffer? = nil, value: ByteBuffer?, headers: [RecordHeader] = [], timestamp: Int64? = nil) {
        self.topic = topic
        self.partition = partition
        self.key = key
        self.value = value
        self.headers = headers
        self.timestamp = timestamp
    }

    public init(topic: String, partition: Int32? = nil, key: String? = nil, value: String?, headers: [(String, String)] = [], timestamp: Int64? = nil) {
        self.init(
            topic: topic,
            partition: partition,
            key: key.map { ByteBuffer(string: $0) },
            value: value.map { ByteBuffer(string: $0) },
            headers: headers.map { RecordHeader(key: $0.0, value: ByteBuffer(string: $0.1)) },
            timestamp: timestamp
        )
    }
}

/// Where a produced record went. `offset` is -1 with acks=0, which never learns it.
public struct RecordMetadata: Sendable, Hashable {
    public var topicPartition: TopicPartition
    public var offset: Int64
    /// The broker's append time for LogAppendTime topics, else the record's own timestamp.
    public var timestamp: Int64
}

/// The broker's answer for one batch.
struct BatchAck: Sendable {
    var baseOffset: Int64
    var logAppendTime: Int64
}

/// The outcome of one `send`, known once the batch holding the record has been acknowledged.
public struct DeliveryReceipt: Sendable {
    let future: EventLoopFuture<BatchAck>
    let offsetDelta: Int32
    public let topicPartition: TopicPartition
    let timestamp: Int64

    /// The same for every record of one batch (they are acknowledged together), different for
    /// batches outstanding at the same time; lets a caller wait once per batch.
    public var batchIdentifier: ObjectIdentifier { ObjectIdentifier(self.future) }

    /// Waits for the acknowledgement.
    public func get() async throws(KafkaClientError) -> RecordMetadata {
        let ack: BatchAck
        do {
            ack = try await self.future.get()
        } catch let error as KafkaClientError {
            throw error
        } catch {
            throw KafkaClientError(.connectionClosed, code: .unknownServerError, "\(error)")
        }
        return RecordMetadata(
            topicPartition: self.topicPartition,
            offset: ack.baseOffset >= 0 ? ack.baseOffset &+ Int64(self.offsetDelta) : -1,
            timestamp: ack.logAppendTime >= 0 ? ack.logAppendTime : self.timestamp
        )
    }
}

/// Milliseconds since the Unix epoch.
func currentTimeMillis() -> Int64 {
    Int64((Date().timeIntervalSince1970 * 1000).rounded(.down))
}
