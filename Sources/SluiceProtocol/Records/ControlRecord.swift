import NIOCore

/// The type in a control record's key. Kafka defines more than the transaction markers (KRaft's
/// leader change and snapshot records), so unknown values are kept rather than rejected.
public struct ControlRecordType: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
    public var rawValue: Int16

    public init(rawValue: Int16) {
        self.rawValue = rawValue
    }

    public static let abort = ControlRecordType(rawValue: 0)
    public static let commit = ControlRecordType(rawValue: 1)

    public var description: String {
        switch self.rawValue {
        case 0: "ABORT"
        case 1: "COMMIT"
        default: "UNKNOWN(\(self.rawValue))"
        }
    }
}

/// A control record's key: `version i16` (0) then `type i16`. Newer versions may append fields,
/// which are ignored, as Kafka's `ControlRecordType.parse` does.
public struct ControlRecordKey: Sendable, Hashable {
    public static let currentVersion: Int16 = 0

    public var version: Int16
    public var type: ControlRecordType

    public init(type: ControlRecordType, version: Int16 = ControlRecordKey.currentVersion) {
        self.version = version
        self.type = type
    }

    /// Parses the key of a record from a control batch; throws `.invalidRecord` when it is null or
    /// shorter than four bytes.
    public init(key: ByteBuffer?) throws(RecordBatchValidationError) {
        guard var key, key.readableBytes >= 4 else {
            throw RecordBatchValidationError(.invalidRecord, "control record key needs 4 bytes but has \(key?.readableBytes ?? 0)")
        }
        self.version = key.readInteger(as: Int16.self)!
        self.type = ControlRecordType(rawValue: key.readInteger(as: Int16.self)!)
    }

    public var buffer: ByteBuffer {
        var buffer = ByteBuffer()
        buffer.writeInteger(self.version)
        buffer.writeInteger(self.type.rawValue)
        return buffer
    }
}

/// The commit or abort marker a transaction coordinator writes to each partition of a finished
/// transaction: one control record in a transactional control batch, with key
/// `ControlRecordKey` and value `version i16` (0) then `coordinatorEpoch i32`.
public struct EndTransactionMarker: Sendable, Hashable {
    public static let currentVersion: Int16 = 0

    /// `.commit` or `.abort`.
    public var type: ControlRecordType
    public var coordinatorEpoch: Int32
    public var version: Int16

    public init(type: ControlRecordType, coordinatorEpoch: Int32, version: Int16 = EndTransactionMarker.currentVersion) {
        self.type = type
        self.coordinatorEpoch = coordinatorEpoch
        self.version = version
    }

    /// Reads a marker from a control record; throws `.invalidRecord` unless the key names commit or
    /// abort and the value holds at least six bytes.
    public init(record: Record) throws(RecordBatchValidationError) {
        let key = try ControlRecordKey(key: record.key)
        guard key.type == .commit || key.type == .abort else {
            throw RecordBatchValidationError(.invalidRecord, "control record type \(key.type) is not a transaction marker")
        }
        guard var value = record.value, value.readableBytes >= 6 else {
            throw RecordBatchValidationError(.invalidRecord, "end transaction marker value needs 6 bytes but has \(record.value?.readableBytes ?? 0)")
        }
        self.type = key.type
        self.version = value.readInteger(as: Int16.self)!
        self.coordinatorEpoch = value.readInteger(as: Int32.self)!
    }

    /// The control record carrying this marker.
    public func record(offsetDelta: Int32 = 0, timestampDelta: Int64 = 0) -> Record {
        var value = ByteBuffer()
        value.writeInteger(self.version)
        value.writeInteger(self.coordinatorEpoch)
        return Record(
            offsetDelta: offsetDelta,
            timestampDelta: timestampDelta,
            key: ControlRecordKey(type: self.type).buffer,
            value: value
        )
    }
}
