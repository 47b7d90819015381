// AlterConfigs v0-2; v1 same as v0; v2 flexible. Replaces a topic's whole override set (configs
// not named revert to the broker's). BROKER resources are refused with INVALID_CONFIG, as Kafka
// refuses configs it cannot update dynamically: Sluice has no dynamic broker configs yet.

import SluiceProtocol

enum AlterConfigsHandler: APIHandler {
    typealias Request = AlterConfigsRequest
    static let versions: ClosedRange<Int16> = 0...2

    static func handle(_ request: AlterConfigsRequest, context: RequestContext) async throws -> HandlerResult<AlterConfigsResponse> {
        var response = AlterConfigsResponse()
        let outcomes = ConfigResourceKey.alterEach(request.resources, key: { ConfigResourceKey($0.resourceType, $0.resourceName) }) {
            (resource) throws(ConfigResourceError) in
            try Self.alter(resource, validateOnly: request.validateOnly, broker: context.broker)
        }
        response.responses = zip(request.resources, outcomes).map { resource, failure in
            var result = AlterConfigsResponse.AlterConfigsResourceResponse()
            result.resourceType = resource.resourceType
            result.resourceName = resource.resourceName
            result.errorCode = failure?.code.rawValue ?? 0
            result.errorMessage = failure?.message
            return result
        }
        return .response(response)
    }

    private static func alter(_ resource: AlterConfigsRequest.AlterConfigsResource, validateOnly: Bool, broker: Broker) throws(ConfigResourceError) {
        let names = resource.configs.map(\.name)
        if Set(names).count != names.count {
            throw ConfigResourceError(.invalidRequest, "Error due to duplicate config keys")
        }
        switch ConfigResourceType(rawValue: resource.resourceType) {
        case .topic:
            var overrides: [String: String] = [:]
            for config in resource.configs {
                guard let value = config.value else {
                    throw ConfigResourceError(.invalidRequest, "Null value not supported for : \(config.name)")
                }
                overrides[config.name] = value
            }
            try broker.alterTopicConfigs(topic: resource.resourceName, validateOnly: validateOnly) { _ in overrides }
        case .broker:
            try broker.alterBrokerConfigs(resourceName: resource.resourceName, names: names)
        default:
            throw .unsupportedResourceType(resource.resourceType)
        }
    }
}

/// A config resource's identity, for spotting one named twice in a request.
struct ConfigResourceKey: Hashable {
    let type: Int8
    let name: String

    init(_ type: Int8, _ name: String) {
        self.type = type
        self.name = name
    }

    /// AlterConfigs and IncrementalAlterConfigs: runs `alter` on each resource in order and
    /// returns its failure (nil on success). A resource named twice in one request is refused
    /// with INVALID_REQUEST without being altered, as Kafka refuses it.
    static func alterEach<Resource>(
        _ resources: [Resource], key: (Resource) -> ConfigResourceKey, alter: (Resource) throws(ConfigResourceError) -> Void
    ) -> [ConfigResourceError?] {
        var counts: [ConfigResourceKey: Int] = [:]
        for resource in resources { counts[key(resource), default: 0] += 1 }
        return resources.map { resource in
            do throws(ConfigResourceError) {
                if counts[key(resource), default: 0] > 1 {
                    throw ConfigResourceError(.invalidRequest, "Each resource must appear at most once.")
                }
                try alter(resource)
                return nil
            } catch {
                return error
            }
        }
    }
}
