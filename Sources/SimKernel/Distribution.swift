/// A distribution of durations, as scenario files describe latencies and delays.
///
/// The lognormal form is given by its median and 99th percentile, the two numbers people quote
/// for network latency; `mu` and `sigma` are derived once, not per sample.
public enum Distribution: Equatable, Sendable, CustomStringConvertible {
    case constant(SimDuration)
    case uniform(min: SimDuration, max: SimDuration)
    case exponential(mean: SimDuration)
    case lognormal(LogNormal)

    /// A lognormal distribution of durations fixed by its median and 99th percentile.
    public struct LogNormal: Equatable, Sendable {
        public let median: SimDuration
        public let p99: SimDuration
        public let mu: Double
        public let sigma: Double

        /// The 0.99 quantile of the standard normal distribution.
        static let z99 = 2.326347874040841

        /// - Precondition: `0 < median <= p99` (validated by the scenario layer).
        public init(median: SimDuration, p99: SimDuration) {
            modelPrecondition(median.nanoseconds > 0 && p99 >= median, "lognormal needs 0 < median ≤ p99: \(median), \(p99)")
            self.median = median
            self.p99 = p99
            (mu, sigma) = Self.parameters(median: Double(median.nanoseconds), p99: Double(p99.nanoseconds))
        }

        /// `mu` and `sigma` of the lognormal with this median and 99th percentile, in any unit
        /// (durations here; payload sizes for diagnostic logs).
        public static func parameters(median: Double, p99: Double) -> (mu: Double, sigma: Double) {
            let mu = SimMath.log(median)
            return (mu, (SimMath.log(p99) - mu) / z99)
        }
    }

    /// Draws one duration, rounded to whole nanoseconds and never negative.
    public func sample(_ random: inout SimRandom) -> SimDuration {
        switch self {
        case .constant(let value):
            return value
        case .uniform(let low, let high):
            modelPrecondition(low <= high, "uniform duration needs min ≤ max: \(low), \(high)")
            let span = UInt64(high.nanoseconds - low.nanoseconds)
            return low + .nanoseconds(Int64(span == 0 ? 0 : random.bounded(span + 1)))
        case .exponential(let mean):
            return Self.duration(random.exponential(mean: Double(mean.nanoseconds)))
        case .lognormal(let shape):
            return Self.duration(random.lognormal(mu: shape.mu, sigma: shape.sigma))
        }
    }

    /// True for the constant zero distribution (no delay at all).
    public var isZero: Bool { self == .constant(.zero) }

    static func duration(_ nanoseconds: Double) -> SimDuration {
        let clamped = min(max(nanoseconds.rounded(), 0), 1e18)
        return .nanoseconds(Int64(clamped))
    }

    public var description: String {
        switch self {
        case .constant(let value): return "\(value)"
        case .uniform(let low, let high): return "uniform(\(low), \(high))"
        case .exponential(let mean): return "exponential(mean \(mean))"
        case .lognormal(let shape): return "lognormal(median \(shape.median), p99 \(shape.p99))"
        }
    }
}
