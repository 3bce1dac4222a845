import SimKernel

/// What an autoscaler decided at the end of a period, for the world to act on and log.
public struct ScalingDecision: Equatable, Sendable, CustomStringConvertible {
    public enum Direction: String, Sendable { case up, down }

    /// End of the period that completed the streak.
    public let time: SimTime
    public let direction: Direction
    /// Open shards when the decision was made.
    public let from: Int
    /// The proposed shard count.
    public let to: Int
    /// The utilization of the period that completed the streak.
    public let utilization: Utilization
    /// The watched metric, the threshold it crossed (millionths) and for how many periods.
    public let metric: AutoscalingMetric
    public let thresholdMillionths: Int64
    public let periods: Int
    /// Nil: call `UpdateShardCount(to)` now, RS9 allows it. Otherwise RS9's refusal, already
    /// counted by the autoscaler; the world logs it and does nothing else.
    public let refusal: UpdateShardCountRejection?

    public var description: String {
        let comparison = direction == .up ? "≥" : "≤"
        let why = "\(metric.rawValue) at \(utilization) \(comparison) "
            + "\(Utilization.percentText(millionths: thresholdMillionths)) for \(periods) period\(periods == 1 ? "" : "s")"
        let verdict = refusal.map { " — refused: \($0)" } ?? ""
        return "\(time): scale \(direction.rawValue) \(from) → \(to) shards (\(why))\(verdict)"
    }
}
