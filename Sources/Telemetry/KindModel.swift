import SimKernel

/// The device model of one group's kind, with its parameters validated and derived constants
/// computed once, not per reading.
enum KindModel: Sendable {
    case temperature(TemperatureModel)
    case cpu(CPUModel)
    case gps(GPSModel)
    /// With the group's layout when its devices are separate sensors of stations.
    case weather(WeatherModel, sensors: WeatherSensorLayout?)
    case diagnosticLog(DiagnosticLogModel)

    /// - Precondition: `params` are for `kind` (the scenario layer pairs them); `sensors` is the
    ///   group's layout when it is a group of weather sensors.
    init(kind: DeviceKind, params: DeviceParams, sensors: WeatherSensorLayout?) {
        switch params {
        case .temperature(let params): self = .temperature(TemperatureModel(params))
        case .cpu(let params): self = .cpu(CPUModel(params))
        case .gps(let params): self = .gps(GPSModel(params))
        case .weather(let params): self = .weather(WeatherModel(params), sensors: sensors)
        case .diagnosticLog(let params): self = .diagnosticLog(DiagnosticLogModel(params))
        }
        modelPrecondition(self.kind == kind, "\(kind) devices were given \(self.kind) params")
    }

    var kind: DeviceKind {
        switch self {
        case .temperature: return .temperature
        case .cpu: return .cpu
        case .gps: return .gps
        case .weather: return .weather
        case .diagnosticLog: return .diagnosticLog
        }
    }

    func initialState(random: inout SimRandom) -> KindState {
        switch self {
        case .temperature(let model): return .temperature(model.initialState(random: &random))
        case .cpu(let model): return .cpu(model.initialState(random: &random))
        case .gps(let model): return .gps(model.initialState(random: &random))
        case .weather(let model, _): return .weather(model.initialState(random: &random))
        case .diagnosticLog(let model): return .diagnosticLog(model.initialState(random: &random))
        }
    }

    /// Whether the next reading is an injected anomaly. Most kinds' anomalies are single readings
    /// drawn with probability `rate`; a CPU monitor's are episodes (`CPUModel.drawAnomaly`).
    func drawAnomaly(_ state: inout KindState, rate: Double, random: inout SimRandom) -> Bool {
        guard case (.cpu(let model), .cpu(var inner)) = (self, state) else { return random.chance(rate) }
        defer { state = .cpu(inner) }
        return model.drawAnomaly(&inner, rate: rate, random: &random)
    }

    /// Dispatches to the kind's model; the state must be of the same kind. A weather sensor
    /// `device` reports its own quantity of its station's observation.
    func measure(_ state: inout KindState, device: UInt32, at time: EmissionTime, isAnomaly: Bool,
                 random: inout SimRandom) -> Observation {
        switch (self, state) {
        case (.temperature(let model), .temperature(var inner)):
            defer { state = .temperature(inner) }
            return model.measure(&inner, at: time, isAnomaly: isAnomaly, random: &random)
        case (.cpu(let model), .cpu(var inner)):
            defer { state = .cpu(inner) }
            return model.measure(&inner, at: time, isAnomaly: isAnomaly, random: &random)
        case (.gps(let model), .gps(var inner)):
            defer { state = .gps(inner) }
            return model.measure(&inner, at: time, isAnomaly: isAnomaly, random: &random)
        case (.weather(let model, let sensors), .weather(var inner)):
            defer { state = .weather(inner) }
            let station = model.measure(&inner, at: time, isAnomaly: isAnomaly, random: &random)
            guard let sensors else { return station }
            return sensors.observation(ofDevice: device, station: station, isAnomaly: isAnomaly, random: &random)
        case (.diagnosticLog(let model), .diagnosticLog(var inner)):
            defer { state = .diagnosticLog(inner) }
            return model.measure(&inner, at: time, isAnomaly: isAnomaly, random: &random)
        default:
            modelPreconditionFailure("a \(kind) reading source was given the state of another kind of device")
        }
    }
}
