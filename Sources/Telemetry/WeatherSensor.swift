import SimKernel

/// What one sensor of a weather station measures, when a station's sensors are separate devices
/// (`WeatherParams.sensorsPerStation`): one of the four quantities the weather model keeps.
///
/// The seed example's stations publish one message per sensor (`…/<station_id>/<sensor_type>/…`);
/// a station's sensors are its consecutive devices, in this order.
public enum WeatherSensor: UInt8, CaseIterable, Sendable, CustomStringConvertible {
    case temperature, humidity, wind, pressure

    /// The `sensor` field of the payload and the label of a `sensor` group.
    public var description: String { literal.description }

    var literal: StaticString {
        switch self {
        case .temperature: return "temperature"
        case .humidity: return "humidity"
        case .wind: return "wind"
        case .pressure: return "pressure"
        }
    }

    /// The quantity this sensor reads out of a whole station's observation.
    func value(of observation: Observation) -> Double {
        guard case .weather(let airCelsius, let humidity, let windKmh, let pressureHpa) = observation else {
            modelPreconditionFailure("a weather sensor was given a \(observation.kind) observation")
        }
        switch self {
        case .temperature: return airCelsius
        case .humidity: return humidity
        case .wind: return windKmh
        case .pressure: return pressureHpa
        }
    }

    /// The value as the payload prints it: the rounding of the station-wide field it comes from.
    func payloadNumber(_ value: Double) -> FixedDecimal {
        switch self {
        case .temperature: return PayloadNumber.celsius(value)
        case .humidity: return PayloadNumber.humidity(value)
        case .wind: return PayloadNumber.speed(value)
        case .pressure: return PayloadNumber.pressure(value)
        }
    }

    /// A failing sensor's reading. Temperature keeps the station model's implausible air
    /// temperature; the others read 50–100% of their physical range above its top (humidity
    /// 147–195%, wind 180–240 km/h, pressure 1,115–1,170 hPa), so every sensor's anomalies stand out
    /// in its own values, which is what a detector of that sensor is scored against.
    func anomalyValue(of anomaly: Observation, random: inout SimRandom) -> Double {
        let range: ClosedRange<Double>
        switch self {
        case .temperature: return value(of: anomaly)
        case .humidity: range = WeatherModel.humidityRange
        case .wind: range = WeatherModel.windRange
        case .pressure: range = WeatherModel.pressureRange
        }
        return range.upperBound + random.uniform(0.5, 1) * (range.upperBound - range.lowerBound)
    }
}
