// AlterConfigs v0-2; v1 same as v0; v2 flexible. Replaces a topic's whole override set (configs
// not named revert to the broker's). BROKER resources are refused with INVALID_CONFIG, as Kafka
// refuses configs it cannot update dynamically: Sluice has no dynamic broker configs yet.

import SluiceProtocol

enum AlterConfigsHandler: APIHandler {
    typealias Request = AlterConfigsRequest
    static let versions: ClosedRange<Int16> = 0...2

    static func handle(_ request: AlterConfigsRequest, context: RequestContext) async throws -> HandlerResult<AlterConfigsResponse> {
        var response = AlterConfigsResponse()
        response.responses = alterEachConfigResource(request.resources) { (resource) throws(ConfigResourceError) in
            try Self.alter(resource, validateOnly: request.validateOnly, broker: context.broker)
        }
        return .response(response)
    }

    private static func alter(_ resource: AlterConfigsRequest.AlterConfigsResource, validateOnly: Bool, broker: Broker) throws(ConfigResourceError) {
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
            try broker.alterBrokerConfigs(resourceName: resource.resourceName, names: resource.configNames)
        default:
            throw .unsupportedResourceType(resource.resourceType)
        }
    }
}

/// A resource of AlterConfigs or IncrementalAlterConfigs (the generated types differ only in name).
protocol AlterableConfigResource {
    var resourceType: Int8 { get }
    var resourceName: String { get }
    var configNames: [String] { get }
}

/// A resource's answer in AlterConfigs or IncrementalAlterConfigs.
protocol AlterConfigsResourceResult {
    init()
    var resourceType: Int8 { get set }
    var resourceName: String { get set }
    var errorCode: Int16 { get set }
    var errorMessage: String? { get set }
}

extension AlterConfigsRequest.AlterConfigsResource: AlterableConfigResource {
    var configNames: [String] { self.configs.map(\.name) }
}

extension IncrementalAlterConfigsRequest.AlterConfigsResource: AlterableConfigResource {
    var configNames: [String] { self.configs.map(\.name) }
}

extension AlterConfigsResponse.AlterConfigsResourceResponse: AlterConfigsResourceResult {}
extension IncrementalAlterConfigsResponse.AlterConfigsResourceResponse: AlterConfigsResourceResult {}

/// AlterConfigs and IncrementalAlterConfigs: runs `alter` on each resource in order and answers
/// each with its failure (none on success). As Kafka refuses them with INVALID_REQUEST, without
/// altering anything: a resource named twice in one request, and a config named twice in one
/// resource.
func alterEachConfigResource<Resource: AlterableConfigResource, Result: AlterConfigsResourceResult>(
    _ resources: [Resource], alter: (Resource) throws(ConfigResourceError) -> Void
) -> [Result] {
    var counts: [ConfigResourceKey: Int] = [:]
    for resource in resources { counts[ConfigResourceKey(resource.resourceType, resource.resourceName), default: 0] += 1 }
    return resources.map { resource in
        var result = Result()
        result.resourceType = resource.resourceType
        result.resourceName = resource.resourceName
        do throws(ConfigResourceError) {
            if counts[ConfigResourceKey(resource.resourceType, resource.resourceName), default: 0] > 1 {
                throw ConfigResourceError(.invalidRequest, "Each resource must appear at most once.")
            }
            if Set(resource.configNames).count != resource.configNames.count {
                throw ConfigResourceError(.invalidRequest, "Error due to duplicate config keys")
            }
            try alter(resource)
        } catch {
            result.errorCode = error.code.rawValue
            result.errorMessage = error.message
        }
        return result
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

