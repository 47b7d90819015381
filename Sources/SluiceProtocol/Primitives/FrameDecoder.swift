import NIOCore

/// Splits a byte stream into Kafka frames: a big-endian INT32 size, then that many bytes.
///
/// A negative size or one above `maximumFrameSize` (Kafka's `socket.request.max.bytes`, 100 MiB by
/// default) throws before anything is allocated for the frame; the channel should then be closed.
/// Emits the frame's bytes without the size prefix, as a slice of the cumulation buffer.
public struct KafkaFrameDecoder: ByteToMessageDecoder, Sendable {
    public typealias InboundOut = ByteBuffer

    public static let defaultMaximumFrameSize = 104_857_600

    public let maximumFrameSize: Int

    public init(maximumFrameSize: Int = KafkaFrameDecoder.defaultMaximumFrameSize) {
        self.maximumFrameSize = maximumFrameSize
    }

    public mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard let frame = try Self.nextFrame(in: &buffer, maximumFrameSize: self.maximumFrameSize) else {
            return .needMoreData
        }
        context.fireChannelRead(Self.wrapInboundOut(frame))
        return .continue
    }

    public mutating func decodeLast(context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool) throws -> DecodingState {
        // A partial frame at EOF is dropped: the peer went away mid-request.
        while try self.decode(context: context, buffer: &buffer) == .continue {}
        return .needMoreData
    }

    /// Takes one whole frame off the front of `buffer`, or returns nil if it has not all arrived.
    public static func nextFrame(in buffer: inout ByteBuffer, maximumFrameSize: Int) throws -> ByteBuffer? {
        guard let size = buffer.getInteger(at: buffer.readerIndex, endianness: .big, as: Int32.self) else {
            return nil
        }
        guard size >= 0 else { throw ProtocolError.negativeLength(Int(size), context: "frame size") }
        guard Int(size) <= maximumFrameSize else { throw ProtocolError.frameTooLarge(Int(size), limit: maximumFrameSize) }
        guard buffer.readableBytes >= 4 + Int(size) else { return nil }
        buffer.moveReaderIndex(forwardBy: 4)
        return buffer.readSlice(length: Int(size))!
    }
}
