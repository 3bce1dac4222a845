import AnalyticsModel
import SimKernel
import Telemetry

/// Windows that silently lose every `period`-th record: neither aggregated nor counted late
/// (the window-completeness checker's canary).
public struct ForgetfulWindows: StreamOperator {
    var inner: SlidingWindows
    let period: UInt64
    var seen: UInt64 = 0

    public init(config: WindowConfig, period: UInt64 = 97) {
        inner = SlidingWindows(config: config)
        self.period = period
    }

    public mutating func add(_ reading: Reading, shard: Int, arrivedAt: SimTime) {
        seen += 1
        guard !seen.isMultiple(of: period) else { return }
        inner.add(reading, shard: shard, arrivedAt: arrivedAt)
    }

    public mutating func finish(at now: SimTime) { inner.finish(at: now) }

    public var windows: SlidingWindows? { inner }
}
