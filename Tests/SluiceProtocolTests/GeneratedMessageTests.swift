import NIOCore
import Testing

@testable import SluiceProtocol

/// Wire details of the generated messages that the round trips alone would not catch.
@Suite struct GeneratedMessageTests {
    @Test func headerVersionsFollowKafka() {
        #expect(ApiKey.apiVersions.responseHeaderVersion(apiVersion: 3) == 0)
        #expect(ApiKey.apiVersions.responseHeaderVersion(apiVersion: 0) == 0)
        #expect(ApiKey.apiVersions.requestHeaderVersion(apiVersion: 3) == 2)
        #expect(ApiKey.apiVersions.requestHeaderVersion(apiVersion: 2) == 1)
        #expect(ApiKey.produce.requestHeaderVersion(apiVersion: 9) == 2)
        #expect(ApiKey.produce.requestHeaderVersion(apiVersion: 8) == 1)
        #expect(ApiKey.produce.responseHeaderVersion(apiVersion: 9) == 1)
        #expect(ApiKey.produce.responseHeaderVersion(apiVersion: 8) == 0)
        #expect(ApiKey.fetch.requestHeaderVersion(apiVersion: 12) == 2)
        #expect(ApiKey.fetch.requestHeaderVersion(apiVersion: 11) == 1)
        // SaslHandshake is never flexible.
        #expect(ApiKey.saslHandshake.requestHeaderVersion(apiVersion: 1) == 1)
        #expect(ApiKey.saslHandshake.responseHeaderVersion(apiVersion: 1) == 0)
    }

    @Test func requestHeaderClientIdIsNeverCompact() throws {
        var header = RequestHeader()
        header.requestApiKey = 18
        header.requestApiVersion = 3
        header.correlationId = 7
        header.clientId = "abc"
        var buffer = ByteBuffer()
        try header.encode(into: &buffer, version: 2)
        // INT16 length 3, not a compact length of 4, then an empty tagged-field section.
        #expect(Array(buffer.readableBytesView) == [0, 18, 0, 3, 0, 0, 0, 7, 0, 3, 0x61, 0x62, 0x63, 0])
        header.clientId = nil
        buffer.clear()
        try header.encode(into: &buffer, version: 1)
        #expect(Array(buffer.readableBytesView) == [0, 18, 0, 3, 0, 0, 0, 7, 0xFF, 0xFF])
        #expect(try RequestHeader(from: &buffer, version: 1) == header)
    }

    /// An ApiVersions v3 request frame laid out by hand from the protocol guide.
    @Test func apiVersionsRequestFrameMatchesGoldenBytes() throws {
        var request = ApiVersionsRequest()
        request.clientSoftwareName = "sluice"
        request.clientSoftwareVersion = "0.1"
        var frame = ByteBuffer()
        try request.encodeFrame(version: 3, correlationID: 1, clientID: "c", into: &frame)
        let expected: [UInt8] = [
            0, 0, 0, 24,  // size
            0, 18, 0, 3, 0, 0, 0, 1,  // api key, version, correlation id
            0, 1, 0x63,  // client id "c" (INT16 length)
            0,  // header tagged fields
            7, 0x73, 0x6C, 0x75, 0x69, 0x63, 0x65,  // compact "sluice"
            4, 0x30, 0x2E, 0x31,  // compact "0.1"
            0,  // body tagged fields
        ]
        #expect(Array(frame.readableBytesView) == expected)

        frame.moveReaderIndex(forwardBy: 4)
        let parsed = try RequestFrame(frame: frame)
        #expect(parsed.apiKey == .apiVersions)
        #expect(parsed.header.clientId == "c")
        #expect(try parsed.decodeBody(as: ApiVersionsRequest.self) == request)
    }

    /// The response to every ApiVersions request uses header v0, even for flexible versions.
    @Test func apiVersionsResponseUsesHeaderV0() throws {
        var response = ApiVersionsResponse()
        var key = ApiVersionsResponse.ApiVersion()
        key.apiKey = 18
        key.maxVersion = 4
        response.apiKeys = [key]
        var frame = ByteBuffer()
        try response.encodeFrame(version: 3, correlationID: 9, into: &frame)
        let expected: [UInt8] = [
            0, 0, 0, 19,
            0, 0, 0, 9,  // header v0: correlation id, no tagged fields
            0, 0,  // error code
            2, 0, 18, 0, 0, 0, 4, 0,  // compact array of one ApiVersion with its tagged fields
            0, 0, 0, 0,  // throttle time
            0,  // tagged fields
        ]
        #expect(Array(frame.readableBytesView) == expected)
    }

    @Test func fetchClusterIdTaggedFieldRoundTrips() throws {
        var request = FetchRequest()
        request.clusterId = "cluster-1"
        var buffer = ByteBuffer()
        try request.encode(into: &buffer, version: 12)
        let bytes = Array(buffer.readableBytesView)
        // One tagged field: tag 0, size 10, compact string of 9 bytes.
        #expect(Array(bytes.suffix(13)) == [1, 0, 10, 10] + Array("cluster-1".utf8))
        let decoded = try FetchRequest(from: &buffer, version: 12)
        #expect(decoded.clusterId == "cluster-1")
        #expect(decoded == request)
        #expect(buffer.readableBytes == 0)

        // ClusterId is ignorable: a version without tagged fields silently drops it.
        var old = ByteBuffer()
        try request.encode(into: &old, version: 11)
        #expect(try FetchRequest(from: &old, version: 11).clusterId == nil)

        // A null ClusterId is the default, so it is not written at all.
        var empty = ByteBuffer()
        try FetchRequest().encode(into: &empty, version: 12)
        #expect(empty.readableBytes == bytes.count - 12)
        #expect(empty.getInteger(at: empty.writerIndex - 1, as: UInt8.self) == 0)
    }

    @Test func unknownTaggedFieldsSurviveAndKnownOnesAreParsed() throws {
        var request = FetchRequest()
        request.unknownTaggedFields = [TaggedField(tag: 7, data: [1, 2, 3])]
        request.clusterId = "c"
        var state = FetchRequest.ReplicaState()
        state.replicaId = 3
        request.replicaState = state
        var buffer = ByteBuffer()
        try request.encode(into: &buffer, version: 15)
        let decoded = try FetchRequest(from: &buffer, version: 15)
        #expect(decoded.unknownTaggedFields == [TaggedField(tag: 7, data: [1, 2, 3])])
        #expect(decoded.replicaState.replicaId == 3)
        #expect(decoded == request)
    }

    @Test func nonDefaultFieldInUnsupportedVersionThrows() throws {
        let notSupported = ProtocolError.fieldNotSupported(field: "", version: 0)
        var request = FetchRequest()
        request.forgottenTopicsData = [FetchRequest.ForgottenTopic()]
        var buffer = ByteBuffer()
        #expect(throws: notSupported) { try request.encode(into: &buffer, version: 6) }
        buffer.clear()
        try request.encode(into: &buffer, version: 7)

        // A non-ignorable tagged field before its tagged versions.
        var replica = FetchRequest()
        replica.replicaState.replicaEpoch = 5
        #expect(throws: notSupported) { try replica.encode(into: &buffer, version: 14) }

        // A non-ignorable field inside a nested struct.
        var partition = FetchRequest.FetchPartition()
        partition.lastFetchedEpoch = 3
        var topic = FetchRequest.FetchTopic()
        topic.partitions = [partition]
        var nested = FetchRequest()
        nested.topics = [topic]
        #expect(throws: notSupported) { try nested.encode(into: &buffer, version: 11) }

        // Ignorable fields are dropped: MaxBytes arrived in v3.
        var ignorable = FetchRequest()
        ignorable.maxBytes = 1024
        buffer.clear()
        try ignorable.encode(into: &buffer, version: 2)
        #expect(try FetchRequest(from: &buffer, version: 2).maxBytes == Int32.max)
    }

    @Test func nullInNonNullableVersionThrows() throws {
        var request = MetadataRequest()
        request.topics = nil  // all topics: nullable from v1
        var buffer = ByteBuffer()
        #expect(throws: ProtocolError.nullNotAllowed(field: "", version: 0)) { try request.encode(into: &buffer, version: 0) }
        buffer.clear()
        try request.encode(into: &buffer, version: 1)
        #expect(Array(buffer.readableBytesView) == [0xFF, 0xFF, 0xFF, 0xFF])
        #expect(try MetadataRequest(from: &buffer, version: 1).topics == nil)

        // Null on the wire where the version does not allow it is malformed input.
        var wire = ByteBuffer(bytes: [0xFF, 0xFF, 0xFF, 0xFF])
        #expect(throws: ProtocolError.self) { try MetadataRequest(from: &wire, version: 0) }
    }

    @Test func nullableStructUsesPresenceMarker() throws {
        var response = ConsumerGroupHeartbeatResponse()
        var buffer = ByteBuffer()
        try response.encode(into: &buffer, version: 0)
        let withoutAssignment = Array(buffer.readableBytesView)
        #expect(withoutAssignment.suffix(2) == [0xFF, 0])  // -1 marker, then tagged fields
        response.assignment = ConsumerGroupHeartbeatResponse.Assignment()
        buffer.clear()
        try response.encode(into: &buffer, version: 0)
        #expect(Array(buffer.readableBytesView).suffix(4) == [1, 1, 0, 0])  // marker, empty array, tags, tags
        #expect(try ConsumerGroupHeartbeatResponse(from: &buffer, version: 0) == response)
    }

    @Test func dishonestCountsThrowBeforeAllocating() throws {
        // MetadataRequest v9: a compact array claiming 2^28 topics in a 5-byte message.
        var buffer = ByteBuffer(bytes: [0x80, 0x80, 0x80, 0x80, 0x01])
        #expect(throws: ProtocolError.self) { try MetadataRequest(from: &buffer, version: 9) }
        // FetchResponse v4: INT32 count of 1,000,000 responses.
        var fetch = ByteBuffer()
        fetch.writeInteger(Int32(0))
        fetch.writeInteger(Int32(1_000_000))
        fetch.writeBytes([UInt8](repeating: 0, count: 100))
        #expect(throws: ProtocolError.self) { try FetchResponse(from: &fetch, version: 4) }
    }

    @Test func recordsAreAZeroCopySlice() throws {
        var request = ProduceRequest()
        var topic = ProduceRequest.TopicProduceData()
        topic.name = "t"
        var partition = ProduceRequest.PartitionProduceData()
        partition.records = ByteBuffer(bytes: [1, 2, 3, 4, 5])
        topic.partitionData = [partition]
        request.topicData = [topic]
        var buffer = ByteBuffer()
        try request.encode(into: &buffer, version: 9)
        let decoded = try ProduceRequest(from: &buffer, version: 9)
        #expect(decoded.topicData.first?.partitionData.first?.records == ByteBuffer(bytes: [1, 2, 3, 4, 5]))
    }

    @Test func dataSpecsRoundTrip() throws {
        var subscription = ConsumerProtocolSubscription()
        subscription.topics = ["a", "b"]
        subscription.userData = [9]
        var buffer = ByteBuffer()
        try subscription.encode(into: &buffer, version: 0)
        // v0: array of two INT16-length strings, then nullable bytes.
        #expect(Array(buffer.readableBytesView) == [0, 0, 0, 2, 0, 1, 0x61, 0, 1, 0x62, 0, 0, 0, 1, 9])
        #expect(try ConsumerProtocolSubscription(from: &buffer, version: 0) == subscription)
    }
}
