import Foundation

// SluiceCodegen: Kafka's JSON message specs -> Swift in Sources/SluiceProtocol/Generated.
//
//   SluiceCodegen <specs-folder> <output-folder> [--samples <MessageSamples.swift>]
//                 [--records <coordinator-records-folder>]
//
// Generates every request/response pair whose request lists `broker` among its listeners, the
// request and response headers, and the `data` specs (embedded protocols such as
// ConsumerProtocolSubscription). With `--records`, also the group coordinator's records (the keys
// and values stored in `__consumer_offsets`: OffsetCommit*, GroupMetadata*, ConsumerGroup*) into
// `<output-folder>/CoordinatorRecords`. Output depends only on the specs: sorted, no timestamps.

let usage = "usage: SluiceCodegen <specs-folder> <output-folder> [--samples <file>] [--records <folder>]"

/// The coordinator record specs generated from `--records`: those of `__consumer_offsets`.
let coordinatorRecordPrefixes = ["OffsetCommit", "GroupMetadata", "ConsumerGroup"]

func loadSpecs(_ folder: URL, where include: (String) -> Bool = { _ in true }) throws -> [(file: String, spec: RawSpec)] {
    let specFiles = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        .filter { $0.hasSuffix(".json") && include($0) }
        .sorted()
    guard !specFiles.isEmpty else { throw CodegenError("no .json specs in \(folder.path)") }
    return try specFiles.map { ($0, try RawSpec.load(folder.appendingPathComponent($0))) }
}

func run(_ arguments: [String]) throws {
    var positional: [String] = []
    var samplesPath: String?
    var recordsPath: String?
    var index = 0
    while index < arguments.count {
        let argument = arguments[index]
        if argument == "--samples" {
            guard index + 1 < arguments.count else { throw CodegenError(usage) }
            samplesPath = arguments[index + 1]
            index += 2
        } else if argument == "--records" {
            guard index + 1 < arguments.count else { throw CodegenError(usage) }
            recordsPath = arguments[index + 1]
            index += 2
        } else if argument.hasPrefix("-") {
            throw CodegenError(usage)
        } else {
            positional.append(argument)
            index += 1
        }
    }
    if positional.count == 3 && samplesPath == nil { samplesPath = positional.removeLast() }
    guard positional.count == 2 else { throw CodegenError(usage) }
    let specsFolder = URL(fileURLWithPath: positional[0], isDirectory: true)
    let outputFolder = URL(fileURLWithPath: positional[1], isDirectory: true)

    let raws = try loadSpecs(specsFolder)

    var selected: [Message] = []
    var pairs: [(request: Message, response: Message)] = []
    let responses = Dictionary(
        raws.filter { $0.spec.type == "response" }.compactMap { raw in raw.spec.apiKey.map { ($0, raw) } },
        uniquingKeysWith: { first, _ in first }
    )
    for raw in raws where raw.spec.type == "request" && (raw.spec.listeners ?? []).contains("broker") {
        guard let key = raw.spec.apiKey, let response = responses[key] else {
            throw CodegenError("\(raw.file): no response spec with the same apiKey")
        }
        let pair = (request: try Message(raw: raw.spec, specFile: raw.file), response: try Message(raw: response.spec, specFile: response.file))
        pairs.append(pair)
        selected.append(pair.request)
        selected.append(pair.response)
    }
    for raw in raws where raw.spec.type == "header" || raw.spec.type == "data" {
        selected.append(try Message(raw: raw.spec, specFile: raw.file))
    }
    selected.sort { $0.name < $1.name }
    pairs.sort { $0.request.apiKey! < $1.request.apiKey! }

    var files: [String: String] = [:]
    var lines = 0
    for message in selected {
        let responseName = message.kind == .request ? pairs.first { $0.request.name == message.name }?.response.name : nil
        let text = try MessageEmitter(message: message, responseName: responseName).emit()
        files["\(message.name).swift"] = text
        lines += text.split(separator: "\n", omittingEmptySubsequences: false).count - 1
    }
    files["ApiKey+Generated.swift"] = ApiKeyEmitter(pairs: pairs).emit()
    try OutputFolder(url: outputFolder).replaceContents(with: files)
    print("generated \(files.count) files (\(pairs.count) APIs, \(selected.count) types, \(lines) lines of messages) in \(outputFolder.path)")

    var records: [Message] = []
    if let recordsPath {
        let recordRaws = try loadSpecs(URL(fileURLWithPath: recordsPath, isDirectory: true)) { file in
            coordinatorRecordPrefixes.contains { file.hasPrefix($0) }
        }
        for raw in recordRaws where raw.spec.type == "data" {
            records.append(try Message(raw: raw.spec, specFile: raw.file))
        }
        guard !records.isEmpty else { throw CodegenError("no coordinator record specs in \(recordsPath)") }
        records.sort { $0.name < $1.name }
        var recordFiles: [String: String] = [:]
        for record in records {
            recordFiles["\(record.name).swift"] = try MessageEmitter(message: record, responseName: nil).emit()
        }
        try OutputFolder(url: outputFolder.appendingPathComponent("CoordinatorRecords", isDirectory: true)).replaceContents(with: recordFiles)
        print("generated \(recordFiles.count) coordinator record types in \(outputFolder.path)/CoordinatorRecords")
    }

    if let samplesPath {
        try OutputFolder.write(try SampleEmitter(messages: selected + records).emit(), to: URL(fileURLWithPath: samplesPath))
        print("wrote samples to \(samplesPath)")
    }
}

do {
    try run(Array(CommandLine.arguments.dropFirst()))
} catch {
    FileHandle.standardError.write(Data("SluiceCodegen: \(error)\n".utf8))
    exit(1)
}
