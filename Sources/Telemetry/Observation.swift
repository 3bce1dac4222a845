/// What a device measured: the kind-specific fields of its payload, in the payload's units.
public enum Observation: Equatable, Sendable {
    /// A temperature sensor's reading in °C.
    case temperature(celsius: Double)
    /// A CPU monitor's utilization (%) and its host's core count.
    case cpu(utilizationPercent: Double, cores: Int)
    /// A CPU monitor's utilization (%) as the `cpu-gateway` example computes it from `/proc/stat`.
    case cpuSample(percent: Double)
    /// A GPS tracker's position (degrees), speed and compass heading (whole degrees, 0 = north).
    case gps(latitude: Double, longitude: Double, speedKmh: Double, headingDegrees: Int)
    /// A weather station's air temperature, relative humidity, wind speed and air pressure.
    case weather(airCelsius: Double, humidityPercent: Double, windKmh: Double, pressureHpa: Double)
    /// One sensor of a weather station (`WeatherParams.sensorsPerStation`): its station and the
    /// quantity it reads, in that quantity's unit.
    case weatherSensor(station: UInt32, sensor: WeatherSensor, value: Double)
    /// A diagnostic-log upload: the device's uptime, the error lines in the excerpt, and the
    /// excerpt's length in bytes (its text is filler: only its length matters to the stream).
    case diagnosticLog(uptimeSeconds: Int64, errors: Int, logBytes: Int)

    /// The kind of device that makes this observation.
    public var kind: DeviceKind {
        switch self {
        case .temperature: return .temperature
        case .cpu, .cpuSample: return .cpu
        case .gps: return .gps
        case .weather, .weatherSensor: return .weather
        case .diagnosticLog: return .diagnosticLog
        }
    }

    /// The primary measurement as the payload prints it (°C, CPU %, speed km/h, air °C, a
    /// weather sensor's own quantity, or a log's error lines).
    ///
    /// Rounded like the payload so that analytics aggregate what a consumer would parse.
    public var primaryValue: Double {
        switch self {
        case .temperature(let celsius): return PayloadNumber.celsius(celsius).doubleValue
        case .cpu(let utilization, _): return PayloadNumber.utilization(utilization).doubleValue
        case .cpuSample(let percent): return PayloadNumber.utilization(percent).doubleValue
        case .gps(_, _, let speedKmh, _): return PayloadNumber.speed(speedKmh).doubleValue
        case .weather(let airCelsius, _, _, _): return PayloadNumber.celsius(airCelsius).doubleValue
        case .weatherSensor(_, let sensor, let value): return sensor.payloadNumber(value).doubleValue
        case .diagnosticLog(_, let errors, _): return Double(errors)
        }
    }
}
