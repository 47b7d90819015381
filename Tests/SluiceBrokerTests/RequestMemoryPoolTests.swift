import NIOCore
import NIOEmbedded
import Testing

@testable import SluiceBroker

@Suite struct RequestMemoryPoolTests {
    private func frame(_ size: Int) -> ByteBuffer {
        var buffer = ByteBuffer()
        buffer.writeInteger(Int32(size))
        buffer.writeRepeatingByte(7, count: size)
        return buffer
    }

    private func channel(_ reservations: ConnectionReservations) throws -> EmbeddedChannel {
        let channel = EmbeddedChannel()
        try channel.pipeline.syncOperations.addHandler(
            ByteToMessageHandler(AdmittingFrameDecoder(maximumFrameSize: 1_000, reservations: reservations))
        )
        return channel
    }

    @Test func aFullPoolHoldsBackTheNextFrameUntilRoomIsReleased() throws {
        let pool = RequestMemoryPool(capacity: 100)
        let first = ConnectionReservations(pool: pool)
        let second = ConnectionReservations(pool: pool)
        let a = try self.channel(first)
        let b = try self.channel(second)

        try a.writeInbound(self.frame(80))
        #expect(try a.readInbound(as: ByteBuffer.self)?.readableBytes == 80)
        #expect(pool.used == 80)

        try b.writeInbound(self.frame(80))
        #expect(try b.readInbound(as: ByteBuffer.self) == nil)
        #expect(pool.used == 80)

        first.release(80)
        b.embeddedEventLoop.run()
        #expect(try b.readInbound(as: ByteBuffer.self)?.readableBytes == 80)
        #expect(pool.used == 80)
        second.releaseAll()
        #expect(pool.used == 0)
    }

    @Test func oneFrameLargerThanThePoolStillPassesAlone() throws {
        let pool = RequestMemoryPool(capacity: 10)
        let reservations = ConnectionReservations(pool: pool)
        let channel = try self.channel(reservations)
        try channel.writeInbound(self.frame(500))
        #expect(try channel.readInbound(as: ByteBuffer.self)?.readableBytes == 500)
        reservations.releaseAll()
        #expect(pool.used == 0)
    }

    @Test func oversizedAndNegativeFramesAreRefusedBeforeReservation() throws {
        let pool = RequestMemoryPool(capacity: 100)
        let channel = try self.channel(ConnectionReservations(pool: pool))
        var huge = ByteBuffer()
        huge.writeInteger(Int32.max)
        #expect(throws: (any Error).self) { try channel.writeInbound(huge) }
        #expect(pool.used == 0)

        let other = try self.channel(ConnectionReservations(pool: pool))
        var negative = ByteBuffer()
        negative.writeInteger(Int32(-1))
        #expect(throws: (any Error).self) { try other.writeInbound(negative) }
        #expect(pool.used == 0)
    }

    @Test func aClosedConnectionReturnsAPartlyReadFrame() throws {
        let pool = RequestMemoryPool(capacity: 1_000)
        let reservations = ConnectionReservations(pool: pool)
        let channel = try self.channel(reservations)
        var partial = ByteBuffer()
        partial.writeInteger(Int32(300))
        partial.writeRepeatingByte(1, count: 100)
        try channel.writeInbound(partial)
        #expect(pool.used == 300)
        reservations.releaseAll()
        #expect(pool.used == 0)
    }
}
