// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Sluice",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "sluice", targets: ["sluice"]),
        .library(name: "SluiceProtocol", targets: ["SluiceProtocol"]),
        .library(name: "SluiceCompression", targets: ["SluiceCompression"]),
        .library(name: "SluiceStorage", targets: ["SluiceStorage"]),
        .library(name: "SluiceClient", targets: ["SluiceClient"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/HdrHistogram/hdrhistogram-swift.git", from: "0.2.0"),
    ],
    targets: [
        // Wire format only: primitives, headers, generated messages, record batches.
        .target(
            name: "SluiceProtocol",
            dependencies: ["CSluiceCRC32C", .product(name: "NIOCore", package: "swift-nio")]
        ),
        // SSE4.2 CRC-32C for record batches; a C shim because Swift cannot call the intrinsic.
        .target(name: "CSluiceCRC32C"),
        // Codecs used inside record batches, over the system's C libraries.
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CZstd", pkgConfig: "libzstd", providers: [.apt(["libzstd-dev"])]),
        .systemLibrary(name: "CLZ4", pkgConfig: "liblz4", providers: [.apt(["liblz4-dev"])]),
        .systemLibrary(name: "CSnappy", providers: [.apt(["libsnappy-dev"])]),
        .target(
            name: "SluiceCompression",
            dependencies: [
                "SluiceProtocol", "CZlib", "CZstd", "CLZ4", "CSnappy",
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),
        // Logs on disk: segments, indexes, checkpoints, recovery, group-commit durability, the
        // leader epoch cache, compaction. All file I/O behind the FileIO protocol.
        .target(
            name: "SluiceStorage",
            dependencies: [
                "SluiceProtocol", "SluiceCompression",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                // NIOThreadPool: blocking fsyncs run on its threads, never on the cooperative pool.
                .product(name: "NIOPosix", package: "swift-nio"),
                // LogManagerService: retention, checkpoints and flush.ms ticks as a Service.
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .testTarget(
            name: "SluiceStorageTests",
            dependencies: [
                "SluiceStorage", "SluiceProtocol", "SluiceCompression", "SluiceTestKit",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "ServiceLifecycleTestKit", package: "swift-service-lifecycle"),
            ]
        ),
        // Helpers shared by tests and benchmarks: deterministic randomness; later the in-process
        // broker and test clock.
        .target(name: "SluiceTestKit"),
        // Dev-only: Kafka JSON message specs -> Sources/SluiceProtocol/Generated.
        .executableTarget(name: "SluiceCodegen"),
        .testTarget(name: "SluiceCodegenTests", dependencies: ["SluiceCodegen"]),
        // Cluster metadata: topics, topic ids, partitions and who leads them at which leader epoch.
        // One node keeps it in its data directory; etcd arrives with replication.
        .target(
            name: "SluiceCluster",
            dependencies: [
                "SluiceProtocol", "SluiceStorage",
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ]
        ),
        .testTarget(
            name: "SluiceClusterTests",
            dependencies: ["SluiceCluster", "SluiceProtocol", "SluiceStorage"]
        ),
        // The broker: NIO server, request dispatch, one handler file per API, configuration.
        .target(
            name: "SluiceBroker",
            dependencies: [
                "SluiceProtocol", "SluiceCompression", "SluiceStorage", "SluiceCluster",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .testTarget(
            name: "SluiceBrokerTests",
            dependencies: [
                "SluiceBroker", "SluiceCluster", "SluiceStorage", "SluiceProtocol", "SluiceTestKit",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
            ]
        ),
        // A Kafka client for the CLI and for Swift users; never imports server modules.
        .target(
            name: "SluiceClient",
            dependencies: [
                "SluiceProtocol", "SluiceCompression",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ]
        ),
        .testTarget(
            name: "SluiceClientTests",
            dependencies: [
                "SluiceClient", "SluiceProtocol", "SluiceCompression", "SluiceCommands",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ]
        ),
        .target(
            name: "SluiceCommands",
            dependencies: [
                "SluiceProtocol", "SluiceBroker", "SluiceClient", "SluiceStorage",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Histogram", package: "hdrhistogram-swift"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
        .executableTarget(name: "sluice", dependencies: ["SluiceCommands"]),
        .executableTarget(
            name: "SluiceBenchmarks",
            dependencies: [
                "SluiceProtocol", "SluiceCompression", "SluiceStorage", "SluiceTestKit",
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            path: "Benchmarks/SluiceBenchmarks"
        ),
        .testTarget(
            name: "SluiceProtocolTests",
            dependencies: [
                "SluiceProtocol", "SluiceCompression", "SluiceTestKit",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOTestUtils", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "SluiceCompressionTests",
            dependencies: ["SluiceCompression", "SluiceProtocol", "SluiceTestKit", .product(name: "NIOCore", package: "swift-nio")],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
