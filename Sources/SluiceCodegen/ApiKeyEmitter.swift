/// Writes `ApiKey+Generated.swift`: the generated request and response type of each API key.
struct ApiKeyEmitter {
    /// Request/response pairs, in API key order.
    let pairs: [(request: Message, response: Message)]

    func emit() -> String {
        var w = SwiftWriter()
        w.line("// Generated from the request and response specs by SluiceCodegen. Do not edit.")
        w.line("// \(self.pairs.count) APIs: those whose requests list the broker among their listeners.")
        w.line()
        w.block("extension ApiKey") { w in
            w.line("/// The generated request type, or nil for an API this code does not generate (controller-only or ZooKeeper-era).")
            w.block("public var requestType: (any KafkaRequest.Type)?") { w in
                w.line("switch self {")
                for pair in self.pairs {
                    w.line("case .\(pair.request.apiKeyCase): return \(pair.request.name).self")
                }
                w.line("default: return nil")
                w.line("}")
            }
            w.line()
            w.line("/// The generated response type, or nil for an API this code does not generate.")
            w.block("public var responseType: (any KafkaResponse.Type)?") { w in
                w.line("switch self {")
                for pair in self.pairs {
                    w.line("case .\(pair.response.apiKeyCase): return \(pair.response.name).self")
                }
                w.line("default: return nil")
                w.line("}")
            }
        }
        return w.text
    }
}
