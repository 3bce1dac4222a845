// swift-tools-version:6.1
// Targets are listed in layer order (see README "Architecture"): each imports only targets above it.
import PackageDescription

/// Release builds let the optimizer specialise generic model code across module boundaries:
/// the event loop, the queue and the shard ring are generic and sit on the per-record hot path.
let hotPath: [SwiftSetting] = [.unsafeFlags(["-cross-module-optimization"], .when(configuration: .release))]

let package = Package(
    name: "simctl",
    products: [
        .executable(name: "simctl", targets: ["simctl"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/HdrHistogram/hdrhistogram-swift", exact: "0.2.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
    ],
    targets: [
        // L0
        .target(name: "SimKernel", swiftSettings: hotPath),
        // L1
        .target(name: "StreamModel", dependencies: [
            "SimKernel",
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "DequeModule", package: "swift-collections"),
        ], swiftSettings: hotPath),
        .target(name: "Telemetry", dependencies: ["SimKernel"], swiftSettings: hotPath),
        // L2
        .target(name: "FleetModel", dependencies: [
            "SimKernel", "StreamModel", "Telemetry", .product(name: "DequeModule", package: "swift-collections"),
        ], swiftSettings: hotPath),
        .target(name: "ConsumerModel", dependencies: ["SimKernel", "StreamModel", "Telemetry"], swiftSettings: hotPath),
        .target(name: "AnalyticsModel", dependencies: ["SimKernel", "StreamModel", "Telemetry"], swiftSettings: hotPath),
        // L3
        .target(name: "Verification", dependencies: ["SimKernel", "StreamModel", "Telemetry"], swiftSettings: hotPath),
        .target(name: "Metrics", dependencies: [
            "SimKernel", "StreamModel", "Telemetry",
            .product(name: "Histogram", package: "hdrhistogram-swift"),
        ], swiftSettings: hotPath),
        // L4
        .target(name: "Scenario", dependencies: [
            "SimKernel", "Telemetry", "StreamModel", "FleetModel", "ConsumerModel", "AnalyticsModel",
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .target(name: "SimHarness", dependencies: [
            "SimKernel", "StreamModel", "Telemetry", "FleetModel", "ConsumerModel", "AnalyticsModel",
            "Verification", "Metrics", "Scenario",
        ], swiftSettings: hotPath),
        // L5
        .target(name: "ResultStore", dependencies: [.product(name: "GRDB", package: "GRDB.swift")]),
        .target(name: "RunCapture", dependencies: [
            "SimHarness", "Scenario", "SimKernel", "Metrics", "AnalyticsModel", "ResultStore",
        ]),
        .target(name: "Reporting", dependencies: ["ResultStore", "Scenario", "SimKernel"]),
        .target(name: "Planning", dependencies: ["Reporting", "Scenario", "SimKernel"]),
        // L6
        .systemLibrary(name: "CJemalloc", path: "Sources/CJemalloc", providers: [.apt(["libjemalloc-dev"])]),
        .executableTarget(name: "simctl", dependencies: [
            "SimHarness", "Scenario", "SimKernel", "ResultStore", "RunCapture", "Reporting", "Planning", "CJemalloc",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // Tests
        .testTarget(name: "SimKernelTests", dependencies: ["SimKernel"]),
        .testTarget(name: "TelemetryTests", dependencies: ["Telemetry", "SimKernel"]),
        .testTarget(name: "StreamModelTests", dependencies: ["StreamModel", "SimKernel", "Verification"]),
        .testTarget(name: "FleetModelTests", dependencies: ["FleetModel", "StreamModel", "Telemetry", "SimKernel"]),
        .testTarget(name: "ConsumerModelTests", dependencies: ["ConsumerModel", "StreamModel", "Telemetry", "SimKernel"]),
        .testTarget(name: "AnalyticsModelTests", dependencies: ["AnalyticsModel", "Telemetry", "SimKernel"]),
        .testTarget(name: "VerificationTests", dependencies: ["Verification", "StreamModel", "Telemetry", "SimKernel"]),
        .testTarget(name: "ScenarioTests", dependencies: ["Scenario", "SimKernel", "Telemetry", "StreamModel", "FleetModel"]),
        .target(name: "SimTestSupport", dependencies: ["SimKernel", "Telemetry", "StreamModel", "FleetModel", "ConsumerModel", "AnalyticsModel", "Scenario", "SimHarness"],
                path: "Tests/SimTestSupport"),
        .testTarget(name: "SimHarnessTests", dependencies: ["SimHarness", "Scenario", "SimKernel", "Metrics", "Verification",
                                                           "SimTestSupport"]),
        .testTarget(name: "ResultStoreTests", dependencies: ["ResultStore"]),
        .testTarget(name: "RunCaptureTests", dependencies: [
            "RunCapture", "Reporting", "ResultStore", "SimHarness", "Scenario", "Metrics", "Verification",
        ], exclude: ["Golden"]),
        .testTarget(name: "ReportingTests", dependencies: ["Reporting", "ResultStore", "RunCapture", "SimHarness", "Scenario"]),
        // GRDB only to inspect the files simctl writes (integrity, rows) without a sqlite3 binary.
        .testTarget(name: "SimctlEndToEndTests", dependencies: ["SimTestSupport", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "PlanningTests", dependencies: ["Planning", "Reporting", "ResultStore"]),
        .testTarget(name: "TidyTests", dependencies: []),
    ]
)
