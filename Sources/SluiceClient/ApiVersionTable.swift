import SluiceProtocol

/// The API versions one broker supports, from its ApiVersions response, and the choice of version
/// for each request: the highest version both this client's generated code and the broker accept.
public struct ApiVersionTable: Sendable, Hashable {
    /// Supported range per API key, as the broker reported it. Keys this client does not know are
    /// kept (by raw value) so a table can be printed or compared whole.
    public private(set) var ranges: [Int16: ClosedRange<Int16>]

    public init(ranges: [Int16: ClosedRange<Int16>]) {
        self.ranges = ranges
    }

    /// The table from an ApiVersions response; entries with `minVersion > maxVersion` are dropped.
    public init(_ response: ApiVersionsResponse) {
        var ranges: [Int16: ClosedRange<Int16>] = [:]
        for entry in response.apiKeys where entry.minVersion <= entry.maxVersion {
            ranges[entry.apiKey] = entry.minVersion...entry.maxVersion
        }
        self.ranges = ranges
    }

    /// The broker's range for `apiKey`, or nil if it does not support the API.
    public func brokerRange(_ apiKey: ApiKey) -> ClosedRange<Int16>? {
        self.ranges[apiKey.rawValue]
    }

    /// The highest version of `api` in both `ours` and the broker's range, at most `cap`, or nil
    /// when the ranges do not overlap (or the broker lacks the API).
    public func version(_ apiKey: ApiKey, ours: ClosedRange<Int16>, cap: Int16? = nil) -> Int16? {
        guard let theirs = self.ranges[apiKey.rawValue] else { return nil }
        let low = max(ours.lowerBound, theirs.lowerBound)
        var high = min(ours.upperBound, theirs.upperBound)
        if let cap { high = min(high, cap) }
        return low <= high ? high : nil
    }

    /// The version to send `T` at; throws `.unsupportedVersion` when there is none.
    public func version<T: KafkaRequest>(for type: T.Type, cap: Int16? = nil) throws(KafkaClientError) -> Int16 {
        guard let version = self.version(T.apiKey, ours: T.validVersions, cap: cap) else {
            let theirs = self.ranges[T.apiKey.rawValue].map { "v\($0.lowerBound)-v\($0.upperBound)" } ?? "none"
            throw KafkaClientError(
                .unsupportedVersion,
                code: .unsupportedVersion,
                "broker supports \(T.apiKey.name) \(theirs), this client v\(T.validVersions.lowerBound)-v\(T.validVersions.upperBound)\(cap.map { " (capped at v\($0))" } ?? "")"
            )
        }
        return version
    }

    /// True when the broker supports `apiKey` at a version `ours` overlaps.
    public func supports(_ apiKey: ApiKey, ours: ClosedRange<Int16>) -> Bool {
        self.version(apiKey, ours: ours) != nil
    }

    /// Which ApiVersions version to retry at after the broker refused `attempted` with
    /// UNSUPPORTED_VERSION: the highest it lists for ApiVersions when that is lower (Kafka's
    /// `NetworkClient` does the same), else v0, which every broker answers.
    public static func apiVersionsRetryVersion(after response: ApiVersionsResponse, attempted: Int16) -> Int16 {
        let listed = response.apiKeys.first { $0.apiKey == ApiKey.apiVersions.rawValue }?.maxVersion
        if let listed, listed >= 0, listed < attempted { return min(listed, ApiVersionsRequest.validVersions.upperBound) }
        return 0
    }
}
