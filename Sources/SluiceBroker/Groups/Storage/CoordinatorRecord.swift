import NIOCore
import SluiceProtocol

/// One record of `__consumer_offsets` as Kafka frames it (`CoordinatorRecordSerde`):
///
///     key:   int16 record type (the key's version), then the key struct at that version
///     value: int16 value version, then the value struct at that version; null = tombstone
///
/// Record types: 0 and 1 offset commit (Kafka writes 1), 2 classic group metadata, 3-8 the
/// KIP-848 consumer group records. Values are written at the versions Kafka writes by default:
/// OffsetCommitValue v3 (v1 when it carries an explicit expire timestamp), GroupMetadataValue v3,
/// the KIP-848 values v0. A nil value is a tombstone.
public enum CoordinatorRecord: Sendable, Equatable {
    case offsetCommit(OffsetCommitKey, OffsetCommitValue?)
    case groupMetadata(GroupMetadataKey, GroupMetadataValue?)
    case consumerGroupMetadata(ConsumerGroupMetadataKey, ConsumerGroupMetadataValue?)
    case consumerGroupPartitionMetadata(ConsumerGroupPartitionMetadataKey, ConsumerGroupPartitionMetadataValue?)
    case consumerGroupMemberMetadata(ConsumerGroupMemberMetadataKey, ConsumerGroupMemberMetadataValue?)
    case consumerGroupTargetAssignmentMetadata(ConsumerGroupTargetAssignmentMetadataKey, ConsumerGroupTargetAssignmentMetadataValue?)
    case consumerGroupTargetAssignmentMember(ConsumerGroupTargetAssignmentMemberKey, ConsumerGroupTargetAssignmentMemberValue?)
    case consumerGroupCurrentMemberAssignment(ConsumerGroupCurrentMemberAssignmentKey, ConsumerGroupCurrentMemberAssignmentValue?)

    /// The record type (key version) Kafka writes for each kind.
    public enum RecordType {
        public static let offsetCommit: Int16 = 1
        public static let legacyOffsetCommit: Int16 = 0
        public static let groupMetadata: Int16 = 2
        public static let consumerGroupMetadata: Int16 = 3
        public static let consumerGroupPartitionMetadata: Int16 = 4
        public static let consumerGroupMemberMetadata: Int16 = 5
        public static let consumerGroupTargetAssignmentMetadata: Int16 = 6
        public static let consumerGroupTargetAssignmentMember: Int16 = 7
        public static let consumerGroupCurrentMemberAssignment: Int16 = 8
    }

    /// Whether the value is null (a tombstone, deleting the key when compacted).
    public var isTombstone: Bool {
        switch self {
        case .offsetCommit(_, let value): value == nil
        case .groupMetadata(_, let value): value == nil
        case .consumerGroupMetadata(_, let value): value == nil
        case .consumerGroupPartitionMetadata(_, let value): value == nil
        case .consumerGroupMemberMetadata(_, let value): value == nil
        case .consumerGroupTargetAssignmentMetadata(_, let value): value == nil
        case .consumerGroupTargetAssignmentMember(_, let value): value == nil
        case .consumerGroupCurrentMemberAssignment(_, let value): value == nil
        }
    }

    // MARK: Encoding

    /// The record's key and value bytes (value nil for a tombstone).
    public func encode() throws -> (key: ByteBuffer, value: ByteBuffer?) {
        switch self {
        case .offsetCommit(let key, let value):
            let valueVersion: Int16 = (value?.expireTimestamp ?? -1) != -1 ? 1 : 3
            return (try Self.frame(key, RecordType.offsetCommit, OffsetCommitKey.encode), try value.map { try Self.frame($0, valueVersion, OffsetCommitValue.encode) })
        case .groupMetadata(let key, let value):
            return (try Self.frame(key, RecordType.groupMetadata, GroupMetadataKey.encode), try value.map { try Self.frame($0, 3, GroupMetadataValue.encode) })
        case .consumerGroupMetadata(let key, let value):
            return (try Self.frame(key, RecordType.consumerGroupMetadata, ConsumerGroupMetadataKey.encode), try value.map { try Self.frame($0, 0, ConsumerGroupMetadataValue.encode) })
        case .consumerGroupPartitionMetadata(let key, let value):
            return (
                try Self.frame(key, RecordType.consumerGroupPartitionMetadata, ConsumerGroupPartitionMetadataKey.encode),
                try value.map { try Self.frame($0, 0, ConsumerGroupPartitionMetadataValue.encode) }
            )
        case .consumerGroupMemberMetadata(let key, let value):
            return (
                try Self.frame(key, RecordType.consumerGroupMemberMetadata, ConsumerGroupMemberMetadataKey.encode),
                try value.map { try Self.frame($0, 0, ConsumerGroupMemberMetadataValue.encode) }
            )
        case .consumerGroupTargetAssignmentMetadata(let key, let value):
            return (
                try Self.frame(key, RecordType.consumerGroupTargetAssignmentMetadata, ConsumerGroupTargetAssignmentMetadataKey.encode),
                try value.map { try Self.frame($0, 0, ConsumerGroupTargetAssignmentMetadataValue.encode) }
            )
        case .consumerGroupTargetAssignmentMember(let key, let value):
            return (
                try Self.frame(key, RecordType.consumerGroupTargetAssignmentMember, ConsumerGroupTargetAssignmentMemberKey.encode),
                try value.map { try Self.frame($0, 0, ConsumerGroupTargetAssignmentMemberValue.encode) }
            )
        case .consumerGroupCurrentMemberAssignment(let key, let value):
            return (
                try Self.frame(key, RecordType.consumerGroupCurrentMemberAssignment, ConsumerGroupCurrentMemberAssignmentKey.encode),
                try value.map { try Self.frame($0, 0, ConsumerGroupCurrentMemberAssignmentValue.encode) }
            )
        }
    }

    private static func frame<T>(_ value: T, _ version: Int16, _ encode: (T) -> (inout ByteBuffer, Int16) throws -> Void) throws -> ByteBuffer {
        var buffer = ByteBuffer()
        buffer.writeInteger(version, endianness: .big)
        try encode(value)(&buffer, version)
        return buffer
    }

    // MARK: Decoding

    /// Decodes a record read from `__consumer_offsets`. Returns nil for a record type this broker
    /// does not know (share groups, later versions of Kafka), which a loader skips as Kafka does.
    /// Throws `CoordinatorRecordError` on bytes that do not parse; never traps.
    public static func decode(key keyBytes: ByteBuffer, value valueBytes: ByteBuffer?) throws -> CoordinatorRecord? {
        var key = keyBytes
        guard let type = key.readInteger(endianness: .big, as: Int16.self) else {
            throw CoordinatorRecordError("the key has no record type (\(keyBytes.readableBytes) bytes)")
        }
        do {
            switch type {
            case RecordType.legacyOffsetCommit, RecordType.offsetCommit:
                return .offsetCommit(try OffsetCommitKey(from: &key, version: type), try Self.value(valueBytes, OffsetCommitValue.init))
            case RecordType.groupMetadata:
                return .groupMetadata(try GroupMetadataKey(from: &key, version: type), try Self.value(valueBytes, GroupMetadataValue.init))
            case RecordType.consumerGroupMetadata:
                return .consumerGroupMetadata(try .init(from: &key, version: type), try Self.value(valueBytes, ConsumerGroupMetadataValue.init))
            case RecordType.consumerGroupPartitionMetadata:
                return .consumerGroupPartitionMetadata(try .init(from: &key, version: type), try Self.value(valueBytes, ConsumerGroupPartitionMetadataValue.init))
            case RecordType.consumerGroupMemberMetadata:
                return .consumerGroupMemberMetadata(try .init(from: &key, version: type), try Self.value(valueBytes, ConsumerGroupMemberMetadataValue.init))
            case RecordType.consumerGroupTargetAssignmentMetadata:
                return .consumerGroupTargetAssignmentMetadata(try .init(from: &key, version: type), try Self.value(valueBytes, ConsumerGroupTargetAssignmentMetadataValue.init))
            case RecordType.consumerGroupTargetAssignmentMember:
                return .consumerGroupTargetAssignmentMember(try .init(from: &key, version: type), try Self.value(valueBytes, ConsumerGroupTargetAssignmentMemberValue.init))
            case RecordType.consumerGroupCurrentMemberAssignment:
                return .consumerGroupCurrentMemberAssignment(try .init(from: &key, version: type), try Self.value(valueBytes, ConsumerGroupCurrentMemberAssignmentValue.init))
            default:
                return nil
            }
        } catch let error as CoordinatorRecordError {
            throw error
        } catch {
            throw CoordinatorRecordError("record type \(type): \(error)")
        }
    }

    private static func value<T>(_ bytes: ByteBuffer?, _ decode: (inout ByteBuffer, Int16) throws -> T) throws -> T? {
        guard var buffer = bytes else { return nil }
        guard let version = buffer.readInteger(endianness: .big, as: Int16.self) else {
            throw CoordinatorRecordError("the value has no version (\(buffer.readableBytes) bytes)")
        }
        return try decode(&buffer, version)
    }
}

/// A `__consumer_offsets` record that cannot be decoded.
public struct CoordinatorRecordError: Error, CustomStringConvertible {
    public let description: String

    init(_ description: String) {
        self.description = "malformed __consumer_offsets record: \(description)"
    }
}
