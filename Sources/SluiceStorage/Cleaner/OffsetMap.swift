import NIOCore

/// Key → offset of its latest record in the dirty section of a log, built before cleaning
/// (Kafka's `OffsetMap` / `SkimpyOffsetMap`).
///
/// Kafka keeps a 16-byte MD5 of each key in a fixed array sized by `log.cleaner.dedupe.buffer.size`
/// and accepts the (small) chance that two keys collide and one shadows the other. This map keeps
/// a copy of the key bytes instead, so it never confuses two keys; the memory budget is enforced by
/// charging each distinct key `key bytes + entryOverheadBytes` against `memoryBudget`. The
/// overhead is an estimate of what a key costs besides its bytes: a dictionary slot (a 24-byte
/// `ByteBuffer` and an 8-byte offset, at a load factor of at most 3/4) plus the key's own storage
/// object and malloc rounding. It bounds the map's size in proportion to the budget; it is not a
/// measured RSS.
///
/// When a new key does not fit, `put` refuses it and the map is full: the caller stops building
/// there and cleans only up to `latestOffset` (Kafka's behaviour); records above `latestOffset`
/// are kept unconditionally and become the next pass's dirty section. Overwriting a key already
/// present costs nothing and is always accepted.
///
/// Not thread-safe; owned by one cleaning pass.
public struct OffsetMap: Sendable {
    /// Kafka's `log.cleaner.dedupe.buffer.size` default: 128 MiB (shared by all cleaner threads there).
    public static let defaultMemoryBudget = 128 * 1024 * 1024
    /// Bytes charged per distinct key on top of its length (see the type's note).
    public static let entryOverheadBytes = 128

    public let memoryBudget: Int
    /// Bytes charged so far; never more than `memoryBudget`.
    public private(set) var usedBytes = 0
    /// The highest offset the map accounts for, -1 when nothing was added: every record at or
    /// below it whose key is in the map is covered. Kafka's `latestOffset`.
    public private(set) var latestOffset: Int64 = -1
    /// Set once `put` refused a key.
    public private(set) var isFull = false

    private var offsets: [ByteBuffer: Int64] = [:]

    public init(memoryBudget: Int = OffsetMap.defaultMemoryBudget) {
        precondition(memoryBudget >= 0, "a negative memory budget")
        self.memoryBudget = memoryBudget
    }

    /// Distinct keys held.
    public var count: Int { self.offsets.count }

    /// The latest offset recorded for `key`, nil if the key is not in the map.
    public func offset(forKey key: ByteBuffer) -> Int64? {
        self.offsets[key]
    }

    /// Records `offset` as the latest for `key` and raises `latestOffset` to it. Returns false,
    /// changing nothing and marking the map full, when `key` is new and its charge would exceed
    /// the budget. Offsets must be put in increasing order.
    @discardableResult
    public mutating func put(key: ByteBuffer, offset: Int64) -> Bool {
        if self.offsets[key] != nil {
            self.offsets[key] = offset
        } else {
            let cost = Self.cost(ofKey: key)
            guard !self.isFull, self.usedBytes + cost <= self.memoryBudget else {
                self.isFull = true
                return false
            }
            // A compact copy: the key may be a slice of a large decompressed buffer.
            self.offsets[ByteBuffer(bytes: key.readableBytesView)] = offset
            self.usedBytes += cost
        }
        self.latestOffset = max(self.latestOffset, offset)
        return true
    }

    /// Raises `latestOffset` past records that carry no key for the map (control batches,
    /// aborted data, null keys), as Kafka does after each batch it indexes.
    public mutating func updateLatestOffset(_ offset: Int64) {
        self.latestOffset = max(self.latestOffset, offset)
    }

    public mutating func clear() {
        self.offsets.removeAll(keepingCapacity: true)
        self.usedBytes = 0
        self.latestOffset = -1
        self.isFull = false
    }

    public static func cost(ofKey key: ByteBuffer) -> Int {
        key.readableBytes + Self.entryOverheadBytes
    }
}
