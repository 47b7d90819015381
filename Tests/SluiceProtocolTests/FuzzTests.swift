import NIOCore
import SluiceCompression
import SluiceTestKit
import Testing

@testable import SluiceProtocol

/// Feeds random and mutated bytes to every decoder. The assertion is that nothing traps: every
/// input either decodes (and then re-encodes without trapping) or throws a `ProtocolError`.
@Suite struct FuzzTests {

    /// Every generated request, response, header and data type.
    static let messageTypes: [any SampledMessage.Type] = MessageSamples.allTypes

    /// One decode attempt; returns whether it decoded.
    @discardableResult
    static func attempt(_ type: any SampledMessage.Type, _ bytes: ByteBuffer, version: Int16) -> Bool {
        var input = bytes
        do {
            let value = try type.init(from: &input, version: version)
            var output = ByteBuffer()
            // Encoding what was decoded must not trap; it may throw (e.g. a null the version forbids).
            try? value.encode(into: &output, version: version)
            return true
        } catch is ProtocolError {
            return false
        } catch {
            Issue.record("\(type) v\(version) threw a non-protocol error: \(error)")
            return false
        }
    }

    static func encode(_ value: any SampledMessage, version: Int16) -> [UInt8] {
        var buffer = ByteBuffer()
        guard (try? value.encode(into: &buffer, version: version)) != nil else { return [] }
        return Array(buffer.readableBytesView)
    }

    static func mutate(_ seed: [UInt8], using rng: inout SplitMix64) -> [UInt8] {
        var bytes = seed
        let mutations = Int.random(in: 1...4, using: &rng)
        for _ in 0..<mutations {
            switch Int.random(in: 0..<7, using: &rng) {
            case 0 where !bytes.isEmpty:  // flip a bit
                let index = Int.random(in: 0..<bytes.count, using: &rng)
                bytes[index] ^= 1 << UInt8.random(in: 0..<8, using: &rng)
            case 1 where !bytes.isEmpty:  // an interesting byte
                let index = Int.random(in: 0..<bytes.count, using: &rng)
                bytes[index] = [0x00, 0x01, 0x7F, 0x80, 0xFF, 0xFE].randomElement(using: &rng)!
            case 2:  // truncate
                bytes = Array(bytes.prefix(Int.random(in: 0...bytes.count, using: &rng)))
            case 3:  // insert random bytes
                let index = Int.random(in: 0...bytes.count, using: &rng)
                let extra = (0..<Int.random(in: 1...8, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
                bytes.insert(contentsOf: extra, at: index)
            case 4 where bytes.count >= 4:  // a huge or negative 32-bit length
                let index = Int.random(in: 0...(bytes.count - 4), using: &rng)
                let value: UInt32 = [0x7FFF_FFFF, 0xFFFF_FFFF, 0x8000_0000, 0x0010_0000].randomElement(using: &rng)!
                for offset in 0..<4 { bytes[index + offset] = UInt8(truncatingIfNeeded: value >> (24 - 8 * UInt32(offset))) }
            case 5 where bytes.count >= 2:  // a huge or negative 16-bit length
                let index = Int.random(in: 0...(bytes.count - 2), using: &rng)
                bytes[index] = [0x7F, 0xFF, 0x80].randomElement(using: &rng)!
                bytes[index + 1] = 0xFF
            default:  // an overlong varint
                let index = Int.random(in: 0...bytes.count, using: &rng)
                bytes.insert(contentsOf: [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F], at: index)
            }
        }
        return bytes
    }

    @Test func randomAndMutatedBodiesNeverTrap() throws {
        var rng = SplitMix64(seed: 0x51_1C_E0_0F_FA_CE)
        var cases = 0
        var decoded = 0
        for type in Self.messageTypes {
            for version in type.validVersions {
                let seeds: [[UInt8]] = [
                    Self.encode(type.init(), version: version),
                    Self.encode(type.sample(version: version), version: version),
                ]
                for _ in 0..<30 {  // pure noise
                    let length = Int.random(in: 0..<96, using: &rng)
                    let noise = (0..<length).map { _ in UInt8.random(in: 0...255, using: &rng) }
                    if Self.attempt(type, ByteBuffer(bytes: noise), version: version) { decoded += 1 }
                    cases += 1
                }
                for seed in seeds {
                    for _ in 0..<80 {
                        let bytes = Self.mutate(seed, using: &rng)
                        if Self.attempt(type, ByteBuffer(bytes: bytes), version: version) { decoded += 1 }
                        cases += 1
                    }
                }
            }
        }
        #expect(cases >= 100_000, "only \(cases) cases ran")
        // Mutations that leave a valid message exist; all decoding failing would mean a broken harness.
        #expect(decoded > 0)
    }

    @Test func randomRequestFramesNeverTrap() throws {
        var rng = SplitMix64(seed: 0xF4A3_E5)
        let keys = ApiKey.allCases.filter { $0.requestType != nil }
        for _ in 0..<20_000 {
            var frame = ByteBuffer()
            let key = keys.randomElement(using: &rng)!
            frame.writeInteger(key.rawValue)
            frame.writeInteger(Int16.random(in: -1...20, using: &rng))
            frame.writeInteger(Int32.random(in: .min ... .max, using: &rng))
            let length = Int.random(in: 0..<64, using: &rng)
            frame.writeBytes((0..<length).map { _ in UInt8.random(in: 0...255, using: &rng) })
            guard let parsed = try? RequestFrame(frame: frame), let type = key.requestType else { continue }
            var body = parsed.body
            do {
                _ = try type.init(from: &body, version: parsed.header.requestApiVersion)
            } catch is ProtocolError {
            } catch {
                Issue.record("\(type) threw a non-protocol error: \(error)")
            }
        }
    }

    /// Mutates record batches that real clients produced (every codec) and then repairs the CRC, so
    /// that the mutations reach decompression and record parsing instead of stopping at the CRC.
    @Test func mutatedClientBatchesWithRepairedCrcNeverTrap() throws {
        var rng = SplitMix64(seed: 0xBA7C4)
        var batches: [[UInt8]] = []
        for fixture in GoldenFrameTests.fixtures where fixture.apiName == "Produce" {
            let request = try RequestFrame(frame: try fixture.bytes()).decodeBody(as: ProduceRequest.self)
            for partition in request.topicData.flatMap(\.partitionData) {
                guard let records = partition.records else { continue }
                for batch in try RecordBatchReader.validate(records, options: .produce, codecs: Compression.codecs) {
                    batches.append(Array(batch.buffer.readableBytesView))
                }
            }
        }
        #expect(Set(batches.map { $0[22] & 0x07 }).count == 5, "fixtures should cover all five codecs")
        var cases = 0
        var survived = 0
        for original in batches {
            for _ in 0..<400 {
                var bytes = Self.mutate(original, using: &rng)
                if bytes.count > RecordBatchHeader.size {
                    var buffer = ByteBuffer(bytes: bytes)
                    let crc = CRC32C.checksum(buffer, at: 21, length: bytes.count - 21)!
                    buffer.setInteger(crc, at: 17)
                    bytes = Array(buffer.readableBytesView)
                }
                cases += 1
                do {
                    for batch in try RecordBatchReader.validate(ByteBuffer(bytes: bytes), options: .produce, codecs: Compression.codecs) {
                        _ = try batch.decodeRecords(codecs: Compression.codecs, maximumDecompressedBytes: 1 << 20)
                    }
                    survived += 1
                } catch {
                    // RecordBatchValidationError is the only error the reader throws (typed throws).
                }
            }
        }
        #expect(cases >= 10_000)
        #expect(survived < cases, "every mutation was accepted: the validator checks nothing")
    }
}
