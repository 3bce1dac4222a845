import SimKernel

/// The z-score detector's state: per device, an exponentially weighted mean and variance of its
/// readings (the incremental form of Finch, "Incremental calculation of weighted mean and
/// variance", 2009), in an array indexed by device so scoring a reading allocates nothing.
///
/// A reading scores `|x − mean| / σ`, 0 while its device has fewer than `warmUpReadings`
/// readings in its baseline. A reading beyond `limit·σ` (the detector's threshold) moves the
/// mean only as far as a reading at the limit would, and leaves the variance alone: a spike
/// neither drags the baseline nor widens the band for the readings after it, so a saturation
/// episode stays unusual for several readings, while a lasting level shift is still followed,
/// step by step. Leaving flagged readings out entirely would lock a drifting device out of its
/// own baseline once one reading is flagged; learning them whole would let each spike inflate
/// σ enough to hide the next.
public struct ZScoreBaselines: Sendable {
    /// Weight of the newest reading in the mean and variance: about the last 1/α = 10 readings
    /// count, so a device's slow drift is followed within a minute of readings.
    public static let smoothing = 0.1
    /// Readings a device's baseline needs before it scores (the usual ~20-sample priming of an
    /// EMA z-score; analytics-iot-anchors §2.6).
    public static let warmUpReadings: UInt32 = 20

    struct Baseline: Sendable {
        var mean = 0.0
        var variance = 0.0
        var readings: UInt32 = 0
    }

    var baselines: ContiguousArray<Baseline> = []

    public init() {}

    /// The score of `value` from device `device` against that device's baseline.
    /// - Complexity: O(1), amortised O(device) when the array first grows to the device.
    public mutating func score(_ value: Double, device: UInt32) -> Double {
        let index = Int(device)
        if index >= baselines.count {
            baselines.append(contentsOf: repeatElement(Baseline(), count: index + 1 - baselines.count))
        }
        let baseline = baselines[index]
        guard baseline.readings >= Self.warmUpReadings else { return 0 }
        let deviation = (value - baseline.mean).magnitude
        // A device that has reported one constant value: any change is infinitely unusual.
        guard baseline.variance > 0 else { return deviation == 0 ? 0 : .infinity }
        return deviation / baseline.variance.squareRoot()
    }

    /// Adds `value` to device `device`'s baseline, or, beyond `limit` standard deviations once
    /// warmed up, moves its mean by as much as a reading at the limit would; the first reading
    /// sets the mean.
    /// - Precondition: `score` has been called for this device (it sizes the array).
    public mutating func learn(_ value: Double, device: UInt32, clippedAt limit: Double) {
        let index = Int(device)
        let alpha = Self.smoothing
        if baselines[index].readings == 0 {
            baselines[index].mean = value
        } else {
            let bound = baselines[index].readings >= Self.warmUpReadings
                ? limit * baselines[index].variance.squareRoot() : .infinity
            let difference = value - baselines[index].mean
            if difference.magnitude > bound {
                baselines[index].mean += alpha * (difference < 0 ? -bound : bound)
            } else {
                let increment = alpha * difference
                baselines[index].mean += increment
                baselines[index].variance = (1 - alpha) * (baselines[index].variance + difference * increment)
            }
        }
        baselines[index].readings += 1
    }
}
