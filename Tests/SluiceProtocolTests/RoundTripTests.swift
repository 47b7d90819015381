import NIOCore
import SluiceTestKit
import Testing

@testable import SluiceProtocol

/// One generated type, named for the test report.
struct MessageCase: Sendable, CustomTestStringConvertible {
    let type: any SampledMessage.Type
    var testDescription: String { String(describing: self.type) }
}

/// Every generated type at every valid version, from the samples SluiceCodegen writes: each field
/// that version carries holds a non-default value, so a field dropped or misplaced by encode or
/// decode shows up as an inequality or as bytes left over.
@Suite struct RoundTripTests {
    static let cases: [MessageCase] = MessageSamples.allTypes.map { MessageCase(type: $0) }

    @Test func everyGeneratedTypeHasASample() {
        // 72 request/response pairs, 2 headers, 8 data specs, 16 coordinator records (the keys and
        // values of OffsetCommit, GroupMetadata and the six KIP-848 ConsumerGroup records).
        #expect(Self.cases.count == 72 * 2 + 2 + 8 + 16)
        #expect(ApiKey.allCases.filter { $0.requestType != nil }.count == 72)
        #expect(ApiKey.allCases.filter { $0.responseType != nil }.count == 72)
        for key in ApiKey.allCases {
            #expect((key.requestType == nil) == (key.responseType == nil))
            if let request = key.requestType { #expect(request.apiKey == key) }
            if let response = key.responseType { #expect(response.apiKey == key) }
        }
    }

    @Test(arguments: Self.cases)
    func roundTrip(_ messageCase: MessageCase) throws {
        try Self.roundTrip(messageCase.type)
    }

    static func roundTrip<T: SampledMessage>(_ type: T.Type) throws {
        for version in T.validVersions {
            let sample = T.sample(version: version)
            var encoded = ByteBuffer()
            try sample.encode(into: &encoded, version: version)
            var defaultEncoding = ByteBuffer()
            try T().encode(into: &defaultEncoding, version: version)
            // Only a version with no fields at all (ListGroups v0) may have a sample equal to the default.
            #expect(sample != T() || defaultEncoding.readableBytes == 0, "\(T.self) v\(version): sample equals the default value")
            var reader = encoded
            let decoded = try T(from: &reader, version: version)
            #expect(decoded == sample, "\(T.self) v\(version) decodes to a different value")
            #expect(reader.readableBytes == 0, "\(T.self) v\(version) leaves \(reader.readableBytes) bytes unread")
            var reencoded = ByteBuffer()
            try decoded.encode(into: &reencoded, version: version)
            #expect(reencoded == encoded, "\(T.self) v\(version) re-encodes to different bytes")
        }
    }

    @Test(arguments: Self.cases)
    func truncatedInputThrows(_ messageCase: MessageCase) throws {
        try Self.truncatedInputThrows(messageCase.type)
    }

    /// Every strict prefix of an encoding must fail to decode, with a ProtocolError and no trap.
    static func truncatedInputThrows<T: SampledMessage>(_ type: T.Type) throws {
        for version in T.validVersions {
            var encoded = ByteBuffer()
            try T.sample(version: version).encode(into: &encoded, version: version)
            let bytes = Array(encoded.readableBytesView)
            for length in 0..<bytes.count {
                var prefix = ByteBuffer(bytes: bytes[0..<length])
                #expect(throws: ProtocolError.self, "\(T.self) v\(version) decoded from \(length) of \(bytes.count) bytes") {
                    _ = try T(from: &prefix, version: version)
                }
            }
        }
    }

    @Test(arguments: Self.cases)
    func versionsOutsideValidVersionsAreRejected(_ messageCase: MessageCase) throws {
        try Self.rejectsUnknownVersions(messageCase.type)
    }

    static func rejectsUnknownVersions<T: SampledMessage>(_ type: T.Type) throws {
        let unsupported = ProtocolError.unsupportedVersion("", version: 0)
        for version in [T.validVersions.upperBound + 1, -1] {
            var empty = ByteBuffer()
            #expect(throws: unsupported) { try T.sample(version: T.validVersions.upperBound).encode(into: &empty, version: version) }
            var bytes = ByteBuffer(bytes: [UInt8](repeating: 0, count: 64))
            #expect(throws: unsupported) { _ = try T(from: &bytes, version: version) }
        }
    }

    @Test(arguments: Self.cases)
    func corruptedInputThrowsOrDecodes(_ messageCase: MessageCase) throws {
        try Self.corruptedInputThrowsOrDecodes(messageCase.type)
    }

    /// Overwrites bytes of each sample's encoding (deterministically) and decodes: the decoder may
    /// accept the result or throw a ProtocolError, but must not trap or throw anything else.
    static func corruptedInputThrowsOrDecodes<T: SampledMessage>(_ type: T.Type) throws {
        var random = SplitMix64(seed: 0x5111CE)
        let replacements: [UInt8] = [0x00, 0x01, 0x7F, 0x80, 0xFF]
        for version in T.validVersions {
            var encoded = ByteBuffer()
            try T.sample(version: version).encode(into: &encoded, version: version)
            let bytes = Array(encoded.readableBytesView)
            guard !bytes.isEmpty else { continue }
            for _ in 0..<40 {
                var corrupted = bytes
                for _ in 0..<(1 + Int(random.next() % 3)) {
                    let position = Int(random.next() % UInt64(corrupted.count))
                    corrupted[position] = replacements[Int(random.next() % UInt64(replacements.count))]
                }
                var buffer = ByteBuffer(bytes: corrupted)
                do {
                    let decoded = try T(from: &buffer, version: version)
                    // Whatever was accepted must encode again.
                    var again = ByteBuffer()
                    try decoded.encode(into: &again, version: version)
                } catch is ProtocolError {
                    continue
                } catch {
                    Issue.record("\(T.self) v\(version): unexpected error \(error)")
                }
            }
        }
    }
}

