import SimKernel

/// Each gateway's clock error (`fleet.clockSkew`): the timestamp its readings carry is the
/// simulated time plus its skew, as with devices that keep their own time without NTP. Event-time
/// windows and the payload's `ts` see the skewed time; latency is measured in true time.
///
/// A gateway's skew is drawn once from its own substream (`clock-skew`, the gateway's index), so
/// adding skew changes no other draw: a magnitude from the distribution, truncated to whole
/// milliseconds (payload timestamps are milliseconds) and capped at `maxSkew`, ahead or behind
/// with equal chance.
public struct GatewayClocks: Equatable, Sendable {
    /// The largest skew a gateway gets: a day. Windows keep this much epoch margin (`startTime`).
    public static let maxSkew = SimDuration.hours(24)
    /// Clocks without error: no table at all, so the per-record path is one branch.
    public static let exact = GatewayClocks(skewsNs: [])

    /// Per gateway index; empty when every clock is exact.
    public let skewsNs: [Int64]
    /// Some clock is off: checked per record before the table is touched.
    public let isSkewed: Bool

    init(skewsNs: [Int64]) {
        self.skewsNs = skewsNs
        isSkewed = !skewsNs.isEmpty
    }

    /// The clocks of `gateways` gateways with skews drawn from `skew` (nil: exact clocks).
    public init(skew: Distribution?, gateways: Int, masterSeed: UInt64) {
        guard let skew else {
            self = .exact
            return
        }
        self.init(skewsNs: (0..<gateways).map { gateway in
            var random = SimRandom(masterSeed: masterSeed, label: "clock-skew", index: UInt64(gateway))
            let magnitudeMs = min(skew.sample(&random), Self.maxSkew).nanoseconds / 1_000_000
            return (random.chance(0.5) ? -magnitudeMs : magnitudeMs) * 1_000_000
        })
    }

    /// How far the time the reading's gateway stamped on it is from its true emission time, in
    /// ns (an offset, not a `SimTime`: a clock behind can stamp a time before the run began).
    @inlinable
    public func skewNanoseconds(of reading: Reading) -> Int64 {
        isSkewed ? skewsNs[Int(reading.gateway)] : 0
    }

    /// Gateway `gateway`'s skew in whole milliseconds (0 for exact clocks).
    public func skewMilliseconds(gateway: Int) -> Int64 {
        isSkewed ? skewsNs[gateway] / 1_000_000 : 0
    }
}
