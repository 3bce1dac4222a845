import SimKernel
import Telemetry

/// One group of identical devices (`fleet.devices[]`).
public struct DeviceGroupSpec: Equatable, Sendable {
    public var kind: DeviceKind
    public var count: Int
    /// Emission period of each device; defaults to the kind's.
    public var interval: SimDuration
    /// Each emission is shifted by uniform [0, jitter); always less than `interval`.
    public var jitter: SimDuration
    /// Fraction of readings that are injected anomalies.
    public var anomalyRate: Double
    /// Kind-specific settings; always the case matching `kind`.
    public var params: DeviceParams

    public init(kind: DeviceKind, count: Int, interval: SimDuration? = nil, jitter: SimDuration = .zero,
                anomalyRate: Double = 0.01, params: DeviceParams? = nil) {
        self.kind = kind
        self.count = count
        self.interval = interval ?? kind.defaultInterval
        self.jitter = jitter
        self.anomalyRate = anomalyRate
        self.params = params ?? .defaults(for: kind)
    }
}
