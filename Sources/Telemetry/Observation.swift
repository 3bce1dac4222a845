/// What a device measured: the kind-specific fields of its payload, in the payload's units.
public enum Observation: Equatable, Sendable {
    /// A temperature sensor's reading in °C.
    case temperature(celsius: Double)
    /// A CPU monitor's utilization (%) and its host's core count.
    case cpu(utilizationPercent: Double, cores: Int)
    /// A GPS tracker's position (degrees), speed and compass heading (whole degrees, 0 = north).
    case gps(latitude: Double, longitude: Double, speedKmh: Double, headingDegrees: Int)
    /// A weather station's air temperature, relative humidity, wind speed and air pressure.
    case weather(airCelsius: Double, humidityPercent: Double, windKmh: Double, pressureHpa: Double)
    /// One sensor of a weather station (`WeatherParams.sensorsPerStation`): its station and the
    /// quantity it reads, in that quantity's unit.
    case weatherSensor(station: UInt32, sensor: WeatherSensor, value: Double)

    /// The kind of device that makes this observation.
    public var kind: DeviceKind {
        switch self {
        case .temperature: return .temperature
        case .cpu: return .cpu
        case .gps: return .gps
        case .weather, .weatherSensor: return .weather
        }
    }

    /// The primary measurement as the payload prints it (°C, CPU %, speed km/h, air °C, or a
    /// weather sensor's own quantity).
    ///
    /// Rounded like the payload so that analytics aggregate what a consumer would parse.
    public var primaryValue: Double {
        switch self {
        case .temperature(let celsius): return PayloadNumber.celsius(celsius).doubleValue
        case .cpu(let utilization, _): return PayloadNumber.utilization(utilization).doubleValue
        case .gps(_, _, let speedKmh, _): return PayloadNumber.speed(speedKmh).doubleValue
        case .weather(let airCelsius, _, _, _): return PayloadNumber.celsius(airCelsius).doubleValue
        case .weatherSensor(_, let sensor, let value): return sensor.payloadNumber(value).doubleValue
        }
    }
}
