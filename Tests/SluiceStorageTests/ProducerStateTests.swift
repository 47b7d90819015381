import NIOCore
import SluiceProtocol
@testable import SluiceStorage
import Testing

@Suite("ProducerState")
struct ProducerStateTests {
    @Test("in-order batches are accepted and the last five are retained, oldest first")
    func inOrder() {
        var state = ProducerStateManager()
        var offset: Int64 = 0
        for index in 0..<7 {
            let header = producerHeader(sequence: Int32(index * 2), offset: offset)
            #expect(validateAndApply(&state, header) == .append)
            offset = header.nextOffset
        }
        let entry = state.entry(for: 7)
        #expect(entry?.batches.count == 5)
        #expect(entry?.batches.map(\.firstSequence) == [4, 6, 8, 10, 12])
        #expect(entry?.batches.map(\.firstOffset) == [4, 6, 8, 10, 12])
        #expect(entry?.lastSequence == 13)
        #expect(state.mapEndOffset == 14)
    }

    @Test("a retry of each of the last five batches is a duplicate with its offsets; the sixth-oldest is out of order")
    func duplicates() {
        var state = ProducerStateManager()
        var offset: Int64 = 100
        for index in 0..<6 {
            let header = producerHeader(sequence: Int32(index * 3), count: 3, offset: offset, timestamp: 5_000 + Int64(index))
            #expect(validateAndApply(&state, header) == .append)
            offset = header.nextOffset
        }
        for index in 1..<6 {
            let retry = producerHeader(sequence: Int32(index * 3), count: 3, offset: 0)
            let expected = ProducerBatchMetadata(
                lastSequence: Int32(index * 3 + 2), lastOffset: 100 + Int64(index * 3 + 2), offsetDelta: 2, timestamp: 5_000 + Int64(index)
            )
            #expect(state.validate(retry) == .duplicate(expected))
        }
        #expect(errorCode(state.validate(producerHeader(sequence: 0, count: 3))) == .outOfOrderSequenceNumber)
        // Same first sequence but a different range is not a duplicate.
        #expect(errorCode(state.validate(producerHeader(sequence: 15, count: 2))) == .outOfOrderSequenceNumber)
        // A duplicate needs the same epoch.
        #expect(errorCode(state.validate(producerHeader(epoch: 1, sequence: 15, count: 3))) == .outOfOrderSequenceNumber)
    }

    @Test("gaps and repeats of a sequence are OUT_OF_ORDER_SEQUENCE_NUMBER")
    func gaps() {
        var state = ProducerStateManager()
        validateAndApply(&state, producerHeader(sequence: 0, count: 2))
        #expect(errorCode(state.validate(producerHeader(sequence: 3, offset: 2))) == .outOfOrderSequenceNumber)
        #expect(errorCode(state.validate(producerHeader(sequence: 1, count: 1, offset: 2))) == .outOfOrderSequenceNumber)
        #expect(state.validate(producerHeader(sequence: 2, offset: 2)) == .append)
    }

    @Test("an older epoch is INVALID_PRODUCER_EPOCH; a newer one must start at sequence 0")
    func epochs() {
        var state = ProducerStateManager()
        validateAndApply(&state, producerHeader(epoch: 3, sequence: 0))
        validateAndApply(&state, producerHeader(epoch: 3, sequence: 2, offset: 2))
        #expect(errorCode(state.validate(producerHeader(epoch: 2, sequence: 4, offset: 4))) == .invalidProducerEpoch)
        #expect(errorCode(state.validate(producerHeader(epoch: 4, sequence: 4, offset: 4))) == .outOfOrderSequenceNumber)
        #expect(validateAndApply(&state, producerHeader(epoch: 4, sequence: 0, offset: 4)) == .append)
        let entry = state.entry(for: 7)
        #expect(entry?.producerEpoch == 4)
        #expect(entry?.batches.count == 1)
        // The old epoch's batches are gone: its retry is fenced, not a duplicate.
        #expect(errorCode(state.validate(producerHeader(epoch: 3, sequence: 2))) == .invalidProducerEpoch)
    }

    @Test("an unknown producer id's first batch is accepted at any sequence (KIP-360)")
    func unknownProducer() {
        var state = ProducerStateManager()
        #expect(validateAndApply(&state, producerHeader(epoch: 5, sequence: 42)) == .append)
        #expect(errorCode(state.validate(producerHeader(epoch: 5, sequence: 45, offset: 2))) == .outOfOrderSequenceNumber)
        #expect(state.validate(producerHeader(epoch: 5, sequence: 44, offset: 2)) == .append)
    }

    @Test("sequences wrap from Int32.max to 0, inside a batch and between batches")
    func wrapAround() {
        var state = ProducerStateManager()
        let spanning = producerHeader(sequence: Int32.max - 1, count: 3)
        #expect(spanning.lastSequence == 0)
        #expect(validateAndApply(&state, spanning) == .append)
        #expect(state.entry(for: 7)?.batches.last?.firstSequence == Int32.max - 1)
        #expect(state.validate(producerHeader(sequence: Int32.max - 1, count: 3)) == .duplicate(state.entry(for: 7)!.batches[0]))
        #expect(validateAndApply(&state, producerHeader(sequence: 1, offset: 3)) == .append)

        var other = ProducerStateManager()
        validateAndApply(&other, producerHeader(sequence: Int32.max - 1, count: 2))
        #expect(other.entry(for: 7)?.lastSequence == Int32.max)
        #expect(errorCode(other.validate(producerHeader(sequence: Int32.max, offset: 2))) == .outOfOrderSequenceNumber)
        #expect(validateAndApply(&other, producerHeader(sequence: 0, offset: 2)) == .append)
    }

    @Test("batches without a producer id are not tracked")
    func noProducerId() {
        var state = ProducerStateManager()
        let plain = RecordBatchHeader(baseOffset: 0, lastOffsetDelta: 4, recordCount: 5)
        #expect(validateAndApply(&state, plain) == .append)
        #expect(state.isEmpty)
        #expect(state.mapEndOffset == 5)
    }

    @Test("several batches of one producer in one append are checked in order against each other")
    func pendingBatches() {
        let state = ProducerStateManager()
        var update = ProducerStateUpdate()
        let first = producerHeader(sequence: 0, offset: 0)
        #expect(state.validate(first, pending: update) == .append)
        state.record(first, into: &update)
        #expect(errorCode(state.validate(producerHeader(sequence: 5, offset: 2), pending: update)) == .outOfOrderSequenceNumber)
        #expect(state.validate(producerHeader(sequence: 2, offset: 2), pending: update) == .append)
        // The same batch twice in one append: the second is not a duplicate of an unwritten batch.
        #expect(errorCode(state.validate(first, pending: update)) == .outOfOrderSequenceNumber)
        #expect(state.isEmpty)
    }

    @Test("transactions: the first transactional batch opens one, a marker closes it, data outside it is INVALID_TXN_STATE")
    func transactions() {
        var state = ProducerStateManager()
        validateAndApply(&state, producerHeader(sequence: 0, offset: 10, transactional: true))
        validateAndApply(&state, producerHeader(sequence: 2, offset: 12, transactional: true))
        #expect(state.entry(for: 7)?.currentTxnFirstOffset == 10)
        #expect(errorCode(state.validate(producerHeader(sequence: 4, offset: 14))) == .invalidTxnState)
        let marker = producerHeader(sequence: 0, count: 1, offset: 14, timestamp: 2_000, transactional: true, control: true)
        #expect(state.validate(marker, marker: EndTransactionMarker(type: .commit, coordinatorEpoch: 3)) == .append)
        state.replay(marker, marker: EndTransactionMarker(type: .commit, coordinatorEpoch: 3))
        let entry = state.entry(for: 7)
        #expect(entry?.currentTxnFirstOffset == nil)
        #expect(entry?.coordinatorEpoch == 3)
        #expect(entry?.batches.count == 2)
        #expect(entry?.lastTimestamp == 2_000)
        #expect(state.validate(producerHeader(sequence: 4, offset: 15)) == .append)
        #expect(
            errorCode(state.validate(marker, marker: EndTransactionMarker(type: .abort, coordinatorEpoch: 2))) == .transactionCoordinatorFenced
        )
    }

    @Test("producers idle for producer.id.expiration.ms are removed, unless a transaction is open")
    func expiry() {
        var state = ProducerStateManager(producerIdExpirationMs: 1_000)
        validateAndApply(&state, producerHeader(producerId: 1, sequence: 0, timestamp: 10_000))
        validateAndApply(&state, producerHeader(producerId: 2, sequence: 0, offset: 2, timestamp: 10_500))
        validateAndApply(&state, producerHeader(producerId: 3, sequence: 0, offset: 4, timestamp: 9_000, transactional: true))
        #expect(state.removeExpiredProducers(nowMs: 10_999) == 0)
        #expect(state.removeExpiredProducers(nowMs: 11_000) == 1)
        #expect(Set(state.producers.keys) == [2, 3])
        #expect(state.removeExpiredProducers(nowMs: 100_000) == 1)
        #expect(Set(state.producers.keys) == [3])
        // Forgotten: any sequence is accepted again.
        #expect(state.validate(producerHeader(producerId: 1, sequence: 77)) == .append)
    }

    // MARK: Snapshot format

    @Test("snapshot bytes follow Kafka's version 1 layout, one 46-byte entry per retained batch")
    func snapshotLayout() throws {
        let entry = ProducerStateEntry(
            producerId: 0x0102_0304_0506_0708, producerEpoch: 9,
            batches: [ProducerBatchMetadata(lastSequence: 11, lastOffset: 40, offsetDelta: 3, timestamp: 500)],
            coordinatorEpoch: 4, lastTimestamp: 600, currentTxnFirstOffset: 37
        )
        let bytes = ProducerSnapshot.encode([entry]).bytes
        #expect(bytes.count == 10 + 46)
        var expected: [UInt8] = [0, 1]  // version
        expected += [0, 0, 0, 0]  // crc, checked below
        expected += [0, 0, 0, 1]  // count
        expected += [1, 2, 3, 4, 5, 6, 7, 8]  // producer id
        expected += [0, 9]  // epoch
        expected += [0, 0, 0, 11]  // last sequence
        expected += [0, 0, 0, 0, 0, 0, 0, 40]  // last offset
        expected += [0, 0, 0, 3]  // offset delta
        expected += [0, 0, 0, 0, 0, 0, 0x02, 0x58]  // timestamp: the entry's last timestamp (600)
        expected += [0, 0, 0, 4]  // coordinator epoch
        expected += [0, 0, 0, 0, 0, 0, 0, 37]  // current txn first offset
        #expect(Array(bytes[0..<2]) == Array(expected[0..<2]))
        #expect(Array(bytes[6...]) == Array(expected[6...]))
        let crc = CRC32C.checksum(Array(bytes[6...]))
        #expect(Array(bytes[2..<6]) == [UInt8(crc >> 24), UInt8(crc >> 16 & 0xFF), UInt8(crc >> 8 & 0xFF), UInt8(crc & 0xFF)])

        let decoded = try ProducerSnapshot.decode(ByteBuffer(bytes: bytes))
        var roundTripped = entry
        roundTripped.batches[0].timestamp = 600
        #expect(decoded == [roundTripped])
    }

    @Test("a snapshot round trip keeps every retained batch, entries without batches, and no open transaction as -1")
    func snapshotRoundTrip() throws {
        var state = ProducerStateManager()
        var offset: Int64 = 0
        for index in 0..<7 {
            for producerId: Int64 in [5, 9] {
                let header = producerHeader(producerId: producerId, sequence: Int32(index * 2), offset: offset, timestamp: 1_000 + offset)
                validateAndApply(&state, header)
                offset = header.nextOffset
            }
        }
        let markerOnly = producerHeader(producerId: 11, epoch: 2, sequence: 0, count: 1, offset: offset, timestamp: 77, control: true)
        state.replay(markerOnly, marker: EndTransactionMarker(type: .abort, coordinatorEpoch: 8))
        let bytes = ProducerSnapshot.encode(state.producers.values)
        #expect(bytes.readableBytes == 10 + 46 * (5 + 5 + 1))
        let decoded = try ProducerSnapshot.decode(bytes)
        #expect(decoded.map(\.producerId) == [5, 9, 11])
        #expect(decoded[0] == state.entry(for: 5))
        #expect(decoded[1] == state.entry(for: 9))
        #expect(decoded[2] == state.entry(for: 11))
        #expect(decoded[2].batches.isEmpty && decoded[2].coordinatorEpoch == 8 && decoded[2].producerEpoch == 2)
    }

    @Test("a Kafka-style snapshot with one entry per producer reads as one retained batch")
    func kafkaStyleSnapshot() throws {
        let single = ProducerStateEntry(
            producerId: 3, producerEpoch: 1, batches: [ProducerBatchMetadata(lastSequence: 9, lastOffset: 19, offsetDelta: 4, timestamp: 50)],
            lastTimestamp: 50
        )
        let decoded = try ProducerSnapshot.decode(ProducerSnapshot.encode([single]))
        #expect(decoded == [single])
        #expect(decoded[0].batches[0].firstSequence == 5 && decoded[0].batches[0].firstOffset == 15)
    }

    @Test("corrupt snapshots are rejected: a flipped bit, a wrong version, a cut or padded file")
    func corruptSnapshots() {
        let entry = ProducerStateEntry(
            producerId: 3, producerEpoch: 1, batches: [ProducerBatchMetadata(lastSequence: 9, lastOffset: 19, offsetDelta: 4, timestamp: 50)],
            lastTimestamp: 50
        )
        let good = ProducerSnapshot.encode([entry]).bytes
        var flipped = good
        flipped[20] ^= 0x10
        var version = good
        version[1] = 2
        for bad in [flipped, version, Array(good.dropLast()), good + [0], [0, 1, 0]] {
            #expect(throws: ProducerSnapshotError.self) { try ProducerSnapshot.decode(ByteBuffer(bytes: bad)) }
        }
    }

    @Test("snapshot file names carry the offset in 20 digits")
    func fileNames() {
        #expect(ProducerSnapshot.fileName(offset: 42) == "00000000000000000042.snapshot")
        #expect(ProducerSnapshot.offset(fromFileName: "00000000000000000042.snapshot") == 42)
        #expect(ProducerSnapshot.offset(fromFileName: "00000000000000000042.snapshot.tmp") == nil)
        #expect(ProducerSnapshot.offset(fromFileName: "00000000000000000042.log") == nil)
        #expect(ProducerSnapshot.offset(fromFileName: "0000000000000000004x.snapshot") == nil)
    }
}
