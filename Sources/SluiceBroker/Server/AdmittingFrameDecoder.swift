import NIOCore
import SluiceProtocol

/// `KafkaFrameDecoder` with admission control: once a frame's size prefix arrives, its bytes are
/// reserved in the shared `RequestMemoryPool` before the rest is read. When the pool is full the
/// connection stops reading (autoRead off) until room is released, then decoding resumes with
/// what is already buffered.
struct AdmittingFrameDecoder: ByteToMessageDecoder {
    typealias InboundOut = ByteBuffer

    let maximumFrameSize: Int
    let reservations: ConnectionReservations
    /// The size of the frame being read, once admitted.
    private var admitted: Int?

    init(maximumFrameSize: Int, reservations: ConnectionReservations) {
        self.maximumFrameSize = maximumFrameSize
        self.reservations = reservations
    }

    mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard let size = buffer.getInteger(at: buffer.readerIndex, endianness: .big, as: Int32.self) else {
            return .needMoreData
        }
        guard size >= 0 else { throw ProtocolError.negativeLength(Int(size), context: "frame size") }
        guard Int(size) <= self.maximumFrameSize else {
            throw ProtocolError.frameTooLarge(Int(size), limit: self.maximumFrameSize)
        }
        if self.admitted == nil {
            guard self.reservations.pool.tryReserve(Int(size)) else {
                self.pauseUntilRoom(context: context)
                return .needMoreData
            }
            self.reservations.add(Int(size))
            self.admitted = Int(size)
        }
        guard let frame = try KafkaFrameDecoder.nextFrame(in: &buffer, maximumFrameSize: self.maximumFrameSize) else {
            return .needMoreData
        }
        self.admitted = nil
        context.fireChannelRead(Self.wrapInboundOut(frame))
        return .continue
    }

    mutating func decodeLast(context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool) throws -> DecodingState {
        // A partial frame at EOF is dropped: the peer went away mid-request.
        while try self.decode(context: context, buffer: &buffer) == .continue {}
        return .needMoreData
    }

    private func pauseUntilRoom(context: ChannelHandlerContext) {
        let channel = context.channel
        let loop = context.eventLoop
        _ = channel.setOption(ChannelOptions.autoRead, value: false)
        self.reservations.pool.notifyWhenAvailable {
            loop.execute {
                _ = channel.setOption(ChannelOptions.autoRead, value: true)
                // Re-run the decoder over what is already buffered.
                channel.pipeline.fireChannelRead(ByteBuffer())
            }
        }
    }
}
