// IncrementalAlterConfigs v0-1; v1 flexible. Per config: SET (0), DELETE (1, back to the broker's
// value), APPEND (2) and SUBTRACT (3) for list configs. Each resource succeeds or fails as a whole.
// BROKER resources are refused with INVALID_CONFIG (no dynamic broker configs yet).

import SluiceProtocol

enum IncrementalAlterConfigsHandler: APIHandler {
    typealias Request = IncrementalAlterConfigsRequest
    static let versions: ClosedRange<Int16> = 0...1

    /// Kafka's `AlterConfigOp.OpType`.
    enum Operation: Int8 {
        case set = 0
        case delete = 1
        case append = 2
        case subtract = 3
    }

    static func handle(_ request: IncrementalAlterConfigsRequest, context: RequestContext) async throws -> HandlerResult<IncrementalAlterConfigsResponse> {
        var response = IncrementalAlterConfigsResponse()
        response.responses = alterEachConfigResource(request.resources) { (resource) throws(ConfigResourceError) in
            try Self.alter(resource, validateOnly: request.validateOnly, broker: context.broker)
        }
        return .response(response)
    }

    private static func alter(_ resource: IncrementalAlterConfigsRequest.AlterConfigsResource, validateOnly: Bool, broker: Broker) throws(ConfigResourceError) {
        var operations: [(IncrementalAlterConfigsRequest.AlterableConfig, Operation)] = []
        for config in resource.configs {
            guard let operation = Operation(rawValue: config.configOperation) else {
                throw ConfigResourceError(.invalidRequest, "Unknown alter config operation \(config.configOperation) for config \(config.name)")
            }
            if operation != .delete, config.value == nil {
                throw ConfigResourceError(.invalidRequest, "Null value not supported for : \(config.name)")
            }
            operations.append((config, operation))
        }
        switch ConfigResourceType(rawValue: resource.resourceType) {
        case .topic:
            try broker.alterTopicConfigs(topic: resource.resourceName, validateOnly: validateOnly) { current throws(ConfigResourceError) in
                try Self.apply(operations, to: current, broker: broker)
            }
        case .broker:
            try broker.alterBrokerConfigs(resourceName: resource.resourceName, names: resource.configNames)
        default:
            throw .unsupportedResourceType(resource.resourceType)
        }
    }

    /// The overrides after the operations. APPEND adds the values the list lacks and SUBTRACT
    /// removes the ones it has, starting from the effective value (the override, else the
    /// broker's; Kafka starts from the topic config's own default when there is no override);
    /// both are refused for configs that are not lists, as Kafka refuses them.
    static func apply(
        _ operations: [(IncrementalAlterConfigsRequest.AlterableConfig, Operation)],
        to current: [String: String],
        broker: Broker
    ) throws(ConfigResourceError) -> [String: String] {
        var overrides = current
        for (config, operation) in operations {
            switch operation {
            case .set:
                overrides[config.name] = config.value
            case .delete:
                overrides[config.name] = nil
            case .append, .subtract:
                guard let definition = TopicConfigDefinitions.definition(config.name) else {
                    throw ConfigResourceError(.invalidConfig, ConfigError.unknownTopicConfig(config.name).message)
                }
                guard definition.type == .list else {
                    let verb = operation == .append ? "APPEND" : "SUBTRACT"
                    throw ConfigResourceError(.invalidConfig, "Can't \(verb) to key \(config.name) because its type is not LIST.")
                }
                var items: [String] = []
                if case .list(let existing)? = broker.effectiveTopicConfigValue(config.name, overrides: overrides) { items = existing }
                let given = (try? definition.type.parse(config.value ?? "", key: config.name)).flatMap { value -> [String]? in
                    if case .list(let list) = value { return list }
                    return nil
                } ?? []
                if operation == .append {
                    for item in given where !items.contains(item) { items.append(item) }
                } else {
                    items.removeAll { given.contains($0) }
                }
                overrides[config.name] = items.joined(separator: ",")
            }
        }
        return overrides
    }
}
