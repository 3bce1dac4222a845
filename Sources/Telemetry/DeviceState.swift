import SimKernel

/// Everything one device remembers between readings: a small value the fleet model keeps in an
/// array indexed by device, so generating a reading allocates nothing.
public struct DeviceState: Equatable, Sendable {
    // Declared largest first so that the fields pack into 64 bytes.
    var kindState: KindState
    /// The device this state belongs to; checked on every reading to catch mixed-up arrays.
    public let device: UInt32
    /// When the device last emitted; nil before its first reading.
    public internal(set) var previousEmission: SimTime?

    /// Seconds since the previous reading (0 for the first), then remembers `time` as previous.
    mutating func elapsedSeconds(until time: SimTime) -> Double {
        defer { previousEmission = time }
        guard let previous = previousEmission else { return 0 }
        // Per record: the standard check, whose message release builds drop (see `modelPrecondition`).
        precondition(previous <= time, "device \(device) emitted at \(time), before its previous reading at \(previous)")
        return Double((time - previous).nanoseconds) / 1e9
    }
}

/// The kind-specific part of a device's state.
enum KindState: Equatable, Sendable {
    case temperature(TemperatureModel.State)
    case cpu(CPUModel.State)
    case gps(GPSModel.State)
    case weather(WeatherModel.State)
    case diagnosticLog(DiagnosticLogModel.State)
}
