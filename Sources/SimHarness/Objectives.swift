import Metrics
import Scenario
import SimKernel


/// One service-level objective checked at the end of a run.
public struct ObjectiveResult: Equatable, Sendable {
    /// The `slo` field name, e.g. `p99LatencyMs`.
    public var name: String
    public var limit: Double
    public var measured: Double
    public var met: Bool
    /// Which consumer the measurement came from, for per-consumer objectives.
    public var consumer: String?

    /// `ok`, or `missed: <value> > <limit>` (`<` for minimums), as the machine summary prints it.
    public var status: String {
        guard !met else { return "ok" }
        let relation = name.hasPrefix("min") ? "<" : ">"
        return "missed: \(measured.plainText) \(relation) \(limit.plainText)"
    }
}

/// Evaluates a scenario's `slo` against a run's measurements.
public enum Objectives {
    public static func evaluate(_ slo: SLOSpec, result: RunResult) -> [ObjectiveResult] {
        var objectives: [ObjectiveResult] = []
        func atMost(_ name: String, _ limit: Double?, _ measured: Double, consumer: String? = nil) {
            guard let limit else { return }
            objectives.append(ObjectiveResult(name: name, limit: limit, measured: measured, met: measured <= limit, consumer: consumer))
        }
        let worstP99 = worstConsumer(result) { $0.latency.milliseconds(atPercentile: 99) }
        let worstP999 = worstConsumer(result) { $0.latency.milliseconds(atPercentile: 99.9) }
        let worstAge = worstConsumer(result) { Double($0.maxIteratorAgeMs) }
        atMost("p99LatencyMs", slo.p99LatencyMs, worstP99.value, consumer: worstP99.name)
        atMost("p999LatencyMs", slo.p999LatencyMs, worstP999.value, consumer: worstP999.name)
        atMost("maxWriteThrottleRate", slo.maxWriteThrottleRate, result.metrics.throttleRate)
        atMost("maxIteratorAgeMs", slo.maxIteratorAgeMs, worstAge.value, consumer: worstAge.name)
        atMost("maxDropped", slo.maxDropped.map(Double.init), Double(result.fleet.dropped))
        atMost("maxLost", Double(slo.maxLost), Double(result.lost))
        if let minimum = slo.minThroughputRecordsPerSecond {
            let measured = result.throughputRecordsPerSecond
            objectives.append(ObjectiveResult(name: "minThroughputRecordsPerSecond", limit: minimum,
                                              measured: measured, met: measured >= minimum))
        }
        return objectives
    }

    /// The consumer with the largest value of a per-consumer figure.
    static func worstConsumer(_ result: RunResult, _ figure: (ConsumerMetrics) -> Double) -> (name: String?, value: Double) {
        var worst: (name: String?, value: Double) = (nil, 0)
        for (index, consumer) in result.metrics.consumers.enumerated() where worst.name == nil || figure(consumer) > worst.value {
            worst = (result.consumerNames[index], figure(consumer))
        }
        return worst
    }
}
