// DescribeLogDirs v1-4; v2 flexible; v3 top-level error code; v4 total and usable bytes.

import SluiceProtocol
import SluiceStorage

#if canImport(Glibc)
import Glibc
#endif

enum DescribeLogDirsHandler: APIHandler {
    typealias Request = DescribeLogDirsRequest
    static let versions: ClosedRange<Int16> = 1...4

    static func handle(_ request: DescribeLogDirsRequest, context: RequestContext) async throws -> HandlerResult<DescribeLogDirsResponse> {
        let broker = context.broker
        var response = DescribeLogDirsResponse()
        var result = DescribeLogDirsResponse.DescribeLogDirsResult()
        result.logDir = Self.absolutePath(broker.config.logDir)
        if let (total, usable) = Self.diskSpace(broker.config.logDir) {
            result.totalBytes = total
            result.usableBytes = usable
        }
        let wanted: Set<String>? = request.topics.map { topics in
            Set(topics.flatMap { topic in topic.partitions.map { "\(topic.topic)-\($0)" } })
        }
        var byTopic: [String: [DescribeLogDirsResponse.DescribeLogDirsPartition]] = [:]
        for partition in broker.replicaManager.allPartitions {
            let key = partition.topicPartition
            if let wanted, !wanted.contains("\(key.topic)-\(key.partition)") { continue }
            var entry = DescribeLogDirsResponse.DescribeLogDirsPartition()
            entry.partitionIndex = key.partition
            entry.partitionSize = partition.log.size
            entry.offsetLag = 0
            byTopic[key.topic, default: []].append(entry)
        }
        result.topics = byTopic.keys.sorted().map { name in
            var topic = DescribeLogDirsResponse.DescribeLogDirsTopic()
            topic.name = name
            topic.partitions = (byTopic[name] ?? []).sorted { $0.partitionIndex < $1.partitionIndex }
            return topic
        }
        response.results = [result]
        return .response(response)
    }

    private static func absolutePath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func diskSpace(_ path: String) -> (total: Int64, usable: Int64)? {
        var stats = statvfs()
        guard statvfs(path, &stats) == 0 else { return nil }
        let blockSize = Int64(stats.f_frsize)
        return (Int64(stats.f_blocks) * blockSize, Int64(stats.f_bavail) * blockSize)
    }
}
