import NIOCore

/// A tagged field this code does not know, kept as raw bytes so that it survives decode-then-encode.
public struct TaggedField: Sendable, Hashable {
    public var tag: UInt32
    public var data: [UInt8]

    public init(tag: UInt32, data: [UInt8]) {
        self.tag = tag
        self.data = data
    }
}
