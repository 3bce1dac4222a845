import AnalyticsModel
import SimKernel
import Telemetry

/// A 10 s window boundary on the epoch; test times are given in milliseconds after it.
let baseEpochMs: Int64 = 1_700_000_000_000
/// Simulated t = 0 is 3 s past the boundary, so windows do not line up with the run's start.
let startEpochMs = baseEpochMs + 3_000
let windowSizeMs: Int64 = 10_000

/// The simulated time of `ms` milliseconds after the base boundary.
func simTime(ms: Int64) -> SimTime {
    SimTime(nanoseconds: (baseEpochMs + ms - startEpochMs) * 1_000_000)
}

/// A reading emitted `ms` milliseconds after the base boundary.
func reading(ms: Int64, value: Double = 1, device: UInt32 = 0, gateway: UInt32 = 0,
             kind: DeviceKind = .temperature) -> Reading {
    Reading(id: ReadingID(device: device, sequence: 0), gateway: gateway, kind: kind, isAnomaly: false,
            payloadBytes: 64, emittedAt: simTime(ms: ms), value: value)
}

/// 10 s tumbling windows aligned to the epoch, starting the run at `startEpochMs`.
func tumblingWindows(time: WindowTime = .event, groupBy: WindowGrouping = .kind,
                     watermarkLag: SimDuration = .zero, allowedLateness: SimDuration = .zero) -> SlidingWindows {
    SlidingWindows(config: WindowConfig(
        size: .milliseconds(windowSizeMs), time: time, groupBy: [groupBy],
        watermarkLag: watermarkLag, allowedLateness: allowedLateness, epochMillisAtStart: startEpochMs))
}

/// The expected result of group `group` in the window starting `windowMs` after the base boundary.
func result(windowMs: Int64, group: UInt32 = 0, count: Int64, sum: Double, min: Double, max: Double) -> WindowResult {
    WindowResult(start: baseEpochMs + windowMs, end: baseEpochMs + windowMs + windowSizeMs,
                 group: group, count: count, sum: sum, min: min, max: max)
}

extension SlidingWindows {
    /// Adds a reading read from shard 0 at the instant it was emitted.
    mutating func add(_ reading: Reading) {
        add(reading, shard: 0, arrivedAt: reading.emittedAt)
    }

    /// The closed windows' `(start, end)` in ms after the base boundary, one per result row.
    var windowBoundsMs: [[Int64]] {
        results.map { [$0.start - baseEpochMs, $0.end - baseEpochMs] }
    }
}
