// AlterConfigs v0-2; v1 same as v0; v2 flexible. Replaces a topic's whole override set (configs
// not named revert to the broker's). BROKER resources are refused with INVALID_CONFIG, as Kafka
// refuses configs it cannot update dynamically: Sluice has no dynamic broker configs yet.

import SluiceProtocol

enum AlterConfigsHandler: APIHandler {
    typealias Request = AlterConfigsRequest
    static let versions: ClosedRange<Int16> = 0...2

    static func handle(_ request: AlterConfigsRequest, context: RequestContext) async throws -> HandlerResult<AlterConfigsResponse> {
        var response = AlterConfigsResponse()
        var seen: [ConfigResourceKey: Int] = [:]
        for resource in request.resources { seen[ConfigResourceKey(resource.resourceType, resource.resourceName), default: 0] += 1 }
        for resource in request.resources {
            var result = AlterConfigsResponse.AlterConfigsResourceResponse()
            result.resourceType = resource.resourceType
            result.resourceName = resource.resourceName
            result.errorMessage = nil
            do throws(ConfigResourceError) {
                if seen[ConfigResourceKey(resource.resourceType, resource.resourceName), default: 0] > 1 {
                    throw ConfigResourceError(.invalidRequest, "Each resource must appear at most once.")
                }
                try Self.alter(resource, validateOnly: request.validateOnly, broker: context.broker)
            } catch {
                result.errorCode = error.code.rawValue
                result.errorMessage = error.message
            }
            response.responses.append(result)
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
}
