import SluiceClient
import SluiceProtocol
import Testing

@Suite struct ApiVersionTableTests {
    func table(_ entries: [(ApiKey, ClosedRange<Int16>)]) -> ApiVersionTable {
        var response = ApiVersionsResponse()
        response.apiKeys = entries.map {
            var entry = ApiVersionsResponse.ApiVersion()
            entry.apiKey = $0.0.rawValue
            entry.minVersion = $0.1.lowerBound
            entry.maxVersion = $0.1.upperBound
            return entry
        }
        return ApiVersionTable(response)
    }

    @Test func picksTheHighestCommonVersion() throws {
        let versions = self.table([(.metadata, 0...9), (.fetch, 4...17), (.produce, 3...13)])
        #expect(try versions.version(for: MetadataRequest.self) == 9)
        // Ours stop at Produce v11; the broker's go higher.
        #expect(try versions.version(for: ProduceRequest.self) == ProduceRequest.validVersions.upperBound)
        #expect(try versions.version(for: FetchRequest.self, cap: 12) == 12)
    }

    @Test func noOverlapIsUnsupportedVersion() {
        let versions = self.table([(.metadata, 20...25)])
        #expect(versions.version(.metadata, ours: 0...12) == nil)
        #expect(throws: KafkaClientError.self) { try versions.version(for: MetadataRequest.self) }
        do {
            _ = try versions.version(for: CreateTopicsRequest.self)
            Issue.record("an API the broker lacks has no version")
        } catch {
            #expect(error.code == .unsupportedVersion)
            #expect(error.kind == .unsupportedVersion)
        }
    }

    @Test func capBelowTheBrokersMinimumIsUnsupported() {
        let versions = self.table([(.fetch, 13...17)])
        #expect(versions.version(.fetch, ours: FetchRequest.validVersions, cap: 12) == nil)
        #expect(versions.version(.fetch, ours: FetchRequest.validVersions, cap: 15) == 15)
    }

    @Test func invertedRangesAreDropped() {
        let versions = self.table([(.metadata, 5...5)])
        var response = ApiVersionsResponse()
        var bad = ApiVersionsResponse.ApiVersion()
        bad.apiKey = ApiKey.fetch.rawValue
        bad.minVersion = 9
        bad.maxVersion = 3
        response.apiKeys = [bad]
        #expect(ApiVersionTable(response).brokerRange(.fetch) == nil)
        #expect(versions.supports(.metadata, ours: 0...12))
        #expect(!versions.supports(.fetch, ours: 0...17))
    }

    @Test func apiVersionsRetryUsesTheListedMaximumOrZero() {
        var response = ApiVersionsResponse()
        response.errorCode = ErrorCode.unsupportedVersion.rawValue
        #expect(ApiVersionTable.apiVersionsRetryVersion(after: response, attempted: 3) == 0)
        var entry = ApiVersionsResponse.ApiVersion()
        entry.apiKey = ApiKey.apiVersions.rawValue
        entry.minVersion = 0
        entry.maxVersion = 2
        response.apiKeys = [entry]
        #expect(ApiVersionTable.apiVersionsRetryVersion(after: response, attempted: 3) == 2)
        // A listed maximum that is not lower would loop: fall back to v0.
        #expect(ApiVersionTable.apiVersionsRetryVersion(after: response, attempted: 2) == 0)
    }
}
