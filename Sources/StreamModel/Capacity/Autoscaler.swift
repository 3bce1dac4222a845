import SimKernel

/// Runs an `AutoscalingPolicy` (the CloudWatch-alarm pattern) as a passive value: at the end of
/// each period the world feeds it the period's metric total and the open shard count, and it
/// may propose an `UpdateShardCount`.
///
/// Rules, in order:
/// - utilization = total / (period × open shards × per-shard write limit), compared exactly
///   against the thresholds read to millionths (see `Utilization`);
/// - a streak counts consecutive periods at or above `scaleUpAt` (or at or below
///   `scaleDownAt`); any other period resets it. Streaks keep counting during a cooldown, so an
///   alarm still in breach when the cooldown ends acts at once;
/// - a streak of `periods` proposes a target: 2× the open shards up (at most 10,000), ⌈½×⌉ down
///   (at least 1) — the bounds RS9 allows, so size rules never refuse it; no proposal when the
///   target equals the open count (already at 1 or at the shard limit);
/// - nothing within `cooldown` of the previous accepted action (exactly `cooldown` later is
///   allowed);
/// - the proposal is checked against the stream's `UpdateShardCountGate`. Accepted or refused,
///   the streaks restart, so a new proposal needs fresh evidence; a refusal is counted and, when
///   waiting cures it (too many scalings in 24 h), nothing is proposed before it could pass.
public struct Autoscaler: Sendable {
    public let policy: AutoscalingPolicy
    let perShardPerSecond: Int64
    let scaleUpAtMillionths: Int64
    let scaleDownAtMillionths: Int64
    /// Consecutive periods, ending with the last, at or above `scaleUpAt` / at or below `scaleDownAt`.
    public private(set) var highPeriods = 0
    public private(set) var lowPeriods = 0
    /// When the last accepted proposal was made (the cooldown's start).
    public private(set) var lastActionAt: SimTime?
    /// No proposal before this, after a refusal that waiting cures.
    public private(set) var quietUntil: SimTime?
    /// Proposals RS9 refused.
    public private(set) var refusals = 0
    var lastPeriodEnd: SimTime?

    /// - Parameter limits: the stream's write limits; the policy's metric picks W1 or W2.
    public init(policy: AutoscalingPolicy, limits: StreamLimits) {
        self.policy = policy
        perShardPerSecond = policy.metric.perShardPerSecond(limits)
        scaleUpAtMillionths = policy.scaleUpAt.roundedMillionths
        scaleDownAtMillionths = policy.scaleDownAt.roundedMillionths
    }

    /// Feeds the period ending at `now`: `total` of the policy's metric over it, and the open
    /// shards. Returns a decision when the policy acts (nil otherwise); an accepted decision
    /// must be carried out with `gate.admit(target: decision.to, ...)` at the same `now`.
    /// - Precondition: calls come exactly one `period` apart.
    public mutating func endOfPeriod(total: Int64, openShards: Int, gate: UpdateShardCountGate,
                                     now: SimTime) -> ScalingDecision? {
        notePeriod(endingAt: now)
        let utilization = Utilization(total: total, perShardPerSecond: perShardPerSecond, period: policy.period,
                                      openShards: openShards)
        countStreaks(utilization)
        guard case let (direction, threshold)? = breach(), mayAct(at: now) else { return nil }
        let target = proposedTarget(direction, openShards: openShards, limits: gate.limits)
        guard target != openShards else { return nil }
        let refusal: UpdateShardCountRejection?
        if case .failure(let reason) = gate.check(target: target, openShards: openShards, now: now) {
            refusal = reason
        } else {
            refusal = nil
        }
        let decision = ScalingDecision(time: now, direction: direction, from: openShards, to: target,
                                       utilization: utilization, metric: policy.metric, thresholdMillionths: threshold,
                                       periods: policy.periods, refusal: refusal)
        record(decision)
        return decision
    }

    mutating func notePeriod(endingAt now: SimTime) {
        if let last = lastPeriodEnd {
            modelPrecondition(now - last == policy.period,
                         "autoscaler fed at \(now), \(now - last) after the previous period (period \(policy.period))")
        }
        lastPeriodEnd = now
    }

    mutating func countStreaks(_ utilization: Utilization) {
        let high = utilization.isAtLeast(millionths: scaleUpAtMillionths)
        let low = !high && utilization.isAtMost(millionths: scaleDownAtMillionths)
        highPeriods = high ? highPeriods + 1 : 0
        lowPeriods = low ? lowPeriods + 1 : 0
    }

    /// The direction whose streak is long enough, with its threshold.
    func breach() -> (ScalingDecision.Direction, Int64)? {
        if highPeriods >= policy.periods { return (.up, scaleUpAtMillionths) }
        if lowPeriods >= policy.periods { return (.down, scaleDownAtMillionths) }
        return nil
    }

    func mayAct(at now: SimTime) -> Bool {
        let cooled = lastActionAt.map { now - $0 >= policy.cooldown } ?? true
        let quiet = quietUntil.map { now < $0 } ?? false
        return cooled && !quiet
    }

    func proposedTarget(_ direction: ScalingDecision.Direction, openShards: Int, limits: UpdateShardCountLimits) -> Int {
        switch policy.step {
        case .double:
            let allowed = limits.allowedTargets(openShards: openShards)
            return direction == .up ? allowed.upperBound : allowed.lowerBound
        }
    }

    mutating func record(_ decision: ScalingDecision) {
        highPeriods = 0
        lowPeriods = 0
        if let refusal = decision.refusal {
            refusals += 1
            quietUntil = refusal.retryAt
        } else {
            lastActionAt = decision.time
        }
    }
}
