import SimKernel
import Telemetry

/// A `traffic-burst` fault: devices of `kinds` emit `multiplier` times as often during
/// `[start, start + duration)` (a multiplier below 1 slows them down).
///
/// The fleet decides each device's next emission when it emits: the gap after an emission
/// whose nominal time lies in the burst is the group's interval divided by the multiplier, and
/// its jitter is divided likewise (so a jittered device still emits in order). A device thus
/// enters a burst at its first regular emission inside it and leaves one burst gap after its
/// last emission inside it. Overlapping bursts of one kind compound, in scenario order.
public struct TrafficBurst: Equatable, Sendable {
    public var start: SimTime
    public var duration: SimDuration
    /// Read to millionths (`Double.roundedMillionths`): 0.001 to 1,000 as scenarios allow.
    public var multiplier: Double
    public var kinds: [DeviceKind]

    public init(start: SimTime, duration: SimDuration, multiplier: Double, kinds: [DeviceKind]) {
        modelPrecondition(duration > .zero && multiplier.roundedMillionths >= 1,
                     "traffic burst at \(start): duration \(duration), multiplier \(multiplier)")
        self.start = start
        self.duration = duration
        self.multiplier = multiplier
        self.kinds = kinds
    }

    public var end: SimTime { start + duration }

    /// `duration` divided by the multiplier, exactly in integer ns (rounded down, at most
    /// `SimDuration.hours(24 × 365 × 100)` so that adding it to a time cannot overflow).
    func divide(_ duration: SimDuration) -> SimDuration {
        let scaled = Int128(duration.nanoseconds) * 1_000_000 / Int128(multiplier.roundedMillionths)
        return .nanoseconds(Int64(min(scaled, Int128(Self.longestGap.nanoseconds))))
    }

    static let longestGap = SimDuration.hours(24 * 365 * 100)
}
