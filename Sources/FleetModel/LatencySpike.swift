import SimKernel

/// A `latency-spike` fault: while it lasts, the uplink of some gateways draws its one-way delay
/// from another distribution (a congested cellular link, a failing-over region).
///
/// A delay is drawn when a message leaves: a request when the gateway sends it, a response
/// when the stream answers. So a message sent before the spike keeps its ordinary delay even if
/// it lands inside the spike, and one sent during the spike keeps the spiked delay even if it
/// lands after it: requests in flight keep what they drew.
public struct LatencySpike: Equatable, Sendable {
    /// The gateway indexes it hits.
    public var gateways: ClosedRange<Int>
    /// Messages leaving in `[start, end)` take the spiked delay.
    public var start: SimTime
    public var end: SimTime
    public var uplinkLatency: Distribution

    public init(gateways: ClosedRange<Int>, start: SimTime, duration: SimDuration, uplinkLatency: Distribution) {
        modelPrecondition(duration > .zero, "latency spike at \(start) lasts \(duration)")
        self.gateways = gateways
        self.start = start
        end = start + duration
        self.uplinkLatency = uplinkLatency
    }

    /// Whether a message of `gateway` leaving at `now` takes the spiked delay.
    func covers(gateway: Int, at now: SimTime) -> Bool {
        now >= start && now < end && gateways.contains(gateway)
    }
}

extension Fleet {
    /// The one-way uplink delay of a message of sender `gateway` leaving at `now`: the fleet's
    /// distribution, or the latest-listed spike's that covers it.
    mutating func uplinkDelay(gateway: Int, at now: SimTime) -> SimDuration {
        var latency = config.uplinkLatency
        let physical = gateways[gateway].physical
        for spike in config.latencySpikes where spike.covers(gateway: physical, at: now) { latency = spike.uplinkLatency }
        return latency.sample(&gateways[gateway].random)
    }
}
