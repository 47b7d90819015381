// DescribeConfigs v0-4; v1 adds synonyms and config sources (v0 has IsDefault instead); v3 adds
// config types and documentation; v4 flexible. Serves TOPIC and BROKER resources.

import SluiceCluster
import SluiceProtocol

enum DescribeConfigsHandler: APIHandler {
    typealias Request = DescribeConfigsRequest
    static let versions: ClosedRange<Int16> = 0...4

    static func handle(_ request: DescribeConfigsRequest, context: RequestContext) async throws -> HandlerResult<DescribeConfigsResponse> {
        var response = DescribeConfigsResponse()
        let includeSynonyms = context.apiVersion >= 1 && request.includeSynonyms
        for resource in request.resources {
            var result = DescribeConfigsResponse.DescribeConfigsResult()
            result.resourceType = resource.resourceType
            result.resourceName = resource.resourceName
            result.errorMessage = nil
            do {
                let entries = try Self.describe(resource, broker: context.broker)
                let wanted = resource.configurationKeys.flatMap { $0.isEmpty ? nil : Set($0) }
                result.configs = entries
                    .filter { wanted?.contains($0.name) ?? true }
                    .map { Self.wire($0, includeSynonyms: includeSynonyms, version: context.apiVersion) }
            } catch {
                result.errorCode = error.code.rawValue
                result.errorMessage = error.message
                result.configs = []
            }
            response.results.append(result)
        }
        return .response(response)
    }

    private static func describe(_ resource: DescribeConfigsRequest.DescribeConfigsResource, broker: Broker) throws(ConfigResourceError) -> [ConfigEntryDescription] {
        switch ConfigResourceType(rawValue: resource.resourceType) {
        case .topic:
            if let problem = TopicName.problem(with: resource.resourceName) {
                throw ConfigResourceError(.invalidTopicException, problem)
            }
            guard let topic = broker.metadata.image.topic(named: resource.resourceName) else {
                throw ConfigResourceError(.unknownTopicOrPartition, "This server does not host this topic-partition.")
            }
            do throws(ConfigError) {
                return try broker.config.describeAllTopicConfigs(overrides: topic.configs)
            } catch {
                throw ConfigResourceError(error)
            }
        case .broker:
            // The empty name is the cluster-wide dynamic default: Sluice has none to show.
            guard try broker.checkBrokerResourceName(resource.resourceName) else { return [] }
            return broker.config.describeAllBrokerConfigs()
        default:
            throw .unsupportedResourceType(resource.resourceType)
        }
    }

    private static func wire(_ entry: ConfigEntryDescription, includeSynonyms: Bool, version: Int16) -> DescribeConfigsResponse.DescribeConfigsResourceResult {
        var config = DescribeConfigsResponse.DescribeConfigsResourceResult()
        config.name = entry.name
        config.value = entry.value
        config.readOnly = entry.readOnly
        // IsDefault exists in v0 only (and is not ignorable): later versions carry the source.
        config.isDefault = version == 0 && entry.isDefault
        config.configSource = entry.source.rawValue
        config.isSensitive = entry.isSensitive
        config.configType = entry.type.rawValue
        config.documentation = entry.documentation
        config.synonyms = includeSynonyms
            ? entry.synonyms.map { synonym in
                var wire = DescribeConfigsResponse.DescribeConfigsSynonym()
                wire.name = synonym.name
                wire.value = synonym.value
                wire.source = synonym.source.rawValue
                return wire
            }
            : []
        return config
    }
}
