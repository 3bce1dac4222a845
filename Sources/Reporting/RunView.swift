import ResultStore
import SimKernel

/// A stored run as every report reads it: the run itself (from the store, or built in memory
/// just before it is stored) with its metrics by name. Reports never see the harness's types, so
/// what `simctl report` prints of a stored run is what `simctl run` printed when it made it.
public struct RunView: Sendable {
    public let run: StoredRun
    /// The store's id, when the run has been stored.
    public let id: Int64?
    private let metricsByName: [String: Double]

    public init(_ run: StoredRun, id: Int64? = nil) {
        self.run = run
        self.id = id
        metricsByName = Dictionary(run.metrics.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    /// The metric under its machine-summary key; nil when the run has no such figure.
    public func metric(_ name: String) -> Double? { metricsByName[name] }

    /// The metric, or 0 when the run has none (a figure that was not counted was not seen).
    public subscript(_ name: String) -> Double { metricsByName[name] ?? 0 }

    /// A count metric as an integer.
    func count(_ name: String) -> Int64 { Int64(self[name]) }

    public var consumerNames: [String] { run.consumers.map(\.name) }

    /// A metric of one consumer (`consumers.<name>.<key>`).
    func consumer(_ name: String, _ key: String) -> Double { self["consumers.\(name).\(key)"] }

    /// The largest value of a per-consumer metric over the consumers (`latency.e2e_ms.p99`,
    /// `max_iterator_age_ms`): what the worst consumer saw; 0 without consumers.
    public func worstConsumer(_ key: String) -> Double {
        consumerNames.map { consumer($0, key) }.max() ?? 0
    }

    /// A consumer's stored latency percentile (`run_latency`: `p50` … `p999`, `max`), in ms.
    func latency(_ consumer: String, _ label: String) -> Double {
        run.latency.first { $0.consumer == consumer && $0.percentile == label }?.valueMs ?? 0
    }

    var duration: SimDuration { Self.duration(seconds: self["sim.duration_s"]) }
    var drain: SimDuration { Self.duration(seconds: self["sim.drain_s"]) }

    /// Seconds as stored (`SimDuration.seconds`, exact to the nanosecond for any run length).
    static func duration(seconds: Double) -> SimDuration {
        SimDuration(nanoseconds: Int64((seconds * 1e9).rounded()))
    }

    /// The operators that have a `consumers.<name>.operators.<i><suffix>` key (`.sink.deliveries`,
    /// `.anomalies.flagged`), in consumer then index order.
    func operators(havingKey suffix: String) -> [(consumer: String, index: Int)] {
        consumerNames.flatMap { name in
            let prefix = "consumers.\(name).operators."
            return run.metrics.compactMap { metric -> Int? in
                guard metric.name.hasPrefix(prefix), metric.name.hasSuffix(suffix) else { return nil }
                return Int(metric.name.dropFirst(prefix.count).dropLast(suffix.count))
            }.sorted().map { (name, $0) }
        }
    }

    /// The analytics operators of each consumer, by index, from their `late_dropped` keys.
    var operators: [(consumer: String, index: Int, lateDropped: Int64)] {
        consumerNames.flatMap { name in
            let prefix = "consumers.\(name).operators."
            return run.metrics.compactMap { metric -> (String, Int, Int64)? in
                guard metric.name.hasPrefix(prefix), metric.name.hasSuffix(".late_dropped"),
                      let index = Int(metric.name.dropFirst(prefix.count).dropLast(".late_dropped".count)) else { return nil }
                return (name, index, Int64(metric.value))
            }.sorted { $0.1 < $1.1 }
        }
    }
}
