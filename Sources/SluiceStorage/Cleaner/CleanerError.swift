import SluiceProtocol

/// Why compaction could not proceed. The cleaning core never leaves partial output behind: on an
/// error the caller discards whatever it was building and keeps the segments it had.
public struct CleanerError: Error, Sendable, Hashable, CustomStringConvertible {
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        fileprivate enum Base: Sendable, Hashable {
            case invalidConfig
            case corruptBatch
            case missingCodec
            case encodingFailed
            case outOfOrder
        }
        fileprivate let base: Base

        /// A topic config did not parse or broke an invariant.
        public static let invalidConfig = Code(base: .invalidConfig)
        /// A batch or record in the log failed validation while being read.
        public static let corruptBatch = Code(base: .corruptBatch)
        /// No codec for a compressed batch.
        public static let missingCodec = Code(base: .missingCodec)
        /// Re-encoding retained records failed.
        public static let encodingFailed = Code(base: .encodingFailed)
        /// Batches or segments were not handed over in offset order.
        public static let outOfOrder = Code(base: .outOfOrder)

        public var description: String { "\(self.base)" }
    }

    public let code: Code
    public let message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    static func invalidConfig(_ name: String, _ value: String) -> CleanerError {
        CleanerError(.invalidConfig, "invalid value '\(value)' for \(name)")
    }

    public var description: String { "\(self.code): \(self.message)" }
}
