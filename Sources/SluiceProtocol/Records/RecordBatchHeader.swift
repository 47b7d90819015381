import NIOCore

/// Which clock a batch's timestamps come from: attribute bit 3.
public enum TimestampType: Int8, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Record timestamps were set by the producer.
    case createTime = 0
    /// The broker stamped the batch on append; every record's timestamp is `maxTimestamp`.
    case logAppendTime = 1

    public var description: String {
        switch self {
        case .createTime: "CreateTime"
        case .logAppendTime: "LogAppendTime"
        }
    }
}

/// The 16-bit `attributes` field of a v2 record batch.
///
/// Bits 0-2 compression codec, bit 3 timestamp type (1 = LogAppendTime), bit 4 transactional,
/// bit 5 control, bit 6 delete horizon set (`baseTimestamp` is then the delete horizon, KIP-534).
/// Bits 7-15 are unused and kept as found so a batch re-encodes byte for byte.
public struct RecordBatchAttributes: Sendable, Hashable, CustomStringConvertible {
    public var rawValue: Int16

    public static let compressionMask: Int16 = 0x07
    public static let timestampTypeBit: Int16 = 0x08
    public static let transactionalBit: Int16 = 0x10
    public static let controlBit: Int16 = 0x20
    public static let deleteHorizonBit: Int16 = 0x40

    public init(rawValue: Int16) {
        self.rawValue = rawValue
    }

    public init(
        compression: CompressionType = .none,
        timestampType: TimestampType = .createTime,
        isTransactional: Bool = false,
        isControl: Bool = false,
        hasDeleteHorizon: Bool = false
    ) {
        self.rawValue = 0
        self.compression = compression
        self.timestampType = timestampType
        self.isTransactional = isTransactional
        self.isControl = isControl
        self.hasDeleteHorizon = hasDeleteHorizon
    }

    /// Bits 0-2 as stored; 5-7 name no codec.
    public var compressionBits: Int8 { Int8(self.rawValue & Self.compressionMask) }

    /// The codec, or nil when bits 0-2 hold 5, 6 or 7. Setting replaces bits 0-2.
    public var compression: CompressionType? {
        get { CompressionType(rawValue: self.compressionBits) }
        set { self.rawValue = (self.rawValue & ~Self.compressionMask) | Int16(newValue?.rawValue ?? 0) }
    }

    public var timestampType: TimestampType {
        get { self.rawValue & Self.timestampTypeBit != 0 ? .logAppendTime : .createTime }
        set { self.set(Self.timestampTypeBit, newValue == .logAppendTime) }
    }

    public var isTransactional: Bool {
        get { self.rawValue & Self.transactionalBit != 0 }
        set { self.set(Self.transactionalBit, newValue) }
    }

    public var isControl: Bool {
        get { self.rawValue & Self.controlBit != 0 }
        set { self.set(Self.controlBit, newValue) }
    }

    public var hasDeleteHorizon: Bool {
        get { self.rawValue & Self.deleteHorizonBit != 0 }
        set { self.set(Self.deleteHorizonBit, newValue) }
    }

    private mutating func set(_ bit: Int16, _ on: Bool) {
        self.rawValue = on ? self.rawValue | bit : self.rawValue & ~bit
    }

    public var description: String {
        var parts = ["compression=\(self.compression.map(\.description) ?? "invalid(\(self.compressionBits))")"]
        parts.append("timestampType=\(self.timestampType)")
        if self.isTransactional { parts.append("transactional") }
        if self.isControl { parts.append("control") }
        if self.hasDeleteHorizon { parts.append("deleteHorizon") }
        return parts.joined(separator: " ")
    }
}

/// The fixed 61-byte header of a v2 (magic 2) record batch, every field as stored.
///
/// Layout, big-endian, with byte offsets from the start of the batch:
///
///     0  baseOffset            i64   set by the broker on append
///     8  batchLength           i32   bytes after this field: total size - 12
///    12  partitionLeaderEpoch  i32   set by the broker on append; not covered by the CRC
///    16  magic                 i8    2
///    17  crc                   u32   CRC-32C of bytes 21..<(12 + batchLength)
///    21  attributes            i16   see `RecordBatchAttributes`
///    23  lastOffsetDelta       i32   offset of the last record (kept by compaction) - baseOffset
///    27  baseTimestamp         i64   first record's timestamp, or the delete horizon
///    35  maxTimestamp          i64   largest record timestamp, or the LogAppendTime
///    43  producerId            i64   -1 without idempotence
///    51  producerEpoch         i16
///    53  baseSequence          i32   sequence of the first record, -1 without idempotence
///    57  recordCount           i32
///    61  records (compressed as a whole when attributes say so)
///
/// The magic byte sits at offset 16 in every format (legacy message sets too), which is how a
/// reader tells formats apart before trusting anything else.
public struct RecordBatchHeader: Sendable, Hashable {
    public var baseOffset: Int64
    public var batchLength: Int32
    public var partitionLeaderEpoch: Int32
    public var magic: Int8
    public var crc: UInt32
    public var attributes: RecordBatchAttributes
    public var lastOffsetDelta: Int32
    public var baseTimestamp: Int64
    public var maxTimestamp: Int64
    public var producerId: Int64
    public var producerEpoch: Int16
    public var baseSequence: Int32
    public var recordCount: Int32

    public init(
        baseOffset: Int64 = 0,
        batchLength: Int32 = Int32(RecordBatchHeader.size - RecordBatchHeader.logOverhead),
        partitionLeaderEpoch: Int32 = RecordBatchHeader.noPartitionLeaderEpoch,
        magic: Int8 = RecordBatchHeader.currentMagic,
        crc: UInt32 = 0,
        attributes: RecordBatchAttributes = RecordBatchAttributes(),
        lastOffsetDelta: Int32 = 0,
        baseTimestamp: Int64 = RecordBatchHeader.noTimestamp,
        maxTimestamp: Int64 = RecordBatchHeader.noTimestamp,
        producerId: Int64 = RecordBatchHeader.noProducerId,
        producerEpoch: Int16 = RecordBatchHeader.noProducerEpoch,
        baseSequence: Int32 = RecordBatchHeader.noSequence,
        recordCount: Int32 = 0
    ) {
        self.baseOffset = baseOffset
        self.batchLength = batchLength
        self.partitionLeaderEpoch = partitionLeaderEpoch
        self.magic = magic
        self.crc = crc
        self.attributes = attributes
        self.lastOffsetDelta = lastOffsetDelta
        self.baseTimestamp = baseTimestamp
        self.maxTimestamp = maxTimestamp
        self.producerId = producerId
        self.producerEpoch = producerEpoch
        self.baseSequence = baseSequence
        self.recordCount = recordCount
    }

    // MARK: Layout

    /// Bytes in the header, up to the first record.
    public static let size = 61
    /// baseOffset + batchLength: the bytes `batchLength` does not count.
    public static let logOverhead = 12
    /// The smallest honest `batchLength`: a header with no records.
    public static let minimumBatchLength = Int32(size - logOverhead)
    public static let currentMagic: Int8 = 2

    public static let baseOffsetOffset = 0
    public static let batchLengthOffset = 8
    public static let partitionLeaderEpochOffset = 12
    public static let magicOffset = 16
    public static let crcOffset = 17
    /// The CRC covers everything from here to the end of the batch.
    public static let attributesOffset = 21
    public static let lastOffsetDeltaOffset = 23
    public static let baseTimestampOffset = 27
    public static let maxTimestampOffset = 35
    public static let producerIdOffset = 43
    public static let producerEpochOffset = 51
    public static let baseSequenceOffset = 53
    public static let recordCountOffset = 57

    public static let noPartitionLeaderEpoch: Int32 = -1
    public static let noTimestamp: Int64 = -1
    public static let noProducerId: Int64 = -1
    public static let noProducerEpoch: Int16 = -1
    public static let noSequence: Int32 = -1

    // MARK: Derived values

    /// Bytes of the whole batch on the wire: `batchLength` + 12.
    public var totalSize: Int { Int(self.batchLength) + Self.logOverhead }

    public var compression: CompressionType? { self.attributes.compression }
    public var timestampType: TimestampType { self.attributes.timestampType }
    public var isTransactional: Bool { self.attributes.isTransactional }
    public var isControl: Bool { self.attributes.isControl }

    /// Offset of the last record the batch was written with (wrapping, never trapping).
    public var lastOffset: Int64 { self.baseOffset &+ Int64(self.lastOffsetDelta) }
    /// The offset the next batch in the log starts at.
    public var nextOffset: Int64 { self.lastOffset &+ 1 }

    /// A producer id is set (idempotent or transactional producer).
    public var hasProducerId: Bool { self.producerId > Self.noProducerId }

    /// Sequence of the last record, wrapping past `Int32.max` to 0 as Kafka's
    /// `DefaultRecordBatch.incrementSequence` does; -1 without idempotence.
    public var lastSequence: Int32 {
        guard self.baseSequence != Self.noSequence else { return Self.noSequence }
        let base = Int64(self.baseSequence)
        let delta = Int64(self.lastOffsetDelta)
        let sum = base + delta
        return Int32(truncatingIfNeeded: sum > Int64(Int32.max) ? sum - Int64(Int32.max) - 1 : sum)
    }

    /// The delete horizon (ms) that compaction stored in `baseTimestamp`, if bit 6 is set.
    public var deleteHorizonMs: Int64? {
        self.attributes.hasDeleteHorizon ? self.baseTimestamp : nil
    }

    // MARK: Reading and writing

    /// Reads the 61 header bytes at absolute `index` without moving the reader index and without
    /// checking anything but that the bytes are readable; nil when fewer than 61 bytes are.
    /// The magic, lengths and CRC are the caller's to judge (see `RecordBatchReader`).
    public init?(_ buffer: ByteBuffer, at index: Int) {
        guard index >= buffer.readerIndex, buffer.writerIndex - index >= Self.size else { return nil }
        self.baseOffset = buffer.getInteger(at: index + Self.baseOffsetOffset, as: Int64.self)!
        self.batchLength = buffer.getInteger(at: index + Self.batchLengthOffset, as: Int32.self)!
        self.partitionLeaderEpoch = buffer.getInteger(at: index + Self.partitionLeaderEpochOffset, as: Int32.self)!
        self.magic = buffer.getInteger(at: index + Self.magicOffset, as: Int8.self)!
        self.crc = buffer.getInteger(at: index + Self.crcOffset, as: UInt32.self)!
        self.attributes = RecordBatchAttributes(rawValue: buffer.getInteger(at: index + Self.attributesOffset, as: Int16.self)!)
        self.lastOffsetDelta = buffer.getInteger(at: index + Self.lastOffsetDeltaOffset, as: Int32.self)!
        self.baseTimestamp = buffer.getInteger(at: index + Self.baseTimestampOffset, as: Int64.self)!
        self.maxTimestamp = buffer.getInteger(at: index + Self.maxTimestampOffset, as: Int64.self)!
        self.producerId = buffer.getInteger(at: index + Self.producerIdOffset, as: Int64.self)!
        self.producerEpoch = buffer.getInteger(at: index + Self.producerEpochOffset, as: Int16.self)!
        self.baseSequence = buffer.getInteger(at: index + Self.baseSequenceOffset, as: Int32.self)!
        self.recordCount = buffer.getInteger(at: index + Self.recordCountOffset, as: Int32.self)!
    }

    /// Writes all 61 bytes exactly as the fields hold them (the CRC is not recomputed).
    public func write(to buffer: inout ByteBuffer) {
        buffer.writeInteger(self.baseOffset)
        buffer.writeInteger(self.batchLength)
        buffer.writeInteger(self.partitionLeaderEpoch)
        buffer.writeInteger(self.magic)
        buffer.writeInteger(self.crc)
        buffer.writeInteger(self.attributes.rawValue)
        buffer.writeInteger(self.lastOffsetDelta)
        buffer.writeInteger(self.baseTimestamp)
        buffer.writeInteger(self.maxTimestamp)
        buffer.writeInteger(self.producerId)
        buffer.writeInteger(self.producerEpoch)
        buffer.writeInteger(self.baseSequence)
        buffer.writeInteger(self.recordCount)
    }
}
