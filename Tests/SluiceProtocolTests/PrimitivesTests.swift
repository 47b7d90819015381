import NIOCore
import Testing

@testable import SluiceProtocol

@Suite struct PrimitivesTests {
    @Test(arguments: [Int32.min, -64, -1, 0, 1, 63, 64, 300, Int32.max])
    func varintRoundTrip(value: Int32) throws {
        var buffer = ByteBuffer()
        buffer.writeVarint(value)
        #expect(try buffer.readVarint() == value)
        #expect(buffer.readableBytes == 0)
    }

    @Test func varintKnownEncodings() throws {
        // Zig-zag: 0 -> 0, -1 -> 1, 1 -> 2, -64 -> 127, 64 -> 128 (two bytes).
        for (value, bytes) in [(Int32(0), [UInt8(0)]), (-1, [1]), (1, [2]), (-64, [0x7F]), (64, [0x80, 0x01])] {
            var buffer = ByteBuffer()
            buffer.writeVarint(value)
            #expect(Array(buffer.readableBytesView) == bytes)
        }
    }

    @Test func varlongExtremes() throws {
        for value in [Int64.min, Int64.max, 0, -1] {
            var buffer = ByteBuffer()
            buffer.writeVarlong(value)
            #expect(buffer.readableBytes == ByteBuffer.varintSize(value))
            #expect(try buffer.readVarlong() == value)
        }
    }

    @Test func overlongVarintIsRejected() {
        var buffer = ByteBuffer(bytes: [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01])
        #expect(throws: ProtocolError.self) { try buffer.readUnsignedVarint() }
        var truncated = ByteBuffer(bytes: [0x80, 0x80])
        #expect(throws: ProtocolError.self) { try truncated.readUnsignedVarint() }
    }

    @Test func lengthLargerThanBufferIsRejectedBeforeAllocating() {
        var buffer = ByteBuffer()
        buffer.writeInteger(Int32.max)
        buffer.writeBytes([1, 2, 3])
        #expect(throws: ProtocolError.self) { try buffer.readKafkaBytes(compact: false, "test") }
        var array = ByteBuffer()
        array.writeInteger(Int32(1_000_000))
        #expect(throws: ProtocolError.self) { try array.readKafkaArrayCount(compact: false, "test") }
        var negative = ByteBuffer()
        negative.writeInteger(Int16(-2))
        #expect(throws: ProtocolError.self) { try negative.readKafkaString(compact: false, "test") }
    }

    @Test func compactAndClassicStrings() throws {
        for compact in [false, true] {
            var buffer = ByteBuffer()
            try buffer.writeKafkaString("héllo", compact: compact)
            try buffer.writeKafkaString(nil, compact: compact)
            #expect(try buffer.readKafkaString(compact: compact, "s") == "héllo")
            #expect(try buffer.readKafkaNullableString(compact: compact, "s") == nil)
        }
    }

    @Test func taggedFieldsKeepUnknownAndRejectDisorder() throws {
        var buffer = ByteBuffer()
        buffer.writeTaggedFields([(0, ByteBuffer(bytes: [7]))], unknown: [TaggedField(tag: 5, data: [1, 2])])
        var seen: [UInt32] = []
        let unknown = try buffer.readTaggedFields("t") { tag, slice in
            guard tag == 0 else { return false }
            seen.append(UInt32(try slice.readKafkaInteger(as: UInt8.self, "t")))
            return true
        }
        #expect(seen == [7])
        #expect(unknown == [TaggedField(tag: 5, data: [1, 2])])

        var disordered = ByteBuffer(bytes: [2, 5, 0, 3, 0])
        #expect(throws: ProtocolError.self) { try disordered.readTaggedFields("t") { _, _ in false } }
    }

    @Test func uuidPrintsAsKafkaDoes() throws {
        let uuid = KafkaUUID(high: 0x0123_4567_89AB_CDEF, low: 0xFEDC_BA98_7654_3210)
        #expect(KafkaUUID(uuid.description) == uuid)
        #expect(uuid.description.count == 22)
        #expect(KafkaUUID.zero.description == "AAAAAAAAAAAAAAAAAAAAAA")
    }

    @Test func errorCodesMatchKafka() {
        #expect(ErrorCode.messageTooLarge.rawValue == 10)
        #expect(ErrorCode.notLeaderOrFollower.isRetriable)
        #expect(!ErrorCode.invalidProducerEpoch.isRetriable)
        #expect(ErrorCode(code: 9999) == .unknownServerError)
        #expect(ErrorCode.outOfOrderSequenceNumber.name == "OUT_OF_ORDER_SEQUENCE_NUMBER")
    }
}
