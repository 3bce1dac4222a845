import SimKernel
import Telemetry

/// How early and how late `startTime` may be.
///
/// Windows and payload timestamps work in absolute epoch time, windows in 64-bit epoch
/// nanoseconds (1677-09-21 to 2262-04-11). A run touches epoch times from its start minus the
/// largest window (with its watermark lag and allowed lateness) to its end (duration + drain)
/// plus that window, so the whole span must fit: a start time outside the range would overflow
/// the window arithmetic mid-run.
extension ScenarioSpec {
    /// The largest window size plus watermark lag plus allowed lateness of any operator (zero
    /// without operators), plus the largest clock skew when gateways' clocks are off.
    var windowMargin: SimDuration {
        let margins = consumers.flatMap(\.analytics).map { $0.size + $0.watermarkLag + $0.allowedLateness }
        return (margins.max() ?? .zero) + (fleet.clockSkew == nil ? .zero : GatewayClocks.maxSkew)
    }

    /// The start times, in epoch milliseconds, whose whole run fits in 64-bit epoch nanoseconds.
    var startTimeRange: ClosedRange<Int64> {
        let margin = windowMargin.nanoseconds
        let millisecond = SimDuration.milliseconds(1).nanoseconds
        // Integer division truncates toward zero: a ceiling below zero, a floor above it.
        let earliest = (Int64.min + margin) / millisecond
        let latest = (Int64.max - (duration + drain).nanoseconds - margin) / millisecond
        return earliest...latest
    }

    /// Why `startTime` leaves the run outside the representable range, or nil when it fits.
    func startTimeProblem() -> String? {
        let range = startTimeRange
        guard !range.contains(startTime.epochMilliseconds) else { return nil }
        let allowed = "\(StartTime.text(epochMilliseconds: range.lowerBound)) to \(StartTime.text(epochMilliseconds: range.upperBound))"
        return "\(JSONValue.quoted(startTime.text)) is out of range: the run (duration \(duration) + drain \(drain), "
            + "largest window with its lag and lateness \(windowMargin) on either side) must fit in 64-bit epoch "
            + "nanoseconds (allowed: \(allowed))"
    }
}
