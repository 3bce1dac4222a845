/// Kind-specific settings of a device group (`fleet.devices[].params` in a scenario).
///
/// Defaults are those of `scenario-v1.md`; values are in the units the payload carries.
public enum DeviceParams: Equatable, Sendable {
    case temperature(TemperatureParams)
    case cpu(CPUParams)
    case gps(GPSParams)
    case weather(WeatherParams)
    case diagnosticLog(DiagnosticLogParams)

    /// The defaults for `kind`.
    public static func defaults(for kind: DeviceKind) -> DeviceParams {
        switch kind {
        case .temperature: return .temperature(TemperatureParams())
        case .cpu: return .cpu(CPUParams())
        case .gps: return .gps(GPSParams())
        case .weather: return .weather(WeatherParams())
        case .diagnosticLog: return .diagnosticLog(DiagnosticLogParams())
        }
    }
}

/// Temperature sensors: normal readings drift inside `[normalMin, normalMax]` °C; anomalies jump
/// into `[anomalyMin, anomalyMax]` °C.
public struct TemperatureParams: Equatable, Sendable {
    public var normalMin = 10.0
    public var normalMax = 20.0
    public var anomalyMin = 100.0
    public var anomalyMax = 120.0
    public init() {}
}

/// CPU monitors: utilization (%) fluctuates around `meanUtilization`; anomalies pin it near 100.
public struct CPUParams: Equatable, Sendable {
    public var meanUtilization = 35.0
    public var layout = CPULayout.simctl
    public init() {}
}

/// What a CPU monitor writes.
public enum CPULayout: String, CaseIterable, Sendable {
    /// simctl's layout: device id, timestamp, utilization and core count.
    case simctl
    /// The `cpu-gateway` example's: `{"timestamp":"YYYY-MM-DD HH:MM:SS","value":…}`, the value
    /// computed as `/proc/stat` readers do, from the jiffy counters' growth since the previous
    /// reading (0 for the first).
    case procStat = "proc-stat"
}

/// GPS asset trackers: positions move inside the bounding box at up to `maxSpeedKmh`;
/// anomalies report impossible speeds and positions.
public struct GPSParams: Equatable, Sendable {
    public var minLatitude = 12.90
    public var minLongitude = 77.50
    public var maxLatitude = 13.00
    public var maxLongitude = 77.60
    public var maxSpeedKmh = 80.0
    public init() {}
}

/// Weather stations: air temperature drifts inside `[normalMin, normalMax]` °C, with humidity
/// and wind; anomalies report implausible temperatures.
public struct WeatherParams: Equatable, Sendable {
    public var normalMin = 5.0
    public var normalMax = 25.0
    /// With a value n (1–4), each run of n consecutive devices is one station's sensors, each
    /// publishing its own quantity (`WeatherStations`, `WeatherSensor`); nil keeps one device per
    /// station reporting every quantity in one payload, as before stations had identities.
    public var sensorsPerStation: Int?
    public init() {}
}

/// Diagnostic-log uploads: each excerpt's length is lognormal with this median and 99th
/// percentile, in bytes of log text (the seed example: "about 50 KB").
public struct DiagnosticLogParams: Equatable, Sendable {
    public var medianBytes = 50_000
    public var p99Bytes = 150_000
    /// The longest excerpt: with the payload's other fields the record stays under 1 MiB.
    public static let maxBytes = 1_000_000
    public init() {}
}
