import NIOConcurrencyHelpers
import NIOCore
import SluiceStorage

/// Hands out producer ids for InitProducerId, never the same one twice, across restarts.
///
/// Ids are reserved in blocks of `blockSize` (as Kafka's controller hands out blocks of 1000): the
/// end of the current block is written atomically to `producer-id-block` before any id from it is
/// given out, so a crash can only skip ids, never repeat them.
public final class ProducerIdManager: Sendable {
    public static let fileName = "producer-id-block"
    public static let blockSize: Int64 = 1000

    private struct State {
        var next: Int64
        var blockEnd: Int64
    }

    private let path: String
    private let fileIO: any FileIO
    private let state: NIOLockedValueBox<State>

    public init(directory: String, fileIO: any FileIO) throws {
        self.path = directory + "/" + Self.fileName
        self.fileIO = fileIO
        var start: Int64 = 0
        if fileIO.fileExists(self.path) {
            let text = String(buffer: try fileIO.readWholeFile(self.path)).trimmingCharacters(in: " \n\t\r")
            guard let stored = Int64(text), stored >= 0 else {
                throw StorageError.malformedFile(path: self.path, "expected the next free producer id, found '\(text)'")
            }
            start = stored
        }
        self.state = NIOLockedValueBox(State(next: start, blockEnd: start))
    }

    /// The next unused producer id.
    public func nextProducerId() throws -> Int64 {
        try self.state.withLockedValue { state in
            if state.next >= state.blockEnd {
                let end = state.next + Self.blockSize
                var content = ByteBuffer()
                content.writeString("\(end)\n")
                try atomicWrite(content, to: self.path, fileIO: self.fileIO)
                state.blockEnd = end
            }
            defer { state.next += 1 }
            return state.next
        }
    }
}
