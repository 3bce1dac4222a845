import SimKernel
import Telemetry

/// An operator and its position in the consumer's `analytics` list, which names it in results
/// (`consumers.<name>.operators.<index>`).
public struct PlacedOperator<Operator: Sendable>: Sendable {
    public let index: Int
    public internal(set) var body: Operator
}

/// The analytics operators one consumer feeds: the one place a processed record reaches them.
///
/// Each kind is kept in its own array, so a record goes to specialised code with no existential
/// call per record; adding a kind adds its case to `OperatorConfig`, its array here, and its
/// results in the harness.
public struct ConsumerOperators: Sendable {
    public private(set) var windows: [PlacedOperator<SlidingWindows>] = []
    public private(set) var detectors: [PlacedOperator<AnomalyOperator>] = []
    public private(set) var sinks: [PlacedOperator<SinkOperator>] = []
    public private(set) var plugins: [PlacedOperator<any StreamOperator>] = []

    /// Operators that draw (sinks, random cut forests) take substreams of `seed` named by consumer and operator index.
    public init(_ configs: [OperatorConfig], seed: UInt64, consumer: Int) {
        for (index, config) in configs.enumerated() {
            switch config {
            case .windows(let windowConfig):
                windows.append(PlacedOperator(index: index, body: SlidingWindows(config: windowConfig)))
            case .anomaly(let anomalyConfig):
                let random = SimRandom(masterSeed: seed, label: "anomaly", index: UInt64(consumer) << 32 | UInt64(index))
                detectors.append(PlacedOperator(index: index, body: AnomalyOperator(config: anomalyConfig, random: random)))
            case .sink(let sinkConfig):
                let random = SimRandom(masterSeed: seed, label: "sink", index: UInt64(consumer) << 32 | UInt64(index))
                sinks.append(PlacedOperator(index: index, body: SinkOperator(config: sinkConfig, random: random)))
            case .plugin(let plugin):
                plugins.append(PlacedOperator(index: index, body: plugin))
            }
        }
    }

    /// A record the consumer processed: `shard` is the shard index it was read from, `arrivedAt`
    /// when it reached the operators (processing time).
    @inline(__always)
    public mutating func add(_ reading: Reading, shard: Int, arrivedAt: SimTime) {
        for index in windows.indices { windows[index].body.add(reading, shard: shard, arrivedAt: arrivedAt) }
        for index in sinks.indices { sinks[index].body.add(reading, arrivedAt: arrivedAt) }
        for index in plugins.indices { plugins[index].body.add(reading, shard: shard, arrivedAt: arrivedAt) }
    }

    /// Every window operator's windows, built-in and plugged in, with its position in the
    /// consumer's `analytics` list, in that order.
    public var allWindows: [(index: Int, windows: SlidingWindows)] {
        (windows.map { ($0.index, $0.body) } + plugins.compactMap { placed in placed.body.windows.map { (placed.index, $0) } })
            .sorted { $0.index < $1.index }
    }

    /// Sink `sink` (an index into `sinks`) hands over the deliveries it made since last asked.
    public mutating func takeDeliveries(sink: Int) -> [SinkDelivery] {
        sinks[sink].body.takeDeliveries()
    }

    /// Detector `detector` (an index into `detectors`) scores a record the consumer processed;
    /// returns whether it flagged it. The caller holds the ground truth the flag is scored against.
    @inline(__always)
    public mutating func assess(_ reading: Reading, detector: Int) -> Bool {
        detectors[detector].body.assess(reading)
    }

    /// End of input at `now`: every operator emits what it still holds.
    public mutating func finish(at now: SimTime) {
        for index in windows.indices { windows[index].body.finish(at: now) }
        for index in sinks.indices { sinks[index].body.finish() }
        for index in plugins.indices { plugins[index].body.finish(at: now) }
    }

    /// Whole-state audit of every operator.
    public func checkInvariants() {
        for placed in windows { placed.body.checkInvariants() }
        for placed in detectors { placed.body.checkInvariants() }
    }
}
