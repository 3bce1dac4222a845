/// The layer table of `design/architecture.md`, mirroring the target dependencies in Package.swift:
/// what each module under `Sources/` may import, and whether it is part of the simulated world.
struct ModuleRule: Sendable {
    var layer: String
    /// The modules it may import; nil means anything (the command line).
    var allowedImports: Set<String>?
    /// The simulated world bans wall clocks, global randomness, concurrency and hash order.
    var isSimulatedWorld: Bool
}

enum LayerTable {
    static let l0: Set<String> = ["SimKernel"]
    static let l1: Set<String> = ["StreamModel", "Telemetry"]
    static let l2: Set<String> = ["FleetModel", "ConsumerModel", "AnalyticsModel"]
    static let l3: Set<String> = ["Verification", "Metrics"]
    static let model: Set<String> = ["SimKernel", "StreamModel", "Telemetry"]
    static let harnessAndBelow = l0.union(l1).union(l2).union(l3).union(["Scenario", "SimHarness"])

    static let rules: [String: ModuleRule] = [
        "SimKernel": ModuleRule(layer: "L0", allowedImports: [], isSimulatedWorld: true),
        "StreamModel": ModuleRule(layer: "L1", allowedImports: ["SimKernel", "Crypto", "DequeModule"], isSimulatedWorld: true),
        "Telemetry": ModuleRule(layer: "L1", allowedImports: ["SimKernel"], isSimulatedWorld: true),
        // Offline queues are deques, like the stream's shards.
        "FleetModel": ModuleRule(layer: "L2", allowedImports: model.union(["DequeModule"]), isSimulatedWorld: true),
        "ConsumerModel": ModuleRule(layer: "L2", allowedImports: model, isSimulatedWorld: true),
        "AnalyticsModel": ModuleRule(layer: "L2", allowedImports: model, isSimulatedWorld: true),
        "Verification": ModuleRule(layer: "L3", allowedImports: model, isSimulatedWorld: true),
        "Metrics": ModuleRule(layer: "L3", allowedImports: model.union(["Histogram"]), isSimulatedWorld: true),
        "Scenario": ModuleRule(layer: "L4", allowedImports: ["SimKernel", "Telemetry", "StreamModel", "FleetModel", "ConsumerModel", "AnalyticsModel", "Crypto", "Foundation"], isSimulatedWorld: true),
        "SimHarness": ModuleRule(layer: "L4", allowedImports: l0.union(l1).union(l2).union(l3).union(["Scenario"]), isSimulatedWorld: true),
        "ResultStore": ModuleRule(layer: "L5", allowedImports: ["GRDB", "Foundation"], isSimulatedWorld: false),
        "RunCapture": ModuleRule(layer: "L5", allowedImports: harnessAndBelow.union(["ResultStore"]), isSimulatedWorld: false),
        // Reports read stored runs only, never the harness: `simctl report` of a stored run
        // prints what `simctl run` printed when it made it.
        "Reporting": ModuleRule(layer: "L5", allowedImports: ["ResultStore", "Scenario", "SimKernel", "Foundation"], isSimulatedWorld: false),
        // Capacity planning: the search, AWS's formula and the binding limit, over stored-run views.
        "Planning": ModuleRule(layer: "L5", allowedImports: ["Reporting", "Scenario", "SimKernel", "Foundation"], isSimulatedWorld: false),
        "simctl": ModuleRule(layer: "L6", allowedImports: nil, isSimulatedWorld: false),
        // Test-only fixtures (Tests/SimTestSupport), shared by test targets; never imported by Sources/.
        "SimTestSupport": ModuleRule(layer: "tests", allowedImports: model, isSimulatedWorld: false),
    ]

    /// Files of the simulated world's modules that may touch the outside world (reading the scenario file).
    static let exemptFiles: Set<String> = ["Sources/Scenario/ScenarioLoader.swift"]

    /// Layers where Foundation (wall clocks, locale, hash-ordered bridging) must never appear.
    static let foundationFreeLayers: Set<String> = ["L0", "L1", "L2", "L3"]
}
