import Scenario
import SimKernel

/// The objectives a run in progress has already missed for good: counts that only grow
/// (records dropped, records lost) and maxima that only rise (iterator age) past their limits.
/// No later event can bring them back within the limit, so a candidate of `simctl plan` stops
/// there: the rest of its run would cost time and change nothing about its verdict.
///
/// A ratio can still fall as more writes come; the throttle rate decides a run only when it
/// would stay above its limit even if every attempt the fleet can still make were accepted
/// (`FleetConfig.emissionCeiling` bounds the readings to come, `retry.maxAttempts` their
/// attempts). Percentiles never decide a run early.
enum DecidedFailure {
    /// The first objective missed for good, worded for the stored run, or nil.
    static func reason(_ slo: SLOSpec, world: World, consumerNames: [String], at now: SimTime) -> String? {
        let dropped = world.fleet.counters.dropped
        if let limit = slo.maxDropped, dropped > UInt64(clamping: limit) {
            return "\(dropped) records dropped by producers by \(now), above maxDropped \(limit)"
        }
        let lost = world.host.metrics.consumers.reduce(0) { $0 + $1.lost }
        if lost > UInt64(clamping: slo.maxLost) {
            return "\(lost) records lost to retention by \(now), above maxLost \(slo.maxLost)"
        }
        if let limit = slo.maxWriteThrottleRate, let lowest = lowestThrottleRate(world), lowest > limit {
            return "\(world.host.metrics.throttledEntries) of \(world.host.metrics.putEntries) put entries throttled by \(now): even if every "
                + "later attempt were accepted, the rate would stay at least \((lowest * 100).plainText)%, above maxWriteThrottleRate "
                + "\((limit * 100).plainText)%"
        }
        if let limit = slo.maxIteratorAgeMs, let worst = world.host.metrics.consumers.indices.max(by: {
            world.host.metrics.consumers[$0].maxIteratorAgeMs < world.host.metrics.consumers[$1].maxIteratorAgeMs
        }), Double(world.host.metrics.consumers[worst].maxIteratorAgeMs) > limit {
            return "consumer \(consumerNames[worst])'s iterator age reached \(world.host.metrics.consumers[worst].maxIteratorAgeMs) ms by \(now), "
                + "above maxIteratorAgeMs \(limit.plainText)"
        }
        return nil
    }

    /// The throttle rate the run ends with if every put attempt still possible is accepted:
    /// each reading yet to be emitted or still held gets at most the producer's attempt limit
    /// (nil when the producer has none: the rate could still fall to zero).
    static func lowestThrottleRate(_ world: World) -> Double? {
        let fleet = world.fleet
        guard let attemptLimit = fleet.attemptLimit else { return nil }
        let toCome = fleet.config.emissionCeiling - min(fleet.counters.emitted, fleet.config.emissionCeiling) + fleet.readingsHeld()
        let attempts = Double(world.host.metrics.putEntries) + Double(toCome) * Double(attemptLimit)
        return attempts > 0 ? Double(world.host.metrics.throttledEntries) / attempts : nil
    }
}
