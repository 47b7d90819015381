import NIOCore
import NIOEmbedded
import NIOTestUtils
import Testing

@testable import SluiceProtocol

@Suite struct FrameDecoderTests {
    private func frame(_ payload: [UInt8]) -> ByteBuffer {
        var buffer = ByteBuffer()
        buffer.writeInteger(Int32(payload.count))
        buffer.writeBytes(payload)
        return buffer
    }

    @Test func verifierByteByByteAndShuffled() throws {
        let payloads: [[UInt8]] = [[], [1], Array(0..<200), Array(repeating: 7, count: 5000)]
        var input = ByteBuffer()
        for payload in payloads {
            var framed = self.frame(payload)
            input.writeBuffer(&framed)
        }
        let expected = payloads.map { ByteBuffer(bytes: $0) }
        try ByteToMessageDecoderVerifier.verifyDecoder(
            inputOutputPairs: [(input, expected)],
            decoderFactory: { KafkaFrameDecoder(maximumFrameSize: 1 << 20) }
        )
    }

    @Test func negativeSizeIsRejected() {
        var buffer = ByteBuffer()
        buffer.writeInteger(Int32(-1))
        #expect(throws: ProtocolError.self) {
            _ = try KafkaFrameDecoder.nextFrame(in: &buffer, maximumFrameSize: 1024)
        }
    }

    @Test func oversizedFrameIsRejectedBeforeItArrives() {
        // Only the 4-byte prefix has arrived: the decoder must refuse now, not wait for 2 GiB.
        var buffer = ByteBuffer()
        buffer.writeInteger(Int32.max)
        #expect(throws: ProtocolError.frameTooLarge(0, limit: 0)) {
            _ = try KafkaFrameDecoder.nextFrame(in: &buffer, maximumFrameSize: 100 * 1024 * 1024)
        }
    }

    @Test func partialFrameWaits() throws {
        var buffer = ByteBuffer()
        buffer.writeInteger(Int32(10))
        buffer.writeBytes([1, 2, 3])
        #expect(try KafkaFrameDecoder.nextFrame(in: &buffer, maximumFrameSize: 1024) == nil)
        #expect(buffer.readableBytes == 7)
    }

    @Test func errorClosesThePipelineWithoutCrashing() throws {
        let channel = EmbeddedChannel(handler: ByteToMessageHandler(KafkaFrameDecoder(maximumFrameSize: 16)))
        var buffer = channel.allocator.buffer(capacity: 8)
        buffer.writeInteger(Int32(17))
        #expect(throws: ProtocolError.self) { try channel.writeInbound(buffer) }
        _ = try? channel.finish()
    }
}
